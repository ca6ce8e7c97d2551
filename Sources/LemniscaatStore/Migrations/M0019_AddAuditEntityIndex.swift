// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// A record's history (the timeline on a policy page) by entity, without reading the organisation's whole audit log:
/// that log grows with every change and every view of a sensitive record.
struct M0019_AddAuditEntityIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex("audit_entries_entity", on: "audit_entries", columns: ["entity_type", "entity_id", "sequence"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "audit_entries_entity").run()
    }
}

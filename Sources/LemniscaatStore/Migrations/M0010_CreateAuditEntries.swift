// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Organisation, actor and entity ids are text, not foreign keys: the log must outlive what it describes.
struct M0010_CreateAuditEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_entries")
            .id()
            .field("sequence", .int64, .required)
            .field("occurred_at", .string, .required)
            .field("organisation_id", .string, .required)
            .field("actor_id", .string, .required)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("origin", .string, .required)
            .field("summary", .string, .required)
            .field("previous_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "sequence")
            .create()
        try await createIndex(
            "audit_entries_organisation", on: "audit_entries", columns: ["organisation_id", "sequence"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_entries").delete()
    }
}

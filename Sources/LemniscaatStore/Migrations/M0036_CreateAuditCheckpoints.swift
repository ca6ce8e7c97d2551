// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// When the retention run removes the oldest audit entries, it records where the chain was cut: the last removed
/// sequence and its hash. `lemniscaat audit verify` starts from the newest checkpoint, and requires the audit entry
/// that announced it (itself in the chain) to name the same hash, so a checkpoint cannot be slipped in unnoticed.
struct M0036_CreateAuditCheckpoints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("audit_checkpoints")
            .id()
            .field("through_sequence", .int64, .required)
            .field("through_hash", .string, .required)
            .field("removed", .int64, .required)
            .field("oldest_removed_at", .string, .required)
            .field("newest_removed_at", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "through_sequence")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_checkpoints").delete()
    }
}

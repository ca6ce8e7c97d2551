// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Bewaartermijnen (docs/bewaartermijnen.md): an organisation's retention periods and the salt its processing log
/// hashes data subjects with (one row, written when first changed or needed; absent means the defaults); the
/// tombstones that say a deleted signal existed; and the mark of the one placeholder account per organisation that
/// anonymised signals point to (`reporter_id` stays required, so it points somewhere that names nobody).
struct M0035_CreateRetention: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("privacy_settings")
            .field("organisation_id", .uuid, .identifier(auto: false), .references("organisations", "id", onDelete: .cascade))
            .field("reporter_months", .int, .required)
            .field("closed_signal_months", .int, .required)
            .field("withdrawn_signal_months", .int, .required)
            .field("minutes_months", .int, .required)
            .field("audit_months", .int, .required)
            .field("subject_salt", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
        // No foreign keys but the organisation: a tombstone outlives the signal, its domain and its policy.
        try await database.schema("signal_tombstones")
            .field("id", .uuid, .identifier(auto: false))
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("domain_id", .uuid, .required)
            .field("domain_name", .string, .required)
            .field("status", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("finished_at", .datetime, .required)
            .field("deleted_at", .datetime, .required)
            // `afgehandeld` or `niet-opgepakt`: which term removed it.
            .field("reason", .string, .required)
            .unique(on: "organisation_id", "number")
            .create()
        try await database.schema("users")
            .field("placeholder", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").deleteField("placeholder").update()
        try await database.schema("signal_tombstones").delete()
        try await database.schema("privacy_settings").delete()
    }
}

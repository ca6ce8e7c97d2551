// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// The processing log (Logboek Dataverwerkingen, docs/logboek-dataverwerkingen.md): one row per read of a record that
/// names a person. The data subject is stored hashed with the organisation's salt (`privacy_settings`).
struct M0037_CreateProcessingLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("processing_log")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("trace_id", .string, .required)
            .field("span_id", .string, .required)
            .field("activity_id", .string, .required)
            .field("activity_name", .string, .required)
            .field("subject_hash", .string, .required)
            .field("subject_type", .string, .required)
            // Text, not a foreign key: the log outlives the account.
            .field("actor_id", .string, .required)
            .field("actor_label", .string, .required)
            .field("started_at", .datetime, .required)
            .field("ended_at", .datetime, .required)
            .field("outcome", .string, .required)
            .create()
        try await createIndex("processing_log_organisation", on: "processing_log", columns: ["organisation_id", "started_at"], database: database)
        try await createIndex("processing_log_subject", on: "processing_log", columns: ["organisation_id", "subject_hash"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("processing_log").delete()
    }
}

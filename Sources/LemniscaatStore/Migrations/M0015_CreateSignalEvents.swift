// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// A signal's history: status changes, answers, comments, verdicts, assignments.
struct M0015_CreateSignalEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("signal_events")
            .id()
            .field("signal_id", .uuid, .required, .references("signals", "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("actor_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("kind", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("text", .string)
            .create()
        try await createIndex("signal_events_signal", on: "signal_events", columns: ["signal_id", "at"], database: database)
        try await database.schema("signal_recognitions")
            .id()
            .field("signal_id", .uuid, .required, .references("signals", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("comment", .string)
            .field("at", .datetime, .required)
            .unique(on: "signal_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("signal_recognitions").delete()
        try await database.schema("signal_events").delete()
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// In-app notifications, and the e-mail outbox a background task delivers (and retries) over SMTP.
struct M0017_CreateNotifications: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("text", .string, .required)
            .field("link", .string, .required)
            .field("read_at", .datetime)
            .create()
        try await createIndex("notifications_user", on: "notifications", columns: ["user_id", "read_at"], database: database)
        try await database.schema("outbox")
            .id()
            .field("organisation_id", .uuid, .references("organisations", "id", onDelete: .cascade))
            .field("recipient", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("last_error", .string)
            .create()
        try await createIndex("outbox_pending", on: "outbox", columns: ["sent_at", "next_attempt_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("outbox").delete()
        try await database.schema("notifications").delete()
    }
}

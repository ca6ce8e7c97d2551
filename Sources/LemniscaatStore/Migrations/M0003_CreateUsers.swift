// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

struct M0003_CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("users")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string)
            .field("is_active", .bool, .required)
            .field("locale", .string)
            .field("invitation_hash", .string)
            .field("invitation_expires_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "email")
            .create()
        try await createIndex("users_organisation", on: "users", columns: ["organisation_id"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("users").delete()
    }
}

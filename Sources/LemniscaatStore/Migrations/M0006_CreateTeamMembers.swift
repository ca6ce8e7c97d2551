// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

struct M0006_CreateTeamMembers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("team_members")
            .id()
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .unique(on: "team_id", "user_id")
            .create()
        try await createIndex("team_members_user", on: "team_members", columns: ["user_id"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("team_members").delete()
    }
}

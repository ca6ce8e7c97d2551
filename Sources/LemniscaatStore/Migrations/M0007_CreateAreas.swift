// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

struct M0007_CreateAreas: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("areas")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("level", .string, .required)
            .field("parent_code", .string)
            .field("created_at", .datetime, .required)
            .unique(on: "organisation_id", "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("areas").delete()
    }
}

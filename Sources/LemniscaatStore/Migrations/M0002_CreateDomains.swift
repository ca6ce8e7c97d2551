// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

struct M0002_CreateDomains: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("domains")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "organisation_id", "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("domains").delete()
    }
}

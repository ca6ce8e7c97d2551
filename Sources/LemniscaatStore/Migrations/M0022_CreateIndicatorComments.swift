// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Het verhaal achter het getal: comments on an indicator or on one of its figures (period and area), optionally
/// linked to a signal or a theme.
struct M0022_CreateIndicatorComments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicator_comments")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("indicator_id", .uuid, .required, .references("indicators", "id", onDelete: .cascade))
            .field("period", .string)
            .field("area_code", .string)
            .field("author_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("body", .string, .required)
            .field("signal_id", .uuid, .references("signals", "id", onDelete: .setNull))
            .field("theme_id", .uuid, .references("themes", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await createIndex("indicator_comments_indicator", on: "indicator_comments", columns: ["indicator_id", "created_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_comments").delete()
    }
}

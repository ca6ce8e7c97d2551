// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Concept texts of a policy: numbered versions, each split into sections by its headings, and signals linked to a
/// section by its key (not to one version's row), so a link holds for every version that keeps the heading.
struct M0024_CreateDrafts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("draft_versions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("markdown", .string, .required)
            .field("change_note", .string, .required)
            .field("author_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .unique(on: "policy_id", "number")
            .create()
        try await database.schema("draft_sections")
            .id()
            .field("version_id", .uuid, .required, .references("draft_versions", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("key", .string, .required)
            .field("level", .int, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .unique(on: "version_id", "position")
            .create()
        try await database.schema("draft_section_signals")
            .id()
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("section_key", .string, .required)
            .field("signal_id", .uuid, .required, .references("signals", "id", onDelete: .cascade))
            .field("linked_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .unique(on: "policy_id", "section_key", "signal_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["draft_section_signals", "draft_sections", "draft_versions"] {
            try await database.schema(table).delete()
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

struct M0016_CreateRoutingRules: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("routing_rules")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("domain_id", .uuid, .references("domains", "id", onDelete: .cascade))
            .field("policy_id", .uuid, .references("policies", "id", onDelete: .cascade))
            .field("area_code", .string)
            .field("urgency", .string)
            .field("text_contains", .string)
            .field("target_team_id", .uuid, .references("teams", "id", onDelete: .cascade))
            .field("target_user_id", .uuid, .references("users", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .create()
        // Per organisation: the default term, a term per domain, and the two optional holidays.
        try await database.schema("response_terms")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("domain_id", .uuid, .references("domains", "id", onDelete: .cascade))
            .field("working_days", .int, .required)
            .create()
        try await database.schema("organisations")
            .field("includes_good_friday", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema("organisations")
            .field("includes_liberation_day", .bool, .required, .sql(.default(false)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("response_terms").delete()
        try await database.schema("routing_rules").delete()
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

struct M0012_CreatePolicies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("policies")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("status", .string, .required)
            .field("legal_basis", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex("policies_organisation", on: "policies", columns: ["organisation_id", "status"], database: database)
        try await database.schema("policy_domains")
            .id()
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("domain_id", .uuid, .required, .references("domains", "id", onDelete: .cascade))
            .unique(on: "policy_id", "domain_id")
            .create()
        try await database.schema("policy_roles")
            .id()
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .unique(on: "policy_id", "role")
            .create()
        try await database.schema("policy_teams")
            .id()
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .unique(on: "policy_id", "team_id")
            .create()
        try await database.schema("policy_goals")
            .id()
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["policy_goals", "policy_teams", "policy_roles", "policy_domains", "policies"] {
            try await database.schema(table).delete()
        }
    }
}

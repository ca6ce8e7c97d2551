// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// The reporter is kept even for anonymous signals, so answers still reach them; pages never show it then.
struct M0014_CreateSignals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("signals")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("domain_id", .uuid, .required, .references("domains", "id"))
            .field("policy_id", .uuid, .references("policies", "id", onDelete: .setNull))
            .field("area_code", .string)
            .field("affected", .string, .required)
            .field("urgency", .string, .required)
            .field("solution", .string)
            .field("anonymous", .bool, .required)
            .field("reporter_id", .uuid, .required, .references("users", "id"))
            .field("status", .string, .required)
            .field("assigned_team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .field("assigned_user_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("theme_id", .uuid, .references("themes", "id", onDelete: .setNull))
            .field("working_days", .int, .required)
            .field("submitted_at", .datetime, .required)
            .field("due_at", .datetime, .required)
            .field("escalation_at", .datetime, .required)
            .field("answer", .string)
            .field("answered_at", .datetime)
            .field("answered_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("verdict", .string)
            .field("verdict_comment", .string)
            .field("verdict_at", .datetime)
            .field("recognition_count", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id", "number")
            .create()
        try await createIndex("signals_status", on: "signals", columns: ["organisation_id", "status", "due_at"], database: database)
        try await createIndex("signals_assigned_user", on: "signals", columns: ["assigned_user_id", "status"], database: database)
        try await createIndex("signals_assigned_team", on: "signals", columns: ["assigned_team_id", "status"], database: database)
        try await createIndex("signals_reporter", on: "signals", columns: ["reporter_id"], database: database)
        try await createIndex("signals_policy", on: "signals", columns: ["policy_id"], database: database)
        try await createIndex("signals_theme", on: "signals", columns: ["theme_id"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("signals").delete()
    }
}

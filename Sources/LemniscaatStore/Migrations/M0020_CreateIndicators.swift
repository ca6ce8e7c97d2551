// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// The monitor: indicators per policy goal, with their targets per period.
struct M0020_CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("indicators")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("goal_id", .uuid, .required, .references("policy_goals", "id", onDelete: .restrict))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("definition", .string, .required)
            .field("kind", .string, .required)
            .field("unit", .string, .required)
            .field("direction", .string, .required)
            .field("source", .string, .required)
            .field("owner_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("frequency", .string, .required)
            .field("aggregation", .string, .required)
            .field("baseline_period", .string)
            .field("baseline_value", .double)
            .field("small_number_threshold", .int)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id", "code")
            .create()
        try await createIndex("indicators_goal", on: "indicators", columns: ["goal_id"], database: database)
        try await database.schema("indicator_targets")
            .id()
            .field("indicator_id", .uuid, .required, .references("indicators", "id", onDelete: .cascade))
            .field("period", .string, .required)
            .field("value", .double, .required)
            .unique(on: "indicator_id", "period")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("indicator_targets").delete()
        try await database.schema("indicators").delete()
    }
}

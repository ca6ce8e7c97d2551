// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// MKBA: social cost-benefit analyses per intervention, linked to a policy, and their cost and benefit lines. A line's
/// yearly amounts are one text column ("100000;120000;120000", whole euros from the start year on): they are only
/// ever read and written with their line.
struct M0030_CreateMKBAs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("mkbas")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("description", .string, .required)
            // 1 to 50, the start year included.
            .field("horizon_years", .int, .required)
            // Hundredths of a percent: 225 is 2,25 %.
            .field("rate_basis_points", .int, .required)
            .field("start_year", .int, .required)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex("mkbas_organisation_policy", on: "mkbas", columns: ["organisation_id", "policy_id"], database: database)
        try await database.schema("mkba_lines")
            .id()
            .field("mkba_id", .uuid, .required, .references("mkbas", "id", onDelete: .cascade))
            // `MKBALineKind`: kosten, baten.
            .field("kind", .string, .required)
            .field("category", .string, .required)
            // `MKBAStakeholder`: gemeente, rijk, zorgverzekeraar, werkgever, inwoner, overig.
            .field("stakeholder", .string, .required)
            // Whole euros separated by ";", the first for the start year.
            .field("amounts", .string, .required)
            // Percentages of the expected amounts.
            .field("low_percent", .int, .required)
            .field("high_percent", .int, .required)
            .field("position", .int, .required)
            .create()
        try await createIndex("mkba_lines_mkba", on: "mkba_lines", columns: ["mkba_id", "position"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("mkba_lines").delete()
        try await database.schema("mkbas").delete()
    }
}

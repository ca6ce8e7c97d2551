// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Uitvoeringstoets: a round on one draft version, the people invited to it, their reviews (scores per section and
/// dimension, a verdict, the doenvermogen checklist) and their remarks with the policy officer's answers.
/// Scores and remarks hold a section's key, like linked signals, so they survive a heading moving.
struct M0025_CreateReviewRounds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("review_rounds")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("version_id", .uuid, .required, .references("draft_versions", "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("deadline", .datetime, .required)
            .field("introduction", .string, .required)
            .field("questions", .string, .required)
            .field("opened_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("opened_at", .datetime, .required)
            .field("closed_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("closed_at", .datetime)
            .create()
        try await createIndex("review_rounds_policy", on: "review_rounds", columns: ["policy_id", "opened_at"], database: database)
        try await database.schema("review_invitations")
            .id()
            .field("round_id", .uuid, .required, .references("review_rounds", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            // The team the person was invited with (or their team at the time), for the response rate by team.
            .field("team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            .unique(on: "round_id", "user_id")
            .create()
        try await createIndex("review_invitations_user", on: "review_invitations", columns: ["user_id"], database: database)
        try await database.schema("reviews")
            .id()
            .field("round_id", .uuid, .required, .references("review_rounds", "id", onDelete: .cascade))
            .field("reviewer_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("verdict", .string)
            .field("verdict_note", .string, .required)
            .field("demands", .string, .required)
            .field("demands_note", .string, .required)
            .field("updated_at", .datetime, .required)
            .field("submitted_at", .datetime)
            .unique(on: "round_id", "reviewer_id")
            .create()
        try await database.schema("review_scores")
            .id()
            .field("review_id", .uuid, .required, .references("reviews", "id", onDelete: .cascade))
            .field("section_key", .string, .required)
            .field("dimension", .string, .required)
            // 1…5, or null for n.v.t.
            .field("score", .int)
            .unique(on: "review_id", "section_key", "dimension")
            .create()
        try await database.schema("review_remarks")
            .id()
            .field("round_id", .uuid, .required, .references("review_rounds", "id", onDelete: .cascade))
            .field("review_id", .uuid, .required, .references("reviews", "id", onDelete: .cascade))
            .field("section_key", .string, .required)
            .field("quote", .string, .required)
            .field("text", .string, .required)
            .field("created_at", .datetime, .required)
            .field("answer", .string)
            .field("answer_text", .string)
            .field("answer_section_key", .string)
            .field("answered_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("answered_at", .datetime)
            .create()
        try await createIndex("review_remarks_round", on: "review_remarks", columns: ["round_id"], database: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["review_remarks", "review_scores", "reviews", "review_invitations", "review_rounds"] {
            try await database.schema(table).delete()
        }
    }
}

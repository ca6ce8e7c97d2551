// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Raadplegingen: consultations on a policy, their questions, the panel's personal invitations (hashed codes),
/// the responses and answers (no link to an invitation), and the rate-limit events (hashed keys).
struct M0042_CreateConsultations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("consultations")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .field("theme_id", .uuid, .references("themes", "id", onDelete: .setNull))
            .field("title", .string, .required)
            .field("explanation", .string, .required)
            .field("audience", .string, .required)
            .field("public_token", .string, .required)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime, .required)
            .field("public_answer", .string)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "public_token")
            .create()
        try await createIndex("consultations_organisation", on: "consultations", columns: ["organisation_id", "opens_at"], database: database)
        try await createIndex("consultations_policy", on: "consultations", columns: ["policy_id"], database: database)
        try await database.schema("consultation_questions")
            .id()
            .field("consultation_id", .uuid, .required, .references("consultations", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("text", .string, .required)
            .field("options", .string, .required)
            .create()
        try await createIndex("consultation_questions_consultation", on: "consultation_questions", columns: ["consultation_id", "position"], database: database)
        try await database.schema("consultation_invitations")
            .id()
            .field("consultation_id", .uuid, .required, .references("consultations", "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("code_hash", .string, .required)
            .field("name", .string, .required)
            .field("email", .string)
            .field("used", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "code_hash")
            .create()
        try await createIndex("consultation_invitations_consultation", on: "consultation_invitations", columns: ["consultation_id"], database: database)
        try await database.schema("consultation_responses")
            .id()
            .field("consultation_id", .uuid, .required, .references("consultations", "id", onDelete: .cascade))
            .field("day", .string, .required)
            .field("contact", .string)
            .create()
        try await createIndex("consultation_responses_consultation", on: "consultation_responses", columns: ["consultation_id"], database: database)
        try await database.schema("consultation_answers")
            .id()
            .field("response_id", .uuid, .required, .references("consultation_responses", "id", onDelete: .cascade))
            .field("question_id", .uuid, .required, .references("consultation_questions", "id", onDelete: .cascade))
            .field("text", .string)
            .field("value", .int)
            .field("signal_id", .uuid, .references("signals", "id", onDelete: .setNull))
            .create()
        try await createIndex("consultation_answers_question", on: "consultation_answers", columns: ["question_id"], database: database)
        try await createIndex("consultation_answers_response", on: "consultation_answers", columns: ["response_id"], database: database)
        try await database.schema("consultation_rate_events")
            .id()
            .field("key", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await createIndex("consultation_rate_events_key", on: "consultation_rate_events", columns: ["key", "occurred_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        for table in [
            "consultation_rate_events", "consultation_answers", "consultation_responses", "consultation_invitations", "consultation_questions",
            "consultations",
        ] {
            try await database.schema(table).delete()
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// What sessions lead to: decisions (with the agenda items and records they concern, what they did to those signals
/// and themes, and a change to a policy they record) and actions (owner, due date, status, reminders).
struct M0027_CreateDecisionsAndActions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_decisions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("text", .string, .required)
            // `DecisionEffect` on the concerned signals and themes.
            .field("effect", .string, .required)
            // A change to a policy this decision records: a policy change prompted by practice.
            .field("policy_id", .uuid, .references("policies", "id", onDelete: .setNull))
            .field("policy_change", .string)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .create()
        try await createIndex("meeting_decisions_meeting", on: "meeting_decisions", columns: ["meeting_id"], database: database)
        try await createIndex(
            "meeting_decisions_organisation_created", on: "meeting_decisions", columns: ["organisation_id", "created_at"], database: database)
        try await createIndex("meeting_decisions_policy", on: "meeting_decisions", columns: ["policy_id"], database: database)
        try await database.schema("meeting_decision_items")
            .id()
            .field("decision_id", .uuid, .required, .references("meeting_decisions", "id", onDelete: .cascade))
            // The agenda item; null once the item is removed, while the record it was about stays known.
            .field("agenda_item_id", .uuid, .references("meeting_agenda_items", "id", onDelete: .setNull))
            .field("source_kind", .string)
            .field("source_id", .uuid)
            .create()
        try await createIndex("meeting_decision_items_decision", on: "meeting_decision_items", columns: ["decision_id"], database: database)
        try await createIndex("meeting_decision_items_source", on: "meeting_decision_items", columns: ["source_id"], database: database)
        try await database.schema("meeting_actions")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("decision_id", .uuid, .references("meeting_decisions", "id", onDelete: .setNull))
            .field("description", .string, .required)
            .field("owner_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            // The end of the due day in Dutch time.
            .field("due_at", .datetime, .required)
            // `ActionStatus`.
            .field("status", .string, .required)
            .field("reminded_at", .datetime)
            .field("overdue_notified_at", .datetime)
            .field("completed_at", .datetime)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex(
            "meeting_actions_organisation_status_due", on: "meeting_actions", columns: ["organisation_id", "status", "due_at"], database: database)
        try await createIndex("meeting_actions_owner", on: "meeting_actions", columns: ["owner_id", "status"], database: database)
        try await createIndex("meeting_actions_meeting", on: "meeting_actions", columns: ["meeting_id"], database: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["meeting_actions", "meeting_decision_items", "meeting_decisions"] {
            try await database.schema(table).delete()
        }
    }
}

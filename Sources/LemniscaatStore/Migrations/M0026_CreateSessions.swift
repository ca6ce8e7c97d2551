// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Overleg: sessions between policy and practice, who takes part (and, afterwards, who was there), the policies and
/// domains they are about, and their agenda with minutes per item. The table `sessions` holds browser sessions
/// (M0008), so an overleg is stored as a meeting.
struct M0026_CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("type", .string, .required)
            .field("title", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place", .string, .required)
            .field("link", .string, .required)
            .field("organiser_id", .uuid, .references("users", "id", onDelete: .setNull))
            .field("description", .string, .required)
            .field("created_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex("meetings_organisation_start", on: "meetings", columns: ["organisation_id", "starts_at"], database: database)
        try await database.schema("meeting_participants")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            // The team the person was invited with; null when only chosen by name.
            .field("team_id", .uuid, .references("teams", "id", onDelete: .setNull))
            // Chosen by name (as well as, or instead of, through a team).
            .field("direct", .bool, .required)
            // Null until attendance is recorded after the session.
            .field("attended", .bool)
            .unique(on: "meeting_id", "user_id")
            .create()
        try await createIndex("meeting_participants_user", on: "meeting_participants", columns: ["user_id"], database: database)
        try await database.schema("meeting_policies")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("policy_id", .uuid, .required, .references("policies", "id", onDelete: .cascade))
            .unique(on: "meeting_id", "policy_id")
            .create()
        try await createIndex("meeting_policies_policy", on: "meeting_policies", columns: ["policy_id"], database: database)
        try await database.schema("meeting_domains")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("domain_id", .uuid, .required, .references("domains", "id", onDelete: .cascade))
            .unique(on: "meeting_id", "domain_id")
            .create()
        try await createIndex("meeting_domains_domain", on: "meeting_domains", columns: ["domain_id"], database: database)
        try await database.schema("meeting_agenda_items")
            .id()
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("note", .string, .required)
            .field("minutes", .string, .required)
            // `AgendaItemKind`: added by hand, or (later) proposed from the loop.
            .field("kind", .string, .required)
            // What a proposed item is about (signaal, thema, indicator, toets, actie, les) and its id; null for own items.
            .field("source_kind", .string)
            .field("source_id", .uuid)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex("meeting_agenda_items_meeting", on: "meeting_agenda_items", columns: ["meeting_id", "position"], database: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["meeting_agenda_items", "meeting_domains", "meeting_policies", "meeting_participants", "meetings"] {
            try await database.schema(table).delete()
        }
    }
}

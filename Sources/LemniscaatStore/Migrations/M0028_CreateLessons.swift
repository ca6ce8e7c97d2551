// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Lessen: the learning log — lessons with their kind, four texts, author and when (and in which session) they were
/// discussed; their links to policies, themes, signals and sessions; their tags.
struct M0028_CreateLessons: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("lessons")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            // `LessonKind`: incident, best-practice, experiment.
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("situation", .string, .required)
            .field("what_happened", .string, .required)
            .field("learned", .string, .required)
            .field("changes", .string, .required)
            .field("author_id", .uuid, .references("users", "id", onDelete: .setNull))
            // Both null until the lesson is discussed in a (held) session.
            .field("discussed_at", .datetime)
            .field("discussed_in_meeting_id", .uuid, .references("meetings", "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex("lessons_organisation_created", on: "lessons", columns: ["organisation_id", "created_at"], database: database)
        for (table, column, target) in [
            ("lesson_policies", "policy_id", "policies"), ("lesson_themes", "theme_id", "themes"), ("lesson_signals", "signal_id", "signals"),
            ("lesson_meetings", "meeting_id", "meetings"),
        ] {
            try await database.schema(table)
                .id()
                .field("lesson_id", .uuid, .required, .references("lessons", "id", onDelete: .cascade))
                .field(.string(column), .uuid, .required, .references(target, "id", onDelete: .cascade))
                .unique(on: "lesson_id", .string(column))
                .create()
            try await createIndex("\(table)_\(column.dropLast(3))", on: table, columns: [column], database: database)
        }
        try await database.schema("lesson_tags")
            .id()
            .field("lesson_id", .uuid, .required, .references("lessons", "id", onDelete: .cascade))
            .field("tag", .string, .required)
            .unique(on: "lesson_id", "tag")
            .create()
        try await createIndex("lesson_tags_tag", on: "lesson_tags", columns: ["tag"], database: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["lesson_tags", "lesson_meetings", "lesson_signals", "lesson_themes", "lesson_policies", "lessons"] {
            try await database.schema(table).delete()
        }
    }
}

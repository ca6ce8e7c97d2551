// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Knelpunten: what is recorded when a signal or a theme is forwarded (*doorgezet*) to another organisation or to
/// national government — to whom, under which regulation and article, what goes wrong in practice and the proposed
/// solution. Exactly one of `signal_id` and `theme_id` is set; each signal or theme has at most one knelpunt (unique
/// indexes; NULLs do not collide on either database). The knelpuntenbrief reads them by organisation and date forwarded.
struct M0032_CreateBottlenecks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bottlenecks")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("signal_id", .uuid, .references("signals", "id", onDelete: .cascade))
            .field("theme_id", .uuid, .references("themes", "id", onDelete: .cascade))
            // `AddresseeKind`: andere-organisatie, rijk.
            .field("addressee_kind", .string, .required)
            .field("addressee", .string, .required)
            .field("regulation", .string, .required)
            .field("article", .string)
            .field("practice", .string, .required)
            .field("proposed_solution", .string, .required)
            // When the signal or theme was forwarded: the moment of the move, or for details recorded afterwards the
            // moment of the last move to doorgezet.
            .field("forwarded_at", .datetime, .required)
            .field("recorded_by", .uuid, .references("users", "id", onDelete: .setNull))
            .field("recorded_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex("bottlenecks_signal", on: "bottlenecks", columns: ["signal_id"], unique: true, database: database)
        try await createIndex("bottlenecks_theme", on: "bottlenecks", columns: ["theme_id"], unique: true, database: database)
        // The letter reads an organisation's knelpunten forwarded in a period; it groups them by regulation itself.
        try await createIndex("bottlenecks_report", on: "bottlenecks", columns: ["organisation_id", "forwarded_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bottlenecks").delete()
    }
}

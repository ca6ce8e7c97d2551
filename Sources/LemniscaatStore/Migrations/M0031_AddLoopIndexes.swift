// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Covering indexes for *De lus*: the signals submitted in a period (with theme and recognitions) and those answered in
/// it (with submission and deadline), each with the domain and team the page filters by, so every signal figure reads
/// an index range only. At 200 000 signals this took the signal figures from about 400 ms of SQLite CPU (the answered
/// figures read every signal of the organisation) to about 45 ms; see bench/README.md.
struct M0031_AddLoopIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex(
            "signals_loop_submitted", on: "signals",
            columns: ["organisation_id", "submitted_at", "theme_id", "recognition_count", "domain_id", "assigned_team_id"], database: database)
        try await createIndex(
            "signals_loop_answered", on: "signals",
            columns: ["organisation_id", "answered_at", "submitted_at", "due_at", "domain_id", "assigned_team_id"], database: database)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for name in ["signals_loop_submitted", "signals_loop_answered"] {
            try await sql.drop(index: name).run()
        }
    }
}

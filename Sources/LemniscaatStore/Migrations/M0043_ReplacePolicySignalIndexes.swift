// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// A policy page read every signal about the policy from the table several times over: its count and newest ten by
/// organisation and policy (the old index had the policy only, so each of the 574 rows of a busy policy was fetched and
/// the ten newest sorted out of them: 10 ms), and its loop (themes, open and late signals, recognitions) once more.
/// Two indexes replace the two it had, so a new signal costs no extra index write: one ordered by submission for the
/// count and the list, one covering the loop's figures and the per-status counts of the policy register.
struct M0043_ReplacePolicySignalIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex(
            "signals_policy_submitted", on: "signals", columns: ["policy_id", "organisation_id", "submitted_at"], database: database)
        try await createIndex(
            "signals_policy_loop", on: "signals",
            columns: ["policy_id", "status", "organisation_id", "theme_id", "due_at", "recognition_count", "id"], database: database)
        let sql = database as! any SQLDatabase
        for name in ["signals_policy", "signals_policy_status"] {
            try await sql.drop(index: name).run()
        }
    }

    func revert(on database: any Database) async throws {
        try await createIndex("signals_policy", on: "signals", columns: ["policy_id"], database: database)
        try await createIndex("signals_policy_status", on: "signals", columns: ["policy_id", "status"], database: database)
        let sql = database as! any SQLDatabase
        for name in ["signals_policy_submitted", "signals_policy_loop"] {
            try await sql.drop(index: name).run()
        }
    }
}

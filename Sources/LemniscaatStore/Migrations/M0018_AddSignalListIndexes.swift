// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Indexes for the signal lists and counts at a large municipality's volume (200 000 signals): each sort order of
/// the list reads its first page from an index instead of sorting every signal, the escalation count and the
/// per-policy counts read an index only.
struct M0018_AddSignalListIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex("signals_newest", on: "signals", columns: ["organisation_id", "submitted_at"], database: database)
        try await createIndex(
            "signals_recognised", on: "signals", columns: ["organisation_id", "recognition_count", "submitted_at"], database: database)
        try await createIndex("signals_escalation", on: "signals", columns: ["organisation_id", "status", "escalation_at"], database: database)
        try await createIndex("signals_policy_status", on: "signals", columns: ["policy_id", "status"], database: database)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for name in ["signals_newest", "signals_recognised", "signals_escalation", "signals_policy_status"] {
            try await sql.drop(index: name).run()
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// The samenwerkingskaart (and with it De lus and the Staat van de Uitvoering) reads the answers of the last twelve
/// months from signal_events; without this index that is a scan of every event. With it, at 200 000 signals (500 000
/// events), reading a year's answers went from about 0,9 s to 0,5 s on a busy machine (SQLite).
struct M0033_AddSignalEventKindIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex("signal_events_kind_at", on: "signal_events", columns: ["kind", "at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "signal_events_kind_at").run()
    }
}

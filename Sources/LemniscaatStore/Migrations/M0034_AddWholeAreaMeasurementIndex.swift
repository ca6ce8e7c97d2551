// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// The figures of the areas as a whole (no breakdown), which the monitor, De lus and the Staat van de Uitvoering read
/// for every indicator: the unique key starts with the indicator but then the period, so reading them meant every
/// breakdown row too. At 2 000 000 measurements (6 568 of them without a breakdown) that read went from 160 ms to 1 ms
/// (sqlite3 `.timer`), and De lus without its cache from about 290 ms to about 110 ms (median, busy machine).
struct M0034_AddWholeAreaMeasurementIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex("measurements_whole_area", on: "measurements", columns: ["indicator_id", "dimension", "period"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "measurements_whole_area").run()
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// The whole-area index (M0034) held every measurement, breakdowns included, though only the figures of an area as a
/// whole are read through it. Kept for those alone, an import of breakdowns no longer writes it: a third of SQLite's
/// work in an import of 2 000 000 breakdown rows. Queries that use it say `dimension = ''` as a literal, which both
/// SQLite and PostgreSQL need to match a partial index.
struct M0044_MakeWholeAreaMeasurementIndexPartial: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "measurements_whole_area").run()
        try await sql.raw("CREATE INDEX measurements_whole_area ON measurements (indicator_id, period) WHERE dimension = ''").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "measurements_whole_area").run()
        try await createIndex("measurements_whole_area", on: "measurements", columns: ["indicator_id", "dimension", "period"], database: database)
    }
}

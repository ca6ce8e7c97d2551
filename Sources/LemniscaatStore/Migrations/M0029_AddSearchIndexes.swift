// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Dutch full-text search over lessons and signals, one index per database:
///
/// - SQLite: FTS5 tables with the lessons' and signals' own rows as external content (`content_rowid = rowid`), the
///   `unicode61` tokenizer without diacritics (Porter is English only), and triggers that keep them in step inside
///   every writing transaction; existing signals are indexed here. After a manual VACUUM (which may renumber rowids)
///   run `INSERT INTO lessons_fts(lessons_fts) VALUES('rebuild')`, and the same for `signals_fts`.
/// - PostgreSQL: GIN indexes on `to_tsvector('dutch', …)` expressions; PostgreSQL keeps them in step itself. The
///   search in `SearchRepository` uses exactly these expressions, or the index is not used.
struct M0029_AddSearchIndexes: AsyncMigration {
    static let lessonText = "title || ' ' || situation || ' ' || what_happened || ' ' || learned || ' ' || changes"
    static let signalText = "title || ' ' || description"

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for statement in Self.sqlite(table: "lessons", columns: ["title", "situation", "what_happened", "learned", "changes"])
                + Self.sqlite(table: "signals", columns: ["title", "description"])
            {
                try await sql.raw(SQLQueryString(statement)).run()
            }
        } else {
            try await sql.raw("CREATE INDEX lessons_search ON lessons USING GIN (to_tsvector('dutch', \(unsafeRaw: Self.lessonText)))").run()
            try await sql.raw("CREATE INDEX signals_search ON signals USING GIN (to_tsvector('dutch', \(unsafeRaw: Self.signalText)))").run()
        }
    }

    /// The FTS5 table `<table>_fts`, its three triggers and the rows already there.
    static func sqlite(table: String, columns: [String]) -> [String] {
        let fts = table + "_fts"
        let list = columns.joined(separator: ", ")
        func values(_ row: String) -> String { columns.map { "\(row).\($0)" }.joined(separator: ", ") }
        let remove = "INSERT INTO \(fts)(\(fts), rowid, \(list)) VALUES ('delete', old.rowid, \(values("old")));"
        let add = "INSERT INTO \(fts)(rowid, \(list)) VALUES (new.rowid, \(values("new")));"
        return [
            "CREATE VIRTUAL TABLE \(fts) USING fts5(\(list), content = '\(table)', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2')",
            "CREATE TRIGGER \(fts)_insert AFTER INSERT ON \(table) BEGIN \(add) END",
            "CREATE TRIGGER \(fts)_delete AFTER DELETE ON \(table) BEGIN \(remove) END",
            "CREATE TRIGGER \(fts)_update AFTER UPDATE OF \(list) ON \(table) BEGIN \(remove) \(add) END",
            "INSERT INTO \(fts)(\(fts)) VALUES ('rebuild')",
        ]
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if sql.dialect.name == "sqlite" {
            for fts in ["lessons_fts", "signals_fts"] {
                for trigger in ["insert", "delete", "update"] { try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: fts)_\(unsafeRaw: trigger)").run() }
                try await sql.raw("DROP TABLE IF EXISTS \(unsafeRaw: fts)").run()
            }
        } else {
            try await sql.raw("DROP INDEX IF EXISTS lessons_search").run()
            try await sql.raw("DROP INDEX IF EXISTS signals_search").run()
        }
    }
}

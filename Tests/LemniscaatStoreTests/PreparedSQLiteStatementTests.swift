// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import FluentSQLiteDriver
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

@Suite struct PreparedSQLiteStatementTests {
    static let onSQLite = (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty

    @Test(.enabled(if: onSQLite)) func aStatementPreparedOnceWritesEveryValueExactlyInsideItsTransaction() async throws {
        try await withTestStore { store in
            // setup
            try await store.sql.raw("CREATE TABLE raw_sample (n INTEGER NOT NULL UNIQUE, t TEXT NOT NULL, r REAL)").run()
            let texts = ["", "café 🙂 ß", "tab\there \"quoted\" \\ back", String(repeating: "x", count: 10_000)]
            // act: four rows through one statement, read back inside the same transaction, then a fifth that breaks the key
            let seenInside = try await store.write { db in
                let statement = try await RawSQLite.prepare("INSERT INTO raw_sample (n, t, r) VALUES (?, ?, ?)", on: db as! any SQLiteDatabase)
                try await RawSQLite.run {
                    for (index, text) in texts.enumerated() {
                        statement.bind(1, index)
                        statement.bind(2, text)
                        statement.bind(3, index == 0 ? nil : Double(index) + 0.125)
                        try statement.run()
                    }
                }
                return try await (db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM raw_sample").first()?.decode(column: "n", as: Int.self)
            }
            let refused = await #expect(throws: ValidationFailure.self) {
                try await store.write { db in
                    let statement = try await RawSQLite.prepare("INSERT INTO raw_sample (n, t, r) VALUES (?, ?, ?)", on: db as! any SQLiteDatabase)
                    try await RawSQLite.run {
                        statement.bind(1, 99)
                        statement.bind(2, "written, then taken back")
                        statement.bind(3, nil)
                        try statement.run()
                        statement.bind(1, 0)
                        try statement.run()
                    }
                }
            }
            // check: every text byte for byte (the empty one as text, not NULL), NULL where nothing was bound, and nothing
            // of the refused transaction
            struct Row: Decodable { let n: Int; let t: String; let r: Double?; let kind: String }
            let rows = try await store.sql.raw("SELECT n, t, r, typeof(t) AS kind FROM raw_sample ORDER BY n").all(decoding: Row.self)
            #expect(seenInside == texts.count)
            #expect(refused != nil)
            #expect(rows.map(\.n) == Array(texts.indices))
            #expect(rows.map(\.t) == texts)
            #expect(rows.allSatisfy { $0.kind == "text" })
            #expect(rows.map(\.r) == [nil, 1.125, 2.125, 3.125])
        }
    }

    @Test(.enabled(if: onSQLite)) func aStatementThatDoesNotParseIsRefusedWithSQLitesMessage() async throws {
        try await withTestStore { store in
            // act
            let error = await #expect(throws: RawSQLiteError.self) {
                try await store.write { db in
                    _ = try await RawSQLite.prepare("INSERT INTO no_such_table VALUES (?)", on: db as! any SQLiteDatabase)
                }
            }
            // check
            #expect(error?.message.contains("no_such_table") == true)
            #expect(error?.isSyntaxError == true)
        }
    }
}

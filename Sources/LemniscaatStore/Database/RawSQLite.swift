// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import FluentSQLiteDriver
import NIOPosix
import VaporCSQLite

/// One statement prepared once on a pooled SQLite connection and run many times. SQLiteNIO parses every query anew and
/// binds through an array of enums; a bulk write of millions of rows spent a third of its SQLite time on that alone.
/// Used only inside a transaction that holds the connection (see `RawSQLite.withStatement`), from one thread at a time.
final class PreparedSQLiteStatement: @unchecked Sendable {
    private var statement: OpaquePointer?
    private let connection: OpaquePointer

    fileprivate init(sql: String, connection: OpaquePointer) throws {
        self.connection = connection
        let result = sql.withCString { sqlite_nio_sqlite3_prepare_v3(connection, $0, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) }
        guard result == SQLITE_OK, statement != nil else { throw RawSQLiteError(code: result, connection: connection) }
    }

    deinit { sqlite_nio_sqlite3_finalize(statement) }

    func bind(_ index: Int32, _ value: Int) { sqlite_nio_sqlite3_bind_int64(statement, index, Int64(value)) }

    func bind(_ index: Int32, _ value: Double) { sqlite_nio_sqlite3_bind_double(statement, index, value) }

    func bind(_ index: Int32, _ value: Double?) {
        if let value { bind(index, value) } else { sqlite_nio_sqlite3_bind_null(statement, index) }
    }

    /// Text is copied by SQLite (`SQLITE_TRANSIENT`); an empty text stays an empty text, never NULL.
    func bind(_ index: Int32, _ value: String) {
        var value = value
        value.withUTF8 { bytes in
            let start = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            withUnsafePointer(to: CChar(0)) { empty in
                _ = sqlite_nio_sqlite3_bind_text(statement, index, start ?? empty, Int32(bytes.count), Self.transient)
            }
        }
    }

    /// Runs the statement to its end (a write returns no rows) and makes it ready for the next binds.
    func run() throws {
        let result = sqlite_nio_sqlite3_step(statement)
        sqlite_nio_sqlite3_reset(statement)
        guard result == SQLITE_DONE else { throw RawSQLiteError(code: result, connection: connection) }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

struct RawSQLiteError: Error, DatabaseError, CustomStringConvertible {
    let code: Int32
    let message: String

    init(code: Int32, connection: OpaquePointer?) {
        self.code = code
        message = sqlite_nio_sqlite3_errmsg(connection).map { String(cString: $0) } ?? "SQLite error \(code)"
    }

    init(message: String) {
        code = SQLITE_MISUSE
        self.message = message
    }

    var description: String { "SQLite (\(code)): \(message)" }

    // The connection reports extended result codes (`SQLITE_OPEN_EXRESCODE`); the primary code is the low byte.
    var isSyntaxError: Bool { code & 0xFF == SQLITE_ERROR }
    var isConnectionClosed: Bool { code & 0xFF == SQLITE_MISUSE || code & 0xFF == SQLITE_CANTOPEN }
    var isConstraintFailure: Bool { code & 0xFF == SQLITE_CONSTRAINT }
}

enum RawSQLite {
    /// The `sqlite3` handle under a connection. SQLiteNIO keeps it to itself; it is read by reflection, so a change in
    /// the library fails every test that imports measurements rather than anything silently.
    static func handle(of connection: SQLiteConnection) throws -> Handle {
        guard let handle = Mirror(reflecting: connection).descendant("handle", "raw") as? OpaquePointer else {
            throw RawSQLiteError(message: "SQLiteNIO no longer shows its connection handle")
        }
        return Handle(raw: handle)
    }

    /// SQLite's connection handle, safe to pass between threads: SQLiteNIO opens it serialized (`SQLITE_OPEN_FULLMUTEX`).
    struct Handle: @unchecked Sendable {
        let raw: OpaquePointer
    }

    /// Prepares `sql` on the connection of `db`, which must be a SQLite transaction (its connection stays the same
    /// until it ends, and nothing else runs on it while the statement does).
    static func prepare(_ sql: String, on sqlite: any SQLiteDatabase) async throws -> PreparedSQLiteStatement {
        let handle = try RawSQLite.handle(of: try await sqlite.withConnection { $0 })
        return try await run { try PreparedSQLiteStatement(sql: sql, connection: handle.raw) }
    }

    /// Runs blocking SQLite work on the thread pool SQLiteNIO uses, not on a thread of Swift's cooperative pool.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import LemniscaatCore
import Logging
import NIOCore
import NIOPosix
import SQLKit
import Synchronization

/// Where the data lives: an SQLite file (the embedded default) or a PostgreSQL server.
public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String, searchPath: [String]? = nil)

    var isSQLite: Bool {
        if case .sqlite = self { return true }
        return false
    }

    /// `DATABASE_URL` wins; otherwise an SQLite file in the data folder.
    public static func from(databaseURL: String?, dataDirectory: String) -> DatabaseLocation {
        if let url = databaseURL, !url.isEmpty {
            return .postgres(url: url)
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("lemniscaat.sqlite"))
    }

    /// Without the password, for logs and messages.
    public var description: String {
        switch self {
        case .sqlite(let path): return "SQLite \(path)"
        case .postgres(let url, _):
            guard var components = URLComponents(string: url) else { return "PostgreSQL" }
            if components.password != nil { components.password = "***" }
            return "PostgreSQL \(components.string ?? "")"
        }
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case unreachable(String)
    case invalidURL(String)
    /// `write` called from inside a write. On SQLite the inner write would wait for the group commit that runs the
    /// outer one, for ever; anywhere it would break "one change, one transaction".
    case nestedWrite

    public var description: String {
        switch self {
        case .unreachable(let detail): "De database is niet bereikbaar: \(detail)"
        case .invalidURL(let url): "DATABASE_URL is geen geldige PostgreSQL-URL: \(url)"
        case .nestedWrite: "Interne fout: een wijziging werd gestart binnen een andere wijziging."
        }
    }
}

/// The application's database: FluentKit's `Databases` (which is itself a service of the application and
/// closes its pools on shutdown) plus the rule that every change is one transaction.
public final class Store: Sendable {
    public enum Kind: Sendable { case sqlite, postgres }

    public let databases: Databases
    public let kind: Kind
    public let logger: Logger
    /// Where this store reads and writes: a backup names its source, and migrations open their own connections to it.
    public let location: DatabaseLocation
    /// PostgreSQL `statement_timeout` of this store's connections in milliseconds, if one was set.
    public let statementTimeoutMilliseconds: Int?
    /// SQLite allows one writer at a time; a deferred transaction that reads first and writes later would fail
    /// with SQLITE_BUSY_SNAPSHOT when another writer got in between. Writes in this process queue here instead, and
    /// those that queue together commit together.
    private let groupCommit: GroupCommit
    private let open = Mutex(true)
    private let writes = Atomic<Int>(0)
    private let handedOut: HandedOutDatabase

    /// How many writes this process has committed: a summary kept for a moment is still true while it has not moved.
    public var writeGeneration: Int { writes.load(ordering: .acquiring) }

    /// False once `shutdown()` ran: background work checks it before touching the pools.
    public var isOpen: Bool { open.withLock { $0 } }

    private init(databases: Databases, kind: Kind, logger: Logger, location: DatabaseLocation, statementTimeoutMilliseconds: Int?) {
        self.databases = databases
        self.kind = kind
        self.logger = logger
        self.location = location
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
        let handedOut = HandedOutDatabase(databases: databases, logger: logger)
        self.handedOut = handedOut
        self.groupCommit = GroupCommit { handedOut.database }
    }

    /// Opens with the pool and timeouts an operator configured (`DatabaseSettings(environment:)`).
    public static func open(_ location: DatabaseLocation, logger: Logger, settings: DatabaseSettings) async throws -> Store {
        try await open(
            location, logger: logger, connectionsPerEventLoop: settings.connectionsPerEventLoop, poolTimeout: settings.poolTimeout,
            statementTimeoutMilliseconds: settings.statementTimeoutMilliseconds)
    }

    /// Every SQLite call blocks the thread it runs on, a commit for as long as its fsync takes. On the shared pool
    /// (one thread per core) a few commits or password hashes (bcrypt runs there too) held up every other query, so
    /// SQLite gets threads of its own: enough for the readers WAL lets run beside the one writer.
    static let sqliteThreads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 8)
        pool.start()
        return pool
    }()

    /// `connectionsPerEventLoop` applies to PostgreSQL; SQLite uses four per event loop. `poolTimeout`: how long a
    /// query waits for a free connection before it fails; tests that run by the hundred on two cores wait longer.
    /// `statementTimeoutMilliseconds` (PostgreSQL only) is sent with each connection's start-up, so it holds for every
    /// statement on it without a query of its own.
    public static func open(
        _ location: DatabaseLocation, logger: Logger, connectionsPerEventLoop: Int = 4, poolTimeout: TimeAmount = .seconds(10),
        statementTimeoutMilliseconds: Int? = nil
    ) async throws -> Store {
        let databases = Databases(threadPool: location.isSQLite ? Store.sqliteThreads : NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        let kind: Kind
        switch location {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            // Readers run side by side in WAL mode; writes go one transaction at a time through the group commit.
            databases.use(.sqlite(.file(path), maxConnectionsPerEventLoop: 4, connectionPoolTimeout: poolTimeout, sqlLogLevel: .trace), as: .sqlite)
            kind = .sqlite
        case .postgres(let url, let searchPath):
            var configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw StoreError.invalidURL(DatabaseLocation.postgres(url: url).description)
            }
            configuration.searchPath = searchPath
            if let statementTimeoutMilliseconds {
                configuration.coreConfiguration.options.additionalStartupParameters.append(("statement_timeout", String(statementTimeoutMilliseconds)))
            }
            databases.use(
                .postgres(configuration: configuration, maxConnectionsPerEventLoop: connectionsPerEventLoop, connectionPoolTimeout: poolTimeout, sqlLogLevel: .trace),
                as: .psql)
            kind = .postgres
        }
        let store = Store(
            databases: databases, kind: kind, logger: logger, location: location,
            statementTimeoutMilliseconds: kind == .postgres ? statementTimeoutMilliseconds : nil)
        do {
            try await store.prepareConnection()
        } catch {
            await databases.shutdownAsync()
            // PostgresNIO hides details from `description`; the reflected form names the cause (never the password).
            throw StoreError.unreachable("\(location): " + String(String(reflecting: error).prefix(400)))
        }
        return store
    }

    /// An SQLite file opened read-only, to look into a backup without changing a byte of it (no write-ahead log,
    /// no statistics): the file's checksum must still match afterwards.
    public static func openReadOnly(sqlitePath path: String, logger: Logger) async throws -> Store {
        let databases = Databases(threadPool: Store.sqliteThreads, on: MultiThreadedEventLoopGroup.singleton)
        let uri = URL(fileURLWithPath: path).absoluteString + "?mode=ro"
        databases.use(.sqlite(.file(uri), maxConnectionsPerEventLoop: 1, sqlLogLevel: .trace), as: .sqlite)
        let store = Store(databases: databases, kind: .sqlite, logger: logger, location: .sqlite(path: path), statementTimeoutMilliseconds: nil)
        do {
            try await store.sql.raw("SELECT count(*) FROM sqlite_master").run()
        } catch {
            await databases.shutdownAsync()
            throw StoreError.unreachable("SQLite \(path): \(error)")
        }
        return store
    }

    /// SQLite: write-ahead log (kept in the file), full sync on commit. Both are per database file or compiled
    /// in, and the check below proves them for the pool's connections.
    private func prepareConnection() async throws {
        let sql = self.sql
        switch kind {
        case .sqlite:
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA synchronous = FULL").run()
            // Table statistics for the query planner, refreshed where they are missing or stale; the limit keeps this
            // to milliseconds on a large file.
            try await sql.raw("PRAGMA analysis_limit = 1000").run()
            try await sql.raw("PRAGMA optimize = 0x10002").run()
        case .postgres:
            try await sql.raw("SELECT 1").run()
        }
    }

    public var database: any Database { handedOut.database }

    public var sql: any SQLDatabase {
        database as! any SQLDatabase
    }

    /// Set while a write's body runs (and in the tasks it starts), so a nested `write` is refused instead of hanging.
    @TaskLocal static var insideWrite = false

    /// Runs `body` as one transaction: all of it is written, or nothing. `bookkeeping` marks a write that changes
    /// nothing a summary counts (a job's lease, a session's last-seen moment): it leaves `writeGeneration` alone, so
    /// a background job claiming its slot does not throw away every summary kept for a moment.
    public func write<T: Sendable>(
        bookkeeping: Bool = false, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        try await write(bookkeeping: bookkeeping, bulk: false, body)
    }

    /// One transaction for a bulk load (a measurement import), like `write`. On SQLite it runs alone with foreign keys
    /// off, so its multi-row inserts need no statement journal: `body` itself must make sure that every reference it
    /// writes exists when it commits. On PostgreSQL it is an ordinary `write`.
    public func bulkWrite<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await write(bookkeeping: false, bulk: true, body)
    }

    private func write<T: Sendable>(
        bookkeeping: Bool, bulk: Bool, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        do {
            // Counted after the commit (and after a failed one too, which is harmless): a reader that saw the old
            // generation then reads again.
            defer { if !bookkeeping { writes.add(1, ordering: .releasing) } }
            guard !Store.insideWrite else { throw StoreError.nestedWrite }
            if kind == .sqlite {
                let slot = ResultSlot<T>()
                try await groupCommit.submit(bulk: bulk) { db in
                    try await Store.$insideWrite.withValue(true) { slot.set(try await body(db)) }
                }
                return slot.get()!
            }
            return try await database.transaction { db in try await Store.$insideWrite.withValue(true) { try await body(db) } }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two people saving the same name at the same moment: both passed the check, the database let one in.
            throw ValidationFailure([
                InvalidParam(name: "invoer", code: "bestaat-al", reason: "Dit bestaat al: iemand anders sloeg het net op. Laad de pagina opnieuw.")
            ])
        }
    }

    /// True when the database answers a query.
    public func ping() async -> Bool {
        // After shutdown `Databases` has no pool left to hand out: that is "not answering", not a crash.
        guard let sql = databases.database(logger: logger, on: databases.eventLoopGroup.any()) as? any SQLDatabase else {
            return false
        }
        do {
            try await sql.raw("SELECT 1").run()
            return true
        } catch {
            return false
        }
    }

    /// SQLite: copies the write-ahead log into the database file without blocking readers or the writer (PASSIVE),
    /// and returns the number of log frames still waiting. Writes do not checkpoint themselves (see GroupCommit), so
    /// the server calls this in the background.
    @discardableResult
    public func checkpoint() async throws -> Int {
        guard kind == .sqlite else { return 0 }
        let row = try await sql.raw("PRAGMA wal_checkpoint(PASSIVE)").first()
        let log = try row?.decode(column: "log", as: Int.self) ?? 0
        let done = try row?.decode(column: "checkpointed", as: Int.self) ?? 0
        return max(0, log - done)
    }

    public func migrate() async throws {
        // Building an index on a large table may take longer than a request may: migrations run on connections of
        // their own without the statement timeout.
        if kind == .postgres, statementTimeoutMilliseconds != nil {
            let unlimited = try await Store.open(location, logger: logger, connectionsPerEventLoop: 1)
            do {
                try await unlimited.migrate()
                await unlimited.shutdown()
            } catch {
                await unlimited.shutdown()
                throw error
            }
            return
        }
        let migrations = Migrations()
        migrations.add(Migrations.ordered)
        let migrator = Migrator(
            databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any(),
            migrationLogLevel: .debug)
        guard kind == .postgres else {
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
            return
        }
        // Several server processes may start at once against a database that needs migrating; Fluent's migrator does
        // not lock, so they would run the same migration twice. A session advisory lock, one per schema, lets one
        // process migrate while the others wait and then find nothing to do; PostgreSQL drops it if that process dies.
        // The lock is held on a connection of a pool of its own: taken from this store's pool, it could be the one
        // connection the migrator's event loop has, and the migrator would wait for it forever.
        let lock = try await Store.open(location, logger: logger, connectionsPerEventLoop: 1)
        do {
            try await lock.database.withConnection { connection in
                let sql = connection as! any SQLDatabase
                try await sql.raw("SELECT pg_advisory_lock(hashtext(current_schema()))").run()
                do {
                    try await migrator.setupIfNeeded().get()
                    try await migrator.prepareBatch().get()
                } catch {
                    try? await sql.raw("SELECT pg_advisory_unlock(hashtext(current_schema()))").run()
                    throw error
                }
                try await sql.raw("SELECT pg_advisory_unlock(hashtext(current_schema()))").run()
            }
            await lock.shutdown()
        } catch {
            await lock.shutdown()
            throw error
        }
    }

    public func shutdown() async {
        open.withLock { $0 = false }
        await databases.shutdownAsync()
    }
}

/// A database of `Databases` for each query. Once `Databases` has shut down (the application stops, say because its
/// port is taken, while a background service is still at work) it has none to hand out: the one taken when the store
/// was made is returned then, whose closed pool fails each query with an error the service logs, instead of the
/// process stopping on a missing value.
private struct HandedOutDatabase: Sendable {
    private let databases: Databases
    private let logger: Logger
    private let first: any Database

    /// `databases` is configured: every store is made after `use`.
    init(databases: Databases, logger: Logger) {
        guard let first = databases.database(logger: logger, on: databases.eventLoopGroup.any()) else {
            preconditionFailure("a store is made after its database is configured")
        }
        self.databases = databases
        self.logger = logger
        self.first = first
    }

    var database: any Database { databases.database(logger: logger, on: databases.eventLoopGroup.any()) ?? first }
}

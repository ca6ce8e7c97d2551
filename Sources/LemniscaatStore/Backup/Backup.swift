// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import FluentKit
import Foundation
import LemniscaatCore
import Logging
import SQLKit

/// `lemniscaat backup` and `lemniscaat restore`. A backup is one consistent snapshot while the server keeps running
/// (SQLite: `VACUUM INTO`; PostgreSQL: `pg_dump --format=custom` on a snapshot the row counts were read in), with a
/// manifest beside it. A restore goes only into an empty database and is then checked against that manifest.
public enum Backup {
    // MARK: Backup

    public static func create(from store: Store, to path: String, now: Date, tools: PostgresTools = PostgresTools()) async throws -> BackupReport {
        let started = Date()
        let manifestPath = BackupManifest.path(forBackup: path)
        for existing in [path, manifestPath] where FileManager.default.fileExists(atPath: existing) {
            throw BackupError.fileExists(existing)
        }
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw BackupError.folderMissing(folder)
        }
        // Written under a temporary name beside the target and renamed at the end: a backup that is there is whole.
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        let temporaryManifest = temporary + ".manifest"
        defer {
            try? FileManager.default.removeItem(atPath: temporary)
            try? FileManager.default.removeItem(atPath: temporaryManifest)
        }
        let contents: Contents
        var schema: String?
        switch store.location {
        case .sqlite:
            try await store.sql.raw("VACUUM INTO \(bind: temporary)").run()
            // Counted in the copy itself, read-only: the live file may have moved on since.
            let copy = try await Store.openReadOnly(sqlitePath: temporary, logger: store.logger)
            do {
                contents = try await inspect(copy.sql, kind: .sqlite)
                await copy.shutdown()
            } catch {
                await copy.shutdown()
                throw error
            }
        case .postgres(let url, _):
            let pgDump = try tools.find("pg_dump")
            let connection = try PostgresTools.connection(url: url)
            let dumped = try await store.database.transaction { db in
                // pg_dump reads the snapshot this transaction exports, so the counts below describe exactly the dump.
                let sql = db as! any SQLDatabase
                try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
                let snapshot = try await sql.raw("SELECT pg_export_snapshot() AS id").first()!.decode(column: "id", as: String.self)
                guard let schema = try await sql.raw("SELECT current_schema() AS name").first()?.decode(column: "name", as: String?.self) else {
                    throw BackupError.nothingToBackUp
                }
                let contents = try await inspect(sql, kind: .postgres)
                let result = try await PostgresTools.run(
                    pgDump,
                    [
                        "--format=custom", "--no-password", "--snapshot=\(snapshot)", "--schema=\(quotedPattern(schema))",
                        "--file=\(temporary)", "--dbname=\(connection.url)",
                    ],
                    environment: connection.environment)
                guard result.status == 0 else { throw BackupError.toolFailed(program: "pg_dump", status: result.status, output: result.errors) }
                return (contents, schema)
            }
            contents = dumped.0
            schema = dumped.1
        }
        // The backup holds password hashes and everything else: readable by its owner only.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary)
        let (bytes, sha256) = try checksum(temporary)
        let manifest = BackupManifest(
            version: BackupManifest.currentVersion, database: store.kind == .sqlite ? "sqlite" : "postgresql", createdAt: now, file: name,
            bytes: bytes, sha256: sha256, schema: schema, lastMigration: contents.lastMigration, migrations: contents.migrations,
            tables: contents.tables, auditLastSequence: contents.auditLast?.sequence, auditLastHash: contents.auditLast?.hash)
        _ = FileManager.default.createFile(atPath: temporaryManifest, contents: try manifest.encoded(), attributes: [.posixPermissions: 0o600])
        for existing in [path, manifestPath] where FileManager.default.fileExists(atPath: existing) {
            throw BackupError.fileExists(existing)
        }
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        try FileManager.default.moveItem(atPath: temporaryManifest, toPath: manifestPath)
        // Recorded in the live database, after the snapshot: the backup itself ends at the entry before this one.
        let summary =
            "Back-up gemaakt: \(name), \(contents.tables.count) tabellen, \(manifest.rows) rijen, auditlog tot en met regel "
            + "\(contents.auditLast?.sequence ?? 0), SHA-256 \(sha256.prefix(16))…"
        try await store.write { db in
            try await AuditLog.append(
                on: db, actor: try await actor(on: db), action: "backup.gemaakt", entityType: "backup", entityID: name, summary: summary, at: now)
        }
        return BackupReport(path: path, manifestPath: manifestPath, manifest: manifest, seconds: Date().timeIntervalSince(started))
    }

    // MARK: Restore

    public static func restore(
        from path: String, into location: DatabaseLocation, logger: Logger, settings: DatabaseSettings = DatabaseSettings(), now: Date,
        tools: PostgresTools = PostgresTools()
    ) async throws -> RestoreReport {
        let started = Date()
        guard FileManager.default.isReadableFile(atPath: path) else { throw BackupError.backupMissing(path) }
        let manifest = try BackupManifest.read(BackupManifest.path(forBackup: path))
        let targetKind: String
        switch location {
        case .sqlite: targetKind = "sqlite"
        case .postgres: targetKind = "postgresql"
        }
        guard manifest.database == targetKind else {
            throw BackupError.kindMismatch(backup: label(manifest.database), target: label(targetKind))
        }
        guard Migrations.ordered.contains(where: { $0.name == manifest.lastMigration }) else {
            throw BackupError.newerVersion(manifest.lastMigration)
        }
        let checksumMatches = try checksum(path).sha256 == manifest.sha256
        switch location {
        case .sqlite(let target):
            return try await restoreSQLite(
                path, manifest: manifest, target: target, checksumMatches: checksumMatches, logger: logger, now: now, started: started)
        case .postgres(let url, _):
            let store = try await Store.open(location, logger: logger, settings: settings)
            do {
                let report = try await restorePostgres(
                    path, manifest: manifest, store: store, url: url, checksumMatches: checksumMatches, tools: tools, now: now, started: started)
                await store.shutdown()
                return report
            } catch {
                await store.shutdown()
                throw error
            }
        }
    }

    private static func restoreSQLite(
        _ path: String, manifest: BackupManifest, target: String, checksumMatches: Bool, logger: Logger, now: Date, started: Date
    ) async throws -> RestoreReport {
        try await requireEmptySQLite(target, logger: logger)
        let folder = (target as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // Checked under a temporary name and renamed into place only when it matches: a failed restore leaves nothing.
        let temporary = (folder.isEmpty ? "." : folder as NSString).appendingPathComponent(
            ".\((target as NSString).lastPathComponent).\(UUID().uuidString).restore")
        let sidecars = ["-wal", "-shm", "-journal"]
        defer {
            try? FileManager.default.removeItem(atPath: temporary)
            for suffix in sidecars { try? FileManager.default.removeItem(atPath: temporary + suffix) }
        }
        try FileManager.default.copyItem(atPath: path, toPath: temporary)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary)
        let copy = try await Store.openReadOnly(sqlitePath: temporary, logger: logger)
        let check: BackupCheck
        do {
            check = try await verify(copy, against: manifest, checksumMatches: checksumMatches)
            await copy.shutdown()
        } catch {
            await copy.shutdown()
            throw error
        }
        guard check.isValid else {
            return RestoreReport(manifest: manifest, check: check, installed: false, restoreEntrySequence: nil, seconds: Date().timeIntervalSince(started))
        }
        let store = try await Store.open(.sqlite(path: temporary), logger: logger)
        let sequence: Int64
        do {
            sequence = try await recordRestore(in: store, manifest: manifest, check: check, now: now)
            // Everything into the file itself, so the rename below moves the whole database.
            try await store.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        for suffix in sidecars {
            let sidecar = temporary + suffix
            if let size = try? FileManager.default.attributesOfItem(atPath: sidecar)[.size] as? Int, size > 0 {
                throw BackupError.leftoverWriteAheadLog(sidecar)
            }
            try? FileManager.default.removeItem(atPath: sidecar)
            // An empty log of an earlier, empty database must not be read as belonging to the new file.
            try? FileManager.default.removeItem(atPath: target + suffix)
        }
        // What is there is an empty database (checked above): nothing of value is replaced.
        if FileManager.default.fileExists(atPath: target) { try FileManager.default.removeItem(atPath: target) }
        try FileManager.default.moveItem(atPath: temporary, toPath: target)
        return RestoreReport(manifest: manifest, check: check, installed: true, restoreEntrySequence: sequence, seconds: Date().timeIntervalSince(started))
    }

    /// Missing, zero bytes, or a database without a single table: anything else is refused.
    static func requireEmptySQLite(_ target: String, logger: Logger) async throws {
        // Tables first, so a database in use is called what it is; then a log beside an empty file, which may hold some.
        let wal = target + "-wal"
        guard let size = try? FileManager.default.attributesOfItem(atPath: target)[.size] as? Int, size > 0 else {
            try requireNoWriteAheadLog(wal)
            return
        }
        let existing = try await Store.openReadOnly(sqlitePath: target, logger: logger)
        let tables: [String]
        do {
            tables = try await existing.sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()
                .map { try $0.decode(column: "name", as: String.self) }
            await existing.shutdown()
        } catch {
            await existing.shutdown()
            throw error
        }
        if !tables.isEmpty { throw BackupError.targetNotEmpty(target: "SQLite \(target)", tables: tables) }
        try requireNoWriteAheadLog(wal)
    }

    private static func requireNoWriteAheadLog(_ wal: String) throws {
        if let size = try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int, size > 0 {
            throw BackupError.leftoverWriteAheadLog(wal)
        }
    }

    private static func restorePostgres(
        _ path: String, manifest: BackupManifest, store: Store, url: String, checksumMatches: Bool, tools: PostgresTools, now: Date,
        started: Date
    ) async throws -> RestoreReport {
        guard let target = try await store.sql.raw("SELECT current_schema() AS name").first()?.decode(column: "name", as: String?.self) else {
            throw BackupError.schemaMissing
        }
        let tables = try await store.sql.raw(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
        ).all().map { try $0.decode(column: "name", as: String.self) }
        if !tables.isEmpty { throw BackupError.targetNotEmpty(target: "\(store.location) (schema \(target))", tables: tables) }
        let pgRestore = try tools.find("pg_restore")
        let psql = try tools.find("psql")
        let connection = try PostgresTools.connection(url: url)

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: work) }
        // The target schema exists already (it is empty): leave out the dump's own CREATE SCHEMA and its comment.
        let list = try await output(of: pgRestore, ["--list", path], environment: connection.environment)
        let kept = list.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains(" SCHEMA - ") && !$0.contains(" COMMENT - SCHEMA ") }
            .joined(separator: "\n")
        let listFile = work.appendingPathComponent("toc.list")
        try kept.write(to: listFile, atomically: true, encoding: .utf8)
        // As SQL first: pg_dump names every object with its schema, and the tables may go into a schema of another name.
        let script = work.appendingPathComponent("restore.sql")
        let written = try await PostgresTools.run(
            pgRestore, ["--no-owner", "--no-privileges", "--use-list=\(listFile.path)", "--file=\(script.path)", path],
            environment: connection.environment)
        guard written.status == 0 else { throw BackupError.toolFailed(program: "pg_restore", status: written.status, output: written.errors) }
        var toRun = script
        if let source = manifest.schema, source != target {
            toRun = work.appendingPathComponent("restore-\(target).sql")
            try renameSchema(in: script, to: toRun, from: source, to: target)
        }
        // One transaction: should any statement fail, the database stays empty.
        let loaded = try await PostgresTools.run(
            psql,
            ["--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--single-transaction", "--file=\(toRun.path)", "--dbname=\(connection.url)"],
            environment: connection.environment)
        guard loaded.status == 0 else { throw BackupError.toolFailed(program: "psql", status: loaded.status, output: loaded.errors) }

        let check = try await verify(store, against: manifest, checksumMatches: checksumMatches)
        guard check.isValid else {
            return RestoreReport(manifest: manifest, check: check, installed: false, restoreEntrySequence: nil, seconds: Date().timeIntervalSince(started))
        }
        let sequence = try await recordRestore(in: store, manifest: manifest, check: check, now: now)
        return RestoreReport(manifest: manifest, check: check, installed: true, restoreEntrySequence: sequence, seconds: Date().timeIntervalSince(started))
    }

    private static func recordRestore(in store: Store, manifest: BackupManifest, check: BackupCheck, now: Date) async throws -> Int64 {
        let summary =
            "Back-up \(manifest.file) van \(AuditChain.timestamp(manifest.createdAt)) teruggezet en gecontroleerd: \(check.tables) tabellen, "
            + "\(check.rows) rijen, auditlog tot en met regel \(check.auditLastSequence ?? 0) heel."
        try await store.write { db in
            try await AuditLog.append(
                on: db, actor: try await actor(on: db), action: "backup.teruggezet", entityType: "backup", entityID: manifest.file, summary: summary,
                at: now)
        }
        return try await store.sql.raw("SELECT max(sequence) AS s FROM audit_entries").first()?.decode(column: "s", as: Int64.self) ?? 0
    }

    /// The command line acts for the organisation when the database has exactly one, so its beheerders see the entry.
    private static func actor(on db: any Database) async throws -> AuditActor {
        let ids = try await (db as! any SQLDatabase).raw("SELECT id FROM organisations LIMIT 2").all().map { try $0.decode(column: "id", as: UUID.self) }
        return .commandLine(organisationID: ids.count == 1 ? ids[0] : nil)
    }

    // MARK: Verify

    /// Compares a database with what the manifest says the backup held: every table's rows, the last migration, the
    /// audit chain from its first link to the manifest's last, and the backup file's checksum.
    public static func verify(_ store: Store, against manifest: BackupManifest, checksumMatches: Bool) async throws -> BackupCheck {
        var problems: [String] = []
        if !checksumMatches {
            problems.append("Het back-upbestand is veranderd sinds het is gemaakt: de SHA-256-controlesom klopt niet met het manifest.")
        }
        let contents = try await inspect(store.sql, kind: store.kind)
        for (table, expected) in manifest.tables.sorted(by: { $0.key < $1.key }) {
            guard let found = contents.tables[table] else {
                problems.append("Tabel \(table) ontbreekt (de back-up had er \(expected) rijen in).")
                continue
            }
            if found != expected { problems.append("Tabel \(table) heeft \(found) rijen; de back-up had er \(expected).") }
        }
        for table in contents.tables.keys.sorted() where manifest.tables[table] == nil {
            problems.append("Tabel \(table) staat niet in het manifest.")
        }
        if contents.lastMigration != manifest.lastMigration {
            problems.append("De laatste migratie is \(contents.lastMigration); de back-up had \(manifest.lastMigration).")
        }
        let chain = try await AuditRepository(store: store).verify()
        problems += chain.breaks.map { "Auditlog: \($0)." }
        if contents.auditLast?.sequence != manifest.auditLastSequence || contents.auditLast?.hash != manifest.auditLastHash {
            problems.append(
                "Het auditlog eindigt bij regel \(contents.auditLast?.sequence ?? 0) (hash \(contents.auditLast?.hash.prefix(12) ?? "-")); "
                    + "de back-up eindigde bij regel \(manifest.auditLastSequence ?? 0) (hash \(manifest.auditLastHash?.prefix(12) ?? "-")).")
        }
        return BackupCheck(
            problems: problems, tables: contents.tables.count, rows: contents.tables.values.reduce(0, +), auditChecked: chain.checked,
            auditLastSequence: contents.auditLast?.sequence, lastMigration: contents.lastMigration, checksumMatches: checksumMatches)
    }

    struct Contents: Sendable {
        var tables: [String: Int]
        var lastMigration: String
        var migrations: Int
        var auditLast: (sequence: Int64, hash: String)?
    }

    /// Rows per table of the current schema (SQLite: of the file, its own `sqlite_` tables aside), the last
    /// migration and the audit chain's last link.
    static func inspect(_ sql: any SQLDatabase, kind: Store.Kind) async throws -> Contents {
        let names: [String]
        switch kind {
        case .sqlite:
            names = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
                .all().map { try $0.decode(column: "name", as: String.self) }
        case .postgres:
            names = try await sql.raw(
                "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
            ).all().map { try $0.decode(column: "name", as: String.self) }
        }
        guard names.contains("_fluent_migrations") else { throw BackupError.nothingToBackUp }
        var tables: [String: Int] = [:]
        for name in names {
            tables[name] = try await sql.raw("SELECT count(*) AS n FROM \(ident: name)").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        // Names are `Module.M0001_…`: the numbering makes the text order the order they ran in.
        let lastMigration = try await sql.raw("SELECT max(name) AS name FROM _fluent_migrations").first()?.decode(column: "name", as: String?.self) ?? ""
        var auditLast: (Int64, String)?
        if tables["audit_entries"] != nil,
            let row = try await sql.raw("SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1").first()
        {
            auditLast = (try row.decode(column: "sequence", as: Int64.self), try row.decode(column: "hash", as: String.self))
        }
        return Contents(tables: tables, lastMigration: lastMigration, migrations: tables["_fluent_migrations"] ?? 0, auditLast: auditLast)
    }

    // MARK: Helpers

    static func checksum(_ path: String) throws -> (bytes: Int64, sha256: String) {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var hasher = SHA256()
        var bytes: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            bytes += Int64(chunk.count)
        }
        return (bytes, hasher.finalize().map { String(format: "%02x", $0) }.joined())
    }

    private static func label(_ kind: String) -> String { kind == "sqlite" ? "SQLite" : "PostgreSQL" }

    /// pg_dump's `--schema` takes a pattern; in double quotes the name is taken literally.
    static func quotedPattern(_ schema: String) -> String { "\"" + schema.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func output(of program: String, _ arguments: [String], environment: [String: String]) async throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        let result = try await PostgresTools.run(program, arguments, environment: environment, standardOutput: handle)
        try? handle.close()
        let name = (program as NSString).lastPathComponent
        guard result.status == 0 else { throw BackupError.toolFailed(program: name, status: result.status, output: result.errors) }
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// Rewrites `source.` to `target.` in a pg_restore script's statements, leaving the rows of its COPY blocks as
    /// they are: a row may hold any text, the statements hold only names the dump wrote.
    static func renameSchema(in input: URL, to output: URL, from source: String, to target: String) throws {
        let reader = try FileHandle(forReadingFrom: input)
        defer { try? reader.close() }
        _ = FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600])
        let writer = try FileHandle(forWritingTo: output)
        defer { try? writer.close() }
        var inCopy = false
        var pending = Data()
        var out = Data()
        let endOfCopy = Data("\\.".utf8)
        func handle(_ line: Data.SubSequence, newline: Bool) {
            if inCopy {
                if line.elementsEqual(endOfCopy) { inCopy = false }
                out.append(contentsOf: line)
            } else {
                let text = String(decoding: line, as: UTF8.self)
                if text.hasPrefix("COPY "), text.hasSuffix(" FROM stdin;") { inCopy = true }
                out.append(contentsOf: renameSchema(inStatement: text, from: source, to: target).utf8)
            }
            if newline { out.append(10) }
        }
        while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
            pending.append(chunk)
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: 10) {
                handle(pending[start..<end], newline: true)
                start = end + 1
            }
            pending = Data(pending[start...])
            if out.count > 1 << 20 {
                try writer.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !pending.isEmpty { handle(pending[...], newline: false) }
        try writer.write(contentsOf: out)
    }

    static func renameSchema(inStatement line: String, from source: String, to target: String) -> String {
        let plainTarget = target.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") } && !(target.first?.isNumber ?? true)
        let quotedTarget = "\"" + target.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        var text = line
        for (needle, replacement) in [
            ("\"" + source.replacingOccurrences(of: "\"", with: "\"\"") + "\".", quotedTarget + "."),
            (source + ".", (plainTarget ? target : quotedTarget) + "."),
        ] {
            var result = ""
            var rest = text[...]
            while let range = rest.range(of: needle) {
                let before = rest[..<range.lowerBound]
                let previous = before.last ?? result.last
                let atBoundary = previous.map { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" || $0 == "\"") } ?? true
                result += before
                result += atBoundary ? replacement : String(rest[range])
                rest = rest[range.upperBound...]
            }
            result += rest
            text = result
        }
        return text
    }
}

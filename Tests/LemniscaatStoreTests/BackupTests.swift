// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Logging
import SQLKit
import Testing

@testable import LemniscaatStore

/// Backup and restore on the database the suite runs on (SQLite, or PostgreSQL with DATABASE_URL): the restore goes
/// into a second, empty database (a file, or a schema of its own) and is checked against the manifest.
@Suite struct BackupTests {
    static let logger: Logger = {
        var logger = Logger(label: "lemniscaat-backup-test")
        logger.logLevel = .warning
        return logger
    }()

    @Test func backupThenRestoreIntoAnEmptyDatabaseMatchesTheManifest() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let file = folder + "/lemniscaat.backup"
            // act
            let made = try await Backup.create(from: store, to: file, now: Date())
            try await withEmptyTarget(like: store) { target in
                let report = try await Backup.restore(from: file, into: target, logger: Self.logger, now: Date())
                // check
                #expect(report.check.problems == [])
                #expect(report.installed)
                #expect(report.check.rows == made.manifest.rows)
                #expect(report.restoreEntrySequence == made.manifest.auditLastSequence! + 1)
                let restored = try await Store.open(target, logger: Self.logger)
                do {
                    let users = try await UserModel.query(on: restored.database).all().map(\.email).sorted()
                    #expect(users == [fixture.administrator.email, fixture.practitioner.email].sorted())
                    let chain = try await AuditRepository(store: restored).verify()
                    #expect(chain.breaks == [])
                    #expect(chain.checked == made.manifest.auditEntries + 1)
                    let last = try await AuditEntryModel.query(on: restored.database).sort(\.$sequence, .descending).first()
                    #expect(last?.action == "backup.teruggezet")
                    #expect(last?.organisationID == fixture.organisationID.uuidString.lowercased())
                    await restored.shutdown()
                } catch {
                    await restored.shutdown()
                    throw error
                }
            }
            // The manifest beside the backup, and the backup in the live database's audit log after the snapshot.
            #expect(FileManager.default.fileExists(atPath: file + ".manifest.json"))
            #expect(made.manifest.tables["users"] == 2)
            #expect(made.manifest.lastMigration == Migrations.ordered.last!.name)
            let attributes = try FileManager.default.attributesOfItem(atPath: file)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let live = try await AuditEntryModel.query(on: store.database).sort(\.$sequence, .descending).first()
            #expect(live?.action == "backup.gemaakt")
            #expect(live?.sequence == made.manifest.auditLastSequence! + 1)
        }
    }

    @Test func restoreIntoADatabaseWithTablesIsRefusedAndChangesNothing() async throws {
        try await withTestStore { store in
            // setup
            _ = try await Fixture.make(store)
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let file = folder + "/lemniscaat.backup"
            let made = try await Backup.create(from: store, to: file, now: Date())
            let before = try await AuditEntryModel.query(on: store.database).count()
            // act
            var refused: BackupError?
            do {
                _ = try await Backup.restore(from: file, into: store.location, logger: Self.logger, now: Date())
            } catch let error as BackupError {
                refused = error
            }
            // check
            guard case .targetNotEmpty(_, let tables) = refused else {
                Issue.record("expected a refusal, got \(String(describing: refused))")
                return
            }
            #expect(tables.contains("audit_entries"))
            #expect(refused!.description.contains("niet leeg"))
            #expect(try await AuditEntryModel.query(on: store.database).count() == before)
            #expect(made.manifest.auditEntries == before - 1)
        }
    }

    @Test func backupNeverOverwritesAFile() async throws {
        try await withTestStore { store in
            // setup
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let file = folder + "/bestaat.backup"
            try Data("iets anders".utf8).write(to: URL(fileURLWithPath: file))
            // act / check
            await #expect(throws: BackupError.fileExists(file)) {
                _ = try await Backup.create(from: store, to: file, now: Date())
            }
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "iets anders")
        }
    }

    /// A manifest that no longer matches (here: one row more in a table, another chain end) is reported, and nothing
    /// is written to the restored database's audit log.
    @Test func aManifestThatDoesNotMatchIsReported() async throws {
        try await withTestStore { store in
            // setup
            _ = try await Fixture.make(store)
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let file = folder + "/lemniscaat.backup"
            var manifest = try await Backup.create(from: store, to: file, now: Date()).manifest
            manifest.tables["users"] = 3
            manifest.auditLastSequence = (manifest.auditLastSequence ?? 0) + 1
            try FileManager.default.removeItem(atPath: file + ".manifest.json")
            try manifest.encoded().write(to: URL(fileURLWithPath: file + ".manifest.json"))
            try await withEmptyTarget(like: store) { target in
                // act
                let report = try await Backup.restore(from: file, into: target, logger: Self.logger, now: Date())
                // check
                #expect(!report.installed)
                #expect(report.restoreEntrySequence == nil)
                #expect(report.check.problems.contains("Tabel users heeft 2 rijen; de back-up had er 3."))
                #expect(report.check.problems.contains { $0.hasPrefix("Het auditlog eindigt bij regel") })
                #expect(report.check.checksumMatches)
            }
        }
    }

    /// An audit row edited inside an SQLite backup file: the checksum no longer matches and the chain breaks at that
    /// row, and the restore does not put the file in place. Always on SQLite: the edit is made in the file itself.
    @Test func anAuditRowEditedInTheBackupFileIsDetected() async throws {
        // setup
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try await Store.open(.sqlite(path: folder + "/live.sqlite"), logger: Self.logger)
        let file = folder + "/lemniscaat.backup"
        do {
            try await store.migrate()
            _ = try await Fixture.make(store)
            _ = try await Backup.create(from: store, to: file, now: Date())
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        let editor = try await Store.open(.sqlite(path: file), logger: Self.logger)
        do {
            try await editor.sql.raw("UPDATE audit_entries SET summary = 'iets anders' WHERE sequence = 2").run()
            try await editor.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            await editor.shutdown()
        } catch {
            await editor.shutdown()
            throw error
        }
        let target = folder + "/restored/lemniscaat.sqlite"
        // act
        let report = try await Backup.restore(from: file, into: .sqlite(path: target), logger: Self.logger, now: Date())
        // check
        #expect(!report.installed)
        #expect(!report.check.checksumMatches)
        #expect(report.check.problems.contains { $0.contains("SHA-256") })
        #expect(report.check.problems.contains("Auditlog: \(AuditChain.Break.edited(sequence: 2))."))
        #expect(!FileManager.default.fileExists(atPath: target))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/restored")
        #expect(leftovers == [])
    }

    @Test func aBackupGoesBackOnlyIntoTheSameKindOfDatabase() async throws {
        try await withTestStore { store in
            // setup
            let folder = try temporaryFolder()
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let file = folder + "/lemniscaat.backup"
            _ = try await Backup.create(from: store, to: file, now: Date())
            let other: DatabaseLocation =
                store.kind == .sqlite ? .postgres(url: "postgres://nobody@127.0.0.1:1/none") : .sqlite(path: folder + "/x.sqlite")
            // act / check
            let expected: BackupError =
                store.kind == .sqlite ? .kindMismatch(backup: "SQLite", target: "PostgreSQL") : .kindMismatch(backup: "PostgreSQL", target: "SQLite")
            await #expect(throws: expected) {
                _ = try await Backup.restore(from: file, into: other, logger: Self.logger, now: Date())
            }
            #expect(!FileManager.default.fileExists(atPath: folder + "/x.sqlite"))
        }
    }

    @Test func aMissingManifestIsNamed() async throws {
        // setup
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/los.backup"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        // act / check
        await #expect(throws: BackupError.manifestMissing(file + ".manifest.json")) {
            _ = try await Backup.restore(from: file, into: .sqlite(path: folder + "/db.sqlite"), logger: Self.logger, now: Date())
        }
    }

    @Test func aMissingPostgresProgramIsExplainedInDutch() throws {
        // setup
        let tools = PostgresTools(pathVariable: "/nonexistent", extraDirectories: [])
        // act / check
        #expect(throws: BackupError.toolMissing("pg_dump")) { try tools.find("pg_dump") }
        #expect(BackupError.toolMissing("pg_dump").description.hasPrefix("pg_dump is niet gevonden"))
    }

    @Test func schemaNamesAreRewrittenInStatementsOnly() throws {
        // setup
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = """
            CREATE TABLE test_a.users (id uuid NOT NULL, note text DEFAULT 'test_a.x'::text);
            ALTER TABLE ONLY test_a.users ADD CONSTRAINT fk FOREIGN KEY (id) REFERENCES "test_a".teams(id);
            SELECT pg_catalog.setval('test_a.seq', 1, true);
            COPY test_a.users (id, note) FROM stdin;
            1\ttest_a.users staat in de tekst
            \\.
            CREATE INDEX i ON latest_a.users USING btree (id);
            """
        let input = URL(fileURLWithPath: folder + "/in.sql")
        let output = URL(fileURLWithPath: folder + "/out.sql")
        try script.write(to: input, atomically: true, encoding: .utf8)
        // act
        try Backup.renameSchema(in: input, to: output, from: "test_a", to: "test_b")
        // check
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "CREATE TABLE test_b.users (id uuid NOT NULL, note text DEFAULT 'test_b.x'::text);")
        #expect(lines[1] == "ALTER TABLE ONLY test_b.users ADD CONSTRAINT fk FOREIGN KEY (id) REFERENCES \"test_b\".teams(id);")
        #expect(lines[2] == "SELECT pg_catalog.setval('test_b.seq', 1, true);")
        #expect(lines[3] == "COPY test_b.users (id, note) FROM stdin;")
        #expect(lines[4] == "1\ttest_a.users staat in de tekst")
        #expect(lines[5] == "\\.")
        #expect(lines[6] == "CREATE INDEX i ON latest_a.users USING btree (id);")
        #expect(Backup.renameSchema(inStatement: "x public.t", from: "public", to: "Mixed Case") == "x \"Mixed Case\".t")
    }
}

@Suite struct DatabaseSettingsTests {
    @Test func settingsComeFromTheEnvironment() throws {
        // act
        let settings = try DatabaseSettings(environment: [
            "LEMNISCAAT_DB_POOL_SIZE": "8", "LEMNISCAAT_DB_POOL_TIMEOUT": "30", "LEMNISCAAT_DB_STATEMENT_TIMEOUT": "2min",
        ])
        // check
        #expect(settings == DatabaseSettings(connectionsPerEventLoop: 8, poolTimeoutSeconds: 30, statementTimeoutMilliseconds: 120_000))
        #expect(try DatabaseSettings(environment: [:]) == DatabaseSettings())
        #expect(try DatabaseSettings(environment: ["LEMNISCAAT_DB_STATEMENT_TIMEOUT": "500ms"]).statementTimeoutMilliseconds == 500)
        #expect(try DatabaseSettings(environment: ["LEMNISCAAT_DB_STATEMENT_TIMEOUT": "30s"]).statementTimeoutMilliseconds == 30_000)
        #expect(try DatabaseSettings(environment: ["LEMNISCAAT_DB_STATEMENT_TIMEOUT": "1500"]).statementTimeoutMilliseconds == 1500)
        #expect(try DatabaseSettings(environment: ["LEMNISCAAT_DB_STATEMENT_TIMEOUT": "0"]).statementTimeoutMilliseconds == nil)
    }

    @Test func wrongValuesAreRefusedWithTheVariableNamed() {
        for (key, value) in [
            ("LEMNISCAAT_DB_POOL_SIZE", "0"), ("LEMNISCAAT_DB_POOL_SIZE", "veel"), ("LEMNISCAAT_DB_POOL_TIMEOUT", "-1"),
            ("LEMNISCAAT_DB_STATEMENT_TIMEOUT", "10 jaar"), ("LEMNISCAAT_DB_STATEMENT_TIMEOUT", "-5s"),
        ] {
            #expect {
                _ = try DatabaseSettings(environment: [key: value])
            } throws: { error in
                String(describing: error).hasPrefix(key)
            }
        }
    }

    /// The timeout reaches every connection of the pool, and a statement that runs longer is stopped.
    @Test(.enabled(if: (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty == false))
    func statementTimeoutHoldsOnPostgreSQL() async throws {
        // setup
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"]!
        let store = try await Store.open(.postgres(url: url), logger: BackupTests.logger, connectionsPerEventLoop: 1, statementTimeoutMilliseconds: 1500)
        do {
            // act
            let shown = try await store.sql.raw("SHOW statement_timeout").first()?.decode(column: "statement_timeout", as: String.self)
            var stopped = false
            do { try await store.sql.raw("SELECT pg_sleep(3)").run() } catch { stopped = true }
            // check
            #expect(shown == "1500ms")
            #expect(stopped)
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Migrations run on connections of their own without the timeout, so a long one is not cut off at start-up.
    @Test(.enabled(if: (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty == false))
    func migrationsRunWithoutTheStatementTimeout() async throws {
        // setup
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"]!
        let schema = "timeout_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try await Store.open(.postgres(url: url), logger: BackupTests.logger, connectionsPerEventLoop: 1)
        try await admin.sql.raw("CREATE SCHEMA \(ident: schema)").run()
        let store = try await Store.open(
            .postgres(url: url, searchPath: [schema]), logger: BackupTests.logger, connectionsPerEventLoop: 1, statementTimeoutMilliseconds: 1)
        do {
            // act
            try await store.migrate()
            // check
            let count = try await admin.sql.raw("SELECT count(*) AS n FROM \(ident: schema)._fluent_migrations").first()?.decode(column: "n", as: Int.self)
            #expect(count == Migrations.ordered.count)
            #expect(store.statementTimeoutMilliseconds == 1)
            await store.shutdown()
            try await admin.sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
            await admin.shutdown()
        } catch {
            await store.shutdown()
            try? await admin.sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
            await admin.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-backup-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

/// A second database as empty as a new one: a file path that does not exist yet, or a new PostgreSQL schema on the
/// same server (dropped afterwards).
func withEmptyTarget(like store: Store, _ body: (DatabaseLocation) async throws -> Void) async throws {
    switch store.location {
    case .sqlite:
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await body(.sqlite(path: folder + "/restored/lemniscaat.sqlite"))
    case .postgres(let url, _):
        let schema = "restore_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try await Store.open(.postgres(url: url), logger: BackupTests.logger, connectionsPerEventLoop: 1, poolTimeout: .seconds(120))
        try await admin.sql.raw("CREATE SCHEMA \(ident: schema)").run()
        do {
            try await body(.postgres(url: url, searchPath: [schema]))
            try await admin.sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
            await admin.shutdown()
        } catch {
            try? await admin.sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
            await admin.shutdown()
            throw error
        }
    }
}

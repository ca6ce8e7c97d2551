// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatStore
import Logging
import SQLKit

/// Runs `body` against a freshly migrated database of its own: a temporary SQLite file, or, when
/// `DATABASE_URL` is set, a new PostgreSQL schema that is dropped afterwards. Tests can run in parallel.
public func withTestStore<T: Sendable>(_ body: (Store) async throws -> T) async throws -> T {
    PasswordHasher.lowerCostForTests()
    var logger = Logger(label: "lemniscaat-test")
    logger.logLevel = .warning
    if let url = ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
        // Tests run in parallel: keep each one to a connection per event loop, and hold the admin one briefly.
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await onPostgres(url, logger: logger) { try await $0.sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run() }
        let store = try await Store.open(.postgres(url: url, searchPath: [schema]), logger: logger, connectionsPerEventLoop: 1, poolTimeout: .seconds(120))
        do {
            try await store.migrate()
            let result = try await body(store)
            await store.shutdown()
            try await onPostgres(url, logger: logger) { try await $0.sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
            return result
        } catch {
            await store.shutdown()
            try? await onPostgres(url, logger: logger) { try await $0.sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
            throw DatabaseErrorDetail.wrapping(error)
        }
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-test-\(UUID().uuidString)")
    let file = directory.appendingPathComponent("test.sqlite").path
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: try await sqliteTemplate.path(logger: logger), toPath: file)
    let store = try await Store.open(.sqlite(path: file), logger: logger, poolTimeout: .seconds(120))
    defer { try? FileManager.default.removeItem(at: directory) }
    do {
        try await store.migrate()
        let result = try await body(store)
        await store.shutdown()
        return result
    } catch {
        await store.shutdown()
        throw error
    }
}

/// One migrated SQLite file per test process, copied for each test: migrating every test's file anew was some forty
/// commits, each waiting for its fsync, times several hundred tests. `withTestStore` still calls `migrate()` on the
/// copy, which then finds nothing to do.
private let sqliteTemplate = SQLiteTemplate()

private actor SQLiteTemplate {
    private var made: Task<String, any Error>?

    func path(logger: Logger) async throws -> String {
        if let made { return try await made.value }
        let task = Task { try await Self.make(logger: logger) }
        made = task
        return try await task.value
    }

    private static func make(logger: Logger) async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-template-\(getpid())")
        try? FileManager.default.removeItem(at: directory)
        let path = directory.appendingPathComponent("template.sqlite").path
        let store = try await Store.open(.sqlite(path: path), logger: logger, poolTimeout: .seconds(120))
        do {
            try await store.migrate()
            // Everything into the one file, so a copy of that file is the whole database.
            try await store.sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
        atexit { try? FileManager.default.removeItem(atPath: FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-template-\(getpid())").path) }
        return path
    }
}

private func onPostgres(_ url: String, logger: Logger, _ body: (Store) async throws -> Void) async throws {
    let admin = try await Store.open(.postgres(url: url), logger: logger, connectionsPerEventLoop: 1, poolTimeout: .seconds(120))
    do {
        try await body(admin)
        await admin.shutdown()
    } catch {
        await admin.shutdown()
        throw error
    }
}

/// Fixed data for tests: an organisation with a beheerder and a practitioner, all with one known password.
public struct Fixture: Sendable {
    public static let password = "correct horse battery staple"
    public let organisationID: UUID
    public let administrator: UserModel
    public let practitioner: UserModel
    public let practitionerTeamID: UUID

    /// Creates an organisation named `name` with `beheer@<slug>.test` and `uitvoerder@<slug>.test`.
    public static func make(_ store: Store, name: String = "Gemeente Testdorp", now: Date = Date()) async throws -> Fixture {
        let organisations = OrganisationRepository(store: store)
        let organisation = try await organisations.create(name: name, actor: .commandLine(organisationID: nil), now: now)
        let id = organisation.id!
        let actor = AuditActor.commandLine(organisationID: id)
        let team = try await organisations.createTeam(.init(name: "Wijkteam", kind: "uitvoering", domainID: nil), organisationID: id, actor: actor, now: now)
        let accounts = AccountRepository(store: store)
        let admin = try await accounts.create(
            .init(email: "beheer@\(organisation.slug).test", name: "Bea Beheer", roles: [.administrator], password: password),
            organisationID: id, actor: actor, now: now)
        let practitioner = try await accounts.create(
            .init(email: "uitvoerder@\(organisation.slug).test", name: "Uri Uitvoerder", roles: [.practitioner], teamIDs: [team.id!], password: password),
            organisationID: id, actor: actor, now: now)
        return Fixture(organisationID: id, administrator: admin.user, practitioner: practitioner.user, practitionerTeamID: team.id!)
    }
}

/// PostgresNIO's errors print a generic text to keep data out of logs; a failing test should say what went wrong.
struct DatabaseErrorDetail: Error, CustomStringConvertible {
    let description: String

    static func wrapping(_ error: any Error) -> any Error {
        String(describing: type(of: error)) == "PSQLError" ? DatabaseErrorDetail(description: String(reflecting: error)) : error
    }
}

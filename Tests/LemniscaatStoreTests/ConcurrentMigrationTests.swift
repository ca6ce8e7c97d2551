// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import Logging
import SQLKit
import Testing

@testable import LemniscaatStore

/// Several server processes starting at once against one PostgreSQL database that still needs migrating.
@Suite(.enabled(if: !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty))
struct ConcurrentMigrationTests {
    @Test func processesStartingTogetherMigrateOnce() async throws {
        // setup: an empty schema and three "processes" on it
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"]!
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = try await Store.open(.postgres(url: url), logger: logger, connectionsPerEventLoop: 1)
        try await admin.sql.raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
        var stores: [Store] = []
        for _ in 0..<3 {
            stores.append(try await Store.open(.postgres(url: url, searchPath: [schema]), logger: logger, connectionsPerEventLoop: 2))
        }
        do {
            // act: all migrate at the same moment
            try await withThrowingTaskGroup(of: Void.self) { group in
                for store in stores { group.addTask { try await store.migrate() } }
                try await group.waitForAll()
            }
            // check: every migration recorded once, the tables there
            let rows = try await stores[0].sql.raw("SELECT name FROM _fluent_migrations").all()
            let names = try rows.map { try $0.decode(column: "name", as: String.self) }
            #expect(names.count == Migrations.ordered.count)
            #expect(Set(names).count == names.count)
            #expect(try await stores[1].sql.raw("SELECT COUNT(*) AS n FROM scheduled_jobs").first()?.decode(column: "n", as: Int.self) == 0)
        } catch {
            for store in stores { await store.shutdown() }
            try? await admin.sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
            await admin.shutdown()
            throw error
        }
        for store in stores { await store.shutdown() }
        try await admin.sql.raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run()
        await admin.shutdown()
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Synchronization
import Testing

@testable import LemniscaatStore

/// The benchmark workload generator, at a small size: what it writes must be data the application can use.
@Suite struct GroteGemeenteTests {
    @Test func loadsConsistentDataInBatches() async throws {
        try await withTestStore { store in
            // setup
            let size = GroteGemeente.Size(users: 60, policies: 30, signals: 4_500, recognitions: 15_000)
            let batches = Mutex(0)
            // act
            let report = try await GroteGemeente.load(into: store, size: size, now: Date(), password: "lemniscaat-demo") { _ in
                batches.withLock { $0 += 1 }
            }
            // check
            let sql = store.sql
            func count(_ query: String) async throws -> Int {
                try await sql.raw(SQLQueryString(query)).first()!.decode(column: "n", as: Int.self)
            }
            #expect(try await count("SELECT COUNT(*) AS n FROM users") == 60)
            #expect(try await count("SELECT COUNT(*) AS n FROM policies") == 30)
            #expect(try await count("SELECT COUNT(*) AS n FROM signals") == 4_500)
            #expect(try await count("SELECT COUNT(DISTINCT number) AS n FROM signals") == 4_500)
            // Recognitions near the asked number, each signal's count matching its rows, nobody recognising their own.
            let recognitions = try await count("SELECT COUNT(*) AS n FROM signal_recognitions")
            let expected = Double(size.recognitions) * Double(report.signals) / Double(size.signals)
            #expect(abs(Double(report.recognitions) - expected) < expected * 0.1, "\(report.recognitions) against \(expected)")
            #expect(recognitions >= report.recognitions)
            #expect(try await count("""
                SELECT COUNT(*) AS n FROM signals s WHERE s.recognition_count <> (SELECT COUNT(*) FROM signal_recognitions r WHERE r.signal_id = s.id)
                """) == 0)
            #expect(try await count("SELECT COUNT(*) AS n FROM signal_recognitions r JOIN signals s ON s.id = r.signal_id WHERE r.user_id = s.reporter_id") == 0)
            // Every signal has its submission event; answered ones an answer.
            #expect(try await count("SELECT COUNT(DISTINCT signal_id) AS n FROM signal_events WHERE kind = 'ingediend'") == 4_500)
            #expect(try await count("SELECT COUNT(*) AS n FROM signals WHERE status = 'beantwoord' AND answer IS NULL") == 0)
            #expect(batches.withLock { $0 } >= 3)
            #expect(report.comments > 0 && report.events > report.signals)
            // The application reads the generated rows as it reads its own.
            let organisation = try await OrganisationModel.query(on: store.database).first()!
            let similarity = SignalSimilarity(store: store)
            let signals = SignalRepository(store: store, similarity: similarity)
            let (page, total) = try await signals.list(organisationID: organisation.id!, filter: .init(), now: Date())
            #expect(total == 4_500 && page.count == 25)
            #expect(try await signals.detail(id: page[0].id!, organisationID: organisation.id!) != nil)
            // One audit entry for the load, and the chain holds.
            #expect(try await count("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'demo.werklast-geladen'") == 1)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import Synchronization
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

/// De lus's figures are kept while nothing is written through the store, and counted again after any write.
@Suite struct LoopFiguresCacheTests {
    @Test func keptUntilTheNextWrite() async throws {
        try await withTestStore { store in
            // setup
            let world = try await LoopMetricsTests.world(store)
            let repository = LoopMetricsRepository(store: store)
            let filter = LoopFilter(period: LoopPeriod.lastTwelveMonths(endingAt: world.at))
            let first = try await repository.cachedFigures(organisationID: world.org, filter: filter, now: world.at)
            // a signal put in behind the store's back, as another server would
            try await LoopMetricsTests.signal(
                store, org: world.org, domain: world.domain, reporter: world.held.setup.fixture.practitioner.id!, number: 99, now: world.at,
                submitted: -1, answered: nil, due: 9, escalation: 30, status: .new)

            // act
            let kept = try await repository.cachedFigures(organisationID: world.org, filter: filter, now: world.at)
            let later = try await repository.cachedFigures(organisationID: world.org, filter: filter, now: world.at.addingTimeInterval(3600))
            try await store.write { _ in }
            let afterWrite = try await repository.cachedFigures(organisationID: world.org, filter: filter, now: world.at)

            // check
            #expect(kept.submitted == first.submitted)
            #expect(later.submitted == first.submitted + 1)
            #expect(afterWrite.submitted == first.submitted + 1)
            #expect(try await repository.figures(organisationID: world.org, filter: filter, now: world.at).submitted == first.submitted + 1)
        }
    }

    @Test func keptThroughBookkeepingWrites() async throws {
        try await withTestStore { store in
            // setup
            let world = try await LoopMetricsTests.world(store)
            let repository = LoopMetricsRepository(store: store)
            let filter = LoopFilter(period: LoopPeriod.lastTwelveMonths(endingAt: world.at))
            let queue = JobQueue(store: store)
            try await queue.register("opruimen", firstRun: world.at.addingTimeInterval(60))
            let first = try await repository.cachedFigures(organisationID: world.org, filter: filter, now: world.at)
            // a signal put in behind the store's back, as another server would
            try await LoopMetricsTests.signal(
                store, org: world.org, domain: world.domain, reporter: world.held.setup.fixture.practitioner.id!, number: 99, now: world.at,
                submitted: -1, answered: nil, due: 9, escalation: 30, status: .new)
            let generation = store.writeGeneration

            // act: a job asked for before it is due, one claimed and finished, and a bookkeeping write of its own
            let early = try await queue.claim("opruimen", now: world.at, lease: .seconds(60))
            let lease = try #require(try await queue.claim("opruimen", now: world.at.addingTimeInterval(61), lease: .seconds(60)))
            try await queue.finish(lease, outcome: .done, summary: "", now: world.at.addingTimeInterval(62), nextRun: world.at.addingTimeInterval(3600))
            try await store.write(bookkeeping: true) { _ in }
            let kept = try await repository.cachedFigures(organisationID: world.org, filter: filter, now: world.at)

            // check
            #expect(early == nil)
            #expect(store.writeGeneration == generation)
            #expect(kept.submitted == first.submitted)
        }
    }

    @Test func concurrentMissesCountOnce() async throws {
        try await withTestStore { store in
            // setup
            let world = try await LoopMetricsTests.world(store)
            let filter = LoopFilter(period: LoopPeriod.lastTwelveMonths(endingAt: world.at))
            let figures = try await LoopMetricsRepository(store: store).figures(organisationID: world.org, filter: filter, now: world.at)
            let cache = LoopFiguresCache()
            let counted = Counter()

            // act: sixteen readers miss at the same moment
            let answers = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        try await cache.computeOnce(world.org, filter, now: world.at, generation: 7) {
                            counted.add()
                            try await Task.sleep(for: .milliseconds(200))
                            return figures
                        }.submitted
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            let afterwards = try await cache.computeOnce(world.org, filter, now: world.at, generation: 8) {
                counted.add()
                return figures
            }

            // check: one count for the sixteen, a new one for a later generation
            #expect(answers == Array(repeating: figures.submitted, count: 16))
            #expect(afterwards.submitted == figures.submitted)
            #expect(counted.value == 2)
        }
    }

    @Test func theIndicatorTallyIsCountedAgainAfterAWrite() async throws {
        try await withTestStore { store in
            // setup: an indicator without measurements
            let monitor = try await MonitorFixture.make(store)
            let repository = LoopMetricsRepository(store: store)
            let filter = LoopFilter(period: LoopPeriod.lastTwelveMonths(endingAt: Date()))
            let before = try await repository.figures(organisationID: monitor.fixture.organisationID, filter: filter, now: Date())
            let path = try monitor.write("indicator;periode;gebied;waarde;status\nSV-01;2025-Q1;GM0999;110;definitief\n")

            // act: measured through the store
            _ = try await MeasurementImporter(store: store).run(
                path: path, fileName: "metingen.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            let after = try await repository.figures(organisationID: monitor.fixture.organisationID, filter: filter, now: Date())

            // check
            #expect(before.indicatorsWithoutStatus == 1 && before.indicators.isEmpty)
            #expect(after.indicatorsWithoutStatus == 0 && after.indicators.values.reduce(0, +) == 1)
        }
    }

    @Test func keptWholeAreaFiguresAreReadAgainAfterAWrite() async throws {
        try await withTestStore { store in
            // setup: one figure, read once so it is kept
            let monitor = try await MonitorFixture.make(store)
            let org = monitor.fixture.organisationID
            let importer = MeasurementImporter(store: store)
            let repository = MeasurementRepository(store: store)
            _ = try await importer.run(
                path: try monitor.write("indicator;periode;gebied;waarde\nSV-01;2025-Q1;GM0999;110\n"), fileName: "a.csv", organisationID: org,
                actor: monitor.actor, now: Date())
            let first = try await repository.keptWholeAreaFigures(indicatorIDs: [monitor.indicatorID])
            let gemeente = AreaCode("GM0999")!

            // act: a second figure and a replaced one
            _ = try await importer.run(
                path: try monitor.write("indicator;periode;gebied;waarde\nSV-01;2025-Q1;GM0999;120\nSV-01;2025-Q2;GM0999;130\n"), fileName: "b.csv",
                organisationID: org, actor: monitor.actor, now: Date())
            let second = try await repository.keptWholeAreaFigures(indicatorIDs: [monitor.indicatorID])
            let again = try await repository.keptWholeAreaFigures(indicatorIDs: [monitor.indicatorID])

            // check
            #expect(first[monitor.indicatorID]?[Period("2025-Q1")!]?[gemeente]?.value == 110)
            #expect(second[monitor.indicatorID]?[Period("2025-Q1")!]?[gemeente]?.value == 120)
            #expect(second[monitor.indicatorID]?[Period("2025-Q2")!]?[gemeente]?.value == 130)
            #expect(again == second)
        }
    }
}

private final class Counter: Sendable {
    private let count = Mutex(0)
    func add() { count.withLock { $0 += 1 } }
    var value: Int { count.withLock { $0 } }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
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
}

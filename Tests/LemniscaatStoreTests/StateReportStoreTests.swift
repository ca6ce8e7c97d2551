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

/// The Staat van de Uitvoering against counts made directly from the records (the world of the loop's tests).
@Suite struct StateReportStoreTests {
    @Test func everyFigureEqualsADirectCountOfTheRecords() async throws {
        try await withTestStore { store in
            // setup
            let world = try await LoopMetricsTests.world(store)
            let period = try #require(ReportPeriod(Period(year: LoopPeriod.month(of: world.at).year, frequency: .year, index: 1)!))
            let steps = Mutex<[Int]>([])

            // act
            let report = try await StateReportRepository(store: store).build(
                organisationID: world.org, period: period, domainID: nil, now: world.at, progress: { done in steps.withLock { $0.append(done) } })

            // check: the loop's figures, this year and last, equal the direct count
            let signals = try await SignalModel.query(on: store.database).filter(\.$organisationID == world.org).all()
            for (figures, chosen) in [(report.current, period), (report.previous, period.previous)] {
                let direct = LoopMetricsTests.direct(signals, filter: LoopFilter(period: chosen.months), at: world.at)
                #expect(figures.months == direct.months, "\(chosen.code)")
                #expect(figures.medianHours == direct.median)
                #expect(figures.open == direct.open)
            }
            #expect(report.previous.filter.period == period.previous.months)
            // per domain: each row counts that domain's signals, and together they make the whole
            for row in report.domains {
                let mine = signals.filter { $0.domainID == row.id }
                let inYear = { (date: Date?) in date.map { $0 >= period.months.start && $0 < period.months.end } ?? false }
                #expect(row.submitted == mine.filter { inYear($0.submittedAt) }.count, "\(row.name)")
                #expect(row.answered == mine.filter { inYear($0.answeredAt) }.count)
                #expect(row.answeredOnTime == mine.filter { inYear($0.answeredAt) && $0.answeredAt! <= $0.dueAt }.count)
                #expect(row.open == mine.filter { SignalStatus(rawValue: $0.status)!.isOpen }.count)
            }
            #expect(report.domains.reduce(0) { $0 + $1.submitted } == report.current.submitted)
            // bottlenecks: the answered ones were answered in the year, the open ones are open, most recognised first
            #expect(report.answered.count == min(10, report.current.answered))
            #expect(report.open.count == min(10, report.current.open))
            #expect(report.open.allSatisfy { $0.status.isOpen })
            #expect(report.answered.map(\.recognitions) == report.answered.map(\.recognitions).sorted(by: >))
            // the theme of the session: answered by the decision that changed the policy
            let theme = try #require(report.themes.first { $0.id == world.held.themeID })
            #expect(theme.decisions == 1)
            #expect(theme.latestDecision == "De wachttijd gaat omlaag: we zetten een extra schuldhulpverlener in.")
            #expect(theme.answer == theme.latestDecision)
            #expect(theme.recognitions == 6)
            // the policy change prompted by practice, with its session
            #expect(report.policyChanges.map(\.change) == ["Extra formatie schuldhulp in 2027."])
            #expect(report.policyChanges.first?.policyID == world.held.setup.policy.id)
            #expect(report.policyChanges.count == report.current.quarters.reduce(0) { $0 + $1.policyChanges })
            // the samenwerkingskaart of the twelve months up to now (the year is not over yet)
            #expect(report.contactUntil == world.at)
            #expect(report.teamPairs >= report.noContact.count)
            // progress: every step, in order
            #expect(steps.withLock { $0 } == Array(1...StateReport.steps))
        }
    }

    @Test func aDomainsReportKeepsToTheDomain() async throws {
        try await withTestStore { store in
            // setup
            let world = try await LoopMetricsTests.world(store)
            let period = try #require(ReportPeriod(Period(year: LoopPeriod.month(of: world.at).year, frequency: .year, index: 1)!))
            let repository = StateReportRepository(store: store)

            // act
            let report = try await repository.build(organisationID: world.org, period: period, domainID: world.otherDomain, now: world.at)

            // check
            let signals = try await SignalModel.query(on: store.database).filter(\.$organisationID == world.org).all()
            let direct = LoopMetricsTests.direct(signals, filter: LoopFilter(domainID: world.otherDomain, period: period.months), at: world.at)
            #expect(report.current.months == direct.months)
            #expect(report.domains.isEmpty)
            #expect(report.domainName != nil)
            // a domain of another organisation is unknown
            let other = try await Fixture.make(store, name: "Andere gemeente", now: world.at)
            let foreign = try await OrganisationRepository(store: store).domains(organisationID: other.organisationID).first!.domain.id!
            await #expect(throws: StateReportRepository.UnknownDomain.self) {
                _ = try await repository.build(organisationID: world.org, period: period, domainID: foreign, now: world.at)
            }
        }
    }
}

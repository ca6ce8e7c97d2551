// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

/// De lus: every figure against a count made directly from the records.
@Suite struct LoopMetricsTests {
    static let day: TimeInterval = 86_400

    /// A signal with known dates, `days` relative to `now`.
    @discardableResult
    static func signal(
        _ store: Store, org: UUID, domain: UUID, reporter: UUID, number: Int, now: Date, submitted: Double, answered: Double?, due: Double,
        escalation: Double, status: SignalStatus, team: UUID? = nil, theme: UUID? = nil, recognitions: Int = 0
    ) async throws -> UUID {
        let signal = SignalModel()
        signal.organisationID = org
        signal.number = number
        signal.title = "Knelpunt \(number)"
        signal.signalDescription = "Een knelpunt uit de praktijk."
        signal.domainID = domain
        signal.themeID = theme
        signal.assignedTeamID = team
        signal.affected = "1"
        signal.urgency = "normaal"
        signal.anonymous = false
        signal.reporterID = reporter
        signal.status = status.rawValue
        signal.workingDays = 10
        signal.submittedAt = now.addingTimeInterval(submitted * day)
        signal.answeredAt = answered.map { now.addingTimeInterval($0 * day) }
        signal.dueAt = now.addingTimeInterval(due * day)
        signal.escalationAt = now.addingTimeInterval(escalation * day)
        signal.recognitionCount = recognitions
        signal.updatedAt = now
        try await signal.create(on: store.database)
        return signal.id!
    }

    struct World {
        let held: DecisionActionStoreTests.Held
        let org: UUID
        let domain: UUID
        let otherDomain: UUID
        let team: UUID
        /// The moment the figures are taken: three days on, when the action is overdue.
        let at: Date
    }

    /// The decision test's session (a theme with two signals, a lone signal), plus signals with known dates, a
    /// decision on the theme with a policy change, an action that is overdue at `at`, and a review round with three
    /// remarks of which two are answered.
    static func world(_ store: Store) async throws -> World {
        let held = try await DecisionActionStoreTests.held(store)
        let org = held.setup.fixture.organisationID
        let domains = try await OrganisationRepository(store: store).domains(organisationID: org).map { $0.domain.id! }
        let domain = domains[0]
        let other = domains.count > 1 ? domains[1] : domain
        let reporter = held.setup.fixture.practitioner.id!
        let team = held.setup.fixture.practitionerTeamID
        let now = Date()
        let at = now.addingTimeInterval(3 * day)
        for id in held.themeSignals {
            try await store.sql.update("signals").set("recognition_count", to: SQLBind(3)).where("id", .equal, SQLBind(id)).run()
        }
        // on time; late; open and escalated; open and late only (other domain, the team's); outside the period
        try await signal(store, org: org, domain: domain, reporter: reporter, number: 11, now: now, submitted: -40, answered: -35, due: -26, escalation: 0, status: .answered, team: team)
        try await signal(store, org: org, domain: domain, reporter: reporter, number: 12, now: now, submitted: -70, answered: -10, due: -56, escalation: -28, status: .closed)
        try await signal(store, org: org, domain: domain, reporter: reporter, number: 13, now: now, submitted: -100, answered: nil, due: -86, escalation: -58, status: .inProgress)
        try await signal(store, org: org, domain: other, reporter: reporter, number: 14, now: now, submitted: -15, answered: nil, due: -1, escalation: 27, status: .new, team: team)
        try await signal(store, org: org, domain: domain, reporter: reporter, number: 15, now: now, submitted: -400, answered: -398, due: -386, escalation: -358, status: .closed)

        let sessions = SessionRepository(store: store)
        _ = try await sessions.decide(
            sessionID: held.sessionID,
            .init(text: "De wachttijd gaat omlaag: we zetten een extra schuldhulpverlener in.", itemIDs: [held.themeItemID], effect: "beantwoord",
                policyID: held.setup.policy.id, policyChange: "Extra formatie schuldhulp in 2027."),
            organisationID: org, actor: held.setup.actor, now: now)
        _ = try await sessions.decide(
            sessionID: held.sessionID, .init(text: "Alleen vastleggen: de rondvraag is besproken.", itemIDs: [held.plainItemID], effect: "geen"),
            organisationID: org, actor: held.setup.actor, now: now)
        _ = try await ActionRepository(store: store).create(
            sessionID: held.sessionID, .init(description: "Werkinstructie aanpassen", ownerID: reporter, due: ReviewDeadline.code(now.addingTimeInterval(day))),
            organisationID: org, actor: held.setup.actor, now: now)

        let policyID = held.setup.policy.id!
        try await DraftRepository(store: store).addVersion(
            policyID: policyID, markdown: DraftStoreTests.first, changeNote: "", organisationID: org, actor: held.setup.actor, now: now)
        let round = try await ReviewRepository(store: store).open(
            policyID: policyID,
            .init(deadline: ReviewDeadline.code(now.addingTimeInterval(14 * day)), introduction: "Graag uw oordeel.", questions: "Is dit haalbaar?",
                teamIDs: [team]),
            organisationID: org, actor: held.setup.actor, now: now)
        let reviewID = UUID()
        try await store.sql.insert(into: "reviews")
            .columns("id", "round_id", "reviewer_id", "verdict", "verdict_note", "demands", "demands_note", "updated_at", "submitted_at")
            .values(SQLBind(reviewID), SQLBind(round.id!), SQLBind(reporter), SQLBind("haalbaar"), SQLBind(""), SQLBind(""), SQLBind(""), SQLBind(now), SQLBind(now))
            .run()
        for (index, answered) in [true, true, false].enumerated() {
            try await store.sql.insert(into: "review_remarks")
                .columns("id", "round_id", "review_id", "section_key", "quote", "text", "created_at", "answer", "answered_at")
                .values(
                    SQLBind(UUID()), SQLBind(round.id!), SQLBind(reviewID), SQLBind("s\(index)"), SQLBind("tekst"), SQLBind("Opmerking \(index)"),
                    SQLBind(now), answered ? SQLBind("verwerkt") : SQLLiteral.null, answered ? SQLBind(now) : SQLLiteral.null
                ).run()
        }
        return World(held: held, org: org, domain: domain, otherDomain: other, team: team, at: at)
    }

    /// The figures computed in Swift straight from every signal of the organisation.
    static func direct(_ signals: [SignalModel], filter: LoopFilter, at: Date)
        -> (months: [LoopFigures.Month], median: Double?, p90: Double?, open: Int, late: Int, escalated: Int)
    {
        let period = filter.period
        let scoped = signals.filter { s in
            (filter.domainID == nil || s.domainID == filter.domainID) && (filter.teamID == nil || s.assignedTeamID == filter.teamID)
        }
        func inPeriod(_ date: Date?) -> Bool { date.map { $0 >= period.start && $0 < period.end } ?? false }
        let months = period.months.map { month in
            let submitted = scoped.filter { inPeriod($0.submittedAt) && LoopPeriod.month(of: $0.submittedAt) == month }
            let answered = scoped.filter { inPeriod($0.answeredAt) && LoopPeriod.month(of: $0.answeredAt!) == month }
            return LoopFigures.Month(
                month: month, submitted: submitted.count, answered: answered.count, answeredOnTime: answered.filter { $0.answeredAt! <= $0.dueAt }.count)
        }
        let hours = scoped.filter { inPeriod($0.answeredAt) }.map { ($0.answeredAt!.timeIntervalSince($0.submittedAt) / 3600).rounded(.down) }
        let open = scoped.filter { SignalStatus(rawValue: $0.status)!.isOpen }
        return (
            months, LoopMath.median(hours), LoopMath.percentile(90, of: hours), open.count, open.filter { $0.dueAt < at }.count,
            open.filter { $0.escalationAt < at }.count
        )
    }

    @Test func everyFigureEqualsADirectCountOfTheRecords() async throws {
        try await withTestStore { store in
            // setup
            let world = try await Self.world(store)
            let filter = LoopFilter(period: .lastTwelveMonths(endingAt: world.at))
            let signals = try await SignalModel.query(on: store.database).filter(\.$organisationID == world.org).all()

            // act
            let figures = try await LoopMetricsRepository(store: store).figures(organisationID: world.org, filter: filter, now: world.at)

            // check: the signal figures against the records
            let direct = Self.direct(signals, filter: filter, at: world.at)
            #expect(figures.months == direct.months)
            #expect(figures.medianHours == direct.median)
            #expect(figures.p90Hours.map(Double.init) == direct.p90)
            #expect(figures.open == direct.open)
            #expect(figures.openLate == direct.late)
            #expect(figures.openEscalated == direct.escalated)
            // and against what the data was built to hold: 7 of 8 submitted in the period (not the one of 400 days
            // ago); answered: the theme's two (by the decision, at once: on time? no, due five days ago), 11 and 12
            #expect(figures.submitted == 7)
            #expect(figures.answered == 4)
            #expect(figures.answeredOnTime == 1)
            #expect(figures.onTimeShare == 0.25)
            #expect(figures.open == 3)
            #expect(figures.openLate == 3)
            #expect(figures.openEscalated == 1)
            let counts = try await SignalRepository(store: store, similarity: SignalSimilarity(store: store)).counts(organisationID: world.org, now: world.at)
            #expect(counts.late == figures.openLate && counts.escalated == figures.openEscalated && counts.open == figures.open)
            // themes: the one theme with its two signals, recognised three times each
            #expect(figures.themes.map(\.title) == ["Wachttijden schuldhulp"])
            #expect(figures.themes.first?.signals == 2)
            #expect(figures.themes.first?.recognitions == 6)
            // decisions: one from practice (the theme), with a policy change; the plain item's decision does not count
            #expect(figures.quarters.reduce(0) { $0 + $1.decisions } == 1)
            #expect(figures.quarters.reduce(0) { $0 + $1.policyChanges } == 1)
            let quarter = LoopPeriod.month(of: Date())
            #expect(figures.quarters.first { $0.decisions == 1 }?.quarter == Period(year: quarter.year, frequency: .quarter, index: (quarter.index - 1) / 3 + 1))
            #expect(figures.quarters.count == filter.period.quarters.count)
            // review rounds and remarks; actions; indicators; the contact map
            #expect(figures.reviewRounds == 1)
            #expect(figures.remarks == 3)
            #expect(figures.remarksAnswered == 2)
            #expect(figures.actionsOverdue == 1)
            #expect(figures.indicators.isEmpty && figures.indicatorsWithoutStatus == 0)
            let map = try await ContactMapRepository(store: store).map(organisationID: world.org, window: .twelveMonths, now: world.at)
            #expect(figures.teamPairs == map.policyTeams.count * map.practiceTeams.count)
            #expect(figures.teamPairsWithoutContact == map.noContact.count)
            #expect(figures.smallNumberThreshold == 5)
        }
    }

    @Test func filtersByDomainTeamAndPeriod() async throws {
        try await withTestStore { store in
            // setup
            let world = try await Self.world(store)
            let repository = LoopMetricsRepository(store: store)
            let signals = try await SignalModel.query(on: store.database).filter(\.$organisationID == world.org).all()
            let period = LoopPeriod.lastTwelveMonths(endingAt: world.at)
            let recent = LoopPeriod(from: period.until, until: period.until)!

            for filter in [
                LoopFilter(teamID: world.team, period: period), LoopFilter(domainID: world.domain, period: period),
                LoopFilter(domainID: world.otherDomain, teamID: world.team, period: period), LoopFilter(period: recent),
            ] {
                // act
                let figures = try await repository.figures(organisationID: world.org, filter: filter, now: world.at)
                // check
                let direct = Self.direct(signals, filter: filter, at: world.at)
                #expect(figures.months == direct.months)
                #expect(figures.medianHours == direct.median)
                #expect(figures.p90Hours.map(Double.init) == direct.p90)
                #expect(figures.open == direct.open && figures.openLate == direct.late && figures.openEscalated == direct.escalated)
            }
            // the team: its two signals, its overdue action (owned by a member), and no decision from its signals
            let team = try await repository.figures(organisationID: world.org, filter: LoopFilter(teamID: world.team, period: period), now: world.at)
            #expect(team.submitted == 2)
            #expect(team.actionsOverdue == 1)
            #expect(team.quarters.allSatisfy { $0.decisions == 0 })
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct PolicyLoopStoreTests {
    static let day = 86_400.0

    static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text + "T12:00:00Z")! }

    struct World {
        let monitor: MonitorFixture
        var org: UUID { monitor.fixture.organisationID }
        let theme: UUID
        /// In the theme: answered, and open past its deadline.
        let themeAnswered: UUID
        let themeLate: UUID
        /// Without a theme: open within its term, open past it, answered.
        let looseOpen: UUID
        let looseLate: UUID
        let looseAnswered: UUID
        /// About another policy, in the theme: it does not count for this policy.
        let elsewhere: UUID
        let linkedSession: UUID
        let agendaSession: UUID
        let otherSession: UUID
    }

    static func signal(
        _ store: Store, _ f: MonitorFixture, number: Int, policy: UUID?, theme: UUID?, status: SignalStatus, due: Date, recognitions: Int = 0
    ) async throws -> UUID {
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: f.fixture.organisationID).first).domain.id!
        let signal = SignalModel()
        signal.organisationID = f.fixture.organisationID
        signal.number = number
        signal.title = "Knelpunt \(number)"
        signal.signalDescription = "Een knelpunt uit de praktijk."
        signal.domainID = domain
        signal.policyID = policy
        signal.themeID = theme
        signal.affected = "1"
        signal.urgency = "normaal"
        signal.anonymous = false
        signal.reporterID = f.fixture.practitioner.id!
        signal.status = status.rawValue
        signal.workingDays = 10
        signal.submittedAt = due.addingTimeInterval(-14 * day)
        signal.dueAt = due
        signal.escalationAt = due.addingTimeInterval(28 * day)
        signal.answer = status == .answered ? "Antwoord." : nil
        signal.answeredAt = status == .answered ? due : nil
        signal.recognitionCount = recognitions
        signal.updatedAt = due
        try await signal.create(on: store.database)
        return signal.id!
    }

    static func meeting(_ store: Store, org: UUID, title: String, at: Date, policy: UUID?, items: [(AgendaSource, UUID)]) async throws -> UUID {
        let meeting = MeetingModel()
        meeting.organisationID = org
        meeting.type = SessionType.workingSession.rawValue
        meeting.title = title
        meeting.startsAt = at
        meeting.endsAt = at.addingTimeInterval(3600)
        meeting.place = "Stadhuis"
        meeting.link = ""
        meeting.description = ""
        meeting.createdAt = at
        meeting.updatedAt = at
        try await meeting.create(on: store.database)
        if let policy {
            let link = MeetingPolicyModel()
            link.meetingID = meeting.id!
            link.policyID = policy
            try await link.create(on: store.database)
        }
        for (position, item) in items.enumerated() {
            let agenda = AgendaItemModel()
            agenda.meetingID = meeting.id!
            agenda.position = position + 1
            agenda.title = "Punt \(position + 1)"
            agenda.note = ""
            agenda.minutes = ""
            agenda.kind = "voorgesteld"
            agenda.sourceKind = item.0.rawValue
            agenda.sourceID = item.1
            agenda.createdAt = at
            agenda.updatedAt = at
            try await agenda.create(on: store.database)
        }
        return meeting.id!
    }

    @discardableResult
    static func decision(
        _ store: Store, org: UUID, meeting: UUID, text: String, at: Date, change: (policy: UUID, text: String)? = nil,
        about: [(AgendaSource?, UUID?)] = []
    ) async throws -> UUID {
        let decision = DecisionModel()
        decision.organisationID = org
        decision.meetingID = meeting
        decision.text = text
        decision.effect = "geen"
        decision.policyID = change?.policy
        decision.policyChange = change?.text
        decision.createdAt = at
        try await decision.create(on: store.database)
        for (kind, id) in about {
            let item = DecisionItemModel()
            item.decisionID = decision.id!
            item.sourceKind = kind?.rawValue
            item.sourceID = id
            try await item.create(on: store.database)
        }
        return decision.id!
    }

    static func action(_ store: Store, org: UUID, meeting: UUID, decision: UUID?, text: String, due: Date) async throws {
        let action = ActionModel()
        action.organisationID = org
        action.meetingID = meeting
        action.decisionID = decision
        action.description = text
        action.dueAt = due
        action.status = ActionStatus.open.rawValue
        action.createdAt = due.addingTimeInterval(-30 * day)
        action.updatedAt = due.addingTimeInterval(-30 * day)
        try await action.create(on: store.database)
    }

    /// A policy with an indicator that was on course in 2025-Q1 and off course from 2025-Q2; a theme with two of its
    /// signals; three signals without a theme; a session linked to the policy, one that had a signal of it on the
    /// agenda only, and one about another policy.
    static func world(_ store: Store, now: Date) async throws -> World {
        let f = try await MonitorFixture.make(store)
        let org = f.fixture.organisationID
        let path = try f.write(
            "indicator;periode;gebied;waarde;status\nSV-01;2025-Q1;GM0999;108;definitief\nSV-01;2025-Q2;GM0999;90;definitief\n"
                + "SV-01;2025-Q3;GM0999;92;definitief\n")
        _ = try await MeasurementImporter(store: store).run(path: path, fileName: "m.csv", organisationID: org, actor: f.actor, now: now)
        let other = try await PolicyRepository(store: store).create(
            .init(
                title: "Ander beleid", summary: "Iets anders.", legalBasis: "",
                domainIDs: [try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first).domain.id!], roles: [:],
                teamIDs: [], goals: []),
            organisationID: org, actor: f.actor, now: now)
        let theme = ThemeModel()
        theme.organisationID = org
        theme.title = "Wachttijden schuldhulp"
        theme.themeDescription = "Inwoners wachten lang."
        theme.status = "open"
        theme.createdAt = now
        try await theme.create(on: store.database)
        let p = f.policyID
        let past = now - 5 * day
        let future = now + 5 * day
        let themeAnswered = try await signal(store, f, number: 1, policy: p, theme: theme.id, status: .answered, due: past, recognitions: 3)
        let themeLate = try await signal(store, f, number: 2, policy: p, theme: theme.id, status: .inProgress, due: past, recognitions: 2)
        let looseOpen = try await signal(store, f, number: 3, policy: p, theme: nil, status: .new, due: future, recognitions: 1)
        let looseLate = try await signal(store, f, number: 4, policy: p, theme: nil, status: .reopened, due: past)
        let looseAnswered = try await signal(store, f, number: 5, policy: p, theme: nil, status: .closed, due: past)
        let elsewhere = try await signal(store, f, number: 6, policy: other.id!, theme: theme.id, status: .new, due: past, recognitions: 7)
        let unrelated = try await signal(store, f, number: 7, policy: other.id!, theme: nil, status: .new, due: past)
        let linked = try await meeting(
            store, org: org, title: "Driehoeksoverleg", at: date("2025-06-01"), policy: p, items: [(.theme, theme.id!), (.indicator, f.indicatorID)])
        let agenda = try await meeting(store, org: org, title: "Werksessie", at: date("2025-07-01"), policy: nil, items: [(.signal, looseLate)])
        let otherSession = try await meeting(
            store, org: org, title: "Ander overleg", at: date("2025-08-01"), policy: other.id!, items: [(.signal, unrelated)])
        return World(
            monitor: f, theme: theme.id!, themeAnswered: themeAnswered, themeLate: themeLate, looseOpen: looseOpen, looseLate: looseLate,
            looseAnswered: looseAnswered, elsewhere: elsewhere, linkedSession: linked, agendaSession: agenda, otherSession: otherSession)
    }

    @Test func gathersThePracticeSessionsDecisionsAndActionsOfOnePolicy() async throws {
        try await withTestStore { store in
            // setup
            let now = Date()
            let w = try await Self.world(store, now: now)
            let p = w.monitor.policyID
            let change = try await Self.decision(
                store, org: w.org, meeting: w.linkedSession, text: "Wachttijd gaat naar vier weken.", at: Self.date("2025-06-01"),
                change: (p, "Artikel 2: binnen vier weken een gesprek."), about: [(.theme, w.theme)])
            let plain = try await Self.decision(
                store, org: w.org, meeting: w.linkedSession, text: "We spreken elk kwartaal af.", at: Self.date("2025-06-01"))
            let onLoose = try await Self.decision(
                store, org: w.org, meeting: w.agendaSession, text: "Het signaal gaat naar de uitvoering.", at: Self.date("2025-07-01"),
                about: [(.signal, w.looseLate)])
            let unrelated = try #require(try await SignalModel.query(on: store.database).filter(\.$number == 7).first()).id!
            // a decision in a linked session about another policy's signal, and one in a session about another policy
            try await Self.decision(
                store, org: w.org, meeting: w.linkedSession, text: "Over iets anders.", at: Self.date("2025-06-01"), about: [(.signal, unrelated)])
            let elsewhere = try await Self.decision(
                store, org: w.org, meeting: w.otherSession, text: "Elders besloten.", at: Self.date("2025-08-01"), about: [(.signal, unrelated)])
            try await Self.action(
                store, org: w.org, meeting: w.linkedSession, decision: change, text: "Werkinstructie aanpassen", due: now - 2 * Self.day)
            try await Self.action(store, org: w.org, meeting: w.linkedSession, decision: nil, text: "Verslag rondsturen", due: now + 2 * Self.day)
            try await Self.action(store, org: w.org, meeting: w.otherSession, decision: elsewhere, text: "Niet van dit beleid", due: now)
            let stranger = try await MonitorFixture.make(store, name: "Gemeente Elders")

            // act
            let loop = try await PolicyLoopRepository(store: store).loop(policyID: p, organisationID: w.org, now: now)
            let foreign = try await PolicyLoopRepository(store: store).loop(policyID: p, organisationID: stranger.fixture.organisationID, now: now)

            // check: the theme holds only the policy's two signals; the late one breaks the loop
            let theme = try #require(loop.groups.first { $0.themeID == w.theme })
            #expect(
                theme
                    == .init(
                        themeID: w.theme, themeTitle: "Wachttijden schuldhulp", signals: 2, open: 1, late: 1, recognitions: 5, openRecognitions: 2))
            let loose = try #require(loop.groups.first { $0.themeID == nil })
            #expect(loose == .init(themeID: nil, themeTitle: nil, signals: 3, open: 2, late: 1, recognitions: 1, openRecognitions: 1))
            #expect(loop.groups.count == 2)
            // the linked session and the one with a signal on its agenda, newest first; not the other policy's
            #expect(loop.sessions.map(\.id) == [w.agendaSession, w.linkedSession])
            #expect(loop.sessions.map(\.linked) == [false, true])
            #expect(loop.sessions[0].sources == [.init(kind: .signal, id: w.looseLate, signalThemeID: nil, signalOpen: true)])
            #expect(Set(loop.sessions[1].sources.map(\.kind)) == [.theme, .indicator])
            // decisions: the change, the plain one of the linked session and the one on the loose signal
            #expect(Set(loop.decisions.map(\.id)) == [change, plain, onLoose])
            #expect(loop.decisions.first { $0.id == change }?.policyChange == "Artikel 2: binnen vier weken een gesprek.")
            #expect(loop.decisions.first { $0.id == plain }?.sources == [])
            // actions of those decisions, and of the linked session without a decision; the open late one first
            #expect(loop.actions.map(\.description) == ["Werkinstructie aanpassen", "Verslag rondsturen"])
            #expect(loop.goals.count == 2)
            // another organisation sees nothing of it
            #expect(foreign.groups.isEmpty && foreign.sessions.isEmpty && foreign.decisions.isEmpty && foreign.actions.isEmpty)
        }
    }

    @Test func anIndicatorOffCourseIsBrokenUntilADecisionAboutItFollows() async throws {
        try await withTestStore { store in
            // setup: off course since 2025-Q2; a decision about it in March 2025 came before that
            let now = Date()
            let w = try await Self.world(store, now: now)
            let p = w.monitor.policyID
            let repository = PolicyLoopRepository(store: store)
            try await Self.decision(
                store, org: w.org, meeting: w.linkedSession, text: "We volgen de vroegsignalering.", at: Self.date("2025-03-15"),
                about: [(.indicator, w.monitor.indicatorID)])
            // a decision changing the policy but not about the indicator does not count either
            try await Self.decision(
                store, org: w.org, meeting: w.linkedSession, text: "Ander artikel.", at: Self.date("2025-09-01"), change: (p, "Artikel 3."),
                about: [(.theme, w.theme)])

            // act
            let before = try await repository.loop(policyID: p, organisationID: w.org, now: now)
            let inApril = try await Self.decision(
                store, org: w.org, meeting: w.linkedSession, text: "Extra inzet op vroegsignalering.", at: Self.date("2025-04-01"),
                about: [(.indicator, w.monitor.indicatorID)])
            let after = try await repository.loop(policyID: p, organisationID: w.org, now: now)

            // check
            let indicator = try #require(before.indicators.first)
            #expect(indicator.status == .offTrack)
            #expect(indicator.offTrackSince == Period("2025-Q2"))
            #expect(indicator.decisionsSince.isEmpty)
            #expect(indicator.undecided)
            let decided = try #require(after.indicators.first)
            #expect(decided.decisionsSince == [inApril])
            #expect(!decided.undecided)
            // the same when the caller hands over the figures it has read already
            let listings = try await IndicatorRepository(store: store).list(organisationID: w.org, filter: .init(policyID: p))
            let read = try await MeasurementRepository(store: store).wholeAreaFigures(indicatorIDs: listings.map(\.indicator.id))
            let codes = try await AreaRepository(store: store).names(organisationID: w.org).compactMap { AreaCode($0.code) }
            let figures = Dictionary(
                uniqueKeysWithValues: listings.map {
                    ($0.indicator.id, IndicatorFigures(measured: read[$0.indicator.id] ?? [:], areas: codes, aggregation: $0.indicator.aggregation))
                })
            let given = try await repository.loop(policyID: p, organisationID: w.org, now: now, measured: (listings, figures))
            #expect(given.indicators == after.indicators)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct TeamOverviewStoreTests {
    static let day = 86_400.0

    /// A signal `reporter` reported at `submitted`, due 14 days later; answered by `answerer` at `answered` when given.
    @discardableResult
    static func signal(
        _ store: Store, org: UUID, number: Int, reporter: UUID, submitted: Date, answerer: UUID? = nil, answered: Date? = nil,
        anonymous: Bool = false
    ) async throws -> UUID {
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first)
        let signal = SignalModel()
        signal.organisationID = org
        signal.number = number
        signal.title = "Signaal \(number)"
        signal.signalDescription = "Een knelpunt."
        signal.domainID = domain.domain.id!
        signal.affected = "1"
        signal.urgency = "laag"
        signal.anonymous = anonymous
        signal.reporterID = reporter
        signal.status = answered == nil ? SignalStatus.inProgress.rawValue : SignalStatus.answered.rawValue
        signal.workingDays = 10
        signal.submittedAt = submitted
        signal.dueAt = submitted.addingTimeInterval(14 * day)
        signal.escalationAt = submitted.addingTimeInterval(10 * day)
        signal.answer = answered == nil ? nil : "Antwoord."
        signal.answeredAt = answered
        signal.answeredBy = answered == nil ? nil : answerer
        signal.recognitionCount = 0
        signal.updatedAt = submitted
        try await signal.create(on: store.database)
        if let answered, let answerer {
            try await SignalEventModel(
                signalID: signal.id!, at: answered, actorID: answerer, kind: "antwoord", toStatus: "beantwoord", text: "Antwoord."
            )
            .create(on: store.database)
        }
        return signal.id!
    }

    static func meeting(_ store: Store, org: UUID, at start: Date, _ people: [UUID]) async throws -> UUID {
        let meeting = MeetingModel()
        meeting.organisationID = org
        meeting.type = SessionType.workingSession.rawValue
        meeting.title = "Werksessie"
        meeting.startsAt = start
        meeting.endsAt = start.addingTimeInterval(3600)
        meeting.place = "Stadhuis"
        meeting.link = ""
        meeting.description = ""
        meeting.createdAt = start
        meeting.updatedAt = start
        try await meeting.create(on: store.database)
        for user in people {
            let participant = MeetingParticipantModel()
            participant.meetingID = meeting.id!
            participant.userID = user
            participant.direct = true
            participant.attended = true
            try await participant.create(on: store.database)
        }
        return meeting.id!
    }

    static func action(_ store: Store, org: UUID, meeting: UUID, team: UUID, due: Date, status: ActionStatus) async throws {
        let action = ActionModel()
        action.organisationID = org
        action.meetingID = meeting
        action.description = "Werkinstructie aanpassen"
        action.teamID = team
        action.dueAt = due
        action.status = status.rawValue
        action.completedAt = status == .done ? due : nil
        action.createdAt = due.addingTimeInterval(-30 * day)
        action.updatedAt = due.addingTimeInterval(-30 * day)
        try await action.create(on: store.database)
    }

    /// The known dataset: Uri (Wijkteam) reports three signals and one anonymous one; Pim (Beleid Inkomen) answers two,
    /// one in time and one late, answers a remark of Uri's, records a decision in a session both attended; the
    /// Wijkteam has an overdue action and a done one. One signal of Uri's is older than the period.
    static func dataset(_ w: ContactMapStoreTests.World, now: Date) async throws {
        let s = w.store
        try await signal(s, org: w.org, number: 11, reporter: w.prac1, submitted: now - 60 * day, answerer: w.pol1, answered: now - 50 * day)
        try await signal(s, org: w.org, number: 12, reporter: w.prac1, submitted: now - 40 * day, answerer: w.pol1, answered: now - 20 * day)
        try await signal(s, org: w.org, number: 13, reporter: w.prac1, submitted: now - 30 * day)
        try await signal(s, org: w.org, number: 14, reporter: w.prac1, submitted: now - 10 * day, anonymous: true)
        try await signal(s, org: w.org, number: 15, reporter: w.prac1, submitted: now - 500 * day)
        try await ContactMapStoreTests.remark(w, reviewer: w.prac1, answerer: w.pol1, answeredAt: now - 15 * day)
        let meeting = try await meeting(s, org: w.org, at: now - 5 * day, [w.pol1, w.prac1])
        let decision = DecisionModel()
        decision.organisationID = w.org
        decision.meetingID = meeting
        decision.text = "De werkinstructie gaat aangepast worden."
        decision.effect = "geen"
        decision.createdBy = w.pol1
        decision.createdAt = now - 5 * day
        try await decision.create(on: s.database)
        try await action(s, org: w.org, meeting: meeting, team: w.wijkteam, due: now - 2 * day, status: .open)
        try await action(s, org: w.org, meeting: meeting, team: w.wijkteam, due: now - 3 * day, status: .done)
    }

    @Test func everyFigureEqualsItsDirectCount() async throws {
        try await withTestStore { store in
            // setup
            let w = try await ContactMapStoreTests.world(store)
            let now = Date()
            try await Self.dataset(w, now: now)
            let repository = TeamOverviewRepository(store: store)

            // act
            let practice = try #require(try await repository.overview(teamID: w.wijkteam, organisationID: w.org, period: .twelveMonths, now: now))
            let policy = try #require(try await repository.overview(teamID: w.inkomen, organisationID: w.org, period: .twelveMonths, now: now))
            let liaisonTeam = try #require(try await TeamMemberModel.query(on: store.database).filter(\.$userID == w.liaison).first()).teamID
            let liaison = try #require(try await repository.overview(teamID: liaisonTeam, organisationID: w.org, period: .twelveMonths, now: now))
            let short = try #require(try await repository.overview(teamID: w.wijkteam, organisationID: w.org, period: .threeMonths, now: now))
            let other = try await Fixture.make(store, name: "Gemeente Elders")

            // check: what the Wijkteam reported, without the anonymous signal and the one before the period
            let direct = try await SignalModel.query(on: store.database).filter(\.$reporterID == w.prac1).filter(\.$anonymous == false)
                .filter(\.$submittedAt >= TeamPeriod.twelveMonths.since(now)).count()
            #expect(practice.reported.signals == direct)
            #expect(practice.reported.signals == 3)
            #expect(practice.reported.answered == 2)
            #expect(practice.reported.answeredInTime == 1)
            #expect(practice.reported.openOverdue == 1)
            #expect(practice.reported.reporters == 1)
            #expect(practice.reported.latest.map(\.number) == [13, 12, 11])
            #expect(practice.answered == TeamOverviewRepository.Answered(signals: 0, remarks: 0, decisions: 0, latest: []))
            // what Beleid Inkomen answered
            #expect(policy.reported.signals == 0)
            #expect(policy.answered.signals == 2)
            #expect(policy.answered.latest.map(\.number) == [12, 11])
            #expect(policy.answered.remarks == 1)
            #expect(policy.answered.decisions == 1)
            // whom they met: the session, two signals and the remark, the same from both sides and as on the map
            let map = try await ContactMapRepository(store: store).map(organisationID: w.org, window: .twelveMonths, now: now)
            let pair = map.counts(policy: w.inkomen, practice: w.wijkteam)
            #expect(pair == ContactCounts(sessions: 1, signals: 2, remarks: 1))
            #expect(practice.contacts?.map(\.team.name) == ["Beleid Inkomen", "Beleid Jeugd"])
            #expect(practice.contacts?.first { $0.team.id == w.inkomen }?.counts == pair)
            #expect(practice.contacts?.first { $0.team.id == w.jeugd }?.counts == .zero)
            #expect(policy.contacts?.map(\.team.name) == ["Klantmanagers", "Schuldhulp", "Wijkteam"])
            #expect(policy.contacts?.first { $0.team.id == w.wijkteam }?.counts == pair)
            #expect(liaison.contacts == nil)
            // actions, as /acties?team= counts them
            #expect(practice.actions == TeamOverviewRepository.Actions(running: 1, overdue: 1, done: 1))
            // a shorter period leaves out the signals of 40 and 60 days ago
            #expect(short.reported.signals == 3)
            let month = try #require(
                try await repository.overview(teamID: w.wijkteam, organisationID: w.org, period: .threeMonths, now: now - 35 * Self.day))
            #expect(month.reported.signals == 2)
            // another organisation's team is not found
            #expect(try await repository.overview(teamID: other.practitionerTeamID, organisationID: w.org, period: .twelveMonths, now: now) == nil)
        }
    }
}

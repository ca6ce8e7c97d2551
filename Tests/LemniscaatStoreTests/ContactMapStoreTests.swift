// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct ContactMapStoreTests {
    /// Two policy teams, three practice teams (one whose member met nobody) and a liaison team, with their people.
    struct World {
        let store: Store
        let org: UUID
        let actor: AuditActor
        let policyID: UUID
        let inkomen: UUID
        let jeugd: UUID
        let wijkteam: UUID
        let klant: UUID
        let schuld: UUID
        let pol1: UUID
        let pol2: UUID
        let prac1: UUID
        let prac2: UUID
        let prac3: UUID
        let liaison: UUID
    }

    static func person(_ store: Store, _ name: String, _ email: String, _ role: Role, teams: [UUID], org: UUID, actor: AuditActor) async throws -> UUID {
        try await AccountRepository(store: store).create(.init(email: email, name: name, roles: [role], teamIDs: teams, password: nil), organisationID: org, actor: actor, now: Date()).user.id!
    }

    static func team(_ store: Store, _ name: String, _ kind: TeamKind, org: UUID, actor: AuditActor) async throws -> UUID {
        try await OrganisationRepository(store: store).createTeam(.init(name: name, kind: kind.rawValue, domainID: nil), organisationID: org, actor: actor, now: Date()).id!
    }

    static func world(_ store: Store) async throws -> World {
        let setup = try await DraftStoreTests.setUp(store)
        let org = setup.fixture.organisationID
        let actor = setup.actor
        let inkomen = try await team(store, "Beleid Inkomen", .policy, org: org, actor: actor)
        let jeugd = try await team(store, "Beleid Jeugd", .policy, org: org, actor: actor)
        let klant = try await team(store, "Klantmanagers", .practice, org: org, actor: actor)
        let schuld = try await team(store, "Schuldhulp", .practice, org: org, actor: actor)
        let verbinding = try await team(store, "Verbinders", .liaison, org: org, actor: actor)
        return World(
            store: store, org: org, actor: actor, policyID: setup.policy.id!, inkomen: inkomen, jeugd: jeugd,
            wijkteam: setup.fixture.practitionerTeamID, klant: klant, schuld: schuld,
            pol1: try await person(store, "Pim Beleid", "pim@test.test", .policyOfficer, teams: [inkomen], org: org, actor: actor),
            pol2: try await person(store, "Jet Beleid", "jet@test.test", .policyOfficer, teams: [jeugd], org: org, actor: actor),
            prac1: setup.fixture.practitioner.id!,
            prac2: try await person(store, "Karel Klant", "karel@test.test", .practitioner, teams: [klant], org: org, actor: actor),
            prac3: try await person(store, "Sam Schuld", "sam@test.test", .practitioner, teams: [schuld], org: org, actor: actor),
            liaison: try await person(store, "Vera Verbinder", "vera@test.test", .liaison, teams: [verbinding], org: org, actor: actor))
    }

    /// A session that started at `start`, with each person's attendance (nil: not recorded).
    static func session(_ store: Store, org: UUID, _ type: SessionType, at start: Date, _ people: [(UUID, Bool?)]) async throws {
        let meeting = MeetingModel()
        meeting.organisationID = org
        meeting.type = type.rawValue
        meeting.title = type.label
        meeting.startsAt = start
        meeting.endsAt = start.addingTimeInterval(3600)
        meeting.place = "Stadhuis"
        meeting.link = ""
        meeting.description = ""
        meeting.createdAt = start
        meeting.updatedAt = start
        try await meeting.create(on: store.database)
        for (user, attended) in people {
            let participant = MeetingParticipantModel()
            participant.meetingID = meeting.id!
            participant.userID = user
            participant.direct = true
            participant.attended = attended
            try await participant.create(on: store.database)
        }
    }

    /// A signal `reporter` reported, answered by `answerer` at each of `answers`.
    static func signal(_ store: Store, org: UUID, number: Int, reporter: UUID, answerer: UUID, answers: [Date], anonymous: Bool = false) async throws {
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first)
        let submitted = answers.min()!.addingTimeInterval(-86_400)
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
        signal.status = SignalStatus.answered.rawValue
        signal.workingDays = 10
        signal.submittedAt = submitted
        signal.dueAt = submitted.addingTimeInterval(14 * 86_400)
        signal.escalationAt = submitted.addingTimeInterval(10 * 86_400)
        signal.answer = "Antwoord."
        signal.answeredAt = answers.max()
        signal.answeredBy = answerer
        signal.recognitionCount = 0
        signal.updatedAt = submitted
        try await signal.create(on: store.database)
        for at in answers {
            try await SignalEventModel(signalID: signal.id!, at: at, actorID: answerer, kind: "antwoord", toStatus: "beantwoord", text: "Antwoord.")
                .create(on: store.database)
        }
    }

    /// A review remark by `reviewer`, answered by `answerer` at `answeredAt`.
    static func remark(_ world: World, reviewer: UUID, answerer: UUID, answeredAt: Date) async throws {
        let db = world.store.database
        let version = try await DraftRepository(store: world.store).addVersion(
            policyID: world.policyID, markdown: DraftStoreTests.first, changeNote: "", organisationID: world.org, actor: world.actor, now: Date())
        let round = ReviewRoundModel()
        round.organisationID = world.org
        round.policyID = world.policyID
        round.versionID = version.id!
        round.status = "gesloten"
        round.deadline = answeredAt
        round.introduction = ""
        round.questions = ""
        round.openedAt = answeredAt.addingTimeInterval(-20 * 86_400)
        try await round.create(on: db)
        let review = ReviewModel()
        review.roundID = round.id!
        review.reviewerID = reviewer
        review.verdictNote = ""
        review.demands = ""
        review.demandsNote = ""
        review.updatedAt = answeredAt
        review.submittedAt = answeredAt
        try await review.create(on: db)
        let remark = ReviewRemarkModel()
        remark.roundID = round.id!
        remark.reviewID = review.id!
        remark.sectionKey = "artikel-1"
        remark.quote = ""
        remark.text = "Te laat."
        remark.createdAt = answeredAt.addingTimeInterval(-86_400)
        remark.answer = "verwerkt"
        remark.answerText = "Aangepast."
        remark.answeredBy = answerer
        remark.answeredAt = answeredAt
        try await remark.create(on: db)
    }

    static let day = 86_400.0

    /// Every kind of contact, inside and outside the windows, and events that must not count.
    static func events(_ w: World, now: Date) async throws {
        let s = w.store
        let sixMonths = ContactWindow.sixMonths.since(now)
        // a werksessie two months ago: pim and uri there, karel invited but absent
        try await session(s, org: w.org, .workingSession, at: now - 60 * day, [(w.pol1, true), (w.prac1, true), (w.prac2, false)])
        // a meeloopdag nine months ago: pim with karel
        try await session(s, org: w.org, .shadowDay, at: now - 270 * day, [(w.pol1, true), (w.prac2, true)])
        // attendance never recorded: does not count
        try await session(s, org: w.org, .workingSession, at: now - 90 * day, [(w.pol2, nil), (w.prac1, nil)])
        // thirteen months ago: outside both windows
        try await session(s, org: w.org, .workingSession, at: now - 400 * day, [(w.pol2, true), (w.prac1, true)])
        // just inside the six months, and just outside them
        try await session(s, org: w.org, .workingSession, at: sixMonths + 3600, [(w.pol2, true), (w.prac2, true)])
        try await session(s, org: w.org, .evaluation, at: sixMonths - 3600, [(w.pol1, true), (w.prac1, true)])
        // a future session nobody attended yet, and an attended one with the liaison only
        try await session(s, org: w.org, .workingSession, at: now + 2 * day, [(w.pol1, nil), (w.prac3, nil)])
        try await session(s, org: w.org, .themeMeeting, at: now - 10 * day, [(w.liaison, true), (w.prac3, true)])
        // uri's signal answered twice by jet: one signal
        try await signal(s, org: w.org, number: 1, reporter: w.prac1, answerer: w.pol2, answers: [now - 30 * day, now - 20 * day])
        // anonymous: does not count
        try await signal(s, org: w.org, number: 2, reporter: w.prac2, answerer: w.pol2, answers: [now - 5 * day], anonymous: true)
        // the other way round: pim reported, karel answered, seven months ago
        try await signal(s, org: w.org, number: 3, reporter: w.pol1, answerer: w.prac2, answers: [now - 210 * day])
        // karel's review remark answered by pim eight months ago
        try await remark(w, reviewer: w.prac2, answerer: w.pol1, answeredAt: now - 240 * day)
    }

    @Test func countsEveryKindOfContactPerPairOfTeamsInBothWindows() async throws {
        try await withTestStore { store in
            // setup
            let w = try await Self.world(store)
            let now = Date()
            try await Self.events(w, now: now)
            let repository = ContactMapRepository(store: store)

            // act
            let year = try await repository.map(organisationID: w.org, window: .twelveMonths, now: now)
            let half = try await repository.map(organisationID: w.org, window: .sixMonths, now: now)

            // check: the teams of both sides, by name; the liaison team is on neither
            #expect(year.policyTeams.map(\.name) == ["Beleid Inkomen", "Beleid Jeugd"])
            #expect(year.practiceTeams.map(\.name) == ["Klantmanagers", "Schuldhulp", "Wijkteam"])
            // twelve months
            #expect(year.counts(policy: w.inkomen, practice: w.wijkteam) == ContactCounts(sessions: 2))
            #expect(year.counts(policy: w.inkomen, practice: w.klant) == ContactCounts(shadowDays: 1, signals: 1, remarks: 1))
            #expect(year.counts(policy: w.jeugd, practice: w.wijkteam) == ContactCounts(signals: 1))
            #expect(year.counts(policy: w.jeugd, practice: w.klant) == ContactCounts(sessions: 1))
            #expect(year.counts(policy: w.inkomen, practice: w.schuld).none)
            #expect(year.noContact.map { "\($0.policy.name) × \($0.practice.name)" } == ["Beleid Inkomen × Schuldhulp", "Beleid Jeugd × Schuldhulp"])
            #expect(year.highest == 3)
            // six months: the meeloopdag, the remark, pim's signal and the evaluation fell out
            #expect(half.counts(policy: w.inkomen, practice: w.wijkteam) == ContactCounts(sessions: 1))
            #expect(half.counts(policy: w.inkomen, practice: w.klant).none)
            #expect(half.counts(policy: w.jeugd, practice: w.wijkteam) == ContactCounts(signals: 1))
            #expect(half.counts(policy: w.jeugd, practice: w.klant) == ContactCounts(sessions: 1))
            #expect(half.noContact.count == 3)
        }
    }

    @Test func countsAnEventOnceForAPairHoweverManyMembersTookPart() async throws {
        try await withTestStore { store in
            // setup: a second member of Beleid Inkomen, and a person in both a policy and a practice team
            let w = try await Self.world(store)
            let now = Date()
            let pol3 = try await Self.person(store, "Els Beleid", "els@test.test", .policyOfficer, teams: [w.inkomen], org: w.org, actor: w.actor)
            let both = try await Self.person(store, "Bo Beide", "bo@test.test", .policyOfficer, teams: [w.jeugd, w.schuld], org: w.org, actor: w.actor)
            try await Self.session(store, org: w.org, .workingSession, at: now - 5 * Self.day, [(w.pol1, true), (pol3, true), (w.prac1, true)])
            // alone at a session: meeting oneself is no contact
            try await Self.session(store, org: w.org, .workingSession, at: now - 6 * Self.day, [(both, true)])

            // act
            let map = try await ContactMapRepository(store: store).map(organisationID: w.org, window: .twelveMonths, now: now)

            // check
            #expect(map.counts(policy: w.inkomen, practice: w.wijkteam) == ContactCounts(sessions: 1))
            #expect(map.counts(policy: w.jeugd, practice: w.schuld).none)
        }
    }

    @Test func listsPerPersonTheTeamsOnTheOtherSideTheyDidNotMeet() async throws {
        try await withTestStore { store in
            // setup
            let w = try await Self.world(store)
            let now = Date()
            try await Self.events(w, now: now)
            let repository = ContactMapRepository(store: store)

            // act
            let everyone = try await repository.gaps(organisationID: w.org, now: now)
            let sam = try await repository.gaps(organisationID: w.org, userID: w.prac3, now: now)
            let admin = try await repository.gaps(organisationID: w.org, userID: UUID(), now: now)

            // check: only members of policy and practice teams, by name; uri and karel met both policy teams
            let byName = Dictionary(uniqueKeysWithValues: everyone.map { ($0.name, $0.notMet.map(\.name)) })
            #expect(everyone.map(\.name) == ["Jet Beleid", "Karel Klant", "Pim Beleid", "Sam Schuld", "Uri Uitvoerder"])
            #expect(byName["Pim Beleid"] == ["Schuldhulp"])
            #expect(byName["Jet Beleid"] == ["Schuldhulp"])
            #expect(byName["Karel Klant"] == [])
            #expect(byName["Uri Uitvoerder"] == [])
            #expect(sam.map(\.name) == ["Sam Schuld"])
            #expect(sam.first?.notMet.map(\.name) == ["Beleid Inkomen", "Beleid Jeugd"])
            #expect(sam.first?.notMetKinds == [.policy, .policy])
            #expect(sam.first?.teams.map(\.name) == ["Schuldhulp"])
            #expect(admin.isEmpty)
        }
    }

    @Test func anotherOrganisationsTeamsAndEventsNeverCount() async throws {
        try await withTestStore { store in
            // setup: elsewhere, a policy team met the practice team; here nobody met anyone
            let w = try await Self.world(store)
            let now = Date()
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let otherActor = AuditActor.commandLine(organisationID: other.organisationID)
            let elders = try await Self.team(store, "Beleid Elders", .policy, org: other.organisationID, actor: otherActor)
            let officer = try await Self.person(
                store, "Olga Elders", "olga@elders.test", .policyOfficer, teams: [elders], org: other.organisationID, actor: otherActor)
            try await Self.session(store, org: other.organisationID, .shadowDay, at: now - 3 * Self.day, [(officer, true), (other.practitioner.id!, true)])
            try await Self.signal(store, org: other.organisationID, number: 1, reporter: other.practitioner.id!, answerer: officer, answers: [now - Self.day])
            let repository = ContactMapRepository(store: store)

            // act
            let ours = try await repository.map(organisationID: w.org, window: .twelveMonths, now: now)
            let theirs = try await repository.map(organisationID: other.organisationID, window: .twelveMonths, now: now)

            // check
            #expect(!ours.policyTeams.contains { $0.id == elders })
            #expect(ours.counts.isEmpty)
            #expect(ours.noContact.count == 6)
            #expect(theirs.policyTeams.map(\.name) == ["Beleid Elders"])
            #expect(theirs.counts(policy: elders, practice: other.practitionerTeamID) == ContactCounts(shadowDays: 1, signals: 1))
            #expect(try await repository.gaps(organisationID: w.org, userID: officer, now: now).isEmpty)
        }
    }

    @Test func refreshingPutsEveryOrganisationsMapInTheCache() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let now = Date()
            #expect(ContactMapCache.shared.get(fixture.organisationID, window: .twelveMonths, until: now) == nil)
            // act
            try await ContactMapRepository(store: store).refreshCachedMaps(window: .twelveMonths, now: { now })
            // check: cached, and what a reader a minute later gets is that map
            let cached = try #require(ContactMapCache.shared.get(fixture.organisationID, window: .twelveMonths, until: now.addingTimeInterval(60)))
            let computed = try await ContactMapRepository(store: store).map(organisationID: fixture.organisationID, window: .twelveMonths, now: now)
            #expect(cached.pairs.count == computed.pairs.count)
            #expect(abs(cached.until.timeIntervalSince(now)) < 0.001)
        }
    }
}

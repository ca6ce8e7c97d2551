// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct SessionStoreTests {
    /// A day a week from now, as the form writes it.
    static func day(_ days: Double = 7) -> String { SessionTime.codes(Date().addingTimeInterval(days * 86_400)).day }

    static func input(_ setup: DraftStoreTests.Setup, title: String = "Evaluatie bijzondere bijstand", day: String = day())
        -> SessionRepository.SessionInput
    {
        .init(
            type: "evaluatiegesprek", title: title, day: day, startTime: "09:30", endTime: "11:00", place: "Stadhuis, zaal 2",
            description: "We kijken terug op het eerste jaar.", organiserID: setup.fixture.administrator.id,
            teamIDs: [setup.fixture.practitionerTeamID],
            policyIDs: [setup.policy.id!])
    }

    @Test func planningExpandsTeamsNotifiesAndLogs() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let sessions = SessionRepository(store: store)

            // act
            let id = try await sessions.create(Self.input(setup), organisationID: org, actor: setup.actor, now: Date())

            // check: the team's member takes part via the team, is notified with a link to the page, and it is logged once
            let session = try #require(try await sessions.session(id: id, organisationID: org))
            #expect(session.participants.map(\.name) == ["Uri Uitvoerder"])
            #expect(session.participants.first?.teamName == "Wijkteam")
            #expect(session.participants.first?.direct == false)
            #expect(session.policies.map(\.title) == ["Aanpak 18-/18+"])
            #expect(session.summary.organiserName == "Bea Beheer")
            #expect(SessionTime.codes(session.summary.startsAt).time == "09:30")
            let notes = try await NotificationModel.query(on: store.database).filter(\.$userID == setup.fixture.practitioner.id!).all()
            #expect(notes.map(\.link) == ["/overleggen/" + id.uuidString.lowercased()])
            #expect(notes.first?.text.contains("Evaluatie bijzondere bijstand") == true)
            // the planner (the administrator, not a participant) gets no notification
            #expect(try await NotificationModel.query(on: store.database).filter(\.$userID == setup.fixture.administrator.id!).count() == 0)
            #expect(try await DraftStoreTests.entries(store, "overleg.gepland") == 1)
            #expect(try await sessions.list(organisationID: org, when: .upcoming, now: Date()).map(\.id) == [id])
            #expect(try await sessions.list(organisationID: org, when: .past, now: Date()).isEmpty)
            #expect(try await sessions.list(organisationID: org, when: .upcoming, filter: .init(type: .shadowDay), now: Date()).isEmpty)
            #expect(try await sessions.list(organisationID: org, when: .upcoming, filter: .init(policyID: setup.policy.id!), now: Date()).count == 1)
            #expect(try await sessions.list(organisationID: org, when: .upcoming, filter: .init(policyID: UUID()), now: Date()).isEmpty)
            #expect(try await sessions.calendar(userID: setup.fixture.practitioner.id!, organisationID: org, now: Date()).count == 1)
        }
    }

    @Test func aPolicyPageReadsTheSessionsAroundNowAsTheListsOrderThem() async throws {
        try await withTestStore { store in
            // setup: eight sessions on the policy, a day apart, two of them on the same day; one on another policy
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let sessions = SessionRepository(store: store)
            for (index, days) in ([1, 2, 3, 3, 5, 6, 7, 8] as [Double]).enumerated() {
                _ = try await sessions.create(
                    Self.input(setup, title: "Overleg \(index)", day: Self.day(days)), organisationID: org, actor: setup.actor, now: Date())
            }
            var other = Self.input(setup, title: "Ander beleid", day: Self.day(4))
            other.policyIDs = []
            _ = try await sessions.create(other, organisationID: org, actor: setup.actor, now: Date())
            let now = Date().addingTimeInterval(4 * 86_400)
            // act
            let around = try await sessions.aroundPolicy(setup.policy.id!, organisationID: org, count: 3, now: now)
            // check: the first three of each list, in the lists' order, with their summaries
            let filter = SessionRepository.Filter(policyID: setup.policy.id!)
            let upcoming = try await sessions.list(organisationID: org, when: .upcoming, filter: filter, now: now)
            let held = try await sessions.list(organisationID: org, when: .past, filter: filter, now: now)
            #expect(around.upcoming.map(\.title) == ["Overleg 4", "Overleg 5", "Overleg 6"])
            func shown(_ list: some Sequence<SessionRepository.Summary>) -> [String] {
                list.map { "\($0.id) \($0.title) \($0.startsAt) \($0.organiserName ?? "-") \($0.participants)" }
            }
            #expect(shown(around.upcoming) == shown(upcoming.prefix(3)))
            #expect(shown(around.held) == shown(held.prefix(3)))
            #expect(around.held.map(\.title) == ["Overleg 2", "Overleg 3", "Overleg 1"])
            #expect(around.held.allSatisfy { $0.organiserName == "Bea Beheer" })
            let none = try await sessions.aroundPolicy(UUID(), organisationID: org, count: 3, now: now)
            #expect(none.upcoming.isEmpty && none.held.isEmpty)
        }
    }

    @Test func refusesWithDutchReasonsPerField() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let sessions = SessionRepository(store: store)
            var input = Self.input(setup)
            input.type = "borrel"
            input.title = " "
            input.startTime = "11:00"
            input.endTime = "10:00"
            input.place = ""
            input.link = "zoom"
            input.description = "Bel mevrouw op 06-12345678."
            input.teamIDs = [other.practitionerTeamID]
            input.domainIDs = [UUID()]

            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                try await sessions.create(input, organisationID: org, actor: setup.actor, now: Date())
            }

            // check: every problem at its field, nothing written
            #expect(failure?.reason(for: "soort") == "Kies wat voor overleg het is.")
            #expect(failure?.reason(for: "titel") == "Vul een titel in.")
            #expect(failure?.reason(for: "einde") == "Het overleg moet eindigen na het begin. Kies een latere eindtijd.")
            #expect(failure?.reason(for: "link") == "Vul een volledige link in die begint met https://.")
            #expect(failure?.reason(for: "omschrijving")?.contains("telefoonnummer") == true)
            #expect(failure?.reason(for: "deelnemers") == "Een van de gekozen teams of personen bestaat niet (meer). Kies opnieuw.")
            #expect(failure?.reason(for: "domeinen") != nil)
            #expect(try await MeetingModel.query(on: store.database).count() == 0)
            #expect(try await DraftStoreTests.entries(store, "overleg.gepland") == 0)

            // nobody taking part, and no place or link
            var empty = Self.input(setup)
            empty.teamIDs = []
            empty.place = ""
            let second = await #expect(throws: ValidationFailure.self) {
                try await sessions.create(empty, organisationID: org, actor: setup.actor, now: Date())
            }
            #expect(second?.reason(for: "deelnemers")?.hasPrefix("Kies minstens één team of persoon") == true)
            #expect(second?.reason(for: "plaats") == "Vul in waar het overleg is, of een link naar het online overleg.")
        }
    }

    @Test func anotherOrganisationsSessionDoesNotExist() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let sessions = SessionRepository(store: store)
            let id = try await sessions.create(Self.input(setup), organisationID: setup.fixture.organisationID, actor: setup.actor, now: Date())
            let otherActor = AuditActor.commandLine(organisationID: other.organisationID)

            // check
            #expect(try await sessions.session(id: id, organisationID: other.organisationID) == nil)
            #expect(try await sessions.list(organisationID: other.organisationID, when: .upcoming, now: Date()).isEmpty)
            await #expect(throws: NotFound.self) {
                try await sessions.addItem(
                    sessionID: id, .init(title: "Elders"), organisationID: other.organisationID, actor: otherActor, now: Date())
            }
            await #expect(throws: NotFound.self) {
                try await sessions.update(id: id, Self.input(setup), organisationID: other.organisationID, actor: otherActor, now: Date())
            }
            await #expect(throws: NotFound.self) {
                try await sessions.recordAttendance(sessionID: id, present: [], organisationID: other.organisationID, actor: otherActor, now: Date())
            }
        }
    }

    @Test func theAgendaMinutesAndAttendance() async throws {
        try await withTestStore { store in
            // setup: a session that starts in an hour
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let sessions = SessionRepository(store: store)
            let now = Date()
            let start = SessionTime.codes(now.addingTimeInterval(3600))
            var input = Self.input(setup, day: start.day)
            input.startTime = start.time
            input.endTime = SessionTime.codes(now.addingTimeInterval(7200)).time
            if input.endTime <= input.startTime { input.day = Self.day(1); input.startTime = "09:00"; input.endTime = "10:00" }
            input.userIDs = [setup.fixture.administrator.id!]
            let id = try await sessions.create(input, organisationID: org, actor: setup.actor, now: now)

            // act: three items, the last moved up, the first removed, minutes on one
            let opening = try await sessions.addItem(sessionID: id, .init(title: "Opening"), organisationID: org, actor: setup.actor, now: now)
            let signals = try await sessions.addItem(
                sessionID: id, .init(title: "Signalen over de wachttijd", note: "Zes signalen sinds maart."), organisationID: org, actor: setup.actor,
                now: now)
            let closing = try await sessions.addItem(sessionID: id, .init(title: "Rondvraag"), organisationID: org, actor: setup.actor, now: now)
            try await sessions.moveItem(sessionID: id, itemID: closing, .up, organisationID: org, actor: setup.actor, now: now)
            // already at the top: nothing changes, nothing is logged
            try await sessions.moveItem(sessionID: id, itemID: opening, .up, organisationID: org, actor: setup.actor, now: now)
            try await sessions.removeItem(sessionID: id, itemID: opening, organisationID: org, actor: setup.actor, now: now)
            try await sessions.updateItem(
                sessionID: id, itemID: signals,
                .init(
                    title: "Signalen over de wachttijd", note: "",
                    minutes: "Afgesproken: de termijn gaat naar vier weken.\r\nVolgende keer terugkoppelen."),
                organisationID: org, actor: setup.actor, now: now)

            // check
            var session = try #require(try await sessions.session(id: id, organisationID: org))
            #expect(session.agenda.map(\.title) == ["Rondvraag", "Signalen over de wachttijd"])
            #expect(session.agenda.map(\.position) == [1, 2])
            #expect(session.agenda.last?.minutes == "Afgesproken: de termijn gaat naar vier weken.\nVolgende keer terugkoppelen.")
            #expect(session.agenda.allSatisfy { $0.kind == .manual && $0.sourceKind == nil && $0.sourceID == nil })
            #expect(try await DraftStoreTests.entries(store, "overleg.agendapunt-verplaatst") == 1)
            #expect(try await DraftStoreTests.entries(store, "overleg.verslag") == 1)
            // the privacy guard reads the minutes
            await #expect(throws: ValidationFailure.self) {
                try await sessions.updateItem(
                    sessionID: id, itemID: signals, .init(title: "Signalen", minutes: "Mail naar jan.jansen@example.nl"), organisationID: org,
                    actor: setup.actor,
                    now: now)
            }

            // attendance: refused before the start, recorded after
            let participants = Set(session.participants.map(\.userID))
            #expect(participants.count == 2)
            await #expect(throws: ValidationFailure.self) {
                try await sessions.recordAttendance(sessionID: id, present: participants, organisationID: org, actor: setup.actor, now: now)
            }
            let later = session.summary.endsAt.addingTimeInterval(60)
            try await sessions.recordAttendance(
                sessionID: id, present: [setup.fixture.practitioner.id!], organisationID: org, actor: setup.actor, now: later)
            session = try #require(try await sessions.session(id: id, organisationID: org))
            #expect(session.participants.first { $0.userID == setup.fixture.practitioner.id! }?.attended == true)
            #expect(session.participants.first { $0.userID == setup.fixture.administrator.id! }?.attended == false)
            // someone who was not invited cannot be recorded as present
            await #expect(throws: ValidationFailure.self) {
                try await sessions.recordAttendance(sessionID: id, present: [UUID()], organisationID: org, actor: setup.actor, now: later)
            }
            #expect(try await sessions.list(organisationID: org, when: .past, now: later).map(\.id) == [id])
        }
    }

    @Test func changingASessionInvitesNewcomersAndTellsTheOthers() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let sessions = SessionRepository(store: store)
            let accounts = AccountRepository(store: store)
            let officer = try await accounts.create(
                .init(email: "beleid@testdorp.test", name: "Bo Beleid", roles: [.policyOfficer], password: Fixture.password), organisationID: org,
                actor: setup.actor, now: Date())
            let id = try await sessions.create(Self.input(setup), organisationID: org, actor: setup.actor, now: Date())

            // act: another time, and the officer by name as well
            var changed = Self.input(setup, day: Self.day(8))
            changed.userIDs = [officer.user.id!]
            try await sessions.update(id: id, changed, organisationID: org, actor: setup.actor, now: Date())

            // check
            let session = try #require(try await sessions.session(id: id, organisationID: org))
            #expect(Set(session.participants.map(\.name)) == ["Uri Uitvoerder", "Bo Beleid"])
            #expect(session.participants.first { $0.name == "Bo Beleid" }?.direct == true)
            let officerNotes = try await NotificationModel.query(on: store.database).filter(\.$userID == officer.user.id!).all()
            #expect(officerNotes.count == 1)
            #expect(officerNotes.first?.text.hasPrefix("U bent uitgenodigd") == true)
            let practitionerNotes = try await NotificationModel.query(on: store.database).filter(\.$userID == setup.fixture.practitioner.id!)
                .sort(\.$at).all()
            #expect(practitionerNotes.count == 2)
            #expect(practitionerNotes.last?.text.contains("is gewijzigd") == true)
            #expect(try await DraftStoreTests.entries(store, "overleg.gewijzigd") == 1)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

/// Decisions (and what they do to signals, themes and policies) and actions (reminders, overdue lists).
@Suite struct DecisionActionStoreTests {
    struct Held {
        let setup: DraftStoreTests.Setup
        let sessionID: UUID
        let themeID: UUID
        let themeItemID: UUID
        let signalItemID: UUID
        let plainItemID: UUID
        /// Two signals of two reporters in the theme, and one signal on its own.
        let themeSignals: [UUID]
        let lonelySignal: UUID
        let secondReporter: UUID
    }

    static func signal(_ store: Store, org: UUID, domainID: UUID, reporter: UUID, number: Int, theme: UUID?, status: SignalStatus = .inProgress)
        async throws -> UUID
    {
        let now = Date()
        let signal = SignalModel()
        signal.organisationID = org
        signal.number = number
        signal.title = "Knelpunt \(number)"
        signal.signalDescription = "Een knelpunt uit de praktijk."
        signal.domainID = domainID
        signal.themeID = theme
        signal.affected = "1"
        signal.urgency = "normaal"
        signal.anonymous = false
        signal.reporterID = reporter
        signal.status = status.rawValue
        signal.workingDays = 10
        signal.submittedAt = now.addingTimeInterval(-20 * 86_400)
        signal.dueAt = now.addingTimeInterval(-5 * 86_400)
        signal.escalationAt = now.addingTimeInterval(5 * 86_400)
        signal.recognitionCount = 0
        signal.updatedAt = now
        try await signal.create(on: store.database)
        return signal.id!
    }

    /// A session that began an hour ago, with a theme (two signals, two reporters), a lone signal and a plain item on
    /// its agenda.
    static func held(_ store: Store) async throws -> Held {
        let setup = try await DraftStoreTests.setUp(store)
        let org = setup.fixture.organisationID
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first).domain.id!
        let second = try await AccountRepository(store: store).create(
            .init(email: "tweede@test.example", name: "Tamara Tweede", roles: [.practitioner], teamIDs: [], password: "een-lang-wachtwoord-123"),
            organisationID: org, actor: setup.actor, now: Date()
        ).user
        let theme = ThemeModel()
        theme.organisationID = org
        theme.title = "Wachttijden schuldhulp"
        theme.themeDescription = "Inwoners wachten lang."
        theme.status = "open"
        theme.createdAt = Date()
        try await theme.create(on: store.database)
        let a = try await signal(store, org: org, domainID: domain, reporter: setup.fixture.practitioner.id!, number: 1, theme: theme.id)
        let b = try await signal(store, org: org, domainID: domain, reporter: second.id!, number: 2, theme: theme.id)
        let lonely = try await signal(store, org: org, domainID: domain, reporter: second.id!, number: 3, theme: nil)
        let sessions = SessionRepository(store: store)
        let now = Date()
        let today = SessionTime.codes(now.addingTimeInterval(-3600))
        var input = SessionStoreTests.input(setup, day: today.day)
        input.startTime = today.time
        input.endTime = SessionTime.codes(now.addingTimeInterval(3600)).time
        if input.endTime <= input.startTime { input.endTime = "23:59" }
        let id = try await sessions.create(input, organisationID: org, actor: setup.actor, now: now)
        func item(_ title: String, _ kind: AgendaSource?, _ source: UUID?) async throws -> UUID {
            try await store.write { db in
                try await SessionRepository.insertItem(
                    sessionID: id, .init(title: title), kind: kind == nil ? .manual : .proposed, source: kind.map { ($0, source!) }, organisationID: org,
                    actor: setup.actor, now: now, on: db)
            }
        }
        let themeItem = try await item("Thema: wachttijden", .theme, theme.id!)
        let signalItem = try await item("Signaal 3", .signal, lonely)
        let plain = try await item("Rondvraag", nil, nil)
        return Held(
            setup: setup, sessionID: id, themeID: theme.id!, themeItemID: themeItem, signalItemID: signalItem, plainItemID: plain,
            themeSignals: [a, b], lonelySignal: lonely, secondReporter: second.id!)
    }

    @Test func aDecisionOnAThemeAnswersEveryReporterAndRecordsAPolicyChange() async throws {
        try await withTestStore { store in
            // setup
            let held = try await Self.held(store)
            let org = held.setup.fixture.organisationID
            let sessions = SessionRepository(store: store)
            let before = try await AuditEntryModel.query(on: store.database).count()

            // act
            let outcome = try await sessions.decide(
                sessionID: held.sessionID,
                .init(
                    text: "De wachttijd gaat omlaag: we zetten een extra schuldhulpverlener in.", itemIDs: [held.themeItemID], effect: "beantwoord",
                    policyID: held.setup.policy.id, policyChange: "Extra formatie schuldhulp in 2027."),
                organisationID: org, actor: held.setup.actor, now: Date())

            // check: both signals of the theme are answered with the decision, each reporter is told, the theme keeps
            // the answer, the lone signal is untouched, and it is one audit entry
            #expect(Set(outcome.changedSignals.compactMap(\.id)) == Set(held.themeSignals))
            for id in held.themeSignals {
                let signal = try #require(try await SignalModel.find(id, on: store.database))
                #expect(signal.status == "beantwoord")
                #expect(signal.answer == "De wachttijd gaat omlaag: we zetten een extra schuldhulpverlener in.")
            }
            for reporter in [held.setup.fixture.practitioner.id!, held.secondReporter] {
                let notes = try await NotificationModel.query(on: store.database).filter(\.$userID == reporter).all()
                #expect(notes.contains { $0.text.contains("is beantwoord") })
            }
            #expect(try await SignalModel.find(held.lonelySignal, on: store.database)?.status == "in-behandeling")
            #expect(try await ThemeModel.find(held.themeID, on: store.database)?.answer?.contains("extra schuldhulpverlener") == true)
            #expect(try await AuditEntryModel.query(on: store.database).count() == before + 1)
            #expect(try await DraftStoreTests.entries(store, "overleg.besluit") == 1)
            let decisions = try await sessions.decisions(organisationID: org, policyID: held.setup.policy.id)
            #expect(decisions.count == 1)
            #expect(decisions.first?.policyChange == "Extra formatie schuldhulp in 2027.")
            #expect(decisions.first?.items.map(\.sourceKind) == [.theme])
            #expect(decisions.first?.effect == .answered)
        }
    }

    @Test func refusesWithDutchReasonsAndWritesNothing() async throws {
        try await withTestStore { store in
            // setup
            let held = try await Self.held(store)
            let org = held.setup.fixture.organisationID
            let sessions = SessionRepository(store: store)
            // the lone signal is already closed: it cannot be forwarded
            let closed = try #require(try await SignalModel.find(held.lonelySignal, on: store.database))
            closed.status = SignalStatus.closed.rawValue
            try await closed.save(on: store.database)
            let other = try await DraftStoreTests.setUp(store, name: "Gemeente Elders")

            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                try await sessions.decide(
                    sessionID: held.sessionID,
                    .init(
                        text: "Doorzetten naar het Rijk, bel 06-12345678.", itemIDs: [held.signalItemID, UUID()], effect: "doorgezet",
                        policyID: other.policy.id, policyChange: ""),
                    organisationID: org, actor: held.setup.actor, now: Date())
            }
            let onlyPlain = await #expect(throws: ValidationFailure.self) {
                try await sessions.decide(
                    sessionID: held.sessionID, .init(text: "Alles blijft zoals het is.", itemIDs: [held.plainItemID], effect: "beantwoord"),
                    organisationID: org, actor: held.setup.actor, now: Date())
            }

            // check
            let names = Set(failure?.invalidParams.map(\.name) ?? [])
            #expect(names == ["besluit", "punten", "beleid", "wijziging", "gevolg"])
            #expect(failure?.reason(for: "gevolg")?.contains("Signaal 3") == true)
            #expect(onlyPlain?.reason(for: "gevolg")?.contains("niet over een signaal of thema") == true)
            #expect(try await DecisionModel.query(on: store.database).count() == 0)
            #expect(try await DraftStoreTests.entries(store, "overleg.besluit") == 0)
            // another organisation's session does not exist
            await #expect(throws: NotFound.self) {
                try await sessions.decide(
                    sessionID: held.sessionID, .init(text: "Een besluit van elders."), organisationID: other.fixture.organisationID,
                    actor: other.actor, now: Date())
            }
        }
    }

    @Test func actionsRemindBeforeTheDateAndListWhatIsOverdue() async throws {
        try await withTestStore { store in
            // setup
            let held = try await Self.held(store)
            let org = held.setup.fixture.organisationID
            let actions = ActionRepository(store: store)
            let owner = held.setup.fixture.practitioner.id!
            let now = Date()
            let soonDay = ReviewDeadline.code(now.addingTimeInterval(2 * 86_400))
            let laterDay = ReviewDeadline.code(now.addingTimeInterval(20 * 86_400))
            let soon = try await actions.create(
                sessionID: held.sessionID, .init(description: "Werkinstructie aanpassen", ownerID: owner, due: soonDay), organisationID: org,
                actor: held.setup.actor, now: now)
            let later = try await actions.create(
                sessionID: held.sessionID,
                .init(description: "Evaluatie plannen", ownerID: owner, teamID: held.setup.fixture.practitionerTeamID, due: laterDay),
                organisationID: org, actor: held.setup.actor, now: now)

            // act: a first run two days before; a second run right after; a run after the later date
            let first = try await actions.remind(now: now)
            let again = try await actions.remind(now: now.addingTimeInterval(60))
            let late = try await actions.remind(now: now.addingTimeInterval(25 * 86_400))

            // check: one reminder, nothing twice, then both overdue (the first had its reminder, the later one gets
            // only the overdue notice); the owner heard of both, the organiser of the overdue ones
            #expect(first == .init(reminders: 1, overdue: 0))
            #expect(again == .init(reminders: 0, overdue: 0))
            #expect(late == .init(reminders: 0, overdue: 2))
            let notes = try await NotificationModel.query(on: store.database).filter(\.$userID == owner).all().map(\.text)
            #expect(notes.filter { $0.hasPrefix("Herinnering") }.count == 1)
            #expect(notes.filter { $0.contains("klaar moeten zijn") }.count == 2)
            #expect(notes.filter { $0.hasPrefix("U hebt een actie") }.count == 2)
            let organiser = held.setup.fixture.administrator.id!
            #expect(try await NotificationModel.query(on: store.database).filter(\.$userID == organiser).all().filter { $0.text.contains("klaar moeten zijn") }.count == 2)
            #expect(try await DraftStoreTests.entries(store, "actie.herinneringen") == 2)
            let overdue = try await actions.overdue(organisationID: org, now: now.addingTimeInterval(25 * 86_400))
            #expect(overdue.people.map(\.name) == ["Uri Uitvoerder"])
            #expect(overdue.people.first?.count == 2)
            #expect(overdue.teams.map(\.name) == ["Wijkteam"])
            #expect(try await actions.list(organisationID: org, filter: .init(teamID: held.setup.fixture.practitionerTeamID, overdueOnly: true), now: now.addingTimeInterval(25 * 86_400)).count == 2)
            #expect(try await actions.list(organisationID: org, filter: .init(overdueOnly: true), now: now).isEmpty)

            // act: the owner finishes one; a changed due date earns a new reminder
            try await actions.changeStatus(id: soon, to: .done, organisationID: org, actor: held.setup.actor, now: now)
            try await actions.update(
                id: later, .init(description: "Evaluatie plannen", ownerID: owner, due: ReviewDeadline.code(now.addingTimeInterval(30 * 86_400))),
                status: .inProgress, organisationID: org, actor: held.setup.actor, now: now)

            // check
            let done = try #require(try await actions.action(id: soon, organisationID: org))
            #expect(done.status == .done)
            #expect(done.completedAt != nil)
            let moved = try #require(try await ActionModel.find(later, on: store.database))
            #expect(moved.remindedAt == nil && moved.overdueNotifiedAt == nil && moved.status == "bezig")
            #expect(try await DraftStoreTests.entries(store, "actie.status") == 1)
            #expect(try await DraftStoreTests.entries(store, "actie.gewijzigd") == 1)
        }
    }

    @Test func actionsRefuseBadInputInDutch() async throws {
        try await withTestStore { store in
            // setup
            let held = try await Self.held(store)
            let org = held.setup.fixture.organisationID
            let actions = ActionRepository(store: store)
            let other = try await DraftStoreTests.setUp(store, name: "Gemeente Elders")

            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                try await actions.create(
                    sessionID: held.sessionID,
                    .init(description: " ", ownerID: other.fixture.practitioner.id, teamID: other.fixture.practitionerTeamID, due: "2020-01-01"),
                    organisationID: org, actor: held.setup.actor, now: Date())
            }
            let badDate = await #expect(throws: ValidationFailure.self) {
                try await actions.create(
                    sessionID: held.sessionID, .init(description: "Iets doen", ownerID: nil, due: "31-02-2027"), organisationID: org,
                    actor: held.setup.actor, now: Date())
            }

            // check
            #expect(Set(failure?.invalidParams.map(\.name) ?? []) == ["omschrijving", "eigenaar", "team", "datum"])
            #expect(failure?.reason(for: "datum")?.contains("voorbij") == true)
            #expect(badDate?.reason(for: "datum")?.contains("geldige datum") == true)
            #expect(badDate?.reason(for: "eigenaar") == "Kies wie de actie uitvoert.")
            #expect(try await ActionModel.query(on: store.database).count() == 0)
        }
    }

    @Test func overdueActionsAreProposedForSessionsOnTheSamePolicy() async throws {
        try await withTestStore { store in
            // setup: an action of the held session, overdue; a new session on the same policy
            let held = try await Self.held(store)
            let org = held.setup.fixture.organisationID
            let now = Date()
            let id = try await ActionRepository(store: store).create(
                sessionID: held.sessionID, .init(description: "Brief aan het Rijk sturen", ownerID: held.setup.fixture.practitioner.id, due: ReviewDeadline.code(now)),
                organisationID: org, actor: held.setup.actor, now: now)
            let sessions = SessionRepository(store: store)
            let next = try await sessions.create(SessionStoreTests.input(held.setup, title: "Vervolg"), organisationID: org, actor: held.setup.actor, now: now)

            // act
            let later = now.addingTimeInterval(3 * 86_400)
            let proposals = try await sessions.proposals(sessionID: next, organisationID: org, now: later)
            let own = try await sessions.proposals(sessionID: held.sessionID, organisationID: org, now: later)

            // check: proposed for the next session with why; not for the session it came from
            let action = try #require(proposals.first { $0.source == .action })
            #expect(action.sourceID == id)
            #expect(action.title == "Actie: Brief aan het Rijk sturen")
            #expect(action.reason.contains("had op \(DutchCalendar.day(now)) klaar moeten zijn"))
            #expect(!own.contains { $0.source == .action })
            _ = try await sessions.accept(sessionID: next, source: .action, sourceID: id, organisationID: org, actor: held.setup.actor, now: later)
            #expect(try await sessions.proposals(sessionID: next, organisationID: org, now: later).contains { $0.source == .action } == false)
        }
    }
}

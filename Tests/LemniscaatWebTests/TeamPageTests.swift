// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

@Suite struct TeamPageTests {
    struct Teams {
        let inkomen: UUID
        let verbinders: UUID
        let signal: UUID
    }

    /// Beleid Inkomen with Pim, who answered in time a signal Uri (Wijkteam) reported ten days ago; both attended a
    /// session; the Wijkteam has an overdue action; and a liaison team.
    static func world(_ store: Store, _ fixture: Fixture, now: Date) async throws -> Teams {
        let org = fixture.organisationID
        let actor = AuditActor.commandLine(organisationID: org)
        let organisations = OrganisationRepository(store: store)
        let inkomen = try await organisations.createTeam(
            .init(name: "Beleid Inkomen", kind: "beleid", domainID: nil), organisationID: org, actor: actor, now: now)
        let verbinders = try await organisations.createTeam(
            .init(name: "Verbinders", kind: "verbinding", domainID: nil), organisationID: org, actor: actor, now: now)
        let pim = try await AccountRepository(store: store).create(
            .init(email: "pim@testdorp.test", name: "Pim Beleid", roles: [.policyOfficer], teamIDs: [inkomen.id!], password: nil),
            organisationID: org, actor: actor, now: now
        ).user.id!
        let domain = try await organisations.createDomain(name: "Teamdomein", organisationID: org, actor: actor, now: now)
        let submitted = now.addingTimeInterval(-10 * 86_400)
        let signal = SignalModel()
        signal.organisationID = org
        signal.number = 41
        signal.title = "Formulier te ingewikkeld"
        signal.signalDescription = "Een knelpunt."
        signal.domainID = domain.id!
        signal.affected = "1"
        signal.urgency = "laag"
        signal.anonymous = false
        signal.reporterID = fixture.practitioner.id!
        signal.status = SignalStatus.answered.rawValue
        signal.workingDays = 10
        signal.submittedAt = submitted
        signal.dueAt = submitted.addingTimeInterval(14 * 86_400)
        signal.escalationAt = submitted.addingTimeInterval(10 * 86_400)
        signal.answer = "Antwoord."
        signal.answeredAt = submitted.addingTimeInterval(2 * 86_400)
        signal.answeredBy = pim
        signal.recognitionCount = 0
        signal.updatedAt = submitted
        try await signal.create(on: store.database)
        try await SignalEventModel(
            signalID: signal.id!, at: signal.answeredAt!, actorID: pim, kind: "antwoord", toStatus: "beantwoord", text: "Antwoord."
        )
        .create(on: store.database)
        let meeting = MeetingModel()
        meeting.organisationID = org
        meeting.type = SessionType.workingSession.rawValue
        meeting.title = "Werksessie"
        meeting.startsAt = now.addingTimeInterval(-3 * 86_400)
        meeting.endsAt = meeting.startsAt.addingTimeInterval(3600)
        meeting.place = "Stadhuis"
        meeting.link = ""
        meeting.description = ""
        meeting.createdAt = meeting.startsAt
        meeting.updatedAt = meeting.startsAt
        try await meeting.create(on: store.database)
        for user in [pim, fixture.practitioner.id!] {
            let participant = MeetingParticipantModel()
            participant.meetingID = meeting.id!
            participant.userID = user
            participant.direct = true
            participant.attended = true
            try await participant.create(on: store.database)
        }
        let action = ActionModel()
        action.organisationID = org
        action.meetingID = meeting.id!
        action.description = "Formulier vereenvoudigen"
        action.teamID = fixture.practitionerTeamID
        action.dueAt = now.addingTimeInterval(-86_400)
        action.status = ActionStatus.open.rawValue
        action.createdAt = meeting.startsAt
        action.updatedAt = meeting.startsAt
        try await action.create(on: store.database)
        return Teams(inkomen: inkomen.id!, verbinders: verbinders.id!, signal: signal.id!)
    }

    @Test func theFiguresAndTheirLinksRender() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let teams = try await Self.world(store, fixture, now: clock.now)
            let other = try await Fixture.make(store, name: "Gemeente Elders", now: clock.now)
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)
            let wijkteam = "/teams/" + fixture.practitionerTeamID.uuidString.lowercased()
            let inkomen = "/teams/" + teams.inkomen.uuidString.lowercased()

            // act
            let index = try await browser.get("/teams")
            let page = try await browser.get(wijkteam)
            let policy = try await browser.get(inkomen)
            let liaison = try await browser.get("/teams/" + teams.verbinders.uuidString.lowercased())
            let fallback = try await browser.get(wijkteam + "?maanden=7")
            let elsewhere = try await browser.get("/teams/" + other.practitionerTeamID.uuidString.lowercased())
            let nonsense = try await browser.get("/teams/geen-team")
            let map = try await browser.get("/samenwerkingskaart")

            // check: the list links to every team
            #expect(index.status == .ok)
            #expect(index.text.contains(#"<a href="\#(wijkteam)">Wijkteam</a>"#))
            #expect(index.text.contains(#"<a href="\#(inkomen)">Beleid Inkomen</a>"#))
            #expect(!index.text.contains("Gemeente Elders"))
            // the Wijkteam's page: reported and answered in time, the reporter count protected, the signal linked
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<td class="num" id="gemelde-signalen">1</td>"#))
            #expect(page.text.contains(#"<td class="num" id="gemeld-beantwoord">1</td>"#))
            #expect(page.text.contains(#"<td class="num" id="gemeld-op-tijd">100%</td>"#))
            #expect(page.text.contains(#"<td class="num" id="gemeld-te-laat">0</td>"#))
            #expect(page.text.contains(#"<td class="num" id="melders">&lt; 5</td>"#))
            #expect(page.text.contains(#"<a href="/signalen/\#(teams.signal.uuidString.lowercased())">#41 Formulier te ingewikkeld</a>"#))
            // whom they met, linking to the other team's page and to the map
            #expect(page.text.contains(#"<a href="\#(inkomen)">Beleid Inkomen</a>"#))
            #expect(page.text.contains(#"<a href="/samenwerkingskaart?maanden=12">"#))
            // the actions, linking to the filtered list
            let team = fixture.practitionerTeamID.uuidString.lowercased()
            #expect(
                page.text.contains(
                    #"<a href="/acties?team=\#(team)&amp;status=achterstallig">Over de datum: <span id="acties-achterstallig">1</span></a>"#))
            #expect(page.text.contains(#"<a href="/acties?team=\#(team)&amp;status=lopend">Lopend: <span id="acties-lopend">1</span></a>"#))
            // the policy team answered the signal
            #expect(policy.text.contains(#"<td class="num" id="beantwoorde-signalen">1</td>"#))
            #expect(policy.text.contains(#"<td class="num" id="besluiten">0</td>"#))
            #expect(policy.text.contains(#"<a href="/besluiten">"#))
            // a liaison team is on neither side of the map
            #expect(liaison.status == .ok)
            #expect(liaison.text.contains("De samenwerkingskaart telt alleen contacten tussen beleidsteams en uitvoeringsteams."))
            // an unknown period is 12 months
            #expect(fallback.status == .ok)
            #expect(fallback.text.contains(#"<a href="\#(wijkteam)?maanden=12" aria-current="page">Laatste 12 maanden</a>"#))
            // another organisation's team, and no team at all
            #expect(elsewhere.status == .notFound)
            #expect(nonsense.status == .notFound)
            // the samenwerkingskaart links to the teams
            #expect(map.text.contains(#"<a href="/teams">"#))
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

@Suite struct ContactMapPageTests {
    /// Two policy teams with an officer each; Uri (Wijkteam) met the Inkomen officer at a werksessie two months ago
    /// and at an evaluation eight months ago, and nobody of Beleid Jeugd.
    struct Teams {
        let inkomen: UUID
        let jeugd: UUID
        let inkomenOfficer: UserModel
        let jeugdOfficer: UserModel
    }

    static func teams(_ store: Store, _ fixture: Fixture, now: Date) async throws -> Teams {
        let org = fixture.organisationID
        let actor = AuditActor.commandLine(organisationID: org)
        let organisations = OrganisationRepository(store: store)
        let accounts = AccountRepository(store: store)
        let inkomen = try await organisations.createTeam(.init(name: "Beleid Inkomen", kind: "beleid", domainID: nil), organisationID: org, actor: actor, now: now)
        let jeugd = try await organisations.createTeam(.init(name: "Beleid Jeugd", kind: "beleid", domainID: nil), organisationID: org, actor: actor, now: now)
        let pim = try await accounts.create(
            .init(email: "pim@gemeente-testdorp.test", name: "Pim Beleid", roles: [.policyOfficer], teamIDs: [inkomen.id!], password: nil),
            organisationID: org, actor: actor, now: now)
        let jet = try await accounts.create(
            .init(email: "jet@gemeente-testdorp.test", name: "Jet Beleid", roles: [.policyOfficer], teamIDs: [jeugd.id!], password: Fixture.password),
            organisationID: org, actor: actor, now: now)
        for (days, type) in [(60.0, SessionType.workingSession), (240, .evaluation)] {
            let meeting = MeetingModel()
            meeting.organisationID = org
            meeting.type = type.rawValue
            meeting.title = type.label
            meeting.startsAt = now.addingTimeInterval(-days * 86_400)
            meeting.endsAt = meeting.startsAt.addingTimeInterval(3600)
            meeting.place = "Stadhuis"
            meeting.link = ""
            meeting.description = ""
            meeting.createdAt = meeting.startsAt
            meeting.updatedAt = meeting.startsAt
            try await meeting.create(on: store.database)
            for user in [pim.user.id!, fixture.practitioner.id!] {
                let participant = MeetingParticipantModel()
                participant.meetingID = meeting.id!
                participant.userID = user
                participant.direct = true
                participant.attended = true
                try await participant.create(on: store.database)
            }
        }
        return Teams(inkomen: inkomen.id!, jeugd: jeugd.id!, inkomenOfficer: pim.user, jeugdOfficer: jet.user)
    }

    @Test func thePractitionerSeesTheMapTheTableAndTheTeamsTheyDidNotMeet() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            _ = try await Self.teams(store, fixture, now: clock.now)
            var practitioner = Browser(client)
            _ = try await practitioner.signIn(fixture.practitioner.email)

            // act
            let year = try await practitioner.get("/samenwerkingskaart")
            let half = try await practitioner.get("/samenwerkingskaart?maanden=6")
            let unknown = try await practitioner.get("/samenwerkingskaart?maanden=zeven")

            // check: the heatmap and the table say the same: two contacts with Beleid Inkomen in 12 months, one in 6
            #expect(year.status == .ok)
            #expect(year.text.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-heatmap" role="img""#))
            #expect(year.text.contains("Contact tussen teams van beleid en uitvoering in de laatste 12 maanden"))
            #expect(year.text.contains("Van de 2 paren hadden er 1 geen contact"))
            #expect(year.text.contains(#"<tr><th scope="row">Beleid Inkomen</th><td>Wijkteam</td><td class="num">2</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">2</td></tr>"#))
            #expect(year.text.contains(#"<tr><th scope="row">Beleid Jeugd</th><td>Wijkteam</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num"><strong>geen contact</strong></td></tr>"#))
            #expect(year.text.contains("<li>Beleid Jeugd – Wijkteam</li>"))
            #expect(year.text.contains(#"<a href="/samenwerkingskaart?maanden=12" aria-current="page">Laatste 12 maanden</a>"#))
            #expect(half.text.contains(#"<tr><th scope="row">Beleid Inkomen</th><td>Wijkteam</td><td class="num">1</td>"#))
            #expect(half.text.contains(#"<a href="/samenwerkingskaart?maanden=6" aria-current="page">Laatste 6 maanden</a>"#))
            // an unknown period falls back to 12 months
            #expect(unknown.status == .ok)
            #expect(unknown.text.contains(#"aria-current="page">Laatste 12 maanden</a>"#))
            // Uri did not meet Beleid Jeugd, and may not plan: a sentence says who can
            #expect(year.text.contains("Uw teams aan de andere kant die u 12 maanden niet sprak"))
            #expect(year.text.contains("<li>Beleid Jeugd</li>"))
            #expect(!year.text.contains("/overleggen/nieuw?"))
            #expect(year.text.contains("Een beleidsmedewerker, verbinder, manager of beheerder kan een meeloopdag of overleg voor u plannen."))
            // the per-person table is for managers and administrators
            #expect(!year.text.contains("Per persoon: teams die zij 12 maanden niet spraken"))
            // the sessions page links here
            #expect(try await practitioner.get("/overleggen").text.contains(#"<a href="/samenwerkingskaart">"#))
        }
    }

    @Test func aPolicyOfficerPlansAMeeloopdagWithTheTeamTheyDidNotMeet() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let teams = try await Self.teams(store, fixture, now: clock.now)
            var officer = Browser(client)
            _ = try await officer.signIn(teams.jeugdOfficer.email)
            let wijkteam = fixture.practitionerTeamID.uuidString.lowercased()

            // act
            let map = try await officer.get("/samenwerkingskaart")
            let form = try await officer.get("/overleggen/nieuw?soort=meeloopdag&team=\(wijkteam)")

            // check: a button per team not met, opening the form with the meeloopdag, the team and the officer chosen
            #expect(map.text.contains(#"<a class="button" href="/overleggen/nieuw?soort=meeloopdag&amp;team=\#(wijkteam)">Meeloopdag plannen<span class="visually-hidden">: Wijkteam</span></a>"#))
            #expect(!map.text.contains("kan een meeloopdag of overleg voor u plannen"))
            #expect(form.status == .ok)
            #expect(form.text.contains(#"value="meeloopdag" aria-describedby="soort-meeloopdag-uitleg" checked"#))
            #expect(form.text.contains(#"name="teams" value="\#(wijkteam)" checked"#))
            #expect(form.text.contains(#"name="personen" value="\#(teams.jeugdOfficer.id!.uuidString.lowercased())" checked"#))
        }
    }

    @Test func theAdministratorSeesPerPersonWhoDidNotMeetWhom() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            _ = try await Self.teams(store, fixture, now: clock.now)
            var admin = Browser(client)
            _ = try await admin.signIn(fixture.administrator.email)

            // act
            let page = try await admin.get("/samenwerkingskaart")

            // check: the administrator is in no team; the table lists everyone in a policy or practice team
            #expect(page.status == .ok)
            #expect(page.text.contains("U zit niet in een team van beleid of van uitvoering."))
            #expect(page.text.contains("Per persoon: teams die zij 12 maanden niet spraken"))
            #expect(page.text.contains(#"<tr><th scope="row">Jet Beleid</th><td>Beleid Jeugd</td><td>Wijkteam</td></tr>"#))
            #expect(page.text.contains(#"<tr><th scope="row">Pim Beleid</th><td>Beleid Inkomen</td><td>met iedereen contact gehad</td></tr>"#))
            #expect(page.text.contains(#"<tr><th scope="row">Uri Uitvoerder</th><td>Wijkteam</td><td>Beleid Jeugd</td></tr>"#))
        }
    }
}

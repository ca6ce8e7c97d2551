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

/// A session from proposed agenda to decision and action, through the pages.
@Suite struct DecisionActionPageTests {
    @Test func fromProposedAgendaToDecisionAndAction() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: a session a week from now about a policy with an overdue signal in a recognised theme
            let loop = try await SessionProposalTests.loop(store, fixture, now: clock.now)
            let page = "/overleggen/" + loop.sessionID.uuidString.lowercased()
            var organiser = Browser(client)
            try await organiser.signIn(fixture.administrator.email)
            _ = try await organiser.get(page)
            let accepted = try await organiser.post(page + "/voorstellen", [("bron", "thema"), ("id", loop.themeID.uuidString.lowercased())])
            #expect(accepted.status == .seeOther)
            let itemID = try #require(SessionPageTests.itemIDs(try await organiser.get(page).text).first)

            // act: before the session, no decisions yet
            let early = try await organiser.get(page)
            #expect(early.text.contains("Als het overleg begonnen is, legt u hier de besluiten vast."))
            #expect(!early.text.contains(#"id="besluit-vastleggen""#))
            let tooEarly = try await organiser.post(page + "/besluiten", [("besluit", "We besluiten iets."), ("punten", itemID)])
            #expect(tooEarly.status == .badRequest)

            // act: the session has begun; a refused decision says why and keeps what was typed
            clock.advance(8 * 86_400)
            // eight days later the sign-in has expired
            organiser = Browser(client)
            try await organiser.signIn(fixture.administrator.email)
            _ = try await organiser.get(page)
            let refused = try await organiser.post(
                page + "/besluiten", [("besluit", "Kort"), ("punten", itemID), ("gevolg", "beantwoord"), ("wijziging", "Iets anders")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Schrijf het besluit in minstens 10 tekens"))
            #expect(refused.text.contains("Kies het beleid dat verandert, of laat de wijziging leeg."))
            #expect(refused.text.contains(#"<option value="beantwoord" selected>"#))
            let text = "De termijn voor schuldhulp gaat naar twee weken. Dit is ons antwoord aan de melders."
            let decided = try await organiser.post(
                page + "/besluiten",
                [
                    ("besluit", text), ("punten", itemID), ("gevolg", "beantwoord"), ("beleid", loop.policyID.uuidString.lowercased()),
                    ("wijziging", "Termijn schuldhulp van vier naar twee weken."),
                ])

            // check: the decision is on the page, the theme's signals are answered, the reporter heard it
            #expect(decided.status == .seeOther)
            #expect(decided.location?.contains("?melding=sessionDecisionRecorded#besluit-") == true)
            let after = try await organiser.get(page)
            #expect(after.text.contains(text))
            #expect(after.text.contains("Signalen beantwoorden met dit besluit"))
            #expect(after.text.contains("Termijn schuldhulp van vier naar twee weken."))
            let signal = try #require(try await SignalModel.find(loop.signalID, on: store.database))
            #expect(signal.status == "beantwoord")
            #expect(signal.answer == text)
            let notes = try await NotificationModel.query(on: store.database).filter(\.$userID == fixture.practitioner.id!).all()
            #expect(notes.contains { $0.text.hasPrefix("Uw signaal 1 is beantwoord") })
            let decisions = try await organiser.get("/besluiten?beleid=" + loop.policyID.uuidString.lowercased())
            #expect(decisions.status == .ok)
            #expect(decisions.text.contains("1 besluiten met een wijziging in beleid"))
            #expect(try await organiser.get("/besluiten?beleid=geen-id").status == .badRequest)
            let policyPage = try await organiser.get("/beleid/" + loop.policyID.uuidString.lowercased())
            #expect(policyPage.text.contains("Wijzigingen op basis van de praktijk"))
            #expect(policyPage.text.contains("Termijn schuldhulp van vier naar twee weken."))

            // act: an action for the practitioner, with a refused attempt first
            let owner = fixture.practitioner.id!.uuidString.lowercased()
            let badAction = try await organiser.post(page + "/acties", [("omschrijving", "Werkinstructie aanpassen"), ("eigenaar", ""), ("datum", "morgen")])
            #expect(badAction.status == .badRequest)
            #expect(badAction.text.contains("Kies wie de actie uitvoert."))
            #expect(badAction.text.contains("Vul een geldige datum in"))
            #expect(badAction.text.contains("Werkinstructie aanpassen</textarea>"))
            let due = ReviewDeadline.code(clock.now.addingTimeInterval(10 * 86_400))
            let added = try await organiser.post(
                page + "/acties",
                [("omschrijving", "Werkinstructie aanpassen"), ("eigenaar", owner), ("team", fixture.practitionerTeamID.uuidString.lowercased()), ("datum", due)])
            #expect(added.status == .seeOther)
            let action = try #require(try await ActionModel.query(on: store.database).first())
            let actionPage = "/acties/" + action.id!.uuidString.lowercased()

            // check: the practitioner sees it, moves it on, and cannot change more than the status
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            _ = try await practitioner.get(page)
            let home = try await practitioner.get("/")
            #expect(home.text.contains("Uw acties"))
            #expect(home.text.contains(#">Werkinstructie aanpassen</a>"#))
            let mine = try await practitioner.get("/acties?persoon=" + owner)
            #expect(mine.status == .ok)
            #expect(mine.text.contains("Werkinstructie aanpassen"))
            let detail = try await practitioner.get(actionPage)
            #expect(detail.status == .ok)
            #expect(detail.text.contains(#"<select id="status" name="status">"#))
            #expect(!detail.text.contains(#"id="eigenaar""#))
            let moved = try await practitioner.post(actionPage, [("status", "gereed"), ("omschrijving", "Iets heel anders")])
            #expect(moved.status == .seeOther)
            let done = try #require(try await ActionModel.find(action.id, on: store.database))
            #expect(done.status == "gereed")
            #expect(done.description == "Werkinstructie aanpassen")
            #expect(try await practitioner.post(actionPage, [("status", "kapot")]).status == .badRequest)
            #expect(try await practitioner.post(page + "/besluiten", [("besluit", "Ik besluit dit zelf.")]).status == .forbidden)
            #expect(try await practitioner.get("/acties?status=onzin").status == .badRequest)
        }
    }

    @Test func overdueActionsAreListedPerPersonAndTeam() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: an action due tomorrow, then two days pass
            let loop = try await SessionProposalTests.loop(store, fixture, now: clock.now)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            _ = try await ActionRepository(store: store).create(
                sessionID: loop.sessionID,
                .init(description: "Brief aan de wethouder", ownerID: fixture.practitioner.id, due: ReviewDeadline.code(clock.now.addingTimeInterval(86_400))),
                organisationID: fixture.organisationID, actor: actor, now: clock.now)
            clock.advance(3 * 86_400)
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)

            // act
            let list = try await browser.get("/acties")
            let overdue = try await browser.get("/acties?status=achterstallig&team=" + fixture.practitionerTeamID.uuidString.lowercased())

            // check
            #expect(list.status == .ok)
            #expect(list.text.contains("Over de datum"))
            #expect(list.text.contains("Uri Uitvoerder"))
            #expect(list.text.contains("Wijkteam"))
            #expect(overdue.text.contains("Brief aan de wethouder"))
            #expect(overdue.text.contains(#"<strong class="late">over de datum</strong>"#))
        }
    }
}

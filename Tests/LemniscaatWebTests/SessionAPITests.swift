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

/// Overleggen, besluiten and acties through the API.
@Suite struct SessionAPITests: APITestSupport {
    func send(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ headers: HTTPFields, _ object: [String: Any]? = nil)
        async throws -> TestResponse
    {
        try await client.execute(uri: uri, method: method, headers: headers, body: try object.map { try body($0) })
    }

    func isProblem(_ response: TestResponse, _ status: HTTPResponse.Status) -> Bool {
        response.status == status && response.headers[.contentType]?.hasPrefix("application/problem+json") == true
    }

    @Test func aDecisionAnsweringAThemeAndAnActionThroughTheAPI() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: the loop's session, its theme on the agenda, and the session begun
            let loop = try await SessionProposalTests.loop(store, fixture, now: clock.now)
            let org = fixture.organisationID
            let sessions = SessionRepository(store: store)
            let item = try await sessions.accept(
                sessionID: loop.sessionID, source: .theme, sourceID: loop.themeID, organisationID: org, actor: .commandLine(organisationID: org),
                now: clock.now)
            clock.advance(8 * 86_400)
            let officer = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)
            let session = loop.sessionID.uuidString.lowercased()

            // act: the sessions and one with its agenda
            let past = try await send(client, .get, "/api/v1/overleggen?wanneer=eerder", practitioner)
            let one = try json(try await send(client, .get, "/api/v1/overleggen/\(session)", practitioner))

            // check
            #expect(past.status == .ok)
            #expect(past.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            #expect(try results(past).map { $0["id"] as? String } == [session])
            #expect(try results(try await send(client, .get, "/api/v1/overleggen", practitioner)).isEmpty)
            let agenda = try #require(one["agenda"] as? [[String: Any]])
            #expect(agenda.first?["bronSoort"] as? String == "thema")
            #expect(agenda.first?["soort"] as? String == "voorgesteld")

            // act: refused input, then a decision that answers the theme's signals and changes the policy
            let refused = try await send(
                client, .post, "/api/v1/besluiten", officer, ["overlegId": session, "tekst": "Kort", "agendapuntIds": ["geen-id"], "gevolg": "beantwoord"])
            let notMine = try await send(client, .post, "/api/v1/besluiten", practitioner, ["overlegId": session, "tekst": "Een besluit van mij."])
            let text = "De termijn gaat naar twee weken; dit is het antwoord aan iedereen die het meldde."
            let created = try await send(
                client, .post, "/api/v1/besluiten", officer,
                [
                    "overlegId": session, "tekst": text, "agendapuntIds": [item.uuidString.lowercased()], "gevolg": "beantwoord",
                    "beleidId": loop.policyID.uuidString.lowercased(), "wijziging": "Termijn van vier naar twee weken.",
                ])

            // check: the refusals say why; both signals of the theme are answered with the decision
            #expect(isProblem(refused, .badRequest))
            #expect(try problemNames(refused) == ["agendapuntIds[0]"])
            #expect(isProblem(notMine, .forbidden))
            #expect(created.status == .created)
            let decision = try json(created)
            #expect(decision["gevolg"] as? String == "beantwoord")
            #expect(decision["wijziging"] as? String == "Termijn van vier naar twee weken.")
            #expect((decision["agendapunten"] as? [[String: Any]])?.first?["bronId"] as? String == loop.themeID.uuidString.lowercased())
            let answered = try await SignalModel.query(on: store.database).filter(\.$themeID == loop.themeID).all()
            #expect(answered.count == 2 && answered.allSatisfy { $0.status == "beantwoord" && $0.answer == text })
            let byPolicy = try await send(client, .get, "/api/v1/besluiten?beleid=\(loop.policyID.uuidString.lowercased())", practitioner)
            #expect(try results(byPolicy).count == 1)
            #expect(isProblem(try await send(client, .get, "/api/v1/besluiten?beleid=nee", practitioner), .badRequest))
            let decisionID = try #require(decision["id"] as? String)
            #expect(try await send(client, .get, "/api/v1/besluiten/\(decisionID)", practitioner).status == .ok)
            let tooShort = try await send(client, .post, "/api/v1/besluiten", officer, ["overlegId": session, "tekst": "Kort"])
            #expect(try problemNames(tooShort) == ["tekst"])

            // act: an action for the practitioner; the practitioner moves it on but may change nothing else
            let badAction = try await send(
                client, .post, "/api/v1/acties", officer,
                ["overlegId": session, "omschrijving": "Werkinstructie", "eigenaarId": UUID().uuidString.lowercased(), "datum": "2020-01-01"])
            let action = try await send(
                client, .post, "/api/v1/acties", officer,
                [
                    "overlegId": session, "omschrijving": "Werkinstructie aanpassen", "eigenaarId": fixture.practitioner.id!.uuidString.lowercased(),
                    "datum": ReviewDeadline.code(clock.now.addingTimeInterval(5 * 86_400)), "besluitId": decisionID,
                ])
            let actionID = try #require(try json(action)["id"] as? String)
            let moved = try await send(client, .patch, "/api/v1/acties/\(actionID)", practitioner, ["status": "bezig"])
            let tooMuch = try await send(client, .patch, "/api/v1/acties/\(actionID)", practitioner, ["omschrijving": "Iets anders"])
            // null is not "leave as it is": the spec allows no null, so it is refused before anything happens
            let nulled = try await send(client, .patch, "/api/v1/acties/\(actionID)", officer, ["datum": NSNull(), "status": "open"])
            #expect(isProblem(nulled, .badRequest))
            #expect(try problemNames(nulled) == ["datum"])
            let rescheduled = try await send(
                client, .patch, "/api/v1/acties/\(actionID)", officer, ["datum": ReviewDeadline.code(clock.now.addingTimeInterval(9 * 86_400))])

            // check
            #expect(isProblem(badAction, .badRequest))
            #expect(Set(try problemNames(badAction)) == ["eigenaarId", "datum"])
            #expect(action.status == .created)
            #expect(try json(action)["besluitId"] as? String == decisionID)
            #expect(try json(moved)["status"] as? String == "bezig")
            #expect(isProblem(tooMuch, .forbidden))
            #expect(try json(rescheduled)["status"] as? String == "bezig")
            #expect(try json(rescheduled)["datum"] as? String == ReviewDeadline.code(clock.now.addingTimeInterval(9 * 86_400)))
            let mine = try await send(client, .get, "/api/v1/acties?eigenaar=\(fixture.practitioner.id!.uuidString.lowercased())&status=bezig", officer)
            #expect(try results(mine).map { $0["id"] as? String } == [actionID])
            clock.advance(10 * 86_400)
            let overdue = try await send(client, .get, "/api/v1/acties?achterstallig=true", officer)
            #expect(try results(overdue).first?["achterstallig"] as? Bool == true)
            // created, status, changed: one audit entry each (on this action: the reminder job runs beside the test and
            // may write its own `actie.herinneringen` about the organisation once the action is overdue)
            let entries = try await AuditEntryModel.query(on: store.database).filter(\.$entityID == actionID).all().map(\.action)
                .filter { $0.hasPrefix("actie.") }.sorted()
            #expect(entries == ["actie.aangemaakt", "actie.gewijzigd", "actie.status"])
        }
    }
}

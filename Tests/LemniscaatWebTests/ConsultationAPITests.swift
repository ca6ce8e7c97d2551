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

/// Raadplegingen through the API: editors open and read them and their protected results; others are refused.
@Suite struct ConsultationAPITests: APITestSupport {
    @Test func openListAndReadProtectedResults() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let administrator = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)
            let policy = try await ConsultationPageTests.policy(store, fixture, now: clock.now)
            var input: [String: Any] = [
                "beleidId": policy.uuidString.lowercased(), "titel": "Hoe gaat het met de regeling?", "uitleg": "Wij horen het graag.",
                "doelgroep": "openbaar", "start": ReviewDeadline.code(clock.now), "einde": ReviewDeadline.code(clock.now.addingTimeInterval(7 * 86_400)),
                "vragen": [["soort": "keuze", "tekst": "Kent u de regeling?", "keuzes": ["Ja", "Nee"]], ["soort": "open", "tekst": "Wat kan beter?"]],
            ]

            // act: refused input names every problem; a practitioner may not
            var bad = input
            bad["uitleg"] = "Bel 06-12345678."
            bad["einde"] = "morgen"
            let refused = try await client.execute(uri: "/api/v1/raadplegingen", method: .post, headers: administrator, body: try body(bad))
            let forbidden = try await client.execute(uri: "/api/v1/raadplegingen", method: .post, headers: practitioner, body: try body(input))
            let created = try await client.execute(uri: "/api/v1/raadplegingen", method: .post, headers: administrator, body: try body(input))

            // check
            #expect(refused.status == .badRequest)
            #expect(Set(try problemNames(refused)).isSuperset(of: ["uitleg", "einde"]))
            #expect(forbidden.status == .forbidden)
            #expect(created.status == .created)
            #expect(created.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            let raadpleging = try json(created)
            let id = try #require(raadpleging["id"] as? String)
            #expect(raadpleging["stand"] as? String == "open")
            let link = try #require(raadpleging["openbareLink"] as? String)
            #expect(link.hasPrefix("/doe-mee/"))
            let questions = try #require(raadpleging["vragen"] as? [[String: Any]])
            #expect(questions.first?["keuzes"] as? [String] == ["Ja", "Nee"])

            // six residents answer: five "Ja", one "Nee"
            let repository = ConsultationRepository(store: store)
            let ids = questions.compactMap { ($0["id"] as? String).flatMap(UUID.init(uuidString:)) }
            for n in 0..<6 {
                try await repository.answer(
                    token: String(link.dropFirst("/doe-mee/".count)), answers: [ids[0]: n == 0 ? "1" : "0", ids[1]: "Meer uitleg \(n)."], contact: "",
                    addressKey: "adres:\(n)", limits: .init(), now: clock.now)
            }
            let listed = try await client.execute(uri: "/api/v1/raadplegingen?beleid=\(policy.uuidString.lowercased())", method: .get, headers: administrator)
            #expect(try results(listed).map { $0["reacties"] as? Int } == [6])
            #expect(try await client.execute(uri: "/api/v1/raadplegingen?beleid=x", method: .get, headers: administrator).status == .badRequest)
            #expect(try await client.execute(uri: "/api/v1/raadplegingen", method: .get, headers: practitioner).status == .forbidden)
            let answered = try await client.execute(uri: "/api/v1/raadplegingen/\(id)/resultaten", method: .get, headers: administrator)
            #expect(answered.status == .ok)
            let result = try json(answered)
            #expect(result["reacties"] as? Int == 6)
            #expect(result["drempel"] as? Int == 5)
            let vragen = try #require(result["vragen"] as? [[String: Any]])
            let counts = try #require(vragen.first?["aantallen"] as? [[String: Any]])
            let nee = try #require(counts.first { $0["antwoord"] as? String == "Nee" })
            #expect(nee["aantal"] == nil)
            #expect(nee["beveiliging"] as? String == "klein-aantal")
            // "Ja" would give "Nee" away with the total: it is hidden too, or the total is
            let ja = try #require(counts.first { $0["antwoord"] as? String == "Ja" })
            let total = try #require(vragen.first?["totaal"] as? [String: Any])
            #expect(ja["aantal"] == nil || total["aantal"] == nil)
            #expect((vragen.last?["openAntwoorden"] as? [[String: Any]])?.count == 6)
            #expect(try await client.execute(uri: "/api/v1/raadplegingen/\(UUID())/resultaten", method: .get, headers: administrator).status == .notFound)
            input["vragen"] = []
            #expect(try await client.execute(uri: "/api/v1/raadplegingen", method: .post, headers: administrator, body: try body(input)).status == .badRequest)
        }
    }

    /// The public answer endpoint: no key, and the protections of the `/doe-mee` page.
    @Test func residentsAnswerThroughTheAPIWithThePagesProtections() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock, configure: { $0.consultationLimits = .init(perAddress: 3, perConsultation: 100) }) { store, fixture, client in
            // setup: a public raadpleging (open, choice, scale) and a panel one with one code
            let (id, _) = try await ConsultationPageTests.open(client, store, fixture, audience: "openbaar", now: clock.now)
            let token = try await ConsultationPageTests.publicToken(store, id)
            let (panelID, _) = try await ConsultationPageTests.open(client, store, fixture, audience: "panel", now: clock.now)
            let code = try #require(try await ConsultationRepository(store: store).invite(
                id: panelID, lines: "Ans de Vries", organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID),
                now: clock.now, linkBase: "").first).code
            let json: HTTPFields = [.contentType: "application/json"]

            // act: read it without a key
            let read = try await client.execute(uri: "/api/v1/publieke-raadplegingen/\(token)", method: .get)
            #expect(read.status == .ok)
            #expect(read.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            let raadpleging = try self.json(read)
            #expect(raadpleging["stand"] as? String == "open")
            let vragen = try #require(raadpleging["vragen"] as? [[String: Any]])
            #expect(vragen.map { $0["soort"] as? String } == ["open", "keuze", "schaal"])
            #expect(vragen[1]["keuzes"] as? [String] == ["Website", "Brief", "Wijkteam"])
            let stamp = try #require(raadpleging["invulstempel"] as? String)
            func send(_ fields: [String: Any], to path: String = token) async throws -> TestResponse {
                try await client.execute(uri: "/api/v1/publieke-raadplegingen/\(path)/reacties", method: .post, headers: json, body: try body(fields))
            }
            let good: [String: Any] = [
                "invulstempel": stamp, "antwoorden": [["vraag": 1, "antwoord": "Meer uitleg."], ["vraag": 2, "antwoord": "1"], ["vraag": 3, "antwoord": "4"]],
            ]

            // check: too fast, then each refusal stores nothing
            let tooFast = try await send(good)
            #expect(tooFast.status == .badRequest)
            #expect(tooFast.headers[.contentType] == "application/problem+json")
            #expect(try problemNames(tooFast) == ["invulstempel"])
            clock.advance(10)
            var personal = good
            personal["antwoorden"] = [["vraag": 1, "antwoord": "Bel mij op 06-12345678."]]
            let guarded = try await send(personal)
            #expect(guarded.status == .badRequest)
            #expect(try problemNames(guarded) == ["vraag-1"])
            var forged = good
            forged["invulstempel"] = "1700000000.abc"
            #expect(try problemNames(try await send(forged)) == ["invulstempel"])
            var unknownQuestion = good
            unknownQuestion["antwoorden"] = [["vraag": 9, "antwoord": "x"]]
            #expect(try problemNames(try await send(unknownQuestion)) == ["antwoorden"])
            var tooLong = good
            tooLong["antwoorden"] = [["vraag": 1, "antwoord": String(repeating: "a", count: 2001)]]
            #expect(try await send(tooLong).status == .badRequest)
            var bot = good
            bot["website"] = "https://spam.example"
            #expect(try await send(bot).status == .created)
            // outside the spec's limits is refused, honeypot or not
            var botOutsideSpec = bot
            botOutsideSpec["antwoorden"] = [["vraag": 25, "antwoord": "x"]]
            #expect(try problemNames(try await send(botOutsideSpec)) == ["antwoorden"])
            #expect(try await ConsultationPageTests.responses(store) == 0)

            // an answer is stored; the third from this address in the hour is the last, the fourth gets 429
            #expect(try await send(good).status == .created)
            #expect(try await send(good).status == .created)
            #expect(try await send(good).status == .created)
            let limited = try await send(good)
            #expect(limited.status == .tooManyRequests)
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(try await ConsultationPageTests.responses(store) == 3)

            // a personal code works once; unknown tokens are 404
            let panel = try self.json(try await client.execute(uri: "/api/v1/publieke-raadplegingen/\(code)", method: .get))
            clock.advance(10)
            var first = good
            first["invulstempel"] = try #require(panel["invulstempel"] as? String)
            clock.advance(3600)  // past the address limit's window
            #expect(try await send(first, to: code).status == .created)
            #expect(try await send(first, to: code).status == .gone)
            #expect(try await client.execute(uri: "/api/v1/publieke-raadplegingen/onbekend", method: .get).status == .notFound)
            #expect(try await send(good, to: "onbekend").status == .notFound)
            // the staff operations still want a key
            #expect(try await client.execute(uri: "/api/v1/raadplegingen", method: .get).status == .unauthorized)
        }
    }
}

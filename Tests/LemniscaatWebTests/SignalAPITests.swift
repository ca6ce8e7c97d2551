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

@Suite struct SignalAPITests {
    func bearer(_ store: Store, _ user: UserModel) async throws -> HTTPFields {
        let created = try await TokenRepository(store: store).create(
            userID: user.id!, organisationID: user.organisationID, name: "test", actor: .commandLine(organisationID: user.organisationID), now: Date())
        return [.authorization: "Bearer \(created.token)", .contentType: "application/json"]
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    @Test func createAnswerAndRecogniseThroughTheAPI() async throws {
        try await withApp { store, fixture, client in
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first { $0.domain.slug == "schulden" })
            let officer = try await AccountRepository(store: store).create(
                .init(email: "beleid@testdorp.test", name: "Bo Beleid", roles: [.policyOfficer], password: nil),
                organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            let reporter = try await bearer(store, fixture.practitioner)
            let handler = try await bearer(store, officer.user)
            // act: create
            let created = try await client.execute(uri: "/api/v1/signalen", method: .post, headers: reporter, body: try body([
                "titel": "Beslagvrije voet te laag berekend", "omschrijving": "De beslagvrije voet houdt geen rekening met de zorgkosten van het gezin.",
                "domein": domain.domain.id!.uuidString.lowercased(), "aantalBetrokkenen": "2-10", "urgentie": "hoog",
            ]))
            // check: 201 with deadline and handler (no rule, no policy, no liaison team: unassigned but a deadline)
            #expect(created.status == .created)
            let signal = try json(created)
            let id = try #require(signal["id"] as? String)
            #expect(signal["termijn"] as? String != nil)
            #expect(signal["termijnWerkdagen"] as? Int == 10)
            #expect(signal["status"] as? String == "nieuw")
            #expect(signal["behandelaar"] as? [String: Any] != nil)
            // act: answer as the policy officer
            let answered = try await client.execute(uri: "/api/v1/signalen/\(id)/antwoorden", method: .post, headers: handler, body: try body([
                "tekst": "We passen de berekening aan: zorgkosten tellen vanaf volgende maand mee.",
            ]))
            #expect(answered.status == .created)
            #expect(try json(answered)["status"] as? String == "beantwoord")
            // act: a practitioner cannot change the status of a signal that is not theirs to handle
            let refused = try await client.execute(uri: "/api/v1/signalen/\(id)/statuswijzigingen", method: .post, headers: reporter, body: try body(["status": "afgesloten"]))
            #expect(refused.status == .forbidden)
            // act: a move the status table does not allow is a conflict with the signal's state
            let illegal = try await client.execute(uri: "/api/v1/signalen/\(id)/statuswijzigingen", method: .post, headers: handler, body: try body(["status": "wacht-op-informatie"]))
            #expect(illegal.status == .conflict)
            #expect(illegal.headers[.contentType] == "application/problem+json")
            // act: recognise as another colleague
            let recognised = try await client.execute(uri: "/api/v1/signalen/\(id)/herkenningen", method: .post, headers: handler, body: try body(["toelichting": "Herken ik."]))
            #expect(recognised.status == .created)
            #expect(try json(recognised)["aantalHerkenningen"] as? Int == 1)
            let twice = try await client.execute(uri: "/api/v1/signalen/\(id)/herkenningen", method: .post, headers: handler, body: try body([:]))
            #expect(twice.status == .conflict)
            let list = try json(try await client.execute(uri: "/api/v1/signalen?status=beantwoord", method: .get, headers: reporter, body: nil))
            #expect(list["totaal"] as? Int == 1)
        }
    }

    @Test func clientDataIsRefusedWithOneProblemPerFinding() async throws {
        try await withApp { store, fixture, client in
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            let headers = try await bearer(store, fixture.practitioner)
            let response = try await client.execute(uri: "/api/v1/signalen", method: .post, headers: headers, body: try body([
                "titel": "Betaling mislukt", "omschrijving": "Rekening NL91ABNA0417164300 van meneer, bereikbaar via jan@voorbeeld.nl.",
                "domein": domain.domain.id!.uuidString.lowercased(), "aantalBetrokkenen": "1", "urgentie": "normaal",
            ]))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            let params = try #require(try json(response)["invalidParams"] as? [[String: Any]])
            #expect(params.count == 2)
            #expect(params.allSatisfy { $0["code"] as? String == "persoonsgegeven" && $0["name"] as? String == "omschrijving" })
            #expect(!response.text.contains("NL91ABNA0417164300"))  // never echoed
            #expect(!response.text.contains("jan@voorbeeld.nl"))
            #expect(try await SignalModel.query(on: store.database).count() == 0)
        }
    }

    @Test func policiesCanBeCreatedByPolicyOfficersOnly() async throws {
        try await withApp { store, fixture, client in
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            let input: [String: Any] = [
                "titel": "Armoedebeleid 2027", "samenvatting": "Samen tegen armoede.", "domeinIds": [domain.domain.id!.uuidString.lowercased()],
                "eigenaarId": fixture.administrator.id!.uuidString.lowercased(), "doelen": [["titel": "Minder kinderen in armoede", "omschrijving": "Halveren."]],
            ]
            let refused = try await client.execute(uri: "/api/v1/beleid", method: .post, headers: try await bearer(store, fixture.practitioner), body: try body(input))
            #expect(refused.status == .forbidden)
            let created = try await client.execute(uri: "/api/v1/beleid", method: .post, headers: try await bearer(store, fixture.administrator), body: try body(input))
            #expect(created.status == .created)
            let policy = try json(created)
            #expect(policy["status"] as? String == "concept")
            #expect((policy["rollen"] as? [String: Any])?["eigenaar"] != nil)
            #expect((policy["doelen"] as? [[String: Any]])?.first?["titel"] as? String == "Minder kinderen in armoede")
        }
    }
}

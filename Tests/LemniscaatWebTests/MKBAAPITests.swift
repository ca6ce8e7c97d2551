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

/// MKBA's through the API: writing (editors only), reading with the figures, changing, and scoping.
@Suite struct MKBAAPITests: APITestSupport {
    /// The worked example of MKBAPageTests: NPV € 161, ratio 1,16, pays back in 2027.
    static func mkba(policy: String) -> [String: Any] {
        [
            "beleidId": policy, "titel": "Vroegsignalering schulden", "startjaar": 2025, "looptijd": 3, "discontovoet": 2.25,
            "regels": [
                ["soort": "kosten", "categorie": "Huisbezoeken", "belanghebbende": "gemeente", "bedragen": [1000], "hoogPercentage": 120],
                ["soort": "baten", "categorie": "Minder schuldhulp", "belanghebbende": "gemeente", "bedragen": [0, 300, 300], "laagPercentage": 80],
                ["soort": "baten", "categorie": "Minder stress", "belanghebbende": "inwoner", "bedragen": [0, 300, 300], "laagPercentage": 80],
            ],
        ]
    }

    func isProblem(_ response: TestResponse, _ status: HTTPResponse.Status) -> Bool {
        response.status == status && response.headers[.contentType]?.hasPrefix("application/problem+json") == true
    }

    @Test func writeReadAndChangeAnMKBA() async throws {
        try await withApp { store, fixture, client in
            // setup
            let policy = try await MKBAPageTests.policy(store, fixture)
            let administrator = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)

            // act: refused bodies name every field; a practitioner may not write
            var wrong = Self.mkba(policy: policy)
            wrong["looptijd"] = 2
            wrong["discontovoet"] = 2.255
            wrong["regels"] = [["soort": "baten", "categorie": "", "belanghebbende": "rijk", "bedragen": [-1]]]
            let refused = try await client.execute(uri: "/api/v1/mkbas", method: .post, headers: administrator, body: try body(wrong))
            let forbidden = try await client.execute(uri: "/api/v1/mkbas", method: .post, headers: practitioner, body: try body(Self.mkba(policy: policy)))
            let created = try await client.execute(uri: "/api/v1/mkbas", method: .post, headers: administrator, body: try body(Self.mkba(policy: policy)))

            // check
            #expect(isProblem(refused, .badRequest))
            #expect(Set(try problemNames(refused)) == ["discontovoet", "regels[0].categorie", "regels[0].bedragen"])
            #expect(isProblem(forbidden, .forbidden))
            #expect(created.status == .created, "\(created.text)")
            #expect(created.headers[HTTPField.Name("API-Version")!] != nil)
            let mkba = try json(created)
            let id = try #require(mkba["id"] as? String)
            #expect(mkba["discontovoet"] as? Double == 2.25)
            let result = try #require(mkba["resultaat"] as? [String: Any])
            #expect(result["contanteWaardeKosten"] as? Int == 1000)
            #expect(result["contanteWaardeBaten"] as? Int == 1161)
            #expect(result["nettoContanteWaarde"] as? Int == 161)
            #expect(result["batenKostenVerhouding"] as? Double == 1.16)
            #expect(result["terugverdienjaar"] as? Int == 2027)
            let stakeholders = try #require(result["perBelanghebbende"] as? [[String: Any]])
            #expect(stakeholders.map { $0["belanghebbende"] as? String } == ["gemeente", "inwoner"])
            #expect(stakeholders.first?["saldo"] as? Int == -420)
            let scenarios = try #require(result["gevoeligheid"] as? [[String: Any]])
            #expect(scenarios.count == 7)
            #expect(scenarios.first { $0["scenario"] as? String == "discontovoet-plus-1" }?["discontovoet"] as? Double == 3.25)
            let years = try #require(result["perJaar"] as? [[String: Any]])
            #expect(years.map { $0["gecumuleerdSaldo"] as? Int } == [-1000, -413, 161])
            let lines = try #require(mkba["regels"] as? [[String: Any]])
            #expect(lines.first?["hoogPercentage"] as? Int == 120 && lines.first?["laagPercentage"] as? Int == 100)

            // act: read, list by policy, change without costs; a practitioner reads but may not change
            let read = try await client.execute(uri: "/api/v1/mkbas/\(id)", method: .get, headers: practitioner)
            let listed = try await client.execute(uri: "/api/v1/mkbas?beleid=\(policy)", method: .get, headers: practitioner)
            let badFilter = try await client.execute(uri: "/api/v1/mkbas?beleid=geen", method: .get, headers: practitioner)
            var changed = Self.mkba(policy: policy)
            changed["regels"] = [["soort": "baten", "categorie": "Minder stress", "belanghebbende": "inwoner", "bedragen": [100]]]
            changed.removeValue(forKey: "discontovoet")
            let notAllowed = try await client.execute(uri: "/api/v1/mkbas/\(id)", method: .put, headers: practitioner, body: try body(changed))
            let updated = try await client.execute(uri: "/api/v1/mkbas/\(id)", method: .put, headers: administrator, body: try body(changed))

            // check
            #expect(read.status == .ok)
            #expect(try results(listed).compactMap { $0["id"] as? String } == [id])
            #expect(isProblem(badFilter, .badRequest))
            #expect(isProblem(notAllowed, .forbidden))
            #expect(updated.status == .ok, "\(updated.text)")
            let after = try json(updated)
            #expect(after["discontovoet"] as? Double == 2.25)
            let afterResult = try #require(after["resultaat"] as? [String: Any])
            #expect(afterResult["batenKostenVerhouding"] == nil)
            #expect(afterResult["terugverdienjaar"] as? Int == 2025)

            // act: another organisation does not see it
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let otherToken = try await bearer(store, other.administrator)
            let elsewhere = try await client.execute(uri: "/api/v1/mkbas/\(id)", method: .get, headers: otherToken)
            let elsewherePut = try await client.execute(uri: "/api/v1/mkbas/\(id)", method: .put, headers: otherToken, body: try body(changed))
            let elsewhereList = try await client.execute(uri: "/api/v1/mkbas", method: .get, headers: otherToken)
            let foreignPolicy = try await client.execute(uri: "/api/v1/mkbas", method: .post, headers: otherToken, body: try body(Self.mkba(policy: policy)))

            // check
            #expect(isProblem(elsewhere, .notFound))
            #expect(isProblem(elsewherePut, .notFound))
            #expect(try results(elsewhereList).isEmpty)
            #expect(isProblem(foreignPolicy, .badRequest))
            #expect(try problemNames(foreignPolicy) == ["beleid"])
        }
    }
}

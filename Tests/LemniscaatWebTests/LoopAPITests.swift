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

/// GET /api/v1/dashboard: the figures of De lus, equal to a direct count of the records, with the page's filters.
@Suite struct LoopAPITests: APITestSupport {
    @Test func givesTheLoopFiguresEqualToTheRecords() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let expected = try await LoopPageTests.seed(store, fixture, now: clock.now)
            let headers = try await bearer(store, fixture.administrator)
            let period = LoopPeriod.lastTwelveMonths(endingAt: clock.now)

            // act
            let response = try await client.execute(uri: "/api/v1/dashboard", method: .get, headers: headers, body: nil)
            let byDomain = try await client.execute(
                uri: "/api/v1/dashboard?domein=\(expected.domain.uuidString.lowercased())&van=\(period.from)&tot=\(period.until)", method: .get,
                headers: headers, body: nil)

            // check
            #expect(response.status == .ok)
            #expect(response.headers[HTTPField.Name("API-Version")!] != nil)
            let body = try json(response)
            #expect(body["van"] as? String == period.from.description)
            #expect(body["tot"] as? String == period.until.description)
            #expect((body["maanden"] as? [[String: Any]])?.count == 12)
            #expect(body["binnengekomen"] as? Int == expected.submitted)
            #expect(body["beantwoord"] as? Int == expected.answered)
            #expect(body["opTijdBeantwoord"] as? Int == expected.onTime)
            #expect(body["aandeelOpTijd"] as? Double == LoopMath.share(expected.onTime, of: expected.answered))
            #expect(body["mediaanUren"] as? Double == expected.medianHours)
            #expect((body["p90Uren"] as? Int).map(Double.init) == expected.p90Hours)
            #expect(body["openTeLaat"] as? Int == expected.openLate)
            #expect(body["openSignalering"] as? Int == expected.openEscalated)
            let months = try #require(body["maanden"] as? [[String: Any]])
            #expect(months.compactMap { $0["binnengekomen"] as? Int }.reduce(0, +) == expected.submitted)
            // three recognitions are below the threshold of 5: left out, and said why
            let themes = try #require(body["themas"] as? [[String: Any]])
            #expect(themes.count == 1)
            #expect(themes.first?["signalen"] as? Int == 2)
            #expect(themes.first?["herkenningen"] == nil)
            #expect(themes.first?["beveiliging"] as? String == "klein-aantal")
            #expect(body["drempelKleineAantallen"] as? Int == 5)
            let indicators = try #require(body["indicatoren"] as? [String: Any])
            #expect(indicators["opKoers"] as? Int == 0)
            #expect(byDomain.status == .ok)
            #expect(try json(byDomain)["domeinId"] as? String == expected.domain.uuidString.lowercased())
            #expect(try json(byDomain)["binnengekomen"] as? Int == expected.submitted)
        }
    }

    @Test func refusesBadFiltersAndPractitioners() async throws {
        try await withApp { store, fixture, client in
            // setup
            let admin = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)

            // act
            let reversed = try await client.execute(uri: "/api/v1/dashboard?van=2026-05&tot=2026-01", method: .get, headers: admin, body: nil)
            let unknown = try await client.execute(
                uri: "/api/v1/dashboard?domein=\(UUID().uuidString.lowercased())&team=\(UUID().uuidString.lowercased())", method: .get, headers: admin,
                body: nil)
            let notAMonth = try await client.execute(uri: "/api/v1/dashboard?van=2026-1", method: .get, headers: admin, body: nil)
            let forbidden = try await client.execute(uri: "/api/v1/dashboard", method: .get, headers: practitioner, body: nil)
            let anonymous = try await client.execute(uri: "/api/v1/dashboard", method: .get, headers: [:], body: nil)

            // check
            #expect(reversed.status == .badRequest)
            #expect(reversed.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(try problemNames(reversed) == ["van"])
            #expect(unknown.status == .badRequest)
            #expect(try problemNames(unknown) == ["domein", "team"])
            #expect(notAMonth.status == .badRequest)
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(anonymous.status == .unauthorized)
        }
    }
}

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

/// GET /api/v1/samenwerkingskaart: the teams, every pair with its counts, and the pairs without contact.
@Suite struct ContactMapAPITests: APITestSupport {
    @Test func givesEveryPairWithItsCountsAndThePairsWithoutContact() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: Uri (Wijkteam) met Beleid Inkomen twice in 12 months, once in 6; nobody of Beleid Jeugd
            let teams = try await ContactMapPageTests.teams(store, fixture, now: clock.now)
            let headers = try await bearer(store, fixture.practitioner)
            let wijkteam = fixture.practitionerTeamID.uuidString.lowercased()
            let inkomen = teams.inkomen.uuidString.lowercased()
            let jeugd = teams.jeugd.uuidString.lowercased()

            // act
            let year = try await client.execute(uri: "/api/v1/samenwerkingskaart", method: .get, headers: headers, body: nil)
            let half = try await client.execute(uri: "/api/v1/samenwerkingskaart?maanden=6", method: .get, headers: headers, body: nil)
            let wrong = try await client.execute(uri: "/api/v1/samenwerkingskaart?maanden=7", method: .get, headers: headers, body: nil)
            let anonymous = try await client.execute(uri: "/api/v1/samenwerkingskaart", method: .get, headers: [:], body: nil)

            // check
            #expect(year.status == .ok)
            #expect(year.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            let map = try json(year)
            #expect(map["maanden"] as? Int == 12)
            #expect((map["beleidsteams"] as? [[String: Any]])?.compactMap { $0["naam"] as? String } == ["Beleid Inkomen", "Beleid Jeugd"])
            #expect((map["uitvoeringsteams"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == [wijkteam])
            let cells = try #require(map["cellen"] as? [[String: Any]])
            #expect(cells.count == 2)
            #expect(cells[0]["beleidsteamId"] as? String == inkomen)
            #expect(cells[0]["uitvoeringsteamId"] as? String == wijkteam)
            #expect(cells[0]["totaal"] as? Int == 2)
            #expect(cells[0]["overleggen"] as? Int == 2)
            #expect(cells[0]["meeloopdagen"] as? Int == 0)
            #expect(cells[0]["signalen"] as? Int == 0)
            #expect(cells[0]["opmerkingen"] as? Int == 0)
            #expect(cells[0]["geenContact"] as? Bool == false)
            #expect(cells[1]["geenContact"] as? Bool == true)
            let none = try #require(map["zonderContact"] as? [[String: Any]])
            #expect(none.count == 1)
            #expect(none.first?["beleidsteamId"] as? String == jeugd)
            #expect((map["van"] as? String)?.hasSuffix("Z") == true)
            let halfCells = try #require(try json(half)["cellen"] as? [[String: Any]])
            #expect(try json(half)["maanden"] as? Int == 6)
            #expect(halfCells.first?["totaal"] as? Int == 1)
            #expect(wrong.status == .badRequest)
            #expect(wrong.headers[.contentType] == "application/problem+json")
            #expect(try problemNames(wrong) == ["maanden"])
            #expect(anonymous.status == .unauthorized)
        }
    }
}

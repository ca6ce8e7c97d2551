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

@Suite struct APITests {
    func token(_ store: Store, _ user: UserModel) async throws -> HTTPFields {
        let created = try await TokenRepository(store: store).create(
            userID: user.id!, organisationID: user.organisationID, name: "test", actor: .commandLine(organisationID: user.organisationID), now: Date())
        return [.authorization: "Bearer \(created.token)"]
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test func theSpecIsServedWithoutSignInAndWithCORS() async throws {
        try await withApp { _, _, client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get, headers: [:], body: nil)
            #expect(response.status == .ok)
            #expect(response.headers[.accessControlAllowOrigin] == "*")
            let spec = try json(response)
            // The header every response carries is the spec's own version.
            #expect((spec["info"] as? [String: Any])?["version"] as? String == response.headers[HTTPField.Name("API-Version")!])
            let paths = try #require(spec["paths"] as? [String: Any])
            for path in ["/organisatie", "/teams", "/gebruikers", "/gebieden", "/domeinen"] { #expect(paths[path] != nil) }
        }
    }

    @Test func listsAreInDutchWithPagination() async throws {
        try await withApp { store, fixture, client in
            let headers = try await token(store, fixture.administrator)
            let response = try await client.execute(uri: "/api/v1/domeinen?page=2&pageSize=4", method: .get, headers: headers, body: nil)
            #expect(response.status == .ok)
            #expect(response.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            let body = try json(response)
            #expect(body["totaal"] as? Int == DefaultDomains.all.count)
            #expect((body["resultaten"] as? [Any])?.count == 4)
            let links = try #require(body["_links"] as? [String: Any])
            #expect((links["next"] as? [String: Any])?["href"] as? String == "/api/v1/domeinen?page=3&pageSize=4")
            #expect((links["prev"] as? [String: Any])?["href"] as? String == "/api/v1/domeinen?page=1&pageSize=4")
            let users = try json(try await client.execute(uri: "/api/v1/gebruikers?rol=beheerder", method: .get, headers: headers, body: nil))
            let first = try #require((users["resultaten"] as? [[String: Any]])?.first)
            #expect(first["naam"] as? String == "Bea Beheer")
            #expect(first["rollen"] as? [String] == ["beheerder"])
        }
    }

    @Test func badInputGets400ProblemJSONWithEveryProblem() async throws {
        try await withApp { store, fixture, client in
            let headers = try await token(store, fixture.administrator)
            let response = try await client.execute(uri: "/api/v1/teams?page=0&pageSize=abc&soort=onzin", method: .get, headers: headers, body: nil)
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            let problem = try json(response)
            #expect(problem["status"] as? Int == 400)
            #expect(problem["title"] as? String != nil)
            #expect(problem["type"] as? String != nil)
            let names = (problem["invalidParams"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
            #expect(Set(names) == ["page", "pageSize", "soort"])
            let badID = try await client.execute(uri: "/api/v1/teams/niet-een-uuid", method: .get, headers: headers, body: nil)
            #expect(badID.status == .badRequest)
            let badCode = try await client.execute(uri: "/api/v1/gebieden/XX12", method: .get, headers: headers, body: nil)
            #expect(badCode.status == .badRequest)
        }
    }

    @Test func unknownPathsMethodsAndTrailingSlashesAreProblems() async throws {
        try await withApp { store, fixture, client in
            let headers = try await token(store, fixture.administrator)
            let missing = try await client.execute(uri: "/api/v1/bestaat-niet", method: .get, headers: headers, body: nil)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "application/problem+json")
            let slash = try await client.execute(uri: "/api/v1/teams/", method: .get, headers: headers, body: nil)
            #expect(slash.status == .notFound)
            let method = try await client.execute(uri: "/api/v1/teams", method: .delete, headers: headers, body: nil)
            #expect(method.status == .methodNotAllowed)
            #expect(method.headers[.allow] == "GET")
            #expect(method.headers[.contentType] == "application/problem+json")
            let anonymous = try await client.execute(uri: "/api/v1/teams", method: .get, headers: [:], body: nil)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
            #expect(try json(anonymous)["detail"] as? String != nil)
        }
    }

    @Test func anotherOrganisationsRecordsAre404() async throws {
        try await withApp { store, fixture, client in
            let elsewhere = try await Fixture.make(store, name: "Gemeente Elders")
            _ = try await AreaRepository(store: store).importRows(
                try AreaCSV.parse("code;naam\nGM0999;Elders").get(), organisationID: elsewhere.organisationID,
                actor: .commandLine(organisationID: elsewhere.organisationID), now: Date())
            let headers = try await token(store, fixture.administrator)
            for path in [
                "/api/v1/gebruikers/\(elsewhere.practitioner.id!.uuidString.lowercased())",
                "/api/v1/teams/\(elsewhere.practitionerTeamID.uuidString.lowercased())",
                "/api/v1/gebieden/GM0999",
            ] {
                let response = try await client.execute(uri: path, method: .get, headers: headers, body: nil)
                #expect(response.status == .notFound, "\(path)")
            }
            let list = try json(try await client.execute(uri: "/api/v1/gebruikers", method: .get, headers: headers, body: nil))
            #expect(list["totaal"] as? Int == 2)
            let own = try json(try await client.execute(uri: "/api/v1/organisatie", method: .get, headers: headers, body: nil))
            #expect(own["naam"] as? String == "Gemeente Testdorp")
        }
    }
}

@Suite struct OperationsTests {
    @Test func healthAndMetrics() async throws {
        try await withApp { _, _, client in
            let health = try await client.execute(uri: "/health", method: .get, headers: [:], body: nil)
            #expect(health.status == .ok)
            #expect(health.text == #"{"status":"ok"}"#)
            _ = try await client.execute(uri: "/aanmelden", method: .get, headers: [:], body: nil)
            let metrics = try await client.execute(uri: "/metrics", method: .get, headers: [:], body: nil)
            #expect(metrics.status == .ok)
            #expect(metrics.text.contains("hb_requests"))
            #expect(metrics.text.contains("/aanmelden"))
        }
    }

    @Test func healthIs503WhenTheDatabaseIsGone() async throws {
        try await withTestStore { store in
            let config = AppConfig(database: .sqlite(path: "unused"), logLevel: .warning)
            let app = try await buildApplication(config, store: store)
            await store.shutdown()
            try await app.test(.router) { client in
                let health = try await client.execute(uri: "/health", method: .get, headers: [:], body: nil)
                #expect(health.status == .serviceUnavailable)
            }
        }
    }
}

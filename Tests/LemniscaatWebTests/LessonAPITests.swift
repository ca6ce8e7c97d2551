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

/// Lessen through the API: writing, reading, changing (author and editors only) and Dutch full-text search.
@Suite struct LessonAPITests: APITestSupport {
    nonisolated(unsafe) static let lesson: [String: Any] = [
        "soort": "best-practice", "titel": "Inloopspreekuur geldzaken in de bibliotheek",
        "situatie": "Inwoners met geldzorgen komen niet graag naar het gemeentehuis.",
        "gebeurd": "Elke dinsdag was er een inloopspreekuur in de bibliotheek.", "geleerd": "Een vertrouwde plek verlaagt de drempel.",
        "labels": ["Laagdrempelig", "schulden"],
    ]

    func isProblem(_ response: TestResponse, _ status: HTTPResponse.Status) -> Bool {
        response.status == status && response.headers[.contentType]?.hasPrefix("application/problem+json") == true
    }

    @Test func writeSearchAndChangeALesson() async throws {
        try await withApp { store, fixture, client in
            // setup
            let practitioner = try await bearer(store, fixture.practitioner)
            let administrator = try await bearer(store, fixture.administrator)

            // act: a practitioner writes one; a refused one names every field
            let refused = try await client.execute(
                uri: "/api/v1/lessen", method: .post, headers: practitioner,
                body: try body(["soort": "incident", "titel": " ", "situatie": "Mail naar jan@example.nl.", "gebeurd": "x", "geleerd": "x"]))
            let created = try await client.execute(uri: "/api/v1/lessen", method: .post, headers: practitioner, body: try body(Self.lesson))

            // check
            #expect(isProblem(refused, .badRequest))
            #expect(Set(try problemNames(refused)) == ["titel", "situatie"])
            #expect(created.status == .created, "\(created.text)")
            let lesson = try json(created)
            let id = try #require(lesson["id"] as? String)
            #expect(lesson["labels"] as? [String] == ["laagdrempelig", "schulden"])
            #expect((lesson["auteur"] as? [String: Any])?["naam"] as? String == "Uri Uitvoerder")
            #expect(lesson["besprokenOp"] == nil)

            // act: search, ranked and marked; weird input is plain text; no words is 400
            let found = try await client.execute(uri: "/api/v1/lessen?zoek=bibliotheek", method: .get, headers: practitioner)
            let none = try await client.execute(uri: "/api/v1/lessen?zoek=%22(*", method: .get, headers: practitioner)
            let syntax = try await client.execute(uri: "/api/v1/lessen?zoek=bibliotheek%20NEAR(x", method: .get, headers: practitioner)

            // check
            #expect(found.status == .ok, "\(found.text)")
            let hits = try results(found)
            #expect(hits.compactMap { $0["id"] as? String } == [id])
            let hit = try #require(hits.first?["zoekresultaat"] as? [String: Any])
            #expect((hit["rang"] as? Double ?? 0) > 0)
            let title = try #require(hit["titel"] as? [[String: Any]])
            #expect(title.contains { $0["tekst"] as? String == "bibliotheek" && $0["gemarkeerd"] as? Bool == true })
            #expect(isProblem(none, .badRequest))
            #expect(try problemNames(none) == ["zoek"])
            #expect(syntax.status == .ok)
            #expect(try results(syntax).isEmpty)
            #expect(try results(try await client.execute(uri: "/api/v1/lessen?label=schulden", method: .get, headers: practitioner)).count == 1)

            // act: the administrator (an editor) changes it; in another organisation it does not exist
            var changed = Self.lesson
            changed["veranderen"] = "We proberen een tweede plek in het buurthuis."
            let updated = try await client.execute(uri: "/api/v1/lessen/\(id)", method: .put, headers: administrator, body: try body(changed))
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let elsewhere = try await client.execute(uri: "/api/v1/lessen/\(id)", method: .get, headers: try await bearer(store, other.administrator))

            // check
            #expect(updated.status == .ok, "\(updated.text)")
            #expect(try json(updated)["veranderen"] as? String == "We proberen een tweede plek in het buurthuis.")
            #expect(isProblem(elsewhere, .notFound))
        }
    }

    @Test func onlyTheAuthorAndEditorsChangeALesson() async throws {
        try await withApp { store, fixture, client in
            // setup: a lesson by the administrator
            let administrator = try await bearer(store, fixture.administrator)
            let created = try await client.execute(uri: "/api/v1/lessen", method: .post, headers: administrator, body: try body(Self.lesson))
            let id = try #require(try json(created)["id"] as? String)

            // act
            let refused = try await client.execute(
                uri: "/api/v1/lessen/\(id)", method: .put, headers: try await bearer(store, fixture.practitioner), body: try body(Self.lesson))

            // check
            #expect(isProblem(refused, .forbidden))
        }
    }
}

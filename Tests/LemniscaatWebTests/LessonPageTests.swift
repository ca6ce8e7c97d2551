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

@Suite struct LessonPageTests {
    static let form: [(String, String)] = [
        ("soort", "incident"), ("titel", "Brief <b>vet</b> over de wasmachine"),
        ("situatie", "Een gezin vroeg bijzondere bijstand aan voor een wasmachine."),
        ("gebeurd", "De aanvraag wachtte zes weken op een bankafschrift."), ("geleerd", "Bij spoed is de gewone route te traag."),
        ("veranderen", "Klantmanagers beslissen bij spoed direct."), ("labels", "Spoed, doorlooptijd"), ("signalen", ""),
    ]

    @Test func practitionerWritesSearchesAndAnEditorMarksItDiscussed() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            let empty = try await practitioner.get("/lessen")
            #expect(empty.status == .ok)
            #expect(empty.text.contains("Er zijn nog geen lessen."))
            #expect(empty.text.contains(#"href="/lessen""#))
            #expect(try await practitioner.get("/lessen/nieuw").status == .ok)

            // act: a refused form says why at each field and keeps what was typed
            let refused = try await practitioner.post(
                "/lessen/nieuw", [("soort", "incident"), ("titel", "Wasmachine"), ("situatie", "Bel mevrouw op 06-12345678."), ("signalen", "12")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Niet alles is goed ingevuld."))
            #expect(refused.text.contains(#"<p class="field-error" id="geleerd-fout">Vul wat we leerden in.</p>"#))
            #expect(refused.text.contains(#"<p class="field-error" id="situatie-fout">In de situatie staat iets dat lijkt op een"#))
            #expect(refused.text.contains("Deze signaalnummers bestaan niet: 12."))
            #expect(refused.text.contains(#"value="Wasmachine""#))
            let written = try await practitioner.post("/lessen/nieuw", Self.form)
            #expect(written.status == .seeOther)
            let page = try #require(written.location?.components(separatedBy: "?").first)
            #expect(page.hasPrefix("/lessen/"))

            // check: the page (the author may change it), the list, the search with marks and escaped text
            let detail = try await practitioner.get(page)
            #expect(detail.status == .ok)
            #expect(detail.text.contains("Brief &lt;b&gt;vet&lt;/b&gt; over de wasmachine"))
            #expect(detail.text.contains("Uri Uitvoerder"))
            #expect(detail.text.contains(page + "/wijzigen"))
            #expect(detail.text.contains("Nog niet besproken"))
            #expect(try await practitioner.get("/lessen?label=spoed").text.contains(#"<a href="\#(page)">"#))
            let found = try await practitioner.get("/lessen?zoek=wasmachine+NOT")
            #expect(found.status == .ok)
            #expect(!found.text.contains(#"<a href="\#(page)">"#))
            let hits = try await practitioner.get("/lessen?zoek=Wasmachine")
            #expect(hits.text.contains(#"<a href="\#(page)">Brief &lt;b&gt;vet&lt;/b&gt; over de <mark>wasmachine</mark></a>"#))
            let weird = try await practitioner.get("/lessen?zoek=%22(*")
            #expect(weird.status == .badRequest)
            #expect(weird.text.contains(SearchQuery.emptyReason))
            let everywhere = try await practitioner.get("/zoeken?q=spoed")
            #expect(everywhere.status == .ok)
            #expect(everywhere.text.contains(#"<a href="\#(page)">"#))
            #expect(try await practitioner.get("/zoeken?q=").status == .badRequest)

            // act: an editor marks it discussed in a held session; one not begun yet is refused
            let sessions = SessionRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            func session(_ days: Double, _ title: String) async throws -> UUID {
                try await sessions.create(
                    .init(
                        type: "werksessie", title: title, day: SessionPageTests.day(clock, days), startTime: "10:00", endTime: "11:00", place: "Stadhuis",
                        userIDs: [fixture.practitioner.id!]), organisationID: fixture.organisationID, actor: actor, now: clock.now)
            }
            let held = try await session(-3, "Terugblik spoed")
            let coming = try await session(3, "Vooruitblik spoed")
            var editor = Browser(client)
            try await editor.signIn(fixture.administrator.email)
            #expect(try await editor.get(page).text.contains("Terugblik spoed"))
            let early = try await editor.post(page + "/besproken", [("overleg", coming.uuidString.lowercased())])
            #expect(early.status == .badRequest)
            #expect(early.text.contains("Dit overleg is nog niet geweest."))
            let marked = try await editor.post(page + "/besproken", [("overleg", held.uuidString.lowercased())])
            #expect(marked.status == .seeOther)
            let after = try await practitioner.get(page)
            #expect(after.text.contains("Terugblik spoed"))
            #expect(!after.text.contains("Nog niet besproken"))
        }
    }

    @Test func anotherPractitionerMayNotChangeIt() async throws {
        try await withApp { store, fixture, client in
            // setup: a lesson by the administrator, and a second practitioner
            let id = try await LessonRepository(store: store).create(
                .init(kind: "experiment", title: "Spreekuur in de bibliotheek", situation: "Geldzorgen.", whatHappened: "Proef.", learned: "Werkt.", changes: ""),
                organisationID: fixture.organisationID,
                actor: AuditActor(organisationID: fixture.organisationID, userID: fixture.administrator.id, label: "test", origin: "test"), now: Date())
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)

            // act
            let page = try await practitioner.get("/lessen/" + id.uuidString.lowercased())
            let edit = try await practitioner.get("/lessen/\(id.uuidString.lowercased())/wijzigen")
            let missing = try await practitioner.get("/lessen/" + UUID().uuidString.lowercased())

            // check
            #expect(page.status == .ok)
            #expect(!page.text.contains("/wijzigen"))
            #expect(edit.status == .forbidden)
            #expect(missing.status == .notFound)
        }
    }
}

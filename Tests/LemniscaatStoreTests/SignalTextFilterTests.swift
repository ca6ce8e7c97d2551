// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

/// The signal list's text filter (`tekst`) uses the full-text index: every word, as a word or the start of one.
@Suite struct SignalTextFilterTests {
    @Test func findsEveryWordInTitleOrDescriptionThroughTheIndex() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let other = try await Fixture.make(store, name: "Andere gemeente")
            let domain = try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first!.domain.id!
            let otherDomain = try await OrganisationRepository(store: store).domains(organisationID: other.organisationID).first!.domain.id!
            let now = Date()
            let texts: [(UUID, UUID, UUID, String, String)] = [
                (fixture.organisationID, domain, fixture.practitioner.id!, "Wachttijd schuldhulp te lang", "Inwoners wachten weken op een eerste gesprek."),
                (fixture.organisationID, domain, fixture.practitioner.id!, "Energietoeslag komt laat", "De wachttijden bij de toeslag lopen op."),
                (fixture.organisationID, domain, fixture.practitioner.id!, "Formulier onduidelijk", "Niemand begrijpt vraag 7."),
                (other.organisationID, otherDomain, other.practitioner.id!, "Wachttijd elders", "Ook hier wachten mensen."),
            ]
            for (index, (org, domain, reporter, title, description)) in texts.enumerated() {
                let id = try await LoopMetricsTests.signal(
                    store, org: org, domain: domain, reporter: reporter, number: index + 1, now: now, submitted: -1, answered: nil, due: 9,
                    escalation: 30, status: .new)
                try await store.sql.update("signals").set("title", to: SQLBind(title)).set("description", to: SQLBind(description))
                    .where("id", .equal, SQLBind(id)).run()
            }
            let repository = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            func titles(_ text: String) async throws -> [String] {
                var filter = SignalRepository.Filter()
                filter.text = text
                return try await repository.list(organisationID: fixture.organisationID, filter: filter, now: now).signals.map(\.title).sorted()
            }

            // act / check: a word, the start of a word, in title or description, only this organisation's
            #expect(try await titles("wachttijd") == ["Energietoeslag komt laat", "Wachttijd schuldhulp te lang"])
            #expect(try await titles("WACHT") == ["Energietoeslag komt laat", "Wachttijd schuldhulp te lang"])
            #expect(try await titles("wachttijd schuldhulp") == ["Wachttijd schuldhulp te lang"])
            #expect(try await titles("vraag 7") == ["Formulier onduidelijk"])
            #expect(try await titles("fiets").isEmpty)
            // only stop words: the text itself is looked for
            #expect(try await titles(" de ") == ["Energietoeslag komt laat", "Formulier onduidelijk"])
        }
    }
}

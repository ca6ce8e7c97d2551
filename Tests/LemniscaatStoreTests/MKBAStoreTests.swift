// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct MKBAStoreTests {
    static func input(_ setup: DraftStoreTests.Setup, title: String = "Vroegsignalering schulden") -> MKBARepository.Input {
        .init(
            policyID: setup.policy.id!, title: title, description: "Huisbezoeken bij betalingsachterstanden.", horizon: "3", rate: "2,25",
            startYear: "2025",
            lines: [
                .init(kind: "kosten", category: "Huisbezoeken", stakeholder: "gemeente", amounts: "1.000", low: "", high: "120"),
                .init(kind: "baten", category: "Minder schuldhulp", stakeholder: "gemeente", amounts: "0; 300; 300", low: "80", high: "120"),
                .init(kind: "baten", category: "Minder stress", stakeholder: "inwoner", amounts: "0; 300; 300", low: "80", high: "120"),
            ])
    }

    @Test func writingAndChangingLogsOnceEach() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let mkbas = MKBARepository(store: store)

            // act
            let id = try await mkbas.create(Self.input(setup), organisationID: org, actor: setup.actor, now: Date())
            var changed = Self.input(setup, title: "Vroegsignalering schulden 2025–2027")
            changed.lines.removeLast()
            changed.rate = ""
            try await mkbas.update(id: id, changed, organisationID: org, actor: setup.actor, now: Date())

            // check
            let record = try #require(try await mkbas.record(id: id, organisationID: org))
            #expect(record.title == "Vroegsignalering schulden 2025–2027")
            #expect(record.policyTitle == "Aanpak 18-/18+")
            #expect(record.mkba.rateBasisPoints == 225)
            #expect(record.mkba.lines.map(\.category) == ["Huisbezoeken", "Minder schuldhulp"])
            #expect(record.mkba.lines[0].amounts == [1000])
            #expect(record.mkba.lines[0].highPercent == 120 && record.mkba.lines[0].lowPercent == 100)
            #expect(try await MKBALineModel.query(on: store.database).count() == 2)
            #expect(try await DraftStoreTests.entries(store, "mkba.aangemaakt") == 1)
            #expect(try await DraftStoreTests.entries(store, "mkba.gewijzigd") == 1)
            #expect(try await mkbas.list(organisationID: org, policyID: setup.policy.id!).map(\.id) == [id])
            #expect(try await mkbas.list(organisationID: org, policyID: UUID()).isEmpty)
        }
    }

    @Test func refusesWithDutchReasonsNamingTheField() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let mkbas = MKBARepository(store: store)
            var input = Self.input(setup)
            input.title = " "
            input.policyID = UUID()
            input.rate = "2,255"
            input.startYear = "twintig"
            input.lines = [
                .init(kind: "winst", category: "", stakeholder: "provincie", amounts: "100; -5", low: "120", high: "90"),
                .init(kind: "baten", category: "Bel 06-12345678", stakeholder: "rijk", amounts: "1;2;3;4", low: "", high: ""),
            ]
            input.horizon = "3"

            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                try await mkbas.create(input, organisationID: org, actor: setup.actor, now: Date())
            }

            // check
            let names = Set(failure?.invalidParams.map(\.name) ?? [])
            #expect(
                names == [
                    "titel", "beleid", "discontovoet", "startjaar", "regels[0].soort", "regels[0].categorie", "regels[0].belanghebbende",
                    "regels[0].bedragen", "regels[0].laag", "regels[0].hoog", "regels[1].categorie", "regels[1].bedragen",
                ])
            #expect(failure?.reason(for: "titel") == "Vul een titel in.")
            #expect(failure?.reason(for: "regels[1].bedragen") == "Regel 2: u gaf 4 bedragen, maar de looptijd is 3 jaar. Geef hoogstens één bedrag per jaar.")
            #expect(failure?.reason(for: "regels[1].categorie")?.contains("Haal het weg") == true)
            #expect(try await MKBAModel.query(on: store.database).count() == 0)
            #expect(try await DraftStoreTests.entries(store, "mkba.aangemaakt") == 0)

            // act: no lines, and a horizon out of range
            var empty = Self.input(setup)
            empty.lines = []
            empty.horizon = "51"
            let second = await #expect(throws: ValidationFailure.self) {
                try await mkbas.create(empty, organisationID: org, actor: setup.actor, now: Date())
            }

            // check
            #expect(Set(second?.invalidParams.map(\.name) ?? []) == ["regels", "looptijd"])
        }
    }

    @Test func anotherOrganisationsMKBAIsNotFound() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let other = try await DraftStoreTests.setUp(store, name: "Gemeente Elders")
            let mkbas = MKBARepository(store: store)
            let id = try await mkbas.create(Self.input(setup), organisationID: setup.fixture.organisationID, actor: setup.actor, now: Date())

            // act
            let seen = try await mkbas.record(id: id, organisationID: other.fixture.organisationID)
            let listed = try await mkbas.list(organisationID: other.fixture.organisationID)

            // check
            #expect(seen == nil)
            #expect(listed.isEmpty)
            await #expect(throws: NotFound.self) {
                try await mkbas.update(id: id, Self.input(other), organisationID: other.fixture.organisationID, actor: other.actor, now: Date())
            }
            // a policy of the other organisation cannot be linked
            let failure = await #expect(throws: ValidationFailure.self) {
                try await mkbas.create(Self.input(setup), organisationID: other.fixture.organisationID, actor: other.actor, now: Date())
            }
            #expect(failure?.invalidParams.map(\.name) == ["beleid"])
        }
    }

    @Test func theDemoHasAPositiveMKBAAndOneWhereOthersBenefit() async throws {
        try await withTestStore { store in
            // setup
            let now = Date()
            let organisation = try await DemoOrganisation.load(into: store, password: "lemniscaat-demo", now: now)

            // act
            let records = try await MKBARepository(store: store).list(organisationID: organisation.id!)

            // check: both linked to their policies and free of personal data
            #expect(records.count == 2)
            for text in DemoMKBA.texts { #expect(PrivacyGuard.scan(text).isEmpty, "\(text)") }
            let debts = try #require(records.first { $0.policyTitle == "Beleidsplan schuldhulpverlening 2024–2027" })
            let youth = try #require(records.first { $0.policyTitle == "Beleidsplan Jeugd 2024–2027: Gewoon opgroeien" })
            let positive = MKBACalculation(debts.mkba)
            #expect(positive.netPresentValue > 0)
            #expect(positive.paybackYear != nil)
            #expect(Set(positive.stakeholders.map(\.stakeholder)) == [.municipality, .resident, .employer])
            // jeugd: the gemeente pays and loses; the zorgverzekeraar and the Rijk gain
            let shifted = MKBACalculation(youth.mkba)
            let balance = Dictionary(uniqueKeysWithValues: shifted.stakeholders.map { ($0.stakeholder, $0.balance) })
            #expect(balance[.municipality]! < 0)
            #expect(balance[.healthInsurer]! > 0)
            #expect(balance[.state]! > 0)
        }
    }
}

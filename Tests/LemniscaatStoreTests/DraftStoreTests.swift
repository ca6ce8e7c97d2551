// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct DraftStoreTests {
    static let first = """
        Inleidende tekst.

        # Artikel 1 Toekomstplan
        Het wijkteam maakt een plan als de jongere 17 jaar is.

        # Artikel 2 Inkomen
        De jongere vraagt zelf een uitkering aan.
        """

    static let second = """
        Inleidende tekst.

        # Artikel 1 Toekomstplan
        Het wijkteam maakt een plan als de jongere 16 jaar is.

        # Artikel 3 Wonen
        De woningcorporatie helpt.
        """

    struct Setup {
        let fixture: Fixture
        let policy: PolicyModel
        let actor: AuditActor
    }

    static func setUp(_ store: Store, name: String = "Gemeente Testdorp") async throws -> Setup {
        let fixture = try await Fixture.make(store, name: name)
        let actor = AuditActor(organisationID: fixture.organisationID, userID: fixture.administrator.id, label: fixture.administrator.email, origin: "test")
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(title: "Aanpak 18-/18+", summary: "Geen breuk op 18.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        return Setup(fixture: fixture, policy: policy, actor: actor)
    }

    static func entries(_ store: Store, _ action: String) async throws -> Int {
        try await AuditEntryModel.query(on: store.database).filter(\.$action == action).count()
    }

    @Test func versionsAreNumberedSplitAndCompared() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await Self.setUp(store)
            let drafts = DraftRepository(store: store)
            let org = setup.fixture.organisationID
            // act
            let one = try await drafts.addVersion(policyID: setup.policy.id!, markdown: Self.first, changeNote: "", organisationID: org, actor: setup.actor, now: Date())
            let two = try await drafts.addVersion(
                policyID: setup.policy.id!, markdown: Self.second, changeNote: "Plan vanaf 16; wonen apart.", organisationID: org, actor: setup.actor,
                now: Date().addingTimeInterval(60))
            // check
            #expect((one.number, two.number) == (1, 2))
            let versions = try await drafts.versions(policyID: setup.policy.id!, organisationID: org)
            #expect(versions.map(\.number) == [2, 1])
            #expect(versions.first?.authorName == "Bea Beheer")
            let version = try #require(try await drafts.version(policyID: setup.policy.id!, number: 1, organisationID: org))
            #expect(version.sections.map(\.key) == ["inleiding", "artikel-1-toekomstplan", "artikel-2-inkomen"])
            let result = try #require(try await drafts.compare(policyID: setup.policy.id!, from: 1, to: 2, organisationID: org))
            #expect(result.comparison.entries.map(\.change) == [.unchanged, .changed, .added, .removed])
            #expect(try await Self.entries(store, "concept.versie") == 2)
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }

    @Test func refusesTheWrongStatusAMissingNoteAndPersonalData() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await Self.setUp(store)
            let drafts = DraftRepository(store: store)
            let org = setup.fixture.organisationID
            let id = setup.policy.id!
            try await drafts.addVersion(policyID: id, markdown: Self.first, changeNote: "", organisationID: org, actor: setup.actor, now: Date())
            // act + check: no change note from version 2 on
            let noNote = await #expect(throws: ValidationFailure.self) {
                try await drafts.addVersion(policyID: id, markdown: Self.second, changeNote: " ", organisationID: org, actor: setup.actor, now: Date())
            }
            #expect(noNote?.reason(for: "toelichting") == "Schrijf kort op wat er is veranderd ten opzichte van versie 1.")
            // a BSN in the text
            let bsn = await #expect(throws: ValidationFailure.self) {
                try await drafts.addVersion(
                    policyID: id, markdown: Self.second + "\nBijvoorbeeld de jongere met BSN 111222333.", changeNote: "Voorbeeld", organisationID: org,
                    actor: setup.actor, now: Date())
            }
            #expect(bsn?.reason(for: "tekst")?.contains("lijkt op een BSN") == true)
            #expect(bsn?.reason(for: "tekst")?.contains("Artikel 3 Wonen") == true)
            // an empty text, and the same text again
            let empty = await #expect(throws: ValidationFailure.self) {
                try await drafts.addVersion(policyID: id, markdown: "\n  \n", changeNote: "x", organisationID: org, actor: setup.actor, now: Date())
            }
            #expect(empty?.invalidParams.first?.code == "verplicht")
            let same = await #expect(throws: ValidationFailure.self) {
                try await drafts.addVersion(policyID: id, markdown: Self.first, changeNote: "x", organisationID: org, actor: setup.actor, now: Date())
            }
            #expect(same?.invalidParams.first?.code == "ongewijzigd")
            // an adopted policy takes no new draft
            try await PolicyRepository(store: store).changeStatus(id: id, to: .adopted, organisationID: org, actor: setup.actor, now: Date())
            let adopted = await #expect(throws: ValidationFailure.self) {
                try await drafts.addVersion(policyID: id, markdown: Self.second, changeNote: "Na vaststelling", organisationID: org, actor: setup.actor, now: Date())
            }
            #expect(adopted?.invalidParams.first?.code == "verkeerde-status")
            // nothing of it was written
            #expect(try await drafts.versions(policyID: id, organisationID: org).count == 1)
            #expect(try await Self.entries(store, "concept.versie") == 1)
        }
    }

    @Test func aSignalIsLinkedToASectionKeyOfItsOwnOrganisationOnly() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await Self.setUp(store)
            let other = try await Self.setUp(store, name: "Gemeente Elders")
            let drafts = DraftRepository(store: store)
            let org = setup.fixture.organisationID
            let id = setup.policy.id!
            try await drafts.addVersion(policyID: id, markdown: Self.first, changeNote: "", organisationID: org, actor: setup.actor, now: Date())
            let similarity = SignalSimilarity(store: store)
            let signals = SignalRepository(store: store, similarity: similarity)
            func submit(_ fixture: Fixture) async throws -> SignalModel {
                let reporter = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
                let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
                return try await signals.submit(
                    .init(title: "Geen plan op 17", description: "Jongeren hebben op hun 17e nog geen plan.", domainID: domain.domain.id!, policyID: nil,
                          areaCode: nil, affected: "2-10", urgency: "normaal", solution: nil, anonymous: false),
                    reporter: reporter, origin: "test", now: Date())
            }
            let own = try await submit(setup.fixture)
            _ = try await submit(other.fixture)
            let elsewhere = try await submit(other.fixture)  // number 2: the own organisation has no signal 2
            // act
            try await drafts.linkSignal(
                policyID: id, sectionKey: "artikel-1-toekomstplan", signalNumber: "#\(own.number)", organisationID: org, actor: setup.actor, now: Date())
            // check: the link holds for a later version with the same heading
            try await drafts.addVersion(policyID: id, markdown: Self.second, changeNote: "Vanaf 16", organisationID: org, actor: setup.actor, now: Date())
            let links = try await drafts.signals(policyID: id, organisationID: org)
            #expect(links.map(\.sectionKey) == ["artikel-1-toekomstplan"])
            #expect(links.first?.signalID == own.id)
            #expect(try await Self.entries(store, "concept.signaal-gekoppeld") == 1)
            // twice, an unknown section, another organisation's signal, a number that is none
            for (key, number, code) in [
                ("artikel-1-toekomstplan", "\(own.number)", "bestaat-al"), ("bestaat-niet", "\(own.number)", "onbekend"),
                ("artikel-1-toekomstplan", "\(elsewhere.number)", "onbekend"), ("artikel-1-toekomstplan", "twaalf", "ongeldig"),
            ] {
                let failure = await #expect(throws: ValidationFailure.self) {
                    try await drafts.linkSignal(policyID: id, sectionKey: key, signalNumber: number, organisationID: org, actor: setup.actor, now: Date())
                }
                #expect(failure?.invalidParams.first?.code == code, "\(key) \(number)")
            }
            // another organisation's policy does not exist for this one
            await #expect(throws: NotFound.self) {
                try await drafts.linkSignal(
                    policyID: other.policy.id!, sectionKey: "artikel-1-toekomstplan", signalNumber: "\(own.number)", organisationID: org, actor: setup.actor,
                    now: Date())
            }
            await #expect(throws: NotFound.self) {
                try await drafts.addVersion(policyID: other.policy.id!, markdown: Self.first, changeNote: "", organisationID: org, actor: setup.actor, now: Date())
            }
            // unlinking
            try await drafts.unlinkSignal(policyID: id, sectionKey: "artikel-1-toekomstplan", signalID: own.id!, organisationID: org, actor: setup.actor, now: Date())
            #expect(try await drafts.signals(policyID: id, organisationID: org).isEmpty)
            #expect(try await Self.entries(store, "concept.signaal-ontkoppeld") == 1)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct LessonStoreTests {
    static func input(_ setup: DraftStoreTests.Setup, title: String = "Spoedaanvraag wachtte zes weken") -> LessonRepository.Input {
        .init(
            kind: "incident", title: title, situation: "Een gezin vroeg bijzondere bijstand aan voor een wasmachine.",
            whatHappened: "De aanvraag liep via de gewone route en wachtte op een bankafschrift.",
            learned: "Voor noodzakelijke spullen is de gewone route te traag.", changes: "Klantmanagers beslissen bij spoed direct.",
            policyIDs: [setup.policy.id!], tags: ["Spoed", "doorlooptijd", "spoed "])
    }

    @Test func writingLinksTagsAndLogsOnce() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let lessons = LessonRepository(store: store)

            // act
            let id = try await lessons.create(Self.input(setup), organisationID: org, actor: setup.actor, now: Date())
            var changed = Self.input(setup, title: "Spoedaanvraag wasmachine wachtte zes weken")
            changed.tags = ["wasmachine"]
            try await lessons.update(id: id, changed, organisationID: org, actor: setup.actor, now: Date())

            // check
            let lesson = try #require(try await lessons.lesson(id: id, organisationID: org))
            #expect(lesson.summary.title == "Spoedaanvraag wasmachine wachtte zes weken")
            #expect(lesson.summary.kind == .incident)
            #expect(lesson.summary.tags == ["wasmachine"])
            #expect(lesson.summary.authorName == "Bea Beheer")
            #expect(lesson.policies.map(\.title) == ["Aanpak 18-/18+"])
            #expect(try await DraftStoreTests.entries(store, "les.aangemaakt") == 1)
            #expect(try await DraftStoreTests.entries(store, "les.gewijzigd") == 1)
            #expect(try await lessons.list(organisationID: org, filter: .init(tag: "WASMACHINE")).map(\.id) == [id])
            #expect(try await lessons.list(organisationID: org, filter: .init(kind: .experiment)).isEmpty)
            #expect(try await lessons.list(organisationID: org, filter: .init(policyID: setup.policy.id!)).count == 1)
            #expect(try await lessons.tags(organisationID: org) == ["wasmachine"])
        }
    }

    @Test func refusesWithDutchReasonsAndThePrivacyGuard() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let lessons = LessonRepository(store: store)
            var input = Self.input(setup)
            input.kind = "ramp"
            input.title = " "
            input.learned = ""
            input.situation = "Mevrouw belde vanaf 06-12345678 over haar aanvraag."
            input.signalNumbers = [999]
            input.policyIDs = [UUID()]

            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                try await lessons.create(input, organisationID: org, actor: setup.actor, now: Date())
            }

            // check
            let names = Set(failure?.invalidParams.map(\.name) ?? [])
            #expect(names == ["soort", "titel", "geleerd", "situatie", "signalen", "beleid"])
            #expect(failure?.reason(for: "titel") == "Vul een titel in.")
            #expect(failure?.reason(for: "situatie")?.contains("Haal het weg") == true)
            #expect(failure?.reason(for: "signalen")?.contains("999") == true)
            #expect(try await LessonModel.query(on: store.database).count() == 0)
            #expect(try await DraftStoreTests.entries(store, "les.aangemaakt") == 0)
        }
    }

    @Test func anotherOrganisationsLessonIsNotFound() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let lessons = LessonRepository(store: store)
            let id = try await lessons.create(Self.input(setup), organisationID: setup.fixture.organisationID, actor: setup.actor, now: Date())

            // act
            let seen = try await lessons.lesson(id: id, organisationID: other.organisationID)
            let hits = try await SearchRepository(store: store).search("wasmachine", organisationID: other.organisationID)

            // check
            #expect(seen == nil)
            #expect(hits.isEmpty)
            await #expect(throws: NotFound.self) {
                try await lessons.update(id: id, Self.input(setup), organisationID: other.organisationID, actor: setup.actor, now: Date())
            }
        }
    }

    @Test func markedDiscussedOnlyInAHeldSession() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let lessons = LessonRepository(store: store)
            let sessions = SessionRepository(store: store)
            let held = try await sessions.create(
                SessionStoreTests.input(setup, title: "Evaluatie spoed", day: SessionStoreTests.day(-7)), organisationID: org, actor: setup.actor,
                now: Date())
            let coming = try await sessions.create(SessionStoreTests.input(setup), organisationID: org, actor: setup.actor, now: Date())
            let id = try await lessons.create(Self.input(setup), organisationID: org, actor: setup.actor, now: Date())
            // the lesson is proposed for the coming session (it is about its policy), and can be accepted
            let proposals = try await sessions.proposals(sessionID: coming, organisationID: org, now: Date())
            #expect(proposals.filter { $0.source == .lesson }.map(\.sourceID) == [id])
            try await sessions.accept(sessionID: coming, source: .lesson, sourceID: id, organisationID: org, actor: setup.actor, now: Date())

            // act
            let early = await #expect(throws: ValidationFailure.self) {
                try await lessons.markDiscussed(id: id, sessionID: coming, organisationID: org, actor: setup.actor, now: Date())
            }
            try await lessons.markDiscussed(id: id, sessionID: held, organisationID: org, actor: setup.actor, now: Date())

            // check
            #expect(early?.invalidParams.first?.code == "te-vroeg")
            let lesson = try #require(try await lessons.lesson(id: id, organisationID: org))
            #expect(lesson.discussedIn?.title == "Evaluatie spoed")
            #expect(lesson.summary.discussedAt != nil)
            #expect(lesson.sessions.map(\.title) == ["Evaluatie spoed"])
            #expect(try await DraftStoreTests.entries(store, "les.besproken") == 1)
            #expect(try await lessons.list(organisationID: org, filter: .init(open: true)).isEmpty)
            // discussed lessons are no longer proposed
            let later = try await sessions.proposals(sessionID: coming, organisationID: org, now: Date())
            #expect(!later.contains { $0.source == .lesson })
        }
    }

    /// The same data and the same searches on SQLite and PostgreSQL (run the suite with DATABASE_URL set for the
    /// second): whole words, a word found as the start of a longer one, ranking, highlighting, weird input.
    @Test func searchFindsRanksAndHighlightsOnBothDatabases() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let lessons = LessonRepository(store: store)
            let search = SearchRepository(store: store)
            var a = Self.input(setup, title: "Wachtlijst schuldhulp liep op")
            a.situation = "Na de zomer groeide de wachtlijst voor schuldhulp sterk."
            a.learned = "Een eerste gesprek binnen drie weken helpt meer dan een volledig plan."
            let first = try await lessons.create(a, organisationID: org, actor: setup.actor, now: Date())
            var b = Self.input(setup, title: "Inloopspreekuur in de bibliotheek")
            b.kind = "experiment"
            b.situation = "Inwoners met geldzorgen komen niet graag naar het gemeentehuis."
            b.learned = "Een vertrouwde plek helpt. Ook mensen van de wachtlijst kwamen langs."
            let second = try await lessons.create(b, organisationID: org, actor: setup.actor, now: Date())
            var c = Self.input(setup, title: "Tolk bij huisbezoek")
            c.situation = "Een gezin sprak weinig Nederlands."
            c.learned = "Zonder tolk is een gesprek geen gesprek."
            let third = try await lessons.create(c, organisationID: org, actor: setup.actor, now: Date())

            // act
            let wachtlijst = try await search.search("wachtlijst", organisationID: org, kinds: [.lesson])
            let both = try await search.search("De WACHTLIJST, en schuldhulp!", organisationID: org, kinds: [.lesson])
            let prefix = try await search.search("bibliothe", organisationID: org, kinds: [.lesson])
            let tolk = try await search.search("\"(tolk* OR", organisationID: org, kinds: [.lesson])

            // check: the lesson with the word in its title ranks first, and the word is marked there
            #expect(wachtlijst.map(\.id) == [first, second])
            #expect(wachtlijst[0].rank >= wachtlijst[1].rank)
            #expect(wachtlijst[0].title.contains(TextSegment(text: "Wachtlijst", highlighted: true)))
            #expect(wachtlijst[1].snippet.contains { $0.highlighted && $0.text.lowercased() == "wachtlijst" })
            #expect(wachtlijst[0].lessonKind == "incident")
            #expect(both.map(\.id) == [first])
            #expect(prefix.map(\.id) == [second])
            // "OR" is a word to look for, not syntax: no lesson has it
            #expect(tolk.isEmpty)
            #expect(try await search.search("tolk", organisationID: org).map(\.id) == [third])
            for nothing in ["", "  ", "\"(*", "de het een", "!!!"] {
                let failure = await #expect(throws: ValidationFailure.self) { try await search.search(nothing, organisationID: org) }
                #expect(failure?.invalidParams.first?.name == "zoek")
                #expect(failure?.invalidParams.first?.reason == SearchQuery.emptyReason)
            }
            // the index follows an update in the same transaction
            var renamed = c
            renamed.title = "Gebarentaal bij huisbezoek"
            renamed.learned = "Zonder vertaling is een gesprek geen gesprek."
            try await lessons.update(id: third, renamed, organisationID: org, actor: setup.actor, now: Date())
            #expect(try await search.search("tolk", organisationID: org).isEmpty)
            #expect(try await search.search("gebarentaal", organisationID: org).map(\.id) == [third])
        }
    }

    @Test func signalsAreSearchedToo() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first)
            let practitioner = try #require(try await AccountRepository(store: store).signedInUser(userID: setup.fixture.practitioner.id!))
            let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            let signal = try await signals.submit(
                .init(
                    title: "Formulier bijzondere bijstand te lang", description: "Inwoners haken af bij pagina zeven van het formulier.",
                    domainID: domain.domain.id!, policyID: nil, areaCode: nil, affected: "2-10", urgency: "normaal", solution: nil, anonymous: false),
                reporter: practitioner, origin: "test", now: Date())

            // act
            let hits = try await SearchRepository(store: store).search("formulier", organisationID: org)

            // check
            #expect(hits.map(\.id) == [signal.id!])
            #expect(hits.first?.kind == .signal)
            #expect(hits.first?.number == signal.number)
            #expect(hits.first?.title.contains(TextSegment(text: "Formulier", highlighted: true)) == true)
        }
    }

    @Test func demoHasThirtyLessonsSomeDiscussedAllSearchable() async throws {
        try await withTestStore { store in
            // setup
            for text in DemoLessons.texts { #expect(PrivacyGuard.scan(text).isEmpty, "\(text)") }

            // act
            let demo = try await DemoOrganisation.load(into: store, password: Fixture.password, now: Date())
            let org = demo.id!
            let lessons = try await LessonRepository(store: store).list(organisationID: org)

            // check
            #expect(lessons.count == 30)
            #expect(Set(lessons.map(\.kind)) == Set(LessonKind.allCases))
            #expect(lessons.filter { $0.discussedAt != nil }.count >= 10)
            #expect(lessons.allSatisfy { !$0.tags.isEmpty && $0.authorName != nil })
            let hits = try await SearchRepository(store: store).search("wachtlijst", organisationID: org, kinds: [.lesson])
            #expect(hits.first?.title.contains(TextSegment(text: "Wachtlijst", highlighted: true)) == true)
            #expect(try await SearchRepository(store: store).search("schuldhulp", organisationID: org, kinds: [.signal]).count > 0)
        }
    }
}

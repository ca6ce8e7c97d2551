// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

/// Knelpunten: recording them with a signal or theme that is forwarded, afterwards, and the knelpuntenbrief built from
/// them. Runs on SQLite, and on PostgreSQL with DATABASE_URL.
@Suite struct BottleneckStoreTests {
    struct Setup {
        let fixture: Fixture
        let manager: SignedInUser
        let domainID: UUID
        let store: Store
        var org: UUID { fixture.organisationID }
        var bottlenecks: BottleneckRepository { BottleneckRepository(store: store, similarity: SignalSimilarity(store: store)) }
        var signals: SignalRepository { SignalRepository(store: store, similarity: SignalSimilarity(store: store)) }
    }

    static func setUp(_ store: Store) async throws -> Setup {
        let draft = try await DraftStoreTests.setUp(store)
        let fixture = draft.fixture
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first).domain.id!
        let manager = ReviewStoreTests.signedIn(fixture.administrator, fixture, roles: [.manager, .administrator])
        return Setup(fixture: fixture, manager: manager, domainID: domain, store: store)
    }

    static func input(
        kind: AddresseeKind = .nationalGovernment, addressee: String = "Ministerie van SZW", regulation: String = "Participatiewet",
        article: String? = "art. 22a", practice: String = "", solution: String = "Kostendelersnorm niet toepassen tot 27 jaar."
    ) -> BottleneckRepository.Input {
        .init(
            addresseeKind: kind.rawValue, addressee: addressee, regulation: regulation, article: article, practice: practice,
            proposedSolution: solution)
    }

    static func signal(_ s: Setup, number: Int, status: SignalStatus = .inProgress, theme: UUID? = nil, recognitions: Int = 0) async throws -> UUID {
        let id = try await DecisionActionStoreTests.signal(
            s.store, org: s.org, domainID: s.domainID, reporter: s.fixture.practitioner.id!, number: number, theme: theme, status: status)
        if recognitions > 0 {
            try await SignalModel.query(on: s.store.database).filter(\.$id == id).set(\.$recognitionCount, to: recognitions).update()
        }
        return id
    }

    static func theme(_ s: Setup, _ title: String) async throws -> UUID {
        let theme = ThemeModel()
        theme.organisationID = s.org
        theme.title = title
        theme.themeDescription = "Wat er speelt bij \(title)."
        theme.ownerID = s.manager.userID
        theme.status = "open"
        theme.createdAt = Date()
        try await theme.create(on: s.store.database)
        return theme.id!
    }

    static func entries(_ store: Store, _ action: String) async throws -> Int {
        try await DraftStoreTests.entries(store, action)
    }

    @Test func forwardingASignalRecordsItsKnelpuntInTheSameChange() async throws {
        try await withTestStore { store in
            // setup
            let s = try await Self.setUp(store)
            let id = try await Self.signal(s, number: 1)
            // act
            let moved = try await s.signals.changeStatus(
                id: id, to: .forwarded, text: nil, bottleneck: Self.input(), by: s.manager, origin: "test", now: Date())
            // check
            #expect(moved.status == SignalStatus.forwarded.rawValue)
            let knelpunt = try #require(try await s.bottlenecks.bottleneck(signalID: id, organisationID: s.org))
            #expect(knelpunt.regulation == "Participatiewet")
            #expect(knelpunt.article == "art. 22a")
            #expect(knelpunt.addresseeKind == "rijk")
            // Nothing typed twice: the practice is the signal's own description, the status text comes from the knelpunt.
            #expect(knelpunt.practice == "Een knelpunt uit de praktijk.")
            let event = try #require(
                try await SignalEventModel.query(on: store.database).filter(\.$signalID == id).filter(\.$toStatus == "doorgezet").first())
            #expect(event.text == "Doorgezet aan Ministerie van SZW, Participatiewet art. 22a.")
            // One change, one audit entry, naming the knelpunt.
            let entry = try #require(try await AuditEntryModel.query(on: store.database).filter(\.$action == "signaal.status").first())
            #expect(entry.summary == "signaal 1: In behandeling → Doorgezet; knelpunt: Ministerie van SZW, Participatiewet art. 22a")
            #expect(try await Self.entries(store, "knelpunt.vastgelegd") == 0)
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }

    @Test func refusesMissingDetailsAndPersonalDataWithoutWritingAnything() async throws {
        try await withTestStore { store in
            // setup
            let s = try await Self.setUp(store)
            let id = try await Self.signal(s, number: 1)
            let bad = BottleneckRepository.Input(
                addresseeKind: "gemeente", addressee: " ", regulation: "", article: nil, practice: "Bel 06-12345678 voor details",
                proposedSolution: "kort")
            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                _ = try await s.signals.changeStatus(id: id, to: .forwarded, text: nil, bottleneck: bad, by: s.manager, origin: "test", now: Date())
            }
            // check
            let names = Set(failure?.invalidParams.map(\.name) ?? [])
            #expect(names.isSuperset(of: ["soortGeadresseerde", "geadresseerde", "regeling", "voorgesteldeOplossing", "praktijk"]))
            #expect(try await s.signals.signal(id: id, organisationID: s.org)?.status == SignalStatus.inProgress.rawValue)
            #expect(try await BottleneckModel.query(on: store.database).count() == 0)
            #expect(try await Self.entries(store, "signaal.status") == 0)
        }
    }

    @Test func detailsRecordedAfterwardsTakeTheMomentOfForwarding() async throws {
        try await withTestStore { store in
            // setup: forwarded by a decision ten days ago, without details
            let s = try await Self.setUp(store)
            let id = try await Self.signal(s, number: 1, status: .forwarded)
            let then = Date().addingTimeInterval(-10 * 86_400)
            try await SignalEventModel(
                signalID: id, at: then, actorID: s.manager.userID, kind: "status", fromStatus: "geagendeerd", toStatus: "doorgezet"
            )
            .create(on: store.database)
            let open = try await Self.signal(s, number: 2)
            // act
            try await s.bottlenecks.record(signalID: id, input: Self.input(article: nil), by: s.manager, origin: "test", now: Date())
            try await s.bottlenecks.record(signalID: id, input: Self.input(article: "art. 18 lid 2"), by: s.manager, origin: "test", now: Date())
            // check
            let knelpunt = try #require(try await s.bottlenecks.bottleneck(signalID: id, organisationID: s.org))
            #expect(abs(knelpunt.forwardedAt.timeIntervalSince(then)) < 1)
            #expect(knelpunt.article == "art. 18 lid 2")
            #expect(try await Self.entries(store, "knelpunt.vastgelegd") == 1)
            #expect(try await Self.entries(store, "knelpunt.gewijzigd") == 1)
            // A signal that was not forwarded gets no knelpunt.
            await #expect(throws: ValidationFailure.self) {
                try await s.bottlenecks.record(signalID: open, input: Self.input(), by: s.manager, origin: "test", now: Date())
            }
            #expect(try await s.bottlenecks.bottleneck(signalID: open, organisationID: s.org) == nil)
        }
    }

    @Test func forwardingAThemeMovesItsOpenSignalsInOneChange() async throws {
        try await withTestStore { store in
            // setup
            let s = try await Self.setUp(store)
            let theme = try await Self.theme(s, "Kostendelers")
            let working = try await Self.signal(s, number: 1, status: .inProgress, theme: theme)
            let fresh = try await Self.signal(s, number: 2, status: .new, theme: theme)
            let answered = try await Self.signal(s, number: 3, status: .answered, theme: theme)
            // act
            let moved = try await s.bottlenecks.forward(themeID: theme, input: Self.input(), by: s.manager, origin: "test", now: Date())
            // check
            #expect(moved == 2)
            for id in [working, fresh] {
                #expect(try await s.signals.signal(id: id, organisationID: s.org)?.status == SignalStatus.forwarded.rawValue)
            }
            #expect(try await s.signals.signal(id: answered, organisationID: s.org)?.status == SignalStatus.answered.rawValue)
            let knelpunt = try #require(try await s.bottlenecks.bottleneck(themeID: theme, organisationID: s.org))
            #expect(knelpunt.practice == "Wat er speelt bij Kostendelers.")
            let entry = try #require(try await AuditEntryModel.query(on: store.database).filter(\.$action == "thema.doorgezet").first())
            #expect(entry.summary == "Kostendelers: Ministerie van SZW, Participatiewet art. 22a; signalen 1, 2 doorgezet")
            #expect(try await Self.entries(store, "thema.doorgezet") == 1)
            #expect(try await Self.entries(store, "signaal.status") == 0)
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }

    @Test func aThemeWithASignalThatCannotMoveIsRefusedAndNothingIsWritten() async throws {
        try await withTestStore { store in
            // setup
            let s = try await Self.setUp(store)
            let theme = try await Self.theme(s, "Kostendelers")
            let fresh = try await Self.signal(s, number: 1, status: .new, theme: theme)
            _ = try await Self.signal(s, number: 7, status: .notTakenUp, theme: theme)
            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                try await s.bottlenecks.forward(themeID: theme, input: Self.input(), by: s.manager, origin: "test", now: Date())
            }
            // check
            #expect(failure?.invalidParams.count == 1)
            #expect(failure?.invalidParams.first?.reason.hasPrefix("Signaal 7 (Knelpunt 7) is niet opgepakt en kan niet naar doorgezet.") == true)
            #expect(try await s.signals.signal(id: fresh, organisationID: s.org)?.status == SignalStatus.new.rawValue)
            #expect(try await BottleneckModel.query(on: store.database).count() == 0)
            #expect(try await Self.entries(store, "thema.doorgezet") == 0)
            // Only those who manage themes may forward one.
            let practitioner = ReviewStoreTests.signedIn(s.fixture.practitioner, s.fixture, roles: [.practitioner])
            await #expect(throws: SignalRepository.NotAllowed.self) {
                try await s.bottlenecks.forward(themeID: theme, input: Self.input(), by: practitioner, origin: "test", now: Date())
            }
        }
    }

    @Test func theLetterGroupsByRegulationAndArticleAndCountsAsTheRecordsDo() async throws {
        try await withTestStore { store in
            // setup
            let s = try await Self.setUp(store)
            let now = Date()
            func forward(_ number: Int, _ input: BottleneckRepository.Input, recognitions: Int) async throws -> UUID {
                let id = try await Self.signal(s, number: number, recognitions: recognitions)
                _ = try await s.signals.changeStatus(id: id, to: .forwarded, text: nil, bottleneck: input, by: s.manager, origin: "test", now: now)
                return id
            }
            _ = try await forward(1, Self.input(article: "art. 22a"), recognitions: 2)
            _ = try await forward(2, Self.input(article: "art. 18"), recognitions: 5)
            _ = try await forward(3, Self.input(article: nil), recognitions: 0)
            _ = try await forward(
                4, Self.input(kind: .otherOrganisation, addressee: "Jeugdzorgregio", regulation: "Jeugdwet", article: "art. 2.3.1"), recognitions: 1)
            // "participatiewet" typed in lower case lands in the same group.
            _ = try await forward(5, Self.input(regulation: "participatiewet ", article: "art. 22a"), recognitions: 9)
            let theme = try await Self.theme(s, "Kostendelers")
            for (number, recognitions) in [(10, 3), (11, 4), (12, 0)] {
                _ = try await Self.signal(s, number: number, theme: theme, recognitions: recognitions)
            }
            try await s.bottlenecks.forward(themeID: theme, input: Self.input(article: "art. 22a"), by: s.manager, origin: "test", now: now)
            // Forwarded without details: one on its own, one in a theme without a knelpunt.
            let loose = try await Self.signal(s, number: 20, status: .forwarded, recognitions: 6)
            let bare = try await Self.theme(s, "Zonder regeling")
            _ = try await Self.signal(s, number: 21, status: .forwarded, theme: bare, recognitions: 2)
            _ = try await Self.signal(s, number: 22, status: .inProgress, theme: bare, recognitions: 1)
            let reports = BottleneckReportRepository(store: store)
            // act
            let letter = try await reports.letter(organisationID: s.org, filter: .init())
            // check: grouping and order
            #expect(letter.regulations.map(\.regulation) == ["Jeugdwet", "Participatiewet"])
            let participatiewet = letter.regulations[1]
            #expect(participatiewet.articles.map(\.article) == ["art. 18", "art. 22a", nil])
            let art22a = participatiewet.articles[1].items
            #expect(art22a.map(\.heading) == ["Signaal 5: Knelpunt 5", "Thema: Kostendelers", "Signaal 1: Knelpunt 1"])
            let themeItem = try #require(art22a.first { $0.kind == .theme })
            #expect((themeItem.signals, themeItem.recognitions) == (3, 7))
            #expect(themeItem.statusText == "3 doorgezet")
            #expect(letter.unrecorded.map(\.heading).sorted() == ["Signaal 20: Knelpunt 20", "Thema: Zonder regeling"])
            #expect(letter.unrecorded.first { $0.kind == .theme }.map { ($0.signals, $0.recognitions) }! == (2, 3))
            #expect(letter.unrecorded.contains { $0.id == loose })
            // check: the letter's figures are those of the records themselves
            let all = letter.regulations.flatMap { $0.articles.flatMap(\.items) } + letter.unrecorded
            for item in all {
                let members = try await SignalModel.query(on: store.database).group(.or) { group in
                    group.filter(\.$id == item.id).filter(\.$themeID == item.id)
                }.all()
                #expect(item.signals == members.count, "\(item.heading)")
                #expect(item.recognitions == members.reduce(0) { $0 + $1.recognitionCount }, "\(item.heading)")
            }
            #expect(letter.regulations.reduce(0) { $0 + $1.itemCount } == (try await BottleneckModel.query(on: store.database).count()))
            // check: the filters
            let national = try await reports.letter(organisationID: s.org, filter: .init(addresseeKind: .nationalGovernment))
            #expect(national.regulations.map(\.regulation) == ["Participatiewet"])
            #expect(national.unrecorded.isEmpty)
            let year = DutchCalendar.calendar.component(.year, from: now)
            let lastYear = try BottleneckLetter.Filter.parse(from: nil, until: nil, year: String(year - 1), addresseeKind: nil).get()
            let past = try await reports.letter(organisationID: s.org, filter: lastYear)
            #expect(past.itemCount == 0)
            let thisYear = try BottleneckLetter.Filter.parse(from: nil, until: nil, year: String(year), addresseeKind: nil).get()
            #expect(try await reports.letter(organisationID: s.org, filter: thisYear).regulations == letter.regulations)
            // check: the Markdown holds every group and item
            let markdown = letter.markdown(generatedAt: now)
            #expect(markdown.contains("## Participatiewet\n\n### art. 18\n\n#### [Signaal 2: Knelpunt 2](/signalen/"))
            #expect(markdown.contains("## Regeling nog niet vastgelegd"))
            #expect(markdown.contains("- Herkenningen: 3 signalen, 7 keer herkend"))
        }
    }

    @Test func filtersAreCheckedWithReasonsInDutch() {
        // act
        let bad = BottleneckLetter.Filter.parse(from: "2026-02-30", until: "gisteren", year: nil, addresseeKind: "gemeente")
        let both = BottleneckLetter.Filter.parse(from: "2026-01-01", until: nil, year: "2026", addresseeKind: nil)
        let backwards = BottleneckLetter.Filter.parse(from: "2026-03-01", until: "2026-02-01", year: nil, addresseeKind: nil)
        // check
        guard case .failure(let failure) = bad, case .failure(let twice) = both, case .failure(let reversed) = backwards else {
            Issue.record("bad filters accepted")
            return
        }
        #expect(failure.invalidParams.map(\.name) == ["van", "tot", "geadresseerde"])
        #expect(twice.invalidParams.map(\.name) == ["jaar"])
        #expect(reversed.invalidParams.map(\.name) == ["tot"])
        let good = try? BottleneckLetter.Filter.parse(from: "2026-01-01", until: "2026-01-31", year: nil, addresseeKind: "rijk").get()
        #expect(good?.description == "Doorgezet van 01-01-2026 tot en met 31-01-2026, aan het Rijk")
    }
}

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

/// The knelpuntenbrief as page, Markdown and API, and the forms that record a knelpunt on signals and themes.
@Suite struct BottleneckLetterTests: APITestSupport {
    struct Seeded {
        let manager: UserModel
        let forwarded: UUID
        let open: UUID
        let theme: UUID
    }

    /// A manager; a signal forwarded with its knelpunt (Participatiewet art. 22a), an open signal, and a theme with one
    /// open signal.
    static func seed(_ store: Store, _ fixture: Fixture) async throws -> Seeded {
        let org = fixture.organisationID
        let actor = AuditActor.commandLine(organisationID: org)
        let manager = try await AccountRepository(store: store).create(
            .init(email: "manager@test.example", name: "Mira Manager", roles: [.manager], password: Fixture.password), organisationID: org,
            actor: actor, now: Date()
        ).user
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first).domain.id!
        let theme = ThemeModel()
        theme.organisationID = org
        theme.title = "Kostendelersnorm bij mantelzorg"
        theme.themeDescription = "Familie die bij elkaar intrekt om te zorgen, verliest bijstand."
        theme.status = "open"
        theme.createdAt = Date()
        try await theme.create(on: store.database)
        let forwarded = try await KnelpuntFixtures.signal(
            store, org: org, domainID: domain, reporter: fixture.practitioner.id!, number: 1, theme: nil)
        let open = try await KnelpuntFixtures.signal(
            store, org: org, domainID: domain, reporter: fixture.practitioner.id!, number: 2, theme: nil)
        _ = try await KnelpuntFixtures.signal(
            store, org: org, domainID: domain, reporter: fixture.practitioner.id!, number: 3, theme: theme.id)
        let signedIn = SignedInUser(
            userID: manager.id!, organisationID: org, organisationName: "Gemeente Testdorp", name: manager.name, email: manager.email,
            roles: [.manager],
            locale: nil)
        let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
        _ = try await signals.changeStatus(
            id: forwarded, to: .forwarded, text: nil,
            bottleneck: .init(
                addresseeKind: "rijk", addressee: "Ministerie van SZW", regulation: "Participatiewet", article: "art. 22a", practice: "",
                proposedSolution: "Geen kostendeler bij mantelzorg."), by: signedIn, origin: "test", now: Date())
        return Seeded(manager: manager, forwarded: forwarded, open: open, theme: theme.id!)
    }

    static let details: [(String, String)] = [
        ("soortGeadresseerde", "andere-organisatie"), ("geadresseerde", "UWV"), ("regeling", "Wet SUWI"), ("artikel", "art. 62"), ("praktijk", ""),
        ("voorgesteldeOplossing", "Gegevens automatisch uitwisselen via Suwinet."),
    ]

    @Test func thePageGroupsByRegulationAndIsForManagersOnly() async throws {
        try await withApp { store, fixture, client in
            // setup
            let seeded = try await Self.seed(store, fixture)
            var manager = Browser(client)
            try await manager.signIn(seeded.manager.email)
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)

            // act
            let page = try await manager.get("/rapportages/knelpuntenbrief")
            let filtered = try await manager.get("/rapportages/knelpuntenbrief?geadresseerde=andere-organisatie")
            let bad = try await manager.get("/rapportages/knelpuntenbrief?van=31-12-2026")
            let markdown = try await manager.get("/rapportages/knelpuntenbrief.md?jaar=\(DutchCalendar.calendar.component(.year, from: Date()))")
            let loop = try await manager.get("/lus")
            let refused = try await practitioner.get("/rapportages/knelpuntenbrief")
            let refusedMarkdown = try await practitioner.get("/rapportages/knelpuntenbrief.md")

            // check
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains(#"<main id="inhoud" tabindex="-1" class="report">"#))
            #expect(html.contains("<h2>Participatiewet <span class=\"muted\">(1)</span></h2>"))
            #expect(html.contains("<h3>art. 22a</h3>"))
            #expect(html.contains("href=\"/signalen/\(seeded.forwarded.uuidString.lowercased())\">Signaal 1: Knelpunt 1</a>"))
            #expect(html.contains("Ministerie van SZW (rijk)"))
            #expect(html.contains("Geen kostendeler bij mantelzorg."))
            #expect(!html.contains("Regeling nog niet vastgelegd"))
            #expect(filtered.status == .ok)
            #expect(filtered.text.contains("Er zijn geen doorgezette knelpunten met deze keuze."))
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Schrijf de datum als jjjj-mm-dd"))
            #expect(markdown.status == .ok)
            #expect(markdown.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(markdown.headers[.contentDisposition] == "attachment; filename=\"knelpuntenbrief.md\"")
            #expect(markdown.text.hasPrefix("# Knelpuntenbrief Gemeente Testdorp"))
            #expect(markdown.text.contains("## Participatiewet\n\n### art. 22a\n\n#### [Signaal 1: Knelpunt 1]"))
            #expect(loop.text.contains(#"href="/rapportages/knelpuntenbrief""#))
            #expect(refused.status == .forbidden)
            #expect(refusedMarkdown.status == .forbidden)
        }
    }

    @Test func theSignalFormAsksForTheKnelpuntWhenForwarding() async throws {
        try await withApp { store, fixture, client in
            // setup
            let seeded = try await Self.seed(store, fixture)
            var browser = Browser(client)
            try await browser.signIn(seeded.manager.email)
            let url = "/signalen/\(seeded.open.uuidString.lowercased())"
            let form = try await browser.get(url)

            // act
            let refused = try await browser.post(url + "/status", [("status", "doorgezet"), ("tekst", "")])
            let saved = try await browser.post(url + "/status", [("status", "doorgezet"), ("tekst", "")] + Self.details)
            let after = try await browser.get(url)
            let report = try await browser.get("/rapportages/knelpuntenbrief")

            // check: the fields are on the form, the practice filled in with the description
            #expect(form.text.contains(#"name="soortGeadresseerde""#))
            #expect(form.text.contains(#"<textarea id="dz-praktijk" name="praktijk""#))
            #expect(form.text.contains(">Een knelpunt uit de praktijk.</textarea>"))
            // refused in plain Dutch, beside the fields
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Kies of het naar een andere organisatie of naar het Rijk gaat."))
            #expect(refused.text.contains("Vul de regeling, bijvoorbeeld Participatiewet in."))
            #expect(refused.text.contains(#"id="dz-regeling-fout""#))
            #expect(saved.status == .seeOther)
            #expect(after.text.contains("<h2 id=\"knelpunt-titel\">Knelpunt</h2>"))
            #expect(after.text.contains("Wet SUWI, art. 62"))
            #expect(after.text.contains("Knelpunt vastleggen of wijzigen"))
            #expect(report.text.contains("<h2>Wet SUWI <span class=\"muted\">(1)</span></h2>"))
        }
    }

    @Test func aThemeIsForwardedAndItsDetailsChangedOnItsPage() async throws {
        try await withApp { store, fixture, client in
            // setup
            let seeded = try await Self.seed(store, fixture)
            var browser = Browser(client)
            try await browser.signIn(seeded.manager.email)
            let url = "/themas/\(seeded.theme.uuidString.lowercased())"
            let before = try await browser.get(url)

            // act
            let refused = try await browser.post(url + "/doorzetten", [("soortGeadresseerde", "rijk")])
            let forwarded = try await browser.post(url + "/doorzetten", Self.details)
            let changed = try await browser.post(url + "/knelpunt", Self.details.map { $0.0 == "artikel" ? ("artikel", "art. 63") : $0 })
            let after = try await browser.get(url)

            // check
            #expect(before.text.contains("<h2 id=\"doorzetten-titel\">Doorzetten</h2>"))
            #expect(before.text.contains(">Familie die bij elkaar intrekt om te zorgen, verliest bijstand.</textarea>"))
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Schrijf welke oplossing u voorstelt (minstens 10 tekens)."))
            #expect(forwarded.status == .seeOther)
            #expect(changed.status == .seeOther)
            #expect(after.text.contains("Wet SUWI, art. 63"))
            #expect(after.text.contains(">Doorgezet<"))
            #expect(!after.text.contains("doorzetten-titel"))
        }
    }

    @Test func theAPIGivesTheLetterAndTakesTheKnelpuntWithAStatusChange() async throws {
        try await withApp { store, fixture, client in
            // setup
            let seeded = try await Self.seed(store, fixture)
            let headers = try await bearer(store, seeded.manager)
            let practitioner = try await bearer(store, fixture.practitioner)

            // act
            let moved = try await client.execute(
                uri: "/api/v1/signalen/\(seeded.open.uuidString.lowercased())/statuswijzigingen", method: .post, headers: headers,
                body: try body([
                    "status": "doorgezet",
                    "knelpunt": [
                        "soortGeadresseerde": "rijk", "geadresseerde": "Ministerie van VWS", "regeling": "Jeugdwet", "artikel": "art. 2.3.1",
                        "voorgesteldeOplossing": "Jeugdhulp laten doorlopen na 18.",
                    ],
                ]))
            let letter = try await client.execute(uri: "/api/v1/rapportages/knelpuntenbrief", method: .get, headers: headers, body: nil)
            let bad = try await client.execute(
                uri: "/api/v1/rapportages/knelpuntenbrief?geadresseerde=gemeente&jaar=26", method: .get, headers: headers, body: nil)
            let refused = try await client.execute(uri: "/api/v1/rapportages/knelpuntenbrief", method: .get, headers: practitioner, body: nil)

            // check
            #expect(moved.status == .created)
            #expect(letter.status == .ok)
            #expect(letter.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            let json = try json(letter)
            let groups = try #require(json["regelingen"] as? [[String: Any]])
            #expect(groups.compactMap { $0["regeling"] as? String } == ["Jeugdwet", "Participatiewet"])
            let articles = try #require(groups.first?["artikelen"] as? [[String: Any]])
            let item = try #require((articles.first?["knelpunten"] as? [[String: Any]])?.first)
            #expect(item["soort"] as? String == "signaal")
            #expect(item["nummer"] as? Int == 2)
            #expect(item["geadresseerde"] as? String == "Ministerie van VWS")
            #expect(item["praktijk"] as? String == "Een knelpunt uit de praktijk.")
            #expect((item["statussen"] as? [[String: Any]])?.first?["status"] as? String == "doorgezet")
            #expect((json["nogNietVastgelegd"] as? [Any])?.isEmpty == true)
            #expect(bad.status == .badRequest)
            #expect(bad.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(try problemNames(bad).sorted() == ["geadresseerde", "jaar"])
            #expect(refused.status == .forbidden)
        }
    }
}

/// A signal in progress with a known title and description (the store tests have their own; test targets cannot share).
enum KnelpuntFixtures {
    static func signal(_ store: Store, org: UUID, domainID: UUID, reporter: UUID, number: Int, theme: UUID?) async throws -> UUID {
        let now = Date()
        let signal = SignalModel()
        signal.organisationID = org
        signal.number = number
        signal.title = "Knelpunt \(number)"
        signal.signalDescription = "Een knelpunt uit de praktijk."
        signal.domainID = domainID
        signal.themeID = theme
        signal.affected = "1"
        signal.urgency = "normaal"
        signal.anonymous = false
        signal.reporterID = reporter
        signal.status = SignalStatus.inProgress.rawValue
        signal.workingDays = 10
        signal.submittedAt = now.addingTimeInterval(-20 * 86_400)
        signal.dueAt = now.addingTimeInterval(-5 * 86_400)
        signal.escalationAt = now.addingTimeInterval(5 * 86_400)
        signal.recognitionCount = 0
        signal.updatedAt = now
        try await signal.create(on: store.database)
        return signal.id!
    }
}

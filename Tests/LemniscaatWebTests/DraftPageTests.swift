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

@Suite struct DraftPageTests {
    static let first = """
        Deze aanpak gaat over jongeren van 16 tot 23 jaar.

        # Artikel 1 Toekomstplan
        Het wijkteam maakt een plan als de jongere 17 jaar is.
        - wonen
        - inkomen

        # Artikel 2 Inkomen
        De jongere vraagt zelf een uitkering aan. <script>alert('x')</script>

        # Artikel 3 Wonen
        De woningcorporatie helpt.
        """

    static let second = """
        Deze aanpak gaat over jongeren van 16 tot 23 jaar.

        # Artikel 1 Toekomstplan
        Het wijkteam maakt een plan als de jongere 16 jaar is.
        - wonen
        - inkomen

        # Artikel 2 Inkomen
        De jongere vraagt zelf een uitkering aan. <script>alert('x')</script>

        # Artikel 4 Contactpersoon
        Elke jongere heeft een vaste contactpersoon.
        """

    static func policy(_ store: Store, _ fixture: Fixture, title: String = "Aanpak 18-/18+") async throws -> String {
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(title: title, summary: "Geen breuk op 18.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
        return "/beleid/\(policy.id!.uuidString.lowercased())"
    }

    /// A form as a browser sends it with a file field.
    static func multipart(_ fields: [(String, String)], file: (name: String, filename: String, content: String)) -> (HTTPFields, ByteBuffer) {
        let boundary = "----lemniscaat-test-grens"
        var body = ""
        for (name, value) in fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: text/markdown\r\n\r\n"
        body += "\(file.content)\r\n--\(boundary)--\r\n"
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: body))
    }

    @Test func anEditorAddsVersionsPastedAndUploadedAndComparesThem() async throws {
        try await withApp { store, fixture, client in
            // setup
            let policy = try await Self.policy(store, fixture)
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            #expect(try await admin.get(policy + "/concept").text.contains("Er is nog geen concepttekst"))
            #expect(try await admin.get(policy).text.contains("Concepttekst toevoegen"))
            // act: the first version, pasted
            try await admin.get(policy + "/concept/nieuw")
            let created = try await admin.post(policy + "/concept/nieuw", [("tekst", Self.first), ("toelichting", "")])
            // check
            #expect(created.status == .seeOther)
            #expect(created.location == policy + "/concept/1?melding=draftAdded")
            let page = try await admin.get(policy + "/concept")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<h2 id="sectie-artikel-1-toekomstplan">Artikel 1 Toekomstplan</h2>"#))
            #expect(page.text.contains(##"<a href="#sectie-artikel-2-inkomen">Artikel 2 Inkomen</a>"##))
            #expect(page.text.contains("<ul><li>wonen</li><li>inkomen</li></ul>"))
            #expect(page.text.contains("&lt;script&gt;"))
            #expect(!page.text.contains("<script>"))

            // act: version 2 without a change note, with a BSN, as a Word file: refused with a Dutch reason
            try await admin.get(policy + "/concept/nieuw")
            let noNote = try await admin.post(policy + "/concept/nieuw", [("tekst", Self.second), ("toelichting", "")])
            #expect(noNote.status == .badRequest)
            #expect(noNote.text.contains("Schrijf kort op wat er is veranderd ten opzichte van versie 1."))
            #expect(noNote.text.contains("Artikel 4 Contactpersoon"))  // the text is kept
            let bsn = try await admin.post(policy + "/concept/nieuw", [("tekst", Self.second + "\nZoals bij BSN 111222333."), ("toelichting", "Nieuw")])
            #expect(bsn.status == .badRequest)
            #expect(bsn.text.contains("In ‘Artikel 4 Contactpersoon’ staat iets dat lijkt op een BSN."))
            let (wordHeaders, wordBody) = Self.multipart(
                [("_csrf", admin.lastCSRF), ("tekst", ""), ("toelichting", "Nieuw")], file: ("bestand", "concept.docx", "PK..."))
            let word = try await admin.send(policy + "/concept/nieuw", method: .post, headers: wordHeaders, body: wordBody)
            #expect(word.status == .badRequest)
            #expect(word.text.contains("Kies een tekstbestand dat eindigt op .md of .txt."))

            // act: version 2 as an uploaded .md file
            let (headers, body) = Self.multipart(
                [("_csrf", admin.lastCSRF), ("tekst", ""), ("toelichting", "Plan vanaf 16; wonen staat nu in de huisvestingsverordening.")],
                file: ("bestand", "concept-v2.md", Self.second))
            let uploaded = try await admin.send(policy + "/concept/nieuw", method: .post, headers: headers, body: body)
            // check
            #expect(uploaded.status == .seeOther)
            #expect(uploaded.location == policy + "/concept/2?melding=draftAdded")
            let compare = try await admin.get(policy + "/concept/vergelijk?van=1&naar=2")
            #expect(compare.status == .ok)
            #expect(compare.text.contains("1 toegevoegd, 1 verwijderd, 1 gewijzigd, 2 ongewijzigd"))
            #expect(compare.text.contains(#"<del><span class="visually-hidden">[verwijderd: </span>17<span class="visually-hidden">]</span></del>"#))
            #expect(compare.text.contains(#"<ins><span class="visually-hidden">[toegevoegd: </span>16<span class="visually-hidden">]</span></ins>"#))
            #expect(compare.text.contains(#"<span class="change-tag">Toegevoegd</span>"#))
            #expect(compare.text.contains(#"<span class="diff-marker">Verwijderd:</span> <del>De woningcorporatie helpt.</del>"#))
            #expect(compare.text.contains("<details><summary>Toon de tekst"))
            #expect(!compare.text.contains("<script>"))
            // without a choice: the latest against the one before
            #expect(try await admin.get(policy + "/concept/vergelijk").text.contains("1 gewijzigd"))
            #expect(try await admin.get(policy + "/concept/vergelijk?van=1&naar=7").status == .notFound)
            // an older version by number, and the policy page
            let old = try await admin.get(policy + "/concept/1")
            #expect(old.text.contains("dit is niet de nieuwste versie"))
            #expect(old.text.contains("Artikel 3 Wonen"))
            #expect(try await admin.get(policy + "/concept/3").status == .notFound)
            let policyPage = try await admin.get(policy)
            #expect(policyPage.text.contains("Nieuwste versie: versie 2"))
            #expect(policyPage.text.contains("Nieuwe versie van de concepttekst"))  // the timeline
        }
    }

    @Test func aPractitionerLinksASignalButAddsNoVersion() async throws {
        try await withApp { store, fixture, client in
            // setup
            let policy = try await Self.policy(store, fixture)
            let id = try #require(UUID(uuidString: String(policy.split(separator: "/").last!)))
            let actor = AuditActor(organisationID: fixture.organisationID, userID: fixture.administrator.id, label: "test", origin: "test")
            try await DraftRepository(store: store).addVersion(
                policyID: id, markdown: Self.first, changeNote: "", organisationID: fixture.organisationID, actor: actor, now: Date())
            let reporter = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            let signal = try await SignalRepository(store: store, similarity: SignalSimilarity(store: store)).submit(
                .init(title: "Geen plan op 17", description: "Jongeren hebben op hun 17e nog geen toekomstplan.", domainID: domain.domain.id!,
                      policyID: id, areaCode: nil, affected: "2-10", urgency: "normaal", solution: nil, anonymous: false),
                reporter: reporter, origin: "test", now: Date())
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            // act
            try await practitioner.get(policy + "/concept")
            let linked = try await practitioner.post(policy + "/concept/signalen", [("sectie", "artikel-1-toekomstplan"), ("signaal", "\(signal.number)")])
            // check
            #expect(linked.status == .seeOther)
            #expect(linked.location == policy + "/concept?melding=draftLinked#sectie-artikel-1-toekomstplan")
            let page = try await practitioner.get(try #require(linked.location?.components(separatedBy: "#").first))
            #expect(page.text.contains("Signaal \(signal.number): Geen plan op 17"))
            #expect(page.text.contains("Het signaal is gekoppeld aan het onderdeel."))
            #expect(!page.text.contains("Ontkoppelen"))  // editors only
            // a number that is no signal: the page again, with the reason by the field
            let unknown = try await practitioner.post(policy + "/concept/signalen", [("sectie", "artikel-2-inkomen"), ("signaal", "99"), ("versie", "1")])
            #expect(unknown.status == .badRequest)
            #expect(unknown.text.contains(#"<p class="field-error" id="signaal-artikel-2-inkomen-fout">Er is geen signaal met nummer 99.</p>"#))
            #expect(unknown.text.contains(#"value="99""#))
            // no new version, and no unlinking
            #expect(try await practitioner.get(policy + "/concept/nieuw").status == .forbidden)
            #expect(try await practitioner.post(policy + "/concept/nieuw", [("tekst", Self.second), ("toelichting", "x")]).status == .forbidden)
            try await practitioner.get(policy + "/concept")
            let unlink = try await practitioner.post(
                policy + "/concept/signalen", [("sectie", "artikel-1-toekomstplan"), ("ontkoppel", signal.id!.uuidString.lowercased())])
            #expect(unlink.status == .forbidden)
            #expect(!(try await practitioner.get(policy).text.contains("Nieuwe versie toevoegen")))
            // an editor unlinks
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            #expect(try await admin.get(policy + "/concept").text.contains("Ontkoppelen"))
            let unlinked = try await admin.post(
                policy + "/concept/signalen", [("sectie", "artikel-1-toekomstplan"), ("ontkoppel", signal.id!.uuidString.lowercased())])
            #expect(unlinked.status == .seeOther)
            #expect(!(try await admin.get(policy + "/concept").text.contains("Geen plan op 17")))
        }
    }

    @Test func anotherOrganisationsDraftDoesNotExist() async throws {
        try await withApp { store, fixture, client in
            // setup
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let policy = try await Self.policy(store, other, title: "Beleid elders")
            let id = try #require(UUID(uuidString: String(policy.split(separator: "/").last!)))
            let actor = AuditActor(organisationID: other.organisationID, userID: other.administrator.id, label: "test", origin: "test")
            try await DraftRepository(store: store).addVersion(
                policyID: id, markdown: Self.first, changeNote: "", organisationID: other.organisationID, actor: actor, now: Date())
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            // act + check
            for path in ["/concept", "/concept/1", "/concept/nieuw", "/concept/vergelijk"] {
                #expect(try await admin.get(policy + path).status == .notFound, "\(path)")
            }
            try await admin.get("/beleid")
            #expect(try await admin.post(policy + "/concept/nieuw", [("tekst", Self.second), ("toelichting", "x")]).status == .notFound)
            #expect(try await admin.post(policy + "/concept/signalen", [("sectie", "artikel-1-toekomstplan"), ("signaal", "1")]).status == .notFound)
        }
    }

    @Test func anAdoptedPolicyTakesNoNewDraft() async throws {
        try await withApp { store, fixture, client in
            // setup
            let policy = try await Self.policy(store, fixture)
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get(policy)
            #expect(try await admin.post(policy + "/status", [("status", "vastgesteld")]).status == .seeOther)
            // act
            let form = try await admin.get(policy + "/concept/nieuw")
            try await admin.get(policy)
            let refused = try await admin.post(policy + "/concept/nieuw", [("tekst", Self.first), ("toelichting", "")])
            // check
            #expect(form.text.contains("Dit beleid is vastgesteld."))
            #expect(!form.text.contains(#"id="tekst""#))
            #expect(refused.status == .badRequest)
            #expect(!(try await admin.get(policy).text.contains("Concepttekst toevoegen")))
        }
    }
}

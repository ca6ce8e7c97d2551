// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

@Suite struct MKBAPageTests {
    /// A policy of the fixture organisation, as a lower-case id.
    static func policy(_ store: Store, _ fixture: Fixture, title: String = "Beleidsplan schulden") async throws -> String {
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(title: title, summary: "Minder schulden.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
        return policy.id!.uuidString.lowercased()
    }

    /// 3 years from 2025 at 2,25 %: costs 1 000 for the gemeente, benefits 300 / 300 in years 1 and 2 for gemeente and
    /// inwoner. PV benefits = 600 / 1,0225 + 600 / 1,0225² = 1 160,68; NPV 160,68 → "€ 161"; ratio 1,16; pays back in 2027.
    static func form(policy: String, title: String = "Vroegsignalering <schulden>") -> [(String, String)] {
        [
            ("titel", title), ("beleid", policy), ("beschrijving", "Huisbezoek bij achterstand."), ("startjaar", "2025"), ("looptijd", "3"),
            ("discontovoet", "2,25"),
            ("regel-1-soort", "kosten"), ("regel-1-categorie", "Huisbezoeken"), ("regel-1-belanghebbende", "gemeente"), ("regel-1-bedragen", "1.000"),
            ("regel-1-laag", ""), ("regel-1-hoog", "120"),
            // an empty row between two lines is left out
            ("regel-2-soort", "kosten"), ("regel-2-categorie", ""), ("regel-2-belanghebbende", "gemeente"), ("regel-2-bedragen", ""),
            ("regel-2-laag", ""), ("regel-2-hoog", ""),
            ("regel-3-soort", "baten"), ("regel-3-categorie", "Minder schuldhulp"), ("regel-3-belanghebbende", "gemeente"),
            ("regel-3-bedragen", "0; 300; 300"), ("regel-3-laag", "80"), ("regel-3-hoog", "120"),
            ("regel-4-soort", "baten"), ("regel-4-categorie", "Minder stress"), ("regel-4-belanghebbende", "inwoner"), ("regel-4-bedragen", "0; 300; 300"),
            ("regel-4-laag", "80"), ("regel-4-hoog", "120"),
        ]
    }

    @Test func anEditorWritesAnMKBAAndEveryoneReadsItsFigures() async throws {
        try await withApp { store, fixture, client in
            // setup
            let policy = try await Self.policy(store, fixture)
            var editor = Browser(client)
            try await editor.signIn(fixture.administrator.email)
            let empty = try await editor.get("/mkba")
            #expect(empty.status == .ok)
            #expect(empty.text.contains("Er zijn nog geen MKBA’s."))
            let blank = try await editor.get("/mkba/nieuw?beleid=" + policy)
            #expect(blank.status == .ok)
            #expect(blank.text.contains(#"id="regel-8-bedragen""#))
            #expect(!blank.text.contains(#"id="regel-9-bedragen""#))

            // act: a refused form names the field in Dutch and keeps what was typed
            var wrong = Self.form(policy: policy, title: "Vroegsignalering")
            wrong[wrong.firstIndex { $0.0 == "regel-3-bedragen" }!].1 = "0; 300; veel"
            wrong[wrong.firstIndex { $0.0 == "looptijd" }!].1 = "2"
            let refused = try await editor.post("/mkba/nieuw", wrong)

            // check: the third row is shown as row 2 (the blank row is left out), with its reason beside it
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Niet alles is goed ingevuld."))
            #expect(refused.text.contains(#"<p class="field-error" id="regel-2-bedragen-fout">Regel 2: de bedragen zijn hele euro’s"#))
            #expect(refused.text.contains("Regel 3: u gaf 3 bedragen, maar de looptijd is 2 jaar."))
            #expect(refused.text.contains(#"value="0; 300; veel""#))
            #expect(refused.text.contains(#"value="Vroegsignalering""#))
            #expect(refused.text.contains(#"id="regel-3-bedragen" name="regel-3-bedragen" value="0; 300; 300""#))
            #expect(try await MKBAModel.query(on: store.database).count() == 0)

            // act
            let written = try await editor.post("/mkba/nieuw", Self.form(policy: policy))
            #expect(written.status == .seeOther)
            let page = try #require(written.location?.components(separatedBy: "?").first)
            #expect(page.hasPrefix("/mkba/"))

            // check: a practitioner reads the figures, the tables and the chart, but may not change it
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            let detail = try await practitioner.get(page)
            #expect(detail.status == .ok)
            #expect(detail.text.contains("Vroegsignalering &lt;schulden&gt;"))
            #expect(detail.text.contains("<dt>Contante waarde kosten</dt><dd>€ 1.000</dd>"))
            #expect(detail.text.contains("<dt>Contante waarde baten</dt><dd>€ 1.161</dd>"))
            #expect(detail.text.contains("<dt>Netto contante waarde</dt><dd>€ 161</dd>"))
            #expect(detail.text.contains("<dt>Baten-kostenverhouding</dt><dd>1,16</dd>"))
            #expect(detail.text.contains("<dt>Terugverdiend in</dt><dd>2027</dd>"))
            #expect(detail.text.contains("<dt>Discontovoet</dt><dd>2,25%</dd>"))
            // who pays, who benefits: the gemeente pays 1 000 and gets 580 back
            #expect(detail.text.contains(#"<th scope="row">Gemeente</th><td class="num">€ 1.000</td><td class="num">€ 580</td><td class="num"><strong>€ −420</strong></td>"#))
            #expect(detail.text.contains(#"<th scope="row">Inwoner</th><td class="num">€ 0</td><td class="num">€ 580</td><td class="num">€ 580</td>"#))
            // the sensitivity table: unfavourable is costs 1 200 and benefits 928,55
            #expect(detail.text.contains(#"<th scope="row">Ongunstig: kosten hoog, baten laag</th><td class="num">2,25%</td><td class="num">€ 1.200</td><td class="num">€ 929</td><td class="num"><strong>€ −271</strong></td>"#))
            #expect(detail.text.contains(#"<td class="num">3,25%</td>"#))
            // the chart with its table: cumulative −1 000, −413, 161
            #expect(detail.text.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-line""#))
            #expect(detail.text.contains(#"<title id="mkba-saldo-title">Gecumuleerd contant saldo per jaar</title>"#))
            #expect(detail.text.contains(#"<th scope="row">2026</th><td class="num">€ 0</td><td class="num">€ 587</td><td class="num">€ 587</td><td class="num">€ −413</td>"#))
            #expect(!detail.text.contains(page + "/wijzigen"))
            #expect(try await practitioner.get(page + "/wijzigen").status == .forbidden)
            #expect(try await practitioner.get("/mkba/nieuw").status == .forbidden)
            // the list and the policy page link to it
            #expect(try await practitioner.get("/mkba?beleid=" + policy).text.contains(#"<a href="\#(page)">Vroegsignalering &lt;schulden&gt;</a>"#))
            let policyPage = try await practitioner.get("/beleid/" + policy)
            #expect(policyPage.text.contains("MKBA’s bij dit beleid"))
            #expect(policyPage.text.contains(#"<a href="\#(page)">"#))

            // act: the editor changes it; its lines come back in the form
            let edit = try await editor.get(page + "/wijzigen")
            #expect(edit.text.contains(#"id="regel-3-bedragen" name="regel-3-bedragen" value="0; 300; 300""#))
            #expect(edit.text.contains(#"id="regel-11-bedragen""#))
            var changed = Self.form(policy: policy, title: "Vroegsignalering schulden")
            changed[changed.firstIndex { $0.0 == "discontovoet" }!].1 = ""
            let saved = try await editor.post(page + "/wijzigen", changed)

            // check
            #expect(saved.status == .seeOther)
            #expect(try await editor.get(page).text.contains("<h1>Vroegsignalering schulden</h1>"))
            #expect(try await MKBAAudit.count(store, "mkba.gewijzigd") == 1)
        }
    }

    @Test func theExportsHoldTheSameFigures() async throws {
        try await withApp { store, fixture, client in
            // setup
            let policy = try await Self.policy(store, fixture)
            var editor = Browser(client)
            try await editor.signIn(fixture.administrator.email)
            _ = try await editor.get("/mkba/nieuw")
            let written = try await editor.post("/mkba/nieuw", Self.form(policy: policy))
            let page = try #require(written.location?.components(separatedBy: "?").first)

            // act
            let csv = try await editor.get(page + "/export.csv")
            let markdown = try await editor.get(page + "/export.md")
            let elsewhere = try await Fixture.make(store, name: "Gemeente Elders")
            var other = Browser(client)
            try await other.signIn(elsewhere.administrator.email)

            // check
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("attachment; filename=\"mkba-vroegsignalering-schulden") == true)
            let rows = csv.text.components(separatedBy: "\r\n")
            #expect(rows[0] == "soort;categorie;belanghebbende;laag_procent;hoog_procent;contante_waarde;2025;2026;2027")
            #expect(rows[1] == "kosten;Huisbezoeken;gemeente;100;120;1000;1000;0;0")
            #expect(rows[2] == "baten;Minder schuldhulp;gemeente;80;120;580;0;300;300")
            #expect(rows.contains("totaal;saldo contant;;;;161;-1000;587;574"))
            #expect(markdown.status == .ok)
            #expect(markdown.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(markdown.text.hasPrefix("# MKBA: Vroegsignalering <schulden>\n"))
            #expect(markdown.text.contains("| Netto contante waarde | € 161 |"))
            #expect(markdown.text.contains("| Terugverdiend in | 2027 |"))
            #expect(markdown.text.contains("| Gemeente | € 1.000 | € 580 | € −420 |"))
            #expect(markdown.text.contains("| 2027 | € 0 | € 574 | € 574 | € 161 |"))
            #expect(try await other.get(page).status == .notFound)
            #expect(try await other.get(page + "/export.csv").status == .notFound)
            #expect(try await other.get(page + "/export.md").status == .notFound)
        }
    }
}

/// Counts audit entries of one action.
enum MKBAAudit {
    static func count(_ store: Store, _ action: String) async throws -> Int {
        try await AuditEntryModel.query(on: store.database).filter(\.$action == action).count()
    }
}

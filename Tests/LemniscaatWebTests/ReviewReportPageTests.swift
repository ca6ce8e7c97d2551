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

/// The report of an uitvoeringstoets on the demo organisation: its closed round on the Aanpak 18-/18+ (fifteen
/// reviews) and its open round on the gezondheidsnota.
@Suite struct ReviewReportPageTests {
    struct Demo {
        let store: Store
        let organisation: OrganisationModel
        let closed: ReviewRepository.RoundSummary
        let open: ReviewRepository.RoundSummary
        func path(_ round: ReviewRepository.RoundSummary, markdown: Bool = false) -> String {
            let id = round.id.uuidString.lowercased()
            return markdown ? SiteURL.reviewReportMarkdown(id: id).path : SiteURL.reviewReport(id: id).path
        }
    }

    func withDemo(_ test: @Sendable (Demo, any TestClientProtocol) async throws -> Void) async throws {
        try await withTestStore { store in
            let organisation = try await DemoOrganisation.load(into: store, password: Fixture.password, now: Date())
            let reviews = ReviewRepository(store: store)
            let closed = try #require(try await reviews.rounds(organisationID: organisation.id!, status: .closed).first)
            let open = try #require(try await reviews.rounds(organisationID: organisation.id!, status: .open).first)
            let config = AppConfig(database: .sqlite(path: "unused"), logLevel: .warning)
            let app = try await buildApplication(config, store: store)
            try await app.test(.router) { client in
                try await test(Demo(store: store, organisation: organisation, closed: closed, open: open), client)
            }
        }
    }

    /// The report as the controller builds it, to compare both outputs with.
    static func view(_ demo: Demo, threshold: Int = 5) async throws -> ReviewReportController.ReportView {
        let reviews = ReviewRepository(store: demo.store)
        let round = try #require(try await reviews.round(id: demo.closed.id, organisationID: demo.organisation.id!))
        let report = try #require(try await reviews.report(roundID: demo.closed.id, organisationID: demo.organisation.id!))
        return ReviewReportController.view(
            round: round, report: report, k: SmallNumberPolicy(threshold: threshold), latest: nil, t: Translations.texts(.dutch),
            roundID: demo.closed.id.uuidString.lowercased())
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test func theReportOfAClosedRoundShowsTheHeatmapTheTableAndProtectedCounts() async throws {
        try await withDemo { demo, client in
            // setup
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test")
            let view = try await Self.view(demo)
            // act
            let page = try await officer.get(demo.path(demo.closed))
            // check
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>Rapport uitvoeringstoets: Aanpak 18-/18+"))
            #expect(html.contains("class=\"chart chart-heatmap\"") && html.contains("role=\"img\""))
            #expect(html.contains("<title id=\"toets-heatmap-title\">Gemiddelde score per onderdeel en onderwerp</title>"))
            #expect(html.contains("chart-heatmap-hidden"), "some cells have fewer than 5 scores")
            #expect(html.contains("<caption>Scores per onderdeel en onderwerp</caption>"))
            #expect(html.contains("<caption>Respons per team</caption>"))
            // every team of the demo round is below 5 but one; the total of 15 is shown
            #expect(html.contains("<td class=\"num\">&lt; 5</td>"))
            #expect(html.contains("<tfoot><tr><th scope=\"row\">Totaal</th><td class=\"num\">15</td><td class=\"num\">15</td><td class=\"num\">100%</td>"))
            for row in view.scores {
                let cells = [row.mean, row.count, row.spread, row.notApplicable].map { "<td class=\"num\">\(Self.escaped($0))</td>" }.joined()
                #expect(html.contains("<th scope=\"row\">\(Self.escaped(row.section))</th><td>\(row.dimension)</td>\(cells)"), "\(row)")
            }
            // a shown mean is written in its heatmap cell; a hidden one only as a dash
            let shown = try #require(view.scores.first { $0.mean != "–" })
            #expect(html.contains(">\(shown.mean)</text>"))
            #expect(view.scores.contains { $0.mean == "–" && $0.count == "< 5" })
            // verdicts with their conditions and reasons, doenvermogen, and every remark with its answer
            #expect(html.contains("Uitvoerbaar mits"))
            // two people said "niet uitvoerbaar" ("< 5"): their reasons are not listed under it, or they would count them
            #expect(!html.contains("Redenen bij ‘niet uitvoerbaar’"))
            #expect(html.contains("Voorwaarden en redenen (op volgorde van het alfabet"))
            #expect(html.contains("<caption>Checklist doenvermogen</caption>"))
            let remarks = view.remarkSections.flatMap(\.remarks)
            #expect(remarks.count >= 20 && remarks.allSatisfy(\.hasAnswer))
            for remark in remarks { #expect(html.contains(String(remark.text.prefix(30))), "\(remark.text)") }
            #expect(html.contains("Om niemand herkenbaar te maken"))
        }
    }

    @Test func theMarkdownExportHasTheSameNumbers() async throws {
        try await withDemo { demo, client in
            // setup
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test")
            let view = try await Self.view(demo)
            // act
            let response = try await officer.get(demo.path(demo.closed, markdown: true))
            // check
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"uitvoeringstoets-aanpak-18-18") == true)
            let markdown = response.text
            #expect(markdown.hasPrefix("# Rapport uitvoeringstoets: Aanpak 18-/18+"))
            #expect(markdown.contains("| Totaal | 15 | 15 | 100% |"))
            for row in view.teams { #expect(markdown.contains("| \(row.team) | \(row.invited) | \(row.responded) | \(row.rate) |")) }
            for row in view.scores {
                #expect(markdown.contains("| \(row.section) | \(row.dimension) | \(row.mean) | \(row.count) | \(row.spread) | \(row.notApplicable) |"), "\(row)")
            }
            for row in view.verdicts + view.demands.map({ .init(label: $0.label, count: $0.count) }) {
                #expect(markdown.contains("| \(row.label) | \(row.count) |"))
            }
            #expect(markdown.contains("< 5"))
            #expect(markdown.components(separatedBy: "**Opmerking van ").count - 1 == view.remarkSections.flatMap(\.remarks).count)
        }
    }

    @Test func theOrganisationsThresholdIsTheOneApplied() async throws {
        try await withDemo { demo, client in
            // setup
            try await IndicatorRepository(store: demo.store).setSmallNumberThreshold(
                "10", organisationID: demo.organisation.id!, actor: .commandLine(organisationID: demo.organisation.id), now: Date())
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test")
            // act
            let page = try await officer.get(demo.path(demo.closed))
            // check
            #expect(page.text.contains("&lt; 10"))
            #expect(!page.text.contains("&lt; 5<"))
        }
    }

    @Test func aPractitionerReadsTheReportOnlyOnceTheRoundIsClosed() async throws {
        try await withDemo { demo, client in
            // setup
            var practitioner = Browser(client)
            try await practitioner.signIn("uitvoerder@demo.test")
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test")
            // act
            let open = try await practitioner.get(demo.path(demo.open))
            let openMarkdown = try await practitioner.get(demo.path(demo.open, markdown: true))
            let closed = try await practitioner.get(demo.path(demo.closed))
            let closedMarkdown = try await practitioner.get(demo.path(demo.closed, markdown: true))
            let openForOfficer = try await officer.get(demo.path(demo.open))
            // check
            #expect(open.status == .forbidden)
            #expect(openMarkdown.status == .forbidden)
            #expect(closed.status == .ok)
            #expect(closedMarkdown.status == .ok)
            #expect(openForOfficer.status == .ok)
            #expect(openForOfficer.text.contains("Deze toets is nog open."))
        }
    }

    @Test func anotherOrganisationsRoundDoesNotExist() async throws {
        try await withDemo { demo, client in
            // setup
            let other = try await Fixture.make(demo.store, name: "Gemeente Elders")
            var stranger = Browser(client)
            try await stranger.signIn(other.administrator.email)
            // act
            let page = try await stranger.get(demo.path(demo.closed))
            let markdown = try await stranger.get(demo.path(demo.closed, markdown: true))
            let unknown = try await stranger.get(SiteURL.reviewReport(id: UUID().uuidString.lowercased()).path)
            // check
            #expect(page.status == .notFound)
            #expect(markdown.status == .notFound)
            #expect(unknown.status == .notFound)
            #expect(!page.text.contains("Aanpak 18"))
        }
    }
}

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

/// The Staat van de Uitvoering at /rapportages: page, progress, Markdown and CSV, who may see it, bad requests.
@Suite struct StateReportPageTests {
    /// The CSV's value for a part, figure and period.
    static func value(_ csv: String, _ part: String, _ figure: String, _ period: String, key: String = "") -> String? {
        csv.components(separatedBy: "\r\n").map { $0.components(separatedBy: ";") }
            .first { $0.count == 5 && $0[0] == part && $0[1] == figure && $0[2] == period && $0[3] == key }?[4]
    }

    @Test func theReportsFiguresEqualTheRecords() async throws {
        let clock = ManualClock()
        // Waits for the report however busy the machine is: the progress page has its own test.
        try await withApp(clock: clock, configure: { $0.reportWait = .seconds(120) }) { store, fixture, client in
            // setup
            let expected = try await LoopPageTests.seed(store, fixture, now: clock.now)
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)
            let year = String(LoopPeriod.month(of: clock.now).year)
            let signals = try await SignalModel.query(on: store.database).filter(\.$organisationID == fixture.organisationID).all()
            let period = ReportPeriod(year)!.months
            func inYear(_ date: Date?) -> Bool { date.map { $0 >= period.start && $0 < period.end } ?? false }
            let submitted = signals.filter { inYear($0.submittedAt) }.count
            let answered = signals.filter { inYear($0.answeredAt) }
            let onTime = answered.filter { $0.answeredAt! <= $0.dueAt }.count
            let open = signals.filter { SignalStatus(rawValue: $0.status)!.isOpen }.count

            // act
            let page = try await browser.get("/rapportages/staat-van-de-uitvoering?periode=\(year)")
            let csv = try await browser.get("/rapportages/staat-van-de-uitvoering.csv?periode=\(year)")
            let markdown = try await browser.get("/rapportages/staat-van-de-uitvoering.md?periode=\(year)")

            // check: the page
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>Staat van de Uitvoering \(year)</h1>"))
            for heading in ["De lus in cijfers", "Signalen per maand", "Per beleidsterrein", "De belangrijkste thema&#39;s en wat we deden",
                "Knelpunten: beantwoord en nog open", "Beleidswijzigingen door de praktijk", "Indicatoren en het verhaal achter het getal", "Lessen",
                "Samenwerking tussen beleid en uitvoering"] {
                #expect(html.contains(heading), "\(heading)")
            }
            #expect(html.contains("<td><a href=\"/signalen\">Signalen binnengekomen</a></td><td class=\"num\">\(submitted)</td>"))
            #expect(html.contains("<td class=\"num\">\(open)</td>"))
            #expect(html.contains("href=\"/themas/\(expected.themeID.uuidString.lowercased())\""))
            #expect(html.contains("href=\"/rapportages/staat-van-de-uitvoering.md?periode=\(year)\""))
            // small-number protection: the theme's three recognitions are below 5
            #expect(html.contains("Wachttijden schuldhulp</a></td><td class=\"num\">2</td><td class=\"num\">&lt; 5</td>"))

            // check: the CSV annex holds the same figures as the records
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition] == "attachment; filename=\"staat-van-de-uitvoering-\(year)-bijlage.csv\"")
            let annex = csv.text
            #expect(Self.value(annex, "lus", "signalen binnengekomen", year) == String(submitted))
            #expect(Self.value(annex, "lus", "signalen beantwoord", year) == String(answered.count))
            #expect(Self.value(annex, "lus", "op tijd beantwoord", year) == String(onTime))
            #expect(Self.value(annex, "nu", "open signalen", DutchCalendar.day(clock.now)) == String(open))
            #expect(Self.value(annex, "thema", "herkenningen", year, key: "Wachttijden schuldhulp") == "<5")
            let months = annex.components(separatedBy: "\r\n").filter { $0.hasPrefix("maand;signalen binnengekomen;") }
            #expect(months.count == 12)
            #expect(months.compactMap { Int($0.components(separatedBy: ";")[4]) }.reduce(0, +) == submitted)

            // check: the Markdown says the same, with absolute links
            #expect(markdown.headers[.contentType] == "text/markdown; charset=utf-8")
            #expect(markdown.text.hasPrefix("# Staat van de Uitvoering \(year)\n\n## Gemeente Testdorp\n"))
            #expect(markdown.text.contains("| [Signalen binnengekomen](http://127.0.0.1:8080/signalen) | \(submitted) |"))
            #expect(markdown.text.contains("## Knelpunten: beantwoord en nog open"))
            #expect(!markdown.text.contains("<svg"))

            // check: the command line writes the same Markdown, and HTML that stands on its own
            let report = try await StateReportRepository(store: store).build(
                organisationID: fixture.organisationID, period: ReportPeriod(year)!, domainID: nil, now: clock.now)
            #expect(try await StateReportExport.render(report, format: .md, baseURL: "http://127.0.0.1:8080") == markdown.text)
            #expect(try await StateReportExport.render(report, format: .csv, baseURL: "") == annex)
            let file = try await StateReportExport.render(report, format: .html, baseURL: "https://lemniscaat.example")
            #expect(file.hasPrefix("<!doctype html>"))
            #expect(file.contains("<style>") && file.contains("@media print"))
            #expect(file.contains("<h1>Staat van de Uitvoering \(year)</h1>"))
            #expect(file.contains("href=\"https://lemniscaat.example/rapportages/staat-van-de-uitvoering.md?periode=\(year)\""))
            #expect(!file.contains("<nav aria-label=\"Hoofdmenu\""))
        }
    }

    @Test func showsProgressWhileTheReportIsBuilt() async throws {
        try await withApp(configure: { $0.reportWait = .zero }) { store, fixture, client in
            // setup
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)

            // act: the first request starts the build and shows how far it is; asking again joins it until it is ready
            let first = try await browser.get("/rapportages/staat-van-de-uitvoering?periode=2025-Q4")
            var report = first
            for _ in 0..<200 where !report.text.contains("report-document") {
                try await Task.sleep(for: .milliseconds(25))
                report = try await browser.get("/rapportages/staat-van-de-uitvoering?periode=2025-Q4")
            }

            // check
            #expect(first.status == .ok)
            #expect(first.text.contains("<progress id=\"voortgang\" max=\"\(StateReport.steps)\""))
            #expect(first.text.contains("Het rapport wordt gemaakt: stap"))
            #expect(first.text.contains("href=\"/rapportages/staat-van-de-uitvoering?periode=2025-Q4\""))
            #expect(report.text.contains("<h1>Staat van de Uitvoering 4e kwartaal 2025</h1>"))
            #expect(report.text.contains("We vergelijken met het 3e kwartaal van 2025."))
        }
    }

    @Test func onlyManagersPolicyOfficersAndAdministratorsAndOnlyValidPeriods() async throws {
        try await withApp { store, fixture, client in
            // setup
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            var administrator = Browser(client)
            try await administrator.signIn(fixture.administrator.email)
            let other = try await Fixture.make(store, name: "Andere gemeente")
            let foreignDomain = try await OrganisationRepository(store: store).domains(organisationID: other.organisationID).first!.domain.id!

            // act / check
            for path in ["/rapportages", "/rapportages/staat-van-de-uitvoering?periode=2025", "/rapportages/staat-van-de-uitvoering.md",
                "/rapportages/staat-van-de-uitvoering.csv"] {
                #expect(try await practitioner.get(path).status == .forbidden, "\(path)")
            }
            let index = try await administrator.get("/rapportages")
            #expect(index.status == .ok)
            #expect(index.text.contains("<form id=\"staat-formulier\" class=\"inline\" method=\"get\" action=\"/rapportages/staat-van-de-uitvoering\">"))
            #expect(index.text.contains("href=\"/rapportages\""))  // in the menu
            #expect(!(try await practitioner.get("/").text.contains("href=\"/rapportages\"")))
            let month = try await administrator.get("/rapportages/staat-van-de-uitvoering?periode=2025-03")
            #expect(month.status == .badRequest)
            #expect(month.text.contains("Kies een jaar (bijvoorbeeld 2026) of een kwartaal (bijvoorbeeld 2026-Q3)."))
            let foreign = try await administrator.get("/rapportages/staat-van-de-uitvoering.csv?periode=2025&domein=\(foreignDomain.uuidString)")
            #expect(foreign.status == .badRequest)
            #expect(foreign.text.contains("Kies een beleidsterrein uit de lijst."))
            // the last full year without a period
            let standard = try await administrator.get("/rapportages/staat-van-de-uitvoering.md")
            #expect(standard.text.hasPrefix("# Staat van de Uitvoering \(LoopPeriod.month(of: Date()).year - 1)\n"))
        }
    }
}

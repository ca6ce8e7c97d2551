// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatStore
import Mustache

/// The *Staat van de Uitvoering* as a file, for `lemniscaat rapport staat`: the same document as the page (a
/// standalone HTML file with the stylesheet inside, so it prints the same), the Markdown, or the CSV annex.
public enum StateReportExport {
    public enum Format: String, CaseIterable, Sendable {
        case html, md, csv
    }

    public static func render(_ report: StateReport, format: Format, baseURL: String) async throws -> String {
        let t = Translations.texts(.dutch)
        switch format {
        case .csv:
            return StateReportDocument.csv(report)
        case .md:
            return StateReportDocument.document(report, t: t).markdown(baseURL: baseURL)
        case .html:
            let renderer = try await Renderer()
            let query = "periode=\(report.period.code)" + (report.domainID.map { "&domein=" + $0.uuidString.lowercased() } ?? "")
            let page = ReportsController.ReportPage(
                t: t, document: StateReportDocument.document(report, t: t),
                markdownURL: baseURL + SiteURL.stateReportMarkdown.path + "?" + query, csvURL: baseURL + SiteURL.stateReportCSV.path + "?" + query,
                reportsURL: baseURL + SiteURL.reports.path)
            return try renderer.standalone("report", page, title: t["staatDocumentTitle"]!.replacingOccurrences(of: "{period}", with: StateReportDocument.title(report.period, t: t)))
        }
    }
}

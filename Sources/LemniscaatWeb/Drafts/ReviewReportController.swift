// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The consolidated report of an uitvoeringstoets round, as a printable page and as a Markdown download with the same
/// content. Counts of people go through the organisation's small-number protection first.
///
/// The policy officers may read it at any time; everyone else in the organisation once the round is closed, when
/// the remarks and their answers are everyone's anyway.
struct ReviewReportController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.route(SiteURL.reviewReport), use: page)
        router.get(SiteURL.route(SiteURL.reviewReportMarkdown), use: markdown)
    }

    /// The report's content, ready for either output; every figure is already a protected text.
    struct ReportView {
        struct TeamRow { let team: String; let invited: String; let responded: String; let rate: String }
        struct ScoreRow { let section: String; let dimension: String; let mean: String; let count: String; let spread: String; let notApplicable: String }
        struct VerdictRow { let label: String; let count: String }
        struct NoteGroup { let heading: String; let notes: [String] }
        struct DemandRow { let label: String; let count: String }
        struct RemarkItem {
            let reviewer: String
            let quote: String
            let hasQuote: Bool
            let text: String
            let answer: String
            let hasAnswer: Bool
            let answerText: String
            let hasAnswerText: Bool
            let answerSection: String
            let answerSectionURL: String
            let hasAnswerSection: Bool
        }
        struct RemarkSection { let title: String; let anchor: String; let remarks: [RemarkItem] }

        let t: [String: String]
        let policyTitle: String
        let policyURL: String
        let roundURL: String
        let markdownURL: String
        let versionNumber: Int
        let versionURL: String
        let opened: String
        let deadline: String
        let closed: String
        let isClosed: Bool
        let protectionNote: String
        let hasResponses: Bool
        let teams: [TeamRow]
        let total: TeamRow
        let heatmap: String
        let hiddenNote: String
        let scores: [ScoreRow]
        let verdicts: [VerdictRow]
        let noteGroups: [NoteGroup]
        let demands: [DemandRow]
        let demandNotes: [String]
        let hasDemandNotes: Bool
        let remarkSections: [RemarkSection]
        let hasRemarks: Bool
    }

    /// Reads the round and its report, or answers 404 (not this organisation's) or 403 (not closed, not a manager).
    private func load(request: Request, context: AppRequestContext) async throws -> ReportView {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard let round = try await services.reviews.round(id: id, organisationID: user.organisationID),
            let report = try await services.reviews.report(roundID: id, organisationID: user.organisationID)
        else { throw HTTPError(.notFound) }
        guard ReviewRepository.mayManage(user) || round.summary.status == .closed else { throw HTTPError(.forbidden) }
        let k = SmallNumberPolicy(threshold: try await services.indicators.smallNumberThreshold(organisationID: user.organisationID))
        let versions = try await services.drafts.versions(policyID: round.summary.policyID, organisationID: user.organisationID)
        let latest = try await versions.first.asyncMap {
            try await services.drafts.version(policyID: round.summary.policyID, number: $0.number, organisationID: user.organisationID)
        } ?? nil
        return Self.view(
            round: round, report: report, k: k, latest: latest, t: Translations.texts(context.language), roundID: id.uuidString.lowercased())
    }

    static func figure(_ protected: Protected, _ k: SmallNumberPolicy, _ t: [String: String], percent: Bool = false) -> String {
        switch protected {
        case .shown(let value): percent ? DutchNumber.percent(value, decimals: 0) : DutchNumber.format(value, decimals: 0)
        case .belowThreshold: k.label(protected) ?? "< \(k.threshold)"
        case .hidden: t["reviewReportHidden"]!
        }
    }

    static func view(
        round: ReviewRepository.Round, report: ReviewReport, k: SmallNumberPolicy, latest: DraftRepository.Version?, t: [String: String], roundID: String
    ) -> ReportView {
        let protection = report.protect(k)
        let policyID = round.summary.policyID.uuidString.lowercased()
        let threshold = String(k.threshold)
        func fig(_ p: Protected, percent: Bool = false) -> String { figure(p, k, t, percent: percent) }
        let teams = zip(report.teams, protection.teams).map { team, shown in
            ReportView.TeamRow(
                team: team.team ?? t["reviewReportNoTeam"]!, invited: fig(shown.invited), responded: fig(shown.responded),
                rate: fig(shown.rate, percent: true))
        }
        let dimensions = ReviewDimension.allCases
        let titles = round.version.sections.map { $0.title.isEmpty ? t["draftUntitled"]! : $0.title }
        let heatmap = Heatmap(
            title: t["reviewReportHeatmapTitle"]!, description: t["reviewReportHeatmapDescription"]!, columns: dimensions.map(\.label),
            rows: zip(report.sections, protection.cells).enumerated().map { index, pair in
                Heatmap.Row(label: titles[index], values: zip(pair.0.cells, pair.1).map { cell, shown in shown.shown ? cell.mean : nil })
            },
            lowLabel: t["reviewReportHeatmapLow"]!, highLabel: t["reviewReportHeatmapHigh"]!,
            hiddenNote: t["reviewReportHiddenCells"]!.replacingOccurrences(of: "{k}", with: threshold))
        var scores: [ReportView.ScoreRow] = []
        for (index, section) in report.sections.enumerated() {
            for (column, dimension) in dimensions.enumerated() {
                let cell = section.cells[column]
                let shown = protection.cells[index][column]
                scores.append(
                    ReportView.ScoreRow(
                        section: titles[index], dimension: dimension.label,
                        mean: shown.shown ? cell.mean.map { DutchNumber.format($0, decimals: 1) } ?? "–" : "–", count: fig(shown.count),
                        spread: shown.shown ? cell.spread.map { DutchNumber.format($0, decimals: 1) } ?? "–" : "–",
                        notApplicable: fig(k.count(cell.notApplicable))))
            }
        }
        let verdicts = zip(ReviewVerdict.allCases, protection.verdicts).map { ReportView.VerdictRow(label: $0.label, count: fig($1)) }
        let noteGroups = report.notes(protection).map { group in
            let key = switch group.verdict {
            case .conditional: "reviewReportConditions"
            case .infeasible: "reviewReportReasons"
            case .feasible, nil: "reviewReportConditionsAndReasons"
            }
            return ReportView.NoteGroup(heading: t[key]!, notes: group.notes)
        }
        let latestTitles = Dictionary((latest?.sections ?? []).map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        let latestURL = latest.map { SiteURL.draftVersion(id: policyID, number: String($0.summary.number)).path } ?? ""
        let remarkSections: [ReportView.RemarkSection] = report.sections.enumerated().compactMap { index, section in
            let remarks = report.remarks.filter { $0.sectionKey == section.key }
            guard !remarks.isEmpty else { return nil }
            return ReportView.RemarkSection(
                title: titles[index], anchor: "opmerkingen-" + section.key,
                remarks: remarks.map { remark in
                    let target = remark.answerSectionKey.flatMap { key in latestTitles[key].map { (key, $0) } }
                    return ReportView.RemarkItem(
                        reviewer: remark.reviewer, quote: remark.quote, hasQuote: !remark.quote.isEmpty, text: remark.text,
                        answer: remark.answer?.label ?? t["reviewReportNoAnswer"]!, hasAnswer: remark.answer != nil,
                        answerText: remark.answerText ?? "", hasAnswerText: !(remark.answerText ?? "").isEmpty,
                        answerSection: target?.1 ?? "", answerSectionURL: target.map { latestURL + "#" + DraftsController.anchor($0.0) } ?? "",
                        hasAnswerSection: target != nil)
                })
        }
        return ReportView(
            t: t, policyTitle: round.summary.policyTitle, policyURL: SiteURL.policy(id: policyID).path, roundURL: SiteURL.reviewRound(id: roundID).path,
            markdownURL: SiteURL.reviewReportMarkdown(id: roundID).path, versionNumber: round.summary.versionNumber,
            versionURL: SiteURL.draftVersion(id: policyID, number: String(round.summary.versionNumber)).path,
            opened: DateText.minute(round.summary.openedAt), deadline: DateText.day(round.summary.deadline),
            closed: round.summary.closedAt.map(DateText.minute) ?? "", isClosed: round.summary.status == .closed,
            protectionNote: t["reviewReportProtection"]!.replacingOccurrences(of: "{k}", with: threshold), hasResponses: report.responded > 0,
            teams: teams,
            total: ReportView.TeamRow(
                team: t["reviewReportTotal"]!, invited: fig(protection.invited), responded: fig(protection.responded),
                rate: fig(protection.rate, percent: true)),
            heatmap: heatmap.svg(id: "toets-heatmap"), hiddenNote: heatmap.hiddenNote ?? "", scores: scores, verdicts: verdicts, noteGroups: noteGroups,
            demands: zip(CapabilityDemand.allCases, protection.demands).map { ReportView.DemandRow(label: $0.label, count: fig($1)) },
            demandNotes: report.demandNotes, hasDemandNotes: !report.demandNotes.isEmpty, remarkSections: remarkSections,
            hasRemarks: !remarkSections.isEmpty)
    }

    /// The printable report.
    @Sendable func page(request: Request, context: AppRequestContext) async throws -> Response {
        let view = try await load(request: request, context: context)
        return try services.renderer.page(
            "review-report", view, title: "\(view.t["reviewReportTitle"]!) · \(view.policyTitle)", context: context, request: request)
    }

    /// The same report as Markdown, to paste into a memo or a council letter.
    @Sendable func markdown(request: Request, context: AppRequestContext) async throws -> Response {
        let view = try await load(request: request, context: context)
        var headers = HTTPFields()
        headers[.contentType] = "text/markdown; charset=utf-8"
        headers[.cacheControl] = "no-store"
        let name = "uitvoeringstoets-" + Slug.make(view.policyTitle).prefix(60) + "-versie-\(view.versionNumber)"
        headers[.contentDisposition] = "attachment; filename=\"\(name).md\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: Self.markdown(view))))
    }

    /// Text from reviewers goes into table cells and list items: pipes and line breaks would break the layout, and a
    /// leading character could start Markdown of its own.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func markdown(_ view: ReportView) -> String {
        let t = view.t
        var lines: [String] = []
        lines.append("# \(t["reviewReportTitle"]!): \(cell(view.policyTitle))")
        lines.append("")
        lines.append("- \(t["reviewReportVersion"]!): \(view.versionNumber)")
        lines.append("- \(t["reviewReportOpened"]!): \(view.opened)")
        lines.append("- \(t["reviewReportDeadline"]!): \(view.deadline)")
        if view.isClosed { lines.append("- \(t["reviewReportClosed"]!): \(view.closed)") } else { lines.append("- \(t["reviewReportStillOpen"]!)") }
        lines += ["", view.protectionNote, "", "## \(t["reviewReportResponse"]!)", ""]
        lines.append("| \(t["reviewReportTeam"]!) | \(t["reviewReportInvited"]!) | \(t["reviewReportResponded"]!) | \(t["reviewReportRate"]!) |")
        lines.append("| --- | ---: | ---: | ---: |")
        for row in view.teams + [view.total] { lines.append("| \(cell(row.team)) | \(row.invited) | \(row.responded) | \(row.rate) |") }
        lines += ["", "## \(t["reviewReportScores"]!)", ""]
        if view.hasResponses {
            lines.append("| \(t["reviewReportSection"]!) | \(t["reviewReportDimension"]!) | \(t["reviewReportMean"]!) | \(t["reviewReportCount"]!) | \(t["reviewReportSpread"]!) | \(t["reviewReportNotApplicable"]!) |")
            lines.append("| --- | --- | ---: | ---: | ---: | ---: |")
            for row in view.scores {
                lines.append("| \(cell(row.section)) | \(row.dimension) | \(row.mean) | \(row.count) | \(row.spread) | \(row.notApplicable) |")
            }
            lines += ["", view.hiddenNote, "", t["reviewReportSpreadHint"]!]
        } else {
            lines.append(t["reviewReportNoResponses"]!)
        }
        lines += ["", "## \(t["reviewReportVerdicts"]!)", ""]
        lines.append("| \(t["reviewReportVerdict"]!) | \(t["reviewReportNumber"]!) |")
        lines.append("| --- | ---: |")
        for row in view.verdicts { lines.append("| \(row.label) | \(row.count) |") }
        for group in view.noteGroups {
            lines += ["", "### \(group.heading)", ""]
            for note in group.notes { lines.append("- \(cell(note))") }
        }
        lines += ["", "## \(t["reviewReportCapability"]!)", "", t["reviewReportCapabilityIntro"]!, ""]
        lines.append("| \(t["reviewReportDemand"]!) | \(t["reviewReportTicked"]!) |")
        lines.append("| --- | ---: |")
        for row in view.demands { lines.append("| \(row.label) | \(row.count) |") }
        if view.hasDemandNotes {
            lines += ["", "### \(t["reviewReportCapabilityNotes"]!)", ""]
            for note in view.demandNotes { lines.append("- \(cell(note))") }
        }
        lines += ["", "## \(t["reviewReportRemarks"]!)"]
        if !view.hasRemarks { lines += ["", t["reviewReportNoRemarks"]!] }
        for section in view.remarkSections {
            lines += ["", "### \(cell(section.title))"]
            for remark in section.remarks {
                lines += ["", "**\(t["reviewReportRemarkBy"]!) \(cell(remark.reviewer))**", ""]
                if remark.hasQuote { lines += ["> \(cell(remark.quote))", ""] }
                lines += [cell(remark.text), ""]
                var answer = "\(t["reviewReportAnswer"]!): **\(remark.answer)**"
                if remark.hasAnswerText { answer += " — \(cell(remark.answerText))" }
                if remark.hasAnswerSection { answer += " (\(t["reviewReportSeeSection"]!): \(cell(remark.answerSection)))" }
                lines.append(answer)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

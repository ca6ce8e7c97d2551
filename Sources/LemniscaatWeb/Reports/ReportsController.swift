// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Rapportages: the *Staat van de Uitvoering* as a printable page, as Markdown and with a CSV annex. Same readers as
/// *De lus*. See docs/staat-van-de-uitvoering.md.
struct ReportsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.reports.route, use: index)
        router.get(SiteURL.stateReport.route, use: stateReport)
        router.get(SiteURL.stateReportMarkdown.route, use: stateMarkdown)
        router.get(SiteURL.stateReportCSV.route, use: stateCSV)
    }

    /// What the query asks for: a year or quarter (the last full year without one) and optionally a domain.
    struct Request: Sendable {
        let period: ReportPeriod
        let domainID: UUID?

        var query: String {
            "periode=\(period.code)" + (domainID.map { "&domein=" + $0.uuidString.lowercased() } ?? "")
        }
    }

    static func parse(period: String?, domain: String?, domains: [UUID], now: Date) -> Result<Request, ValidationFailure> {
        var problems: [InvalidParam] = []
        var chosen = ReportPeriod(Period(year: LoopPeriod.month(of: now).year - 1, frequency: .year, index: 1)!)!
        if let period, !period.isEmpty {
            if let parsed = ReportPeriod(period) {
                chosen = parsed
            } else {
                problems.append(
                    InvalidParam(name: "periode", code: "ongeldig", reason: "Kies een jaar (bijvoorbeeld 2026) of een kwartaal (bijvoorbeeld 2026-Q3)."))
            }
        }
        var domainID: UUID?
        if let domain, !domain.isEmpty {
            if let id = UUID(uuidString: domain), domains.contains(id) {
                domainID = id
            } else {
                problems.append(InvalidParam(name: "domein", code: "onbekend", reason: "Kies een beleidsterrein uit de lijst."))
            }
        }
        if !problems.isEmpty { return .failure(ValidationFailure(problems)) }
        return .success(Request(period: chosen, domainID: domainID))
    }

    /// The years (from the first signal's, at most six back) and the quarters of this year and last.
    static func periodChoices(now: Date, selected: String, t: [String: String]) -> [Choice] {
        let month = LoopPeriod.month(of: now)
        var codes: [String] = (0..<6).map { String(month.year - $0) }
        for year in [month.year, month.year - 1] {
            for quarter in (1...4).reversed() where year < month.year || quarter <= (month.index - 1) / 3 + 1 {
                codes.append("\(year)-Q\(quarter)")
            }
        }
        return codes.map { code in
            Choice(value: code, label: StateReportDocument.title(ReportPeriod(code)!, t: t), selected: code == selected)
        }
    }

    private func require(_ context: AppRequestContext) throws -> SignedInUser {
        let user = try context.requireUser()
        guard LoopController.mayRead(user) else { throw HTTPError(.forbidden) }
        return user
    }

    private func request(_ request: Hummingbird.Request, user: SignedInUser) async throws -> Request {
        let query = request.uri.queryParameters
        let domains = try await services.organisations.domainNames(organisationID: user.organisationID).map(\.id)
        switch Self.parse(period: query["periode"].map(String.init), domain: query["domein"].map(String.init), domains: domains, now: services.now) {
        case .success(let chosen): return chosen
        case .failure(let failure): throw HTTPError(.badRequest, message: failure.invalidParams.map(\.reason).joined(separator: " "))
        }
    }

    struct IndexPage {
        let t: [String: String]
        let periods: [Choice]
        let domains: [Choice]
        let stateURL: String
        let letterURL: String
    }

    @Sendable func index(request: Hummingbird.Request, context: AppRequestContext) async throws -> Response {
        let user = try require(context)
        let t = Translations.texts(context.language)
        let now = services.now
        let domains = try await services.organisations.domainNames(organisationID: user.organisationID)
        let page = IndexPage(
            t: t, periods: Self.periodChoices(now: now, selected: String(LoopPeriod.month(of: now).year - 1), t: t),
            domains: [Choice(value: "", label: t["staatWholeOrganisation"]!, selected: true)]
                + domains.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: false) },
            stateURL: SiteURL.stateReport.path, letterURL: SiteURL.bottleneckLetter.path)
        return try services.renderer.page("reports", page, title: t["reportsTitle"]!, context: context, request: request)
    }

    /// The report, built once for every format of the same request.
    private func build(_ chosen: Request, user: SignedInUser, progress: @escaping @Sendable (Int) -> Void = { _ in }) async throws -> StateReport {
        try await StateReportRepository(store: services.store).build(
            organisationID: user.organisationID, period: chosen.period, domainID: chosen.domainID, now: services.now, progress: progress)
    }

    struct ReportPage {
        let t: [String: String]
        let document: ReportDocument
        let markdownURL: String
        let csvURL: String
        let reportsURL: String
    }

    struct ProgressPage {
        let t: [String: String]
        let heading: String
        let done: Int
        let total: Int
        let percent: Int
        let status: String
        let refreshURL: String
    }

    @Sendable func stateReport(request: Hummingbird.Request, context: AppRequestContext) async throws -> Response {
        let user = try require(context)
        let chosen = try await self.request(request, user: user)
        let t = Translations.texts(context.language)
        let store = services.store
        let now = services.now
        let outcome = try await services.reportJobs.report(
            .init(organisationID: user.organisationID, period: chosen.period.code, domainID: chosen.domainID), wait: services.config.reportWait
        ) { progress in
            try await StateReportRepository(store: store).build(
                organisationID: user.organisationID, period: chosen.period, domainID: chosen.domainID, now: now, progress: progress)
        }
        let title = t["staatDocumentTitle"]!.replacingOccurrences(of: "{period}", with: StateReportDocument.title(chosen.period, t: t))
        switch outcome {
        case .building(let done):
            let page = ProgressPage(
                t: t, heading: title, done: done, total: StateReport.steps, percent: done * 100 / StateReport.steps,
                status: t["staatBuilding"]!.replacingOccurrences(of: "{done}", with: String(done))
                    .replacingOccurrences(of: "{total}", with: String(StateReport.steps)),
                refreshURL: SiteURL.stateReport.path + "?" + chosen.query)
            return try services.renderer.page("report-progress", page, title: title, context: context, request: request)
        case .ready(let report):
            let page = ReportPage(
                t: t, document: StateReportDocument.document(report, t: t), markdownURL: SiteURL.stateReportMarkdown.path + "?" + chosen.query,
                csvURL: SiteURL.stateReportCSV.path + "?" + chosen.query, reportsURL: SiteURL.reports.path)
            return try services.renderer.page("report", page, title: title, context: context, request: request)
        }
    }

    static func fileName(_ report: StateReport) -> String {
        "staat-van-de-uitvoering-\(report.period.code.lowercased())" + (report.domainName.map { "-" + Slug.make($0) } ?? "")
    }

    private func download(_ body: String, type: String, fileName: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    @Sendable func stateMarkdown(request: Hummingbird.Request, context: AppRequestContext) async throws -> Response {
        let user = try require(context)
        let report = try await build(try await self.request(request, user: user), user: user)
        let markdown = StateReportDocument.document(report, t: Translations.texts(context.language)).markdown(baseURL: services.config.baseURL)
        return download(markdown, type: "text/markdown; charset=utf-8", fileName: Self.fileName(report) + ".md")
    }

    @Sendable func stateCSV(request: Hummingbird.Request, context: AppRequestContext) async throws -> Response {
        let user = try require(context)
        let report = try await build(try await self.request(request, user: user), user: user)
        return download(StateReportDocument.csv(report), type: "text/csv; charset=utf-8", fileName: Self.fileName(report) + "-bijlage.csv")
    }
}

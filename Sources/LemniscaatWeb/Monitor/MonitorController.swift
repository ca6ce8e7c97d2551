// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Monitor: every indicator of the organisation with its status, a page per indicator with charts and tables, the
/// story behind the figures, and exports.
struct MonitorController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.monitor.route, use: overview)
        router.get(SiteURL.monitorExport.route, use: exportAll)
        router.get(SiteURL.route(SiteURL.indicator), use: show)
        router.get(SiteURL.route(SiteURL.indicatorExport), use: exportOne)
        router.post(SiteURL.route(SiteURL.indicatorComment), use: comment)
    }

    static func mayEdit(_ user: SignedInUser) -> Bool { PoliciesController.mayEdit(user) }

    /// Everything the monitor pages need about a set of indicators, read once.
    struct Loaded: Sendable {
        let listings: [IndicatorRepository.Listing]
        let figures: [UUID: IndicatorFigures]
        let areaNames: [AreaCode: String]
        let threshold: Int
    }

    /// Kept like the whole-area figures it is made of (until this process writes, at most 30 s): every policy page and
    /// monitor view asked for the same indicators, areas and threshold and rolled the same figures up again.
    func load(organisationID: UUID, filter: IndicatorRepository.Filter) async throws -> Loaded {
        try await Self.kept.value(LoadKey(organisationID: organisationID, filter: filter), store: services.store) {
            try await loadFresh(organisationID: organisationID, filter: filter)
        }
    }

    struct LoadKey: Hashable, Sendable {
        let organisationID: UUID
        let filter: IndicatorRepository.Filter
    }

    static let kept = GenerationCache<LoadKey, Loaded>()

    private func loadFresh(organisationID: UUID, filter: IndicatorRepository.Filter) async throws -> Loaded {
        let listings = try await services.indicators.list(organisationID: organisationID, filter: filter)
        // Pages without indicators (most policy pages of a large municipality) need nothing more.
        if listings.isEmpty { return Loaded(listings: [], figures: [:], areaNames: [:], threshold: SmallNumberPolicy.standard.threshold) }
        let areas = try await services.areas.names(organisationID: organisationID)
        let codes = areas.compactMap { AreaCode($0.code) }
        let measured = try await services.measurements.keptWholeAreaFigures(indicatorIDs: listings.map(\.indicator.id))
        var figures: [UUID: IndicatorFigures] = [:]
        for listing in listings {
            figures[listing.indicator.id] = IndicatorFigures(
                measured: measured[listing.indicator.id] ?? [:], areas: codes, aggregation: listing.indicator.aggregation)
        }
        return Loaded(
            listings: listings, figures: figures,
            areaNames: Dictionary(uniqueKeysWithValues: areas.compactMap { area in AreaCode(area.code).map { ($0, area.name) } }),
            threshold: try await services.indicators.smallNumberThreshold(organisationID: organisationID))
    }

    // MARK: overview

    struct OverviewPage {
        struct Row {
            let code: String
            let name: String
            let url: String
            let policy: String
            let policyURL: String
            let goal: String
            let kind: String
            let latestPeriod: String
            let latest: String
            let expected: String
            let status: String
            let statusClass: String
            let sparkline: String
        }
        let t: [String: String]
        let rows: [Row]
        let total: Int
        let domains: [Choice]
        let policies: [Choice]
        let kinds: [Choice]
        let statuses: [Choice]
        let exportCSV: String
        let exportJSON: String
        let exportPublication: String
        let mayEdit: Bool
        let importURL: String
        let counts: String
    }

    @Sendable func overview(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        let domain = query["domein"].map(String.init) ?? ""
        let policy = query["beleid"].map(String.init) ?? ""
        let kind = query["soort"].map(String.init) ?? ""
        let status = query["status"].map(String.init) ?? ""
        let loaded = try await load(
            organisationID: user.organisationID,
            filter: .init(policyID: UUID(uuidString: policy), domainID: UUID(uuidString: domain), kind: IndicatorKind(rawValue: kind)))
        var rows: [OverviewPage.Row] = []
        var tally: [TrackStatus: Int] = [:]
        for listing in loaded.listings {
            let indicator = listing.indicator
            let figures = loaded.figures[indicator.id]!
            let policyK = indicator.policy(organisationThreshold: loaded.threshold)
            let assessment = figures.assessment(path: indicator.path, direction: indicator.direction)
            if let wanted = TrackStatus(rawValue: status), assessment?.status != wanted { continue }
            if status == "geen", assessment != nil { continue }
            if let assessment { tally[assessment.status, default: 0] += 1 }
            let summary = Self.summary(listing, figures: figures, k: policyK, assessment: assessment)
            let id = indicator.id.uuidString.lowercased()
            rows.append(
                OverviewPage.Row(
                    code: indicator.code, name: indicator.name, url: SiteURL.indicator(id: id).path, policy: listing.policyTitle,
                    policyURL: SiteURL.policy(id: listing.policyID.uuidString.lowercased()).path, goal: listing.goalTitle,
                    kind: indicator.kind.rawValue, latestPeriod: figures.latest?.period.description ?? "–", latest: summary.latest,
                    expected: assessment.map { MonitorDisplay.text($0.expected, unit: indicator.unit) } ?? "–",
                    status: summary.status, statusClass: summary.statusClass, sparkline: summary.sparkline))
        }
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let policies = try await services.policies.titles(organisationID: user.organisationID)
        var exportQuery = request.uri.query.map { "?" + $0 } ?? ""
        if exportQuery.isEmpty { exportQuery = "?" } else { exportQuery += "&" }
        let page = OverviewPage(
            t: t, rows: rows, total: rows.count,
            domains: [Choice(value: "", label: t["all"]!, selected: domain.isEmpty)]
                + domains.map { Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: $0.domain.id!.uuidString.lowercased() == domain) },
            policies: [Choice(value: "", label: t["all"]!, selected: policy.isEmpty)]
                + policies.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id.uuidString.lowercased() == policy) },
            kinds: [Choice(value: "", label: t["all"]!, selected: kind.isEmpty)]
                + IndicatorKind.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, selected: $0.rawValue == kind) },
            statuses: [Choice(value: "", label: t["all"]!, selected: status.isEmpty)]
                + TrackStatus.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == status) }
                + [Choice(value: "geen", label: "geen status", selected: status == "geen")],
            exportCSV: SiteURL.monitorExport.path + exportQuery + "formaat=csv",
            exportJSON: SiteURL.monitorExport.path + exportQuery + "formaat=json",
            exportPublication: SiteURL.monitorExport.path + exportQuery + "formaat=csv&publicatie=ja",
            mayEdit: Self.mayEdit(user), importURL: SiteURL.monitorImport.path,
            counts: TrackStatus.allCases.map { "\(tally[$0] ?? 0) \($0.label)" }.joined(separator: " · "))
        return try services.renderer.page("monitor", page, title: t["monitorTitle"]!, context: context, request: request)
    }

    /// What every list of indicators shows: the latest municipal figure (protected), the status and a sparkline.
    struct Summary {
        let latest: String
        let status: String
        let statusClass: String
        let sparkline: String
    }

    static func summary(
        _ listing: IndicatorRepository.Listing, figures: IndicatorFigures, k: SmallNumberPolicy, assessment: TrackAssessment?
    ) -> Summary {
        let indicator = listing.indicator
        let series = figures.municipalitySeries
        let protected = series.map { FigureProtection.protect($0.figure, unit: indicator.unit, policy: k) }
        let spark = Sparkline(
            values: protected.map(FigureProtection.value), title: "Verloop \(indicator.name)", target: indicator.targets.last?.value,
            description: "Gemeente, \(series.first?.period.description ?? "") tot \(series.last?.period.description ?? "")",
            gapNote: protected.contains { FigureProtection.value($0) == nil } ? "Kleine aantallen zijn niet getoond." : nil)
        return Summary(
            latest: protected.last.map { MonitorDisplay.cell($0, unit: indicator.unit, policy: k) } ?? "–",
            status: assessment?.status.label ?? "geen status", statusClass: assessment?.status.rawValue ?? "geen",
            sparkline: series.isEmpty ? "" : spark.svg(id: "spark-\(indicator.id.uuidString.lowercased())"))
    }

    /// An indicator as a policy page lists it under its goal.
    static func goalIndicator(_ listing: IndicatorRepository.Listing, loaded: Loaded) -> PoliciesController.DetailPage.GoalIndicator {
        let indicator = listing.indicator
        let figures = loaded.figures[indicator.id]!
        let summary = summary(
            listing, figures: figures, k: indicator.policy(organisationThreshold: loaded.threshold),
            assessment: figures.assessment(path: indicator.path, direction: indicator.direction))
        return .init(
            name: "\(indicator.code) \(indicator.name)", url: SiteURL.indicator(id: indicator.id.uuidString.lowercased()).path,
            latest: figures.latest.map { "\(summary.latest) (\($0.period))" } ?? "–",
            status: summary.status, statusClass: summary.statusClass, sparkline: summary.sparkline)
    }

    // MARK: indicator page

    struct IndicatorPage {
        struct Fact { let label: String; let value: String }
        struct SeriesRow { let period: String; let value: String; let expected: String; let status: String; let statusClass: String; let state: String }
        struct AreaRow { let code: String; let name: String; let level: String; let value: String; let state: String; let indent: Bool }
        struct CategoryRow { let dimension: String; let category: String; let value: String }
        struct CommentRow { let author: String; let when: String; let about: String; let body: String; let signalURL: String?; let signalLabel: String?; let themeURL: String?; let themeTitle: String? }
        let t: [String: String]
        let csrf: String
        let code: String
        let name: String
        let policy: String
        let policyURL: String
        let goal: String
        let facts: [Fact]
        let status: String
        let statusClass: String
        let explanation: String
        let lineChart: String
        let series: [SeriesRow]
        let hasSeries: Bool
        let period: String
        let periods: [Choice]
        let barChart: String
        let areas: [AreaRow]
        let categories: [CategoryRow]
        let hasCategories: Bool
        let comments: [CommentRow]
        let hasComments: Bool
        let commentURL: String
        let commentBody: Field
        let commentPeriod: Field
        let commentSignal: Field
        let areaChoices: [Choice]
        let themeChoices: [Choice]
        let exportCSV: String
        let exportJSON: String
        let mayEdit: Bool
        let editURL: String
        let protectionNote: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await indicatorPage(request: request, context: context, form: nil, failure: nil)
    }

    func indicatorPage(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let listing = try await services.indicators.indicator(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let indicator = listing.indicator
        let loaded = try await load(organisationID: user.organisationID, filter: .init(goalID: indicator.goalID))
        let figures = loaded.figures[id]!
        let k = indicator.policy(organisationThreshold: loaded.threshold)
        let unit = indicator.unit
        let series = figures.municipalitySeries
        let protectedSeries = series.map { FigureProtection.protect($0.figure, unit: unit, policy: k) }
        let assessment = figures.assessment(path: indicator.path, direction: indicator.direction)
        let shownLatest = protectedSeries.last.flatMap { FigureProtection.value($0) }.map { MonitorDisplay.text($0, unit: unit) }
        let path = indicator.path
        // Periods on the chart: the baseline's and every measured one, so the target line starts where the plan does.
        var chartPeriods = Set(figures.periods.filter { $0.frequency == indicator.frequency })
        if let baseline = indicator.baseline, baseline.period.frequency == indicator.frequency { chartPeriods.insert(baseline.period) }
        let ordered = chartPeriods.sorted()
        let byPeriod = Dictionary(uniqueKeysWithValues: zip(series.map(\.period), protectedSeries))
        let line = LineChart(
            title: "\(indicator.name): gemeente per \(indicator.frequency.rawValue)",
            description: MonitorDisplay.explanation(assessment, latest: figures.latest?.period, indicator: indicator, shownActual: shownLatest),
            periods: ordered.map(\.description),
            series: [
                LineChart.Series(name: "Meting", values: ordered.map { byPeriod[$0].flatMap(FigureProtection.value) }, style: .measured),
                LineChart.Series(name: "Lijn naar het doel", values: ordered.map { path.expected(at: $0) }, style: .target),
            ],
            format: MonitorDisplay.format(unit),
            gapNote: "Ontbrekende punten: geen meting, of een klein aantal dat niet wordt getoond.")
        // The area view: one period at a time, the latest unless one is chosen.
        let chosen = request.uri.queryParameters["periode"].flatMap { Period(String($0)) }.flatMap { figures.byPeriod[$0] != nil ? $0 : nil }
            ?? figures.periods.last
        let areaFigures = chosen.flatMap { figures.byPeriod[$0] } ?? [:]
        let protectedAreas = FigureProtection.protect(areaFigures, indicator: indicator, policy: k)
        let codes = areaFigures.keys.sorted { $0.digits.lexicographicallyPrecedes($1.digits) }
        let districts = codes.filter { $0.level == .district }
        let bar = BarChart(
            title: "\(indicator.name) per wijk, \(chosen?.description ?? "")",
            description: "Staafdiagram met de waarde per wijk in \(chosen?.description ?? "geen periode"); de tabel eronder geeft dezelfde cijfers.",
            bars: districts.map { code in
                let protected = protectedAreas[code] ?? .hidden
                return BarChart.Bar(
                    label: loaded.areaNames[code] ?? code.description, value: FigureProtection.value(protected),
                    marker: FigureProtection.value(protected) == nil ? MonitorDisplay.cell(protected, unit: unit, policy: k) : nil)
            },
            target: chosen.flatMap { path.expected(at: $0) }, format: MonitorDisplay.format(unit),
            gapNote: "Een wijk zonder staaf heeft een klein aantal of is verborgen om terugrekenen te voorkomen.")
        var categories: [IndicatorPage.CategoryRow] = []
        if let chosen, let municipality = figures.municipality {
            let broken = try await services.measurements.breakdowns(indicatorIDs: [id], periods: [chosen], areas: [municipality])
            for (dimension, members) in Dictionary(grouping: broken, by: \.dimension).sorted(by: { $0.key < $1.key }) {
                let protected = FigureProtection.protect(
                    categories: members.map { ($0.category, $0.figure) }, total: protectedAreas[municipality], indicator: indicator, policy: k)
                for (member, cell) in zip(members, protected) {
                    categories.append(.init(dimension: dimension, category: member.category, value: MonitorDisplay.cell(cell, unit: unit, policy: k)))
                }
            }
        }
        let comments = try await services.indicators.comments(indicatorID: id, organisationID: user.organisationID)
        let authors = Dictionary(
            uniqueKeysWithValues: try await services.accounts.names(ids: Array(Set(comments.compactMap(\.authorID))), organisationID: user.organisationID)
                .map { ($0.id, $0.name) })
        let signalNumbers = try await services.signals.numbers(ids: comments.compactMap(\.signalID), organisationID: user.organisationID)
        let themes = try await services.themes.titles(organisationID: user.organisationID)
        let themeTitles = Dictionary(uniqueKeysWithValues: themes.map { ($0.id, $0.title) })
        let idText = id.uuidString.lowercased()
        var owner: String?
        if let ownerID = indicator.ownerID { owner = try await services.accounts.names(ids: [ownerID], organisationID: user.organisationID).first?.name }
        let facts: [IndicatorPage.Fact] = [
            .init(label: t["definition"]!, value: indicator.definition),
            .init(label: t["indicatorKind"]!, value: indicator.kind.rawValue),
            .init(label: t["unit"]!, value: indicator.unit.rawValue),
            .init(label: t["direction"]!, value: indicator.direction == .higherIsBetter ? "hoger is beter" : "lager is beter"),
            .init(label: t["source"]!, value: indicator.source.rawValue),
            .init(label: t["owner"]!, value: owner ?? "–"),
            .init(label: t["frequency"]!, value: indicator.frequency.rawValue),
            .init(label: t["aggregation"]!, value: indicator.aggregation.rawValue),
            .init(label: t["baseline"]!, value: indicator.baseline.map { "\(MonitorDisplay.text($0.value, unit: unit)) (\($0.period))" } ?? "–"),
            .init(
                label: t["targets"]!,
                value: indicator.targets.isEmpty ? "–" : indicator.targets.map { "\(MonitorDisplay.text($0.value, unit: unit)) in \($0.period)" }.joined(separator: "; ")),
        ]
        let page = IndicatorPage(
            t: t, csrf: context.csrfToken, code: indicator.code, name: indicator.name, policy: listing.policyTitle,
            policyURL: SiteURL.policy(id: listing.policyID.uuidString.lowercased()).path, goal: listing.goalTitle, facts: facts,
            status: assessment?.status.label ?? "geen status", statusClass: assessment?.status.rawValue ?? "geen",
            explanation: MonitorDisplay.explanation(assessment, latest: figures.latest?.period, indicator: indicator, shownActual: shownLatest),
            lineChart: line.svg(id: "lijn-\(idText)"),
            series: zip(series, protectedSeries).reversed().map { entry, protected in
                let status = TrackAssessment.assess(actual: entry.figure.value, period: entry.period, path: path, direction: indicator.direction)?.status
                return IndicatorPage.SeriesRow(
                    period: entry.period.description, value: MonitorDisplay.cell(protected, unit: unit, policy: k),
                    expected: path.expected(at: entry.period).map { MonitorDisplay.text($0, unit: unit) } ?? "–",
                    status: status?.label ?? "–", statusClass: status?.rawValue ?? "geen", state: entry.figure.state.rawValue)
            },
            hasSeries: !series.isEmpty, period: chosen?.description ?? "",
            periods: figures.periods.reversed().map { Choice(value: $0.description, label: $0.description, selected: $0 == chosen) },
            barChart: districts.isEmpty ? "" : bar.svg(id: "wijken-\(idText)"),
            areas: codes.map { code in
                IndicatorPage.AreaRow(
                    code: code.description, name: loaded.areaNames[code] ?? code.description, level: code.level.rawValue,
                    value: MonitorDisplay.cell(protectedAreas[code] ?? .hidden, unit: unit, policy: k), state: areaFigures[code]!.state.rawValue,
                    indent: code.level == .neighbourhood)
            },
            categories: categories, hasCategories: !categories.isEmpty,
            comments: comments.map { comment in
                IndicatorPage.CommentRow(
                    author: comment.authorID.flatMap { authors[$0] } ?? "–", when: Self.date(comment.createdAt),
                    about: [comment.period?.description, comment.area.map { loaded.areaNames[$0] ?? $0.description }].compactMap { $0 }.joined(separator: ", "),
                    body: comment.body,
                    signalURL: comment.signalID.map { SiteURL.signal(id: $0.uuidString.lowercased()).path },
                    signalLabel: comment.signalID.flatMap { signalNumbers[$0] }.map { "Signaal \($0)" },
                    themeURL: comment.themeID.map { SiteURL.theme(id: $0.uuidString.lowercased()).path },
                    themeTitle: comment.themeID.flatMap { themeTitles[$0] })
            },
            hasComments: !comments.isEmpty, commentURL: SiteURL.indicatorComment(id: idText).path,
            commentBody: Field("tekst", form: form, failure: failure.map(ValidationFailureBox.init)),
            commentPeriod: Field("periode", form: form, failure: failure.map(ValidationFailureBox.init)),
            commentSignal: Field("signaal", form: form, failure: failure.map(ValidationFailureBox.init)),
            areaChoices: [Choice(value: "", label: "hele indicator", selected: true)]
                + codes.map { Choice(value: $0.description, label: loaded.areaNames[$0] ?? $0.description, selected: form?.value("gebied") == $0.description) },
            themeChoices: [Choice(value: "", label: "geen thema", selected: true)]
                + themes.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: form?.value("thema") == $0.id.uuidString.lowercased()) },
            exportCSV: SiteURL.indicatorExport(id: idText).path + "?formaat=csv", exportJSON: SiteURL.indicatorExport(id: idText).path + "?formaat=json",
            mayEdit: Self.mayEdit(user), editURL: SiteURL.indicatorEdit(id: idText).path,
            protectionNote: "Aantallen onder de \(k.threshold) staan er als \"< \(k.threshold)\"; \"verborgen\" betekent dat het cijfer weg is gelaten zodat een klein aantal niet terug te rekenen is.")
        return try services.renderer.page(
            "indicator", page, title: indicator.name, context: context, request: request, status: failure == nil ? .ok : .badRequest,
            message: failure?.invalidParams.first?.reason)
    }

    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam")
        formatter.dateFormat = "d-M-yyyy HH:mm"
        return formatter.string(from: date)
    }

    @Sendable func comment(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let input = IndicatorRepository.CommentInput(
            body: form.value("tekst") ?? "", period: form.value("periode") ?? "", areaCode: form.value("gebied") ?? "",
            signalNumber: form.value("signaal") ?? "", themeID: (form.value("thema")).flatMap(UUID.init(uuidString:)))
        do {
            _ = try await services.indicators.addComment(indicatorID: id, input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await indicatorPage(request: request, context: context, form: form, failure: failure)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.indicator(id: id.uuidString.lowercased()).path + "?melding=saved#verhaal"])
    }

    // MARK: exports

    @Sendable func exportAll(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let query = request.uri.queryParameters
        let loaded = try await load(
            organisationID: user.organisationID,
            filter: .init(
                policyID: query["beleid"].flatMap { UUID(uuidString: String($0)) }, domainID: query["domein"].flatMap { UUID(uuidString: String($0)) },
                kind: query["soort"].flatMap { IndicatorKind(rawValue: String($0)) }))
        return try await export(loaded, request: request, name: "monitor")
    }

    @Sendable func exportOne(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard let listing = try await services.indicators.indicator(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let loaded = try await load(organisationID: user.organisationID, filter: .init(goalID: listing.indicator.goalID))
        let only = Loaded(listings: loaded.listings.filter { $0.indicator.id == id }, figures: loaded.figures, areaNames: loaded.areaNames, threshold: loaded.threshold)
        return try await export(only, request: request, name: "indicator-\(listing.indicator.code.lowercased())")
    }

    private func export(_ loaded: Loaded, request: Request, name: String) async throws -> Response {
        let query = request.uri.queryParameters
        let publication = query["publicatie"].map { $0 == "ja" || $0 == "1" } ?? false
        let format = query["formaat"].map(String.init) ?? "csv"
        guard format == "csv" || format == "json" else {
            throw HTTPError(.badRequest, message: "Kies formaat=csv of formaat=json.")
        }
        let rows = MonitorExport.rows(loaded, publication: publication)
        var headers = HTTPFields()
        headers[.cacheControl] = "no-store"
        let suffix = publication ? "-publicatie" : ""
        if format == "json" {
            headers[.contentType] = "application/json; charset=utf-8"
            headers[.contentDisposition] = "attachment; filename=\"\(name)\(suffix).json\""
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(data: try MonitorExport.json(rows, loaded: loaded, publication: publication))))
        }
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"\(name)\(suffix).csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: MonitorExport.csv(rows))))
    }
}

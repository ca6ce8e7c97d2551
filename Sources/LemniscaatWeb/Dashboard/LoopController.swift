// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// *De lus*: the loop at a glance for managers and policy officers — signals in and answered, deadlines, themes,
/// decisions and policy changes from practice, review rounds, indicators, actions and the samenwerkingskaart, each
/// figure linked to the records behind it. Every chart is followed by a table of the same numbers. See docs/lus.md.
struct LoopController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.loop.route, use: show)
    }

    /// Managers, policy officers and administrators.
    static func mayRead(_ user: SignedInUser) -> Bool { user.has(.manager) || user.has(.policyOfficer) || user.has(.administrator) }

    struct Page {
        struct MonthRow { let month: String; let submitted: String; let answered: String; let onTime: String; let share: String }
        struct ThemeRow { let title: String; let url: String; let signals: String; let recognitions: String }
        struct QuarterRow { let quarter: String; let decisions: String; let policyChanges: String }
        struct StatusRow { let label: String; let count: String; let url: String }
        struct Figure { let label: String; let value: String; let url: String }
        let t: [String: String]
        let domains: [Choice]
        let teams: [Choice]
        let from: String
        let until: String
        let periodText: String
        let resetURL: String
        let figures: [Figure]
        let monthChart: String
        let months: [MonthRow]
        let signalsURL: String
        let themeChart: String
        let themes: [ThemeRow]
        let hasThemes: Bool
        let themesURL: String
        let smallNumberNote: String
        let quarterChart: String
        let quarters: [QuarterRow]
        let decisionsURL: String
        let reviewRounds: String
        let remarks: String
        let remarksAnswered: String
        let remarksShare: String
        let reviewsURL: String
        let consultations: String
        let consultationResponses: String
        let consultationsClosed: String
        let consultationsAnswered: String
        let consultationsURL: String
        let statusChart: String
        let statuses: [StatusRow]
        let monitorURL: String
        let actionsOverdue: String
        let actionsURL: String
        let pairs: String
        let pairsWithoutContact: String
        let contactMapURL: String
        let letterURL: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayRead(user) else { throw HTTPError(.forbidden) }
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        func text(_ key: String) -> String? { query[Substring(key)].map(String.init) }
        let now = services.now
        let filter: LoopFilter
        switch LoopFilter.parse(domain: text("domein"), team: text("team"), from: text("van"), until: text("tot"), now: now) {
        case .success(let chosen): filter = chosen
        case .failure(let failure):
            throw HTTPError(.badRequest, message: failure.invalidParams.map(\.reason).joined(separator: " "))
        }
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let teams = try await services.organisations.teamNames(organisationID: user.organisationID)
        if let domain = filter.domainID, !domains.contains(where: { $0.domain.id == domain }) {
            throw HTTPError(.badRequest, message: "Kies een beleidsterrein uit de lijst.")
        }
        if let team = filter.teamID, !teams.contains(where: { $0.id == team }) {
            throw HTTPError(.badRequest, message: "Kies een team uit de lijst.")
        }
        let figures = try await LoopMetricsRepository(store: services.store).cachedFigures(organisationID: user.organisationID, filter: filter, now: now)
        let page = Self.page(
            figures, t: t,
            domains: [Choice(value: "", label: t["all"]!, selected: filter.domainID == nil)]
                + domains.map { Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: $0.domain.id == filter.domainID) },
            teams: [Choice(value: "", label: t["all"]!, selected: filter.teamID == nil)]
                + teams.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == filter.teamID) })
        return try services.renderer.page("loop", page, title: t["loopTitle"]!, context: context, request: request)
    }

    static func count(_ n: Int) -> String { DutchNumber.format(Double(n), decimals: 0) }

    static func page(_ figures: LoopFigures, t: [String: String], domains: [Choice], teams: [Choice]) -> Page {
        let filter = figures.filter
        let domain = filter.domainID.map { "domein=" + $0.uuidString.lowercased() }
        let team = filter.teamID.map { "team=" + $0.uuidString.lowercased() }
        func link(_ url: SiteURL, _ parts: [String?]) -> String {
            let query = parts.compactMap { $0 }
            return url.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        }
        let signalsURL = link(.signals, [domain])
        let lateURL = link(.signals, ["telaat=ja", domain, "sortering=termijn"])
        let k = SmallNumberPolicy(threshold: max(1, figures.smallNumberThreshold))
        let period = filter.period
        let periodText = t["loopPeriod"]!.replacingOccurrences(of: "{from}", with: period.from.description)
            .replacingOccurrences(of: "{to}", with: period.until.description)

        let months = figures.months.map {
            Page.MonthRow(
                month: $0.month.description, submitted: count($0.submitted), answered: count($0.answered), onTime: count($0.answeredOnTime),
                share: LoopMath.percentText(LoopMath.share($0.answeredOnTime, of: $0.answered)))
        }
        let monthChart = LineChart(
            title: t["loopMonthChartTitle"]!,
            description: t["loopMonthChartDescription"]!.replacingOccurrences(of: "{in}", with: count(figures.submitted))
                .replacingOccurrences(of: "{answered}", with: count(figures.answered)).replacingOccurrences(of: "{period}", with: periodText),
            periods: figures.months.map(\.month.description),
            series: [
                .init(name: t["loopSubmitted"]!, values: figures.months.map { Double($0.submitted) }),
                .init(name: t["loopAnswered"]!, values: figures.months.map { Double($0.answered) }),
            ])

        let themeValues = figures.themes.map { k.count($0.recognitions) }
        let themeChart = BarChart(
            title: t["loopThemeChartTitle"]!, description: t["loopThemeChartDescription"]!,
            bars: zip(figures.themes, themeValues).map { theme, value in
                if case .shown(let shown) = value { return BarChart.Bar(label: theme.title, value: shown) }
                return BarChart.Bar(label: theme.title, value: nil, marker: k.label(value) ?? "–")
            },
            gapNote: t["loopSmallNumbers"]!.replacingOccurrences(of: "{k}", with: String(k.threshold)))
        let themes = zip(figures.themes, themeValues).map { theme, value in
            Page.ThemeRow(
                title: theme.title, url: SiteURL.theme(id: theme.id.uuidString.lowercased()).path, signals: count(theme.signals),
                recognitions: k.label(value) ?? count(theme.recognitions))
        }

        let quarterChart = BarChart(
            title: t["loopQuarterChartTitle"]!,
            description: t["loopQuarterChartDescription"]!
                .replacingOccurrences(of: "{decisions}", with: count(figures.quarters.reduce(0) { $0 + $1.decisions }))
                .replacingOccurrences(of: "{changes}", with: count(figures.quarters.reduce(0) { $0 + $1.policyChanges })),
            bars: figures.quarters.map { BarChart.Bar(label: $0.quarter.description, value: Double($0.decisions)) })

        let statusCounts: [(label: String, count: Int, status: String)] =
            TrackStatus.allCases.map { ($0.label, figures.indicators[$0] ?? 0, $0.rawValue) }
            + [(t["loopNoStatus"]!, figures.indicatorsWithoutStatus, "geen")]
        let statusChart = BarChart(
            title: t["loopStatusChartTitle"]!, description: t["loopStatusChartDescription"]!,
            bars: statusCounts.map { BarChart.Bar(label: $0.label, value: Double($0.count)) })

        return Page(
            t: t, domains: domains, teams: teams, from: period.from.description, until: period.until.description, periodText: periodText,
            resetURL: SiteURL.loop.path,
            figures: [
                .init(label: t["loopSubmitted"]!, value: count(figures.submitted), url: signalsURL),
                .init(label: t["loopAnswered"]!, value: count(figures.answered), url: signalsURL),
                .init(label: t["loopOnTimeShare"]!, value: LoopMath.percentText(figures.onTimeShare), url: signalsURL),
                .init(label: t["loopMedian"]!, value: LoopMath.daysText(hours: figures.medianHours), url: signalsURL),
                .init(label: t["loopP90"]!, value: LoopMath.daysText(hours: figures.p90Hours.map(Double.init)), url: signalsURL),
                .init(label: t["loopOpenLate"]!, value: count(figures.openLate), url: lateURL),
                .init(label: t["loopOpenEscalated"]!, value: count(figures.openEscalated), url: lateURL),
            ],
            monthChart: monthChart.svg(id: "lus-maanden"), months: months, signalsURL: signalsURL,
            themeChart: themeChart.svg(id: "lus-themas"), themes: themes, hasThemes: !themes.isEmpty, themesURL: SiteURL.themes.path,
            smallNumberNote: t["loopSmallNumbers"]!.replacingOccurrences(of: "{k}", with: String(k.threshold)),
            quarterChart: quarterChart.svg(id: "lus-besluiten"),
            quarters: figures.quarters.map {
                Page.QuarterRow(quarter: $0.quarter.description, decisions: count($0.decisions), policyChanges: count($0.policyChanges))
            },
            decisionsURL: SiteURL.decisions.path,
            reviewRounds: count(figures.reviewRounds), remarks: count(figures.remarks), remarksAnswered: count(figures.remarksAnswered),
            remarksShare: LoopMath.percentText(figures.remarksAnsweredShare), reviewsURL: SiteURL.reviewRounds.path,
            consultations: count(figures.consultations), consultationResponses: count(figures.consultationResponses),
            consultationsClosed: count(figures.consultationsClosed), consultationsAnswered: count(figures.consultationsAnswered),
            consultationsURL: SiteURL.consultations.path,
            statusChart: statusChart.svg(id: "lus-indicatoren"),
            statuses: statusCounts.map { Page.StatusRow(label: $0.label, count: count($0.count), url: link(.monitor, ["status=" + $0.status, domain])) },
            monitorURL: link(.monitor, [domain]),
            actionsOverdue: count(figures.actionsOverdue), actionsURL: link(.actions, ["status=achterstallig", team]),
            pairs: count(figures.teamPairs), pairsWithoutContact: count(figures.teamPairsWithoutContact),
            contactMapURL: SiteURL.contactMap.path + "#geen-contact", letterURL: SiteURL.bottleneckLetter.path)
    }
}

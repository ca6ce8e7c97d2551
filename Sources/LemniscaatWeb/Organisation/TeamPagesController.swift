// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The teams of the organisation and, per team, its part in the loop over a period: what its members reported and
/// got answered, what they answered, whom they met and the team's actions. Readable by everyone signed in; the
/// administrator's team pages are under /beheer/teams. Counts of people go through small-number protection.
struct TeamPagesController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.teams.route, use: index)
        router.get(SiteURL.route(SiteURL.team), use: show)
    }

    static func link(_ id: UUID) -> String { SiteURL.team(id: id.uuidString.lowercased()).path }

    // MARK: the list

    struct IndexPage {
        struct Row { let name: String; let url: String; let kind: String; let domain: String }
        let t: [String: String]
        let rows: [Row]
        let hasRows: Bool
    }

    /// The organisation's teams by name, each linking to its page.
    @Sendable func index(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let teams = try await services.organisations.teams(organisationID: user.organisationID)
        let rows = teams.map {
            IndexPage.Row(
                name: $0.team.name, url: Self.link($0.team.id!), kind: t["kind." + $0.team.kind] ?? $0.team.kind, domain: $0.domain?.name ?? "–")
        }
        let page = IndexPage(t: t, rows: rows, hasRows: !rows.isEmpty)
        return try services.renderer.page("teams", page, title: t["teamsTitle"]!, context: context, request: request)
    }

    // MARK: one team

    struct TeamPage {
        struct PeriodLink { let label: String; let url: String; let current: Bool }
        struct SignalRow { let title: String; let url: String; let status: String }
        struct ContactRow {
            let team: String
            let url: String
            let sessions: String
            let shadowDays: String
            let signals: String
            let remarks: String
            let total: String
            let none: Bool
        }
        let t: [String: String]
        let name: String
        let kind: String
        let teamsURL: String
        let periods: [PeriodLink]
        let period: String
        // reported and got answered
        let reportedSignals: String
        let reportedAnswered: String
        let reportedInTime: String
        let reportedOpenOverdue: String
        let reporters: String
        let protectionNote: String
        let reportedLatest: [SignalRow]
        let hasReportedLatest: Bool
        // answered
        let answeredSignals: String
        let answeredRemarks: String
        let remarksURL: String
        let answeredDecisions: String
        let decisionsURL: String
        let answeredLatest: [SignalRow]
        let hasAnsweredLatest: Bool
        // whom they met
        let isLiaison: Bool
        let contacts: [ContactRow]
        let hasContacts: Bool
        let notMet: [String]
        let hasNotMet: Bool
        let allMet: Bool
        let contactMapURL: String
        // actions
        let actionsRunning: String
        let actionsRunningURL: String
        let actionsOverdue: String
        let actionsOverdueURL: String
        let actionsDone: String
        let actionsDoneURL: String
    }

    /// One team's page; another organisation's team, or no team at all, is 404.
    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        // An unknown period falls back to 12 months, as the samenwerkingskaart does.
        let period = request.uri.queryParameters["maanden"].flatMap { TeamPeriod(String($0)) } ?? .twelveMonths
        let repository = TeamOverviewRepository(store: services.store)
        guard let overview = try await repository.overview(teamID: id, organisationID: user.organisationID, period: period, now: services.now) else {
            throw HTTPError(.notFound)
        }
        let k = SmallNumberPolicy(threshold: try await services.indicators.smallNumberThreshold(organisationID: user.organisationID))
        let page = Self.page(overview, k: k, t: t)
        return try services.renderer.page("team", page, title: overview.name, context: context, request: request)
    }

    static func figure(_ n: Int) -> String { DutchNumber.format(Double(n), decimals: 0) }

    static func signalRows(_ lines: [TeamOverviewRepository.SignalLine]) -> [TeamPage.SignalRow] {
        lines.map {
            TeamPage.SignalRow(
                title: "#\($0.number) \($0.title)", url: SiteURL.signal(id: $0.id.uuidString.lowercased()).path,
                status: SignalStatus(rawValue: $0.status)?.label ?? $0.status)
        }
    }

    static func page(_ o: TeamOverviewRepository.Overview, k: SmallNumberPolicy, t: [String: String]) -> TeamPage {
        let teamID = o.teamID.uuidString.lowercased()
        let months = String(o.period.months)
        let actionsURL = { (status: String) in SiteURL.actions.path + "?team=\(teamID)&status=\(status)" }
        let inTime =
            o.reported.answered == 0
            ? DutchNumber.notANumber
            : DutchNumber.percent(Double(o.reported.answeredInTime) * 100 / Double(o.reported.answered), decimals: 0)
        let contacts = (o.contacts ?? []).map { contact in
            TeamPage.ContactRow(
                team: contact.team.name, url: link(contact.team.id), sessions: figure(contact.counts.sessions),
                shadowDays: figure(contact.counts.shadowDays), signals: figure(contact.counts.signals), remarks: figure(contact.counts.remarks),
                total: figure(contact.counts.total), none: contact.counts.none)
        }
        let notMet = (o.contacts ?? []).filter(\.counts.none).map(\.team.name)
        return TeamPage(
            t: t, name: o.name, kind: t["kind." + o.kind.rawValue] ?? o.kind.rawValue, teamsURL: SiteURL.teams.path,
            periods: TeamPeriod.allCases.map {
                TeamPage.PeriodLink(
                    label: t["contactMapWindow"]!.replacingOccurrences(of: "{months}", with: String($0.months)),
                    url: link(o.teamID) + "?maanden=\($0.months)", current: $0 == o.period)
            },
            period: t["contactMapPeriod"]!.replacingOccurrences(of: "{from}", with: DateText.day(o.since))
                .replacingOccurrences(of: "{to}", with: DateText.day(o.until)),
            reportedSignals: figure(o.reported.signals), reportedAnswered: figure(o.reported.answered), reportedInTime: inTime,
            reportedOpenOverdue: figure(o.reported.openOverdue),
            reporters: ReviewReportController.figure(k.count(o.reported.reporters), k, t),
            protectionNote: t["teamPageProtection"]!.replacingOccurrences(of: "{k}", with: String(k.threshold)),
            reportedLatest: signalRows(o.reported.latest), hasReportedLatest: !o.reported.latest.isEmpty,
            answeredSignals: figure(o.answered.signals), answeredRemarks: figure(o.answered.remarks), remarksURL: SiteURL.reviewRounds.path,
            answeredDecisions: figure(o.answered.decisions), decisionsURL: SiteURL.decisions.path,
            answeredLatest: signalRows(o.answered.latest), hasAnsweredLatest: !o.answered.latest.isEmpty,
            isLiaison: o.contacts == nil, contacts: contacts, hasContacts: !contacts.isEmpty, notMet: notMet, hasNotMet: !notMet.isEmpty,
            allMet: o.contacts != nil && !contacts.isEmpty && notMet.isEmpty,
            contactMapURL: SiteURL.contactMap.path + (o.period.contactWindow.map { "?maanden=\($0.months)" } ?? ""),
            actionsRunning: figure(o.actions.running), actionsRunningURL: actionsURL("lopend"),
            actionsOverdue: figure(o.actions.overdue), actionsOverdueURL: actionsURL("achterstallig"),
            actionsDone: figure(o.actions.done), actionsDoneURL: actionsURL("gereed"))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The samenwerkingskaart: which policy teams and practice teams actually met in the last 6 or 12 months, as a
/// heatmap with the same figures in a table; the signed-in person's teams on the other side they did not meet, with a
/// way to plan a meeloopdag or an overleg; and, for managers and administrators, the same per person.
struct ContactMapController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.contactMap.route, use: show)
    }

    /// Managers and administrators see per person who did not meet whom; others only their own list.
    static func mayReadPeople(_ user: SignedInUser) -> Bool { user.has(.manager) || user.has(.administrator) }

    struct Page {
        struct WindowLink { let label: String; let url: String; let current: Bool }
        struct PairRow {
            let policy: String
            let practice: String
            let sessions: String
            let shadowDays: String
            let signals: String
            let remarks: String
            let total: String
            let none: Bool
        }
        struct Gap { let team: String; let planLabel: String; let planURL: String }
        struct PersonRow { let name: String; let teams: String; let notMet: String; let allMet: Bool }
        let t: [String: String]
        let windows: [WindowLink]
        let period: String
        let heatmap: String
        let hasTeams: Bool
        let rows: [PairRow]
        let noContact: [String]
        let hasNoContact: Bool
        let mine: [Gap]
        let hasMine: Bool
        let mineAllMet: Bool
        let mineNoTeam: Bool
        let mayPlan: Bool
        let showPeople: Bool
        let people: [PersonRow]
        let hasPeople: Bool
        let teamsURL: String
    }

    /// The link that opens the new-session form for a meeloopdag (with a practice team) or an overleg (with a
    /// policy team), the team already chosen.
    static func planURL(team: UUID, kind: TeamKind) -> String {
        let type: SessionType = kind == .practice ? .shadowDay : .workingSession
        return SiteURL.sessionNew.path + "?soort=\(type.rawValue)&team=\(team.uuidString.lowercased())"
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        // An unknown window falls back to 12 months, as the other pages treat a filter they do not know.
        let window = request.uri.queryParameters["maanden"].flatMap { ContactWindow(String($0)) } ?? .twelveMonths
        let repository = ContactMapRepository(store: services.store)
        let now = services.now
        let map = try await repository.map(organisationID: user.organisationID, window: window, now: now)
        let showPeople = Self.mayReadPeople(user)
        let gaps = try await repository.gaps(organisationID: user.organisationID, userID: showPeople ? nil : user.userID, now: now)
        let mine = gaps.first { $0.userID == user.userID }
        let mayPlan = SessionRepository.mayPlan(user)
        let page = Self.page(map: map, gaps: gaps, mine: mine, mayPlan: mayPlan, showPeople: showPeople, t: t)
        return try services.renderer.page("contact-map", page, title: t["contactMapTitle"]!, context: context, request: request)
    }

    static func figure(_ n: Int) -> String { DutchNumber.format(Double(n), decimals: 0) }

    static func page(
        map: ContactMatrix, gaps: [ContactMapRepository.PersonGap], mine: ContactMapRepository.PersonGap?, mayPlan: Bool, showPeople: Bool,
        t: [String: String]
    ) -> Page {
        let months = String(map.window.months)
        let pairs = map.pairs
        let description = t[map.noContact.isEmpty ? "contactMapHeatmapDescriptionAllMet" : "contactMapHeatmapDescription"]!
            .replacingOccurrences(of: "{pairs}", with: figure(pairs.count))
            .replacingOccurrences(of: "{none}", with: figure(map.noContact.count))
            .replacingOccurrences(of: "{months}", with: months)
        let heatmap = Heatmap(
            title: t["contactMapHeatmapTitle"]!.replacingOccurrences(of: "{months}", with: months), description: description,
            columns: map.practiceTeams.map(\.name),
            rows: map.policyTeams.map { policy in
                Heatmap.Row(label: policy.name, values: map.practiceTeams.map { Double(map.counts(policy: policy.id, practice: $0.id).total) })
            },
            lowLabel: t["contactMapLegendLow"]!, highLabel: "", scale: .counts)
        let gapRows = (mine?.notMet ?? []).enumerated().map { index, team in
            let kind = mine!.notMetKinds[index]
            return Page.Gap(
                team: team.name, planLabel: kind == .practice ? t["contactMapPlanShadowDay"]! : t["contactMapPlanSession"]!,
                planURL: planURL(team: team.id, kind: kind))
        }
        return Page(
            t: t,
            windows: ContactWindow.allCases.map {
                Page.WindowLink(
                    label: t["contactMapWindow"]!.replacingOccurrences(of: "{months}", with: String($0.months)),
                    url: SiteURL.contactMap.path + "?maanden=\($0.months)", current: $0 == map.window)
            },
            period: t["contactMapPeriod"]!.replacingOccurrences(of: "{from}", with: DateText.day(map.since))
                .replacingOccurrences(of: "{to}", with: DateText.day(map.until)),
            heatmap: heatmap.svg(id: "samenwerkingskaart"),
            hasTeams: !map.policyTeams.isEmpty && !map.practiceTeams.isEmpty,
            rows: pairs.map {
                Page.PairRow(
                    policy: $0.policy.name, practice: $0.practice.name, sessions: figure($0.counts.sessions), shadowDays: figure($0.counts.shadowDays),
                    signals: figure($0.counts.signals), remarks: figure($0.counts.remarks), total: figure($0.counts.total), none: $0.counts.none)
            },
            noContact: map.noContact.map { "\($0.policy.name) – \($0.practice.name)" }, hasNoContact: !map.noContact.isEmpty,
            mine: gapRows, hasMine: !gapRows.isEmpty,
            mineAllMet: mine != nil && gapRows.isEmpty, mineNoTeam: mine == nil, mayPlan: mayPlan, showPeople: showPeople,
            people: showPeople
                ? gaps.map {
                    Page.PersonRow(
                        name: $0.name, teams: $0.teams.map(\.name).joined(separator: ", "), notMet: $0.notMet.map(\.name).joined(separator: ", "),
                        allMet: $0.notMet.isEmpty)
                } : [],
            hasPeople: showPeople && !gaps.isEmpty, teamsURL: SiteURL.teams.path)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The beheerder's ordered routing rules: the first rule that matches a new signal decides where it goes.
struct RoutingController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminRouting.route, use: list)
        group.post(SiteURL.adminRouting.route, use: add)
        group.post("/beheer/routering/:id/:direction", use: move)
    }

    struct Page {
        struct Row { let position: Int; let conditions: String; let target: String; let upURL: String; let downURL: String; let deleteURL: String }
        let t: [String: String]
        let csrf: String
        let rows: [Row]
        let hasRows: Bool
        let addURL: String
        let domains: [Choice]
        let policies: [Choice]
        let areas: [Choice]
        let urgencies: [Choice]
        let teams: [Choice]
        let users: [Choice]
        let text: String
        let problems: [String]
        let hasProblems: Bool
    }

    private func page(request: Request, context: AppRequestContext, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let rules = try await services.routing.rules(organisationID: user.organisationID)
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let policies = try await services.policies.list(organisationID: user.organisationID)
        let areas = try await services.areas.list(organisationID: user.organisationID)
        let teams = try await services.organisations.teams(organisationID: user.organisationID)
        let people = try await services.accounts.list(organisationID: user.organisationID).filter(\.user.isActive)
        let domainNames = Dictionary(uniqueKeysWithValues: domains.map { ($0.domain.id!, $0.domain.name) })
        let policyNames = Dictionary(uniqueKeysWithValues: policies.map { ($0.policy.id!, $0.policy.title) })
        let teamNames = Dictionary(uniqueKeysWithValues: teams.map { ($0.team.id!, $0.team.name) })
        let userNames = Dictionary(uniqueKeysWithValues: people.map { ($0.user.id!, $0.user.name) })
        let none = Choice(value: "", label: t["any"]!, selected: true)
        let page = Page(
            t: t, csrf: context.csrfToken,
            rows: rules.map { rule in
                var conditions: [String] = []
                if let id = rule.domainID { conditions.append("beleidsterrein \(domainNames[id] ?? "?")") }
                if let id = rule.policyID { conditions.append("beleid \(policyNames[id] ?? "?")") }
                if let area = rule.areaCode { conditions.append("gebied \(area)") }
                if let urgency = rule.urgency { conditions.append("urgentie \(urgency)") }
                if let text = rule.textContains { conditions.append("tekst bevat “\(text)”") }
                let id = rule.id!.uuidString.lowercased()
                return Page.Row(
                    position: rule.position, conditions: conditions.isEmpty ? t["everySignal"]! : conditions.joined(separator: " en "),
                    target: rule.targetTeamID.map { "team \(teamNames[$0] ?? "?")" } ?? rule.targetUserID.map { userNames[$0] ?? "?" } ?? "–",
                    upURL: SiteURL.adminRoutingMove(id: id, direction: "omhoog").path, downURL: SiteURL.adminRoutingMove(id: id, direction: "omlaag").path,
                    deleteURL: SiteURL.adminRoutingDelete(id: id).path)
            },
            hasRows: !rules.isEmpty, addURL: SiteURL.adminRouting.path,
            domains: [none] + domains.map { Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: false) },
            policies: [none] + policies.map { Choice(value: $0.policy.id!.uuidString.lowercased(), label: $0.policy.title, selected: false) },
            areas: [none] + areas.map { Choice(value: $0.code, label: "\($0.name) (\($0.code))", selected: false) },
            urgencies: [none] + SignalUrgency.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: false) },
            teams: [Choice(value: "", label: "–", selected: true)] + teams.map { Choice(value: $0.team.id!.uuidString.lowercased(), label: $0.team.name, selected: false) },
            users: [Choice(value: "", label: "–", selected: true)] + people.map { Choice(value: $0.user.id!.uuidString.lowercased(), label: $0.user.name, selected: false) },
            text: "", problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page("admin-routing", page, title: t["routingTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context, failure: nil)
    }

    @Sendable func add(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.routing.add(
                .init(
                    domainID: form.value("domein").flatMap(UUID.init(uuidString:)), policyID: form.value("beleid").flatMap(UUID.init(uuidString:)),
                    areaCode: form.value("gebied"), urgency: form.value("urgentie"), textContains: form.value("tekst"),
                    targetTeamID: form.value("team").flatMap(UUID.init(uuidString:)), targetUserID: form.value("persoon").flatMap(UUID.init(uuidString:))),
                organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.adminRouting, message: "created")
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, failure: failure)
        }
    }

    @Sendable func move(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        switch try context.parameters.require("direction") {
        case "omhoog": try await services.routing.move(id: id, by: -1, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        case "omlaag": try await services.routing.move(id: id, by: 1, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        case "verwijderen": try await services.routing.delete(id: id, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        default: throw HTTPError(.notFound)
        }
        return redirect(.adminRouting, message: "saved")
    }
}

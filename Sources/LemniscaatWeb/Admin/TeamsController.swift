// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Teams: name, kind (beleid / uitvoering / verbinding), domain and members.
struct TeamsController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminTeams.route, use: list)
        group.post(SiteURL.adminTeamNew.route, use: create)
        group.get(SiteURL.route(SiteURL.adminTeam), use: editForm)
        group.post(SiteURL.route(SiteURL.adminTeam), use: update)
        group.post(SiteURL.route(SiteURL.adminTeamDelete), use: delete)
    }

    struct TeamsPage {
        struct Row { let name: String; let kind: String; let domain: String; let members: Int; let editURL: String }
        let t: [String: String]
        let csrf: String
        let createURL: String
        let teams: [Row]
        let name: Field
        let kindError: String?
        let kinds: [Choice]
        let domains: [Choice]
        let problem: String?
    }

    private func kinds(_ selected: String, _ language: Language) -> [Choice] {
        TeamKind.allCases.map { Choice(value: $0.rawValue, label: Translations.text("kind.\($0.rawValue)", language), selected: $0.rawValue == selected) }
    }

    private func domainChoices(_ organisationID: UUID, selected: String, t: [String: String]) async throws -> [Choice] {
        [Choice(value: "", label: t["noDomain"]!, selected: selected.isEmpty)]
            + (try await services.organisations.domains(organisationID: organisationID)).map {
                Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: $0.domain.id!.uuidString.lowercased() == selected)
            }
    }

    private func listPage(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let teams = try await services.organisations.teams(organisationID: user.organisationID)
        let box = failure.map(ValidationFailureBox.init)
        let page = TeamsPage(
            t: t, csrf: context.csrfToken, createURL: SiteURL.adminTeamNew.path,
            teams: teams.map {
                TeamsPage.Row(
                    name: $0.team.name, kind: Translations.text("kind.\($0.team.kind)", context.language), domain: $0.domain?.name ?? "–",
                    members: $0.memberCount, editURL: SiteURL.adminTeam(id: $0.team.id!.uuidString.lowercased()).path)
            },
            name: Field("naam", form: form, failure: box),
            kindError: failure?.reason(for: "soort"),
            kinds: kinds(form?.value("soort") ?? TeamKind.practice.rawValue, context.language),
            domains: try await domainChoices(user.organisationID, selected: form?.value("domein") ?? "", t: t),
            problem: failure?.reason(for: "domein"))
        return try services.renderer.page("admin-teams", page, title: t["teamsTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await listPage(request: request, context: context, form: nil, failure: nil)
    }

    private func input(_ form: FormData) -> OrganisationRepository.TeamInput {
        .init(name: form.value("naam") ?? "", kind: form.value("soort") ?? "", domainID: (form.value("domein")).flatMap(UUID.init(uuidString:)))
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            _ = try await services.organisations.createTeam(input(form), organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.adminTeams, message: "created")
        } catch let failure as ValidationFailure {
            return try await listPage(request: request, context: context, form: form, failure: failure)
        }
    }

    struct TeamFormPage {
        let t: [String: String]
        let csrf: String
        let action: String
        let deleteURL: String
        let name: Field
        let kindError: String?
        let kinds: [Choice]
        let domainError: String?
        let domains: [Choice]
        let membersError: String?
        let members: [Choice]
    }

    private func team(_ context: AppRequestContext) async throws -> TeamModel {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard let team = try await services.organisations.team(id: id, organisationID: user.organisationID)
        else { throw HTTPError(.notFound) }
        return team
    }

    private func formPage(request: Request, context: AppRequestContext, team: TeamModel, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let box = failure.map(ValidationFailureBox.init)
        let memberIDs: Set<String> =
            if let form { Set(form.values("leden")) } else {
                Set(try await services.organisations.members(teamID: team.id!, organisationID: user.organisationID).map { $0.id!.uuidString.lowercased() })
            }
        let users = try await services.accounts.list(organisationID: user.organisationID)
        let id = team.id!.uuidString.lowercased()
        let page = TeamFormPage(
            t: t, csrf: context.csrfToken, action: SiteURL.adminTeam(id: id).path, deleteURL: SiteURL.adminTeamDelete(id: id).path,
            name: Field("naam", form: form, failure: box, fallback: team.name),
            kindError: failure?.reason(for: "soort"),
            kinds: kinds(form?.value("soort") ?? team.kind, context.language),
            domainError: failure?.reason(for: "domein"),
            domains: try await domainChoices(user.organisationID, selected: form?.value("domein") ?? team.domainID?.uuidString.lowercased() ?? "", t: t),
            membersError: failure?.reason(for: "leden"),
            members: users.filter(\.user.isActive).map {
                Choice(value: $0.user.id!.uuidString.lowercased(), label: $0.user.name, selected: memberIDs.contains($0.user.id!.uuidString.lowercased()))
            })
        return try services.renderer.page("admin-team-form", page, title: t["editTeam"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await formPage(request: request, context: context, team: try await team(context), form: nil, failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let team = try await team(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.organisations.updateTeam(
                id: team.id!, input(form), memberIDs: form.values("leden").compactMap(UUID.init(uuidString:)), organisationID: user.organisationID,
                actor: context.auditActor, now: services.now)
            return redirect(.adminTeams, message: "saved")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, team: team, form: form, failure: failure)
        }
    }

    @Sendable func delete(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let team = try await team(context)
        try await services.organisations.deleteTeam(id: team.id!, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        return redirect(.adminTeams, message: "deleted")
    }
}

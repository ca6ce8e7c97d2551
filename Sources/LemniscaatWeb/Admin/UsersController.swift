// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The beheerder's user management: create or invite, change roles and teams, deactivate.
struct UsersController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminUsers.route, use: list)
        group.get(SiteURL.adminUserNew.route, use: newForm)
        group.post(SiteURL.adminUserNew.route, use: create)
        group.get(SiteURL.route(SiteURL.adminUser), use: editForm)
        group.post(SiteURL.route(SiteURL.adminUser), use: update)
        group.post(SiteURL.route(SiteURL.adminUserActive), use: setActive)
        group.post(SiteURL.route(SiteURL.adminUserInvite), use: reinvite)
    }

    struct UsersPage {
        struct Row { let name: String; let email: String; let roles: String; let teams: String; let active: Bool; let invited: Bool; let editURL: String }
        let t: [String: String]
        let newURL: String
        let users: [Row]
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let users = try await services.accounts.list(organisationID: user.organisationID)
        let page = UsersPage(
            t: t, newURL: SiteURL.adminUserNew.path,
            users: users.map { listing in
                UsersPage.Row(
                    name: listing.user.name, email: listing.user.email,
                    roles: listing.roles.map { Translations.text("role.\($0.rawValue)", context.language) }.joined(separator: ", "),
                    teams: listing.teams.map(\.name).joined(separator: ", "), active: listing.user.isActive,
                    invited: listing.user.invitationHash != nil, editURL: SiteURL.adminUser(id: listing.user.id!.uuidString.lowercased()).path)
            })
        return try services.renderer.page("admin-users", page, title: t["usersTitle"]!, context: context, request: request)
    }

    struct UserFormPage {
        let t: [String: String]
        let heading: String
        let action: String
        let csrf: String
        let isNew: Bool
        let name: Field
        let email: Field
        let password: Field
        let rolesError: String?
        let roles: [Choice]
        let teamsError: String?
        let teams: [Choice]
        let hasTeams: Bool
        // only when editing
        let active: Bool
        let activeURL: String
        let inviteURL: String
        let sessionCount: Int
        let invitationLink: String?
        let dataURL: String
    }

    private func formPage(
        request: Request, context: AppRequestContext, editing: UserModel?, form: FormData?, failure: ValidationFailure?,
        invitationLink: String? = nil
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let box = failure.map(ValidationFailureBox.init)
        let selectedRoles: Set<String>
        let selectedTeams: Set<String>
        if let form {
            selectedRoles = Set(form.values("rollen"))
            selectedTeams = Set(form.values("teams"))
        } else if let editing {
            selectedRoles = Set(try await services.accounts.roles(userID: editing.id!).map(\.rawValue))
            selectedTeams = Set(try await services.accounts.teamIDs(userID: editing.id!).map { $0.uuidString.lowercased() })
        } else {
            selectedRoles = [Role.practitioner.rawValue]
            selectedTeams = []
        }
        let teams = try await services.organisations.teams(organisationID: user.organisationID)
        let id = editing?.id?.uuidString.lowercased() ?? ""
        let page = UserFormPage(
            t: t, heading: editing == nil ? t["newUser"]! : t["editUser"]!,
            action: editing == nil ? SiteURL.adminUserNew.path : SiteURL.adminUser(id: id).path,
            csrf: context.csrfToken, isNew: editing == nil,
            name: Field("naam", form: form, failure: box, fallback: editing?.name),
            email: Field("email", form: form, failure: box, fallback: editing?.email),
            password: Field("", error: failure?.reason(for: "wachtwoord")),
            rolesError: failure?.reason(for: "rollen"),
            roles: Role.allCases.map { Choice(value: $0.rawValue, label: Translations.text("role.\($0.rawValue)", context.language), selected: selectedRoles.contains($0.rawValue)) },
            teamsError: failure?.reason(for: "teams"),
            teams: teams.map { Choice(value: $0.team.id!.uuidString.lowercased(), label: $0.team.name, selected: selectedTeams.contains($0.team.id!.uuidString.lowercased())) },
            hasTeams: !teams.isEmpty,
            active: editing?.isActive ?? true,
            activeURL: SiteURL.adminUserActive(id: id).path,
            inviteURL: SiteURL.adminUserInvite(id: id).path,
            sessionCount: editing == nil ? 0 : try await services.browserSessions.count(userID: editing!.id!),
            invitationLink: invitationLink, dataURL: SiteURL.adminUserData(id: id).path)
        return try services.renderer.page(
            "admin-user-form", page, title: page.heading, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await formPage(request: request, context: context, editing: nil, form: nil, failure: nil)
    }

    private func parseRoles(_ form: FormData) -> [Role] { form.values("rollen").compactMap(Role.init(rawValue:)) }
    private func parseTeams(_ form: FormData) -> [UUID] { form.values("teams").compactMap(UUID.init(uuidString:)) }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let password = form.value("wachtwoord") ?? ""
        do {
            let created = try await services.accounts.create(
                .init(
                    email: form.value("email") ?? "", name: form.value("naam") ?? "", roles: parseRoles(form), teamIDs: parseTeams(form),
                    password: password.isEmpty ? nil : password),
                organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            if let invitation = created.invitation {
                return try await formPage(
                    request: request, context: context, editing: created.user, form: nil, failure: nil,
                    invitationLink: services.config.baseURL + SiteURL.invitation(token: invitation).path)
            }
            return redirect(.adminUsers, message: "created")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: nil, form: form, failure: failure)
        }
    }

    private func editing(_ context: AppRequestContext) async throws -> UserModel {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard let editing = try await services.accounts.user(id: id, organisationID: user.organisationID)
        else { throw HTTPError(.notFound) }
        return editing
    }

    /// Another person's record: the view goes into the processing log (Logboek Dataverwerkingen).
    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let target = try await editing(context)
        let response = try await formPage(request: request, context: context, editing: target, form: nil, failure: nil)
        try await services.processingLog.record(.init(
            activity: .userRecordViewed, subjectID: target.id!, organisationID: user.organisationID, actor: context.auditActor,
            traceID: context.traceID, startedAt: services.now))
        return response
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let target = try await editing(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.accounts.update(
                userID: target.id!, organisationID: user.organisationID, name: form.value("naam") ?? "", roles: parseRoles(form),
                teamIDs: parseTeams(form), actor: context.auditActor, now: services.now)
            return redirect(.adminUsers, message: "saved")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: target, form: form, failure: failure)
        }
    }

    @Sendable func setActive(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let target = try await editing(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let active = form.value("actief") == "ja"
        do {
            try await services.accounts.setActive(active, userID: target.id!, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: target, form: nil, failure: failure)
        }
        return redirect(.adminUsers, message: active ? "activated" : "deactivated")
    }

    @Sendable func reinvite(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let target = try await editing(context)
        let token = try await services.accounts.reinvite(userID: target.id!, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        return try await formPage(
            request: request, context: context, editing: target, form: nil, failure: nil,
            invitationLink: services.config.baseURL + SiteURL.invitation(token: token).path)
    }
}

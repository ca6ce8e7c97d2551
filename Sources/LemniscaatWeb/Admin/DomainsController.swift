// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Beleidsterreinen: add, rename, remove when no team uses them.
struct DomainsController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminDomains.route, use: list)
        group.post(SiteURL.adminDomains.route, use: create)
        group.post(SiteURL.route(SiteURL.adminDomain), use: rename)
        group.post(SiteURL.route(SiteURL.adminDomainDelete), use: delete)
    }

    struct DomainsPage {
        struct Row { let id: String; let name: String; let code: String; let teams: Int; let renameURL: String; let deleteURL: String; let fieldID: String }
        let t: [String: String]
        let csrf: String
        let createURL: String
        let name: Field
        let problem: String?
        let domains: [Row]
    }

    private func page(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let page = DomainsPage(
            t: t, csrf: context.csrfToken, createURL: SiteURL.adminDomains.path,
            name: Field("naam", form: form, failure: failure.map(ValidationFailureBox.init)),
            problem: failure?.reason(for: "domein"),
            domains: domains.map {
                let id = $0.domain.id!.uuidString.lowercased()
                return DomainsPage.Row(
                    id: id, name: $0.domain.name, code: $0.domain.slug, teams: $0.teamCount, renameURL: SiteURL.adminDomain(id: id).path,
                    deleteURL: SiteURL.adminDomainDelete(id: id).path, fieldID: "naam-\(id)")
            })
        return try services.renderer.page("admin-domains", page, title: t["domainsTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context, form: nil, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            _ = try await services.organisations.createDomain(name: form.value("naam") ?? "", organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.adminDomains, message: "created")
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: form, failure: failure)
        }
    }

    @Sendable func rename(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.organisations.renameDomain(id: id, name: form.value("naam") ?? "", organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.adminDomains, message: "saved")
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: nil, failure: ValidationFailure(failure.invalidParams.map {
                InvalidParam(name: "domein", code: $0.code, reason: $0.reason)
            }))
        }
    }

    @Sendable func delete(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        do {
            try await services.organisations.deleteDomain(id: id, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.adminDomains, message: "deleted")
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: nil, failure: failure)
        }
    }
}

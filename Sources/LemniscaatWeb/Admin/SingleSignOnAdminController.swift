// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The organisation-inlog (OpenID Connect) of the beheerder's organisation. The client secret is never shown back:
/// the form shows its last four characters, and leaving the field empty keeps it.
struct SingleSignOnAdminController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminSSO.route, use: show)
        group.post(SiteURL.adminSSO.route, use: save)
    }

    struct Page {
        let t: [String: String]
        let csrf: String
        let action: String
        let redirectURI: String
        let displayName: Field
        let issuer: Field
        let clientID: Field
        let clientSecret: Field
        let maskedSecret: String
        let hasSecret: Bool
        let scopes: Field
        let roleClaim: Field
        let roleMapping: Field
        let linkByEmail: Bool
        let isEnabled: Bool
        let passwordSignIn: Bool
        let passwordError: String?
        let roles: String
    }

    private func page(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let stored = try await services.singleSignOn.configuration(organisationID: user.organisationID)
        let passwords = try await services.singleSignOn.passwordSignIn(organisationID: user.organisationID)
        func field(_ name: String, _ fallback: String?) -> Field {
            Field(form?.value(name) ?? fallback ?? "", error: failure?.reason(for: name))
        }
        let page = Page(
            t: t, csrf: context.csrfToken, action: SiteURL.adminSSO.path,
            redirectURI: SingleSignOnController.redirectURI(baseURL: services.config.baseURL),
            displayName: field("naam", stored?.displayName), issuer: field("issuer", stored?.issuer), clientID: field("clientId", stored?.clientID),
            // The secret field always starts empty: what was typed is not sent back either.
            clientSecret: Field("", error: failure?.reason(for: "clientSecret")), maskedSecret: stored?.maskedSecret ?? "",
            hasSecret: stored != nil, scopes: field("scopes", stored?.scopes ?? SingleSignOnRepository.defaultScopes),
            roleClaim: field("rolclaim", stored?.roleClaim), roleMapping: field("rollen", stored?.roleMapping),
            linkByEmail: form.map { $0.value("koppelen") == "ja" } ?? stored?.linkByEmail ?? false,
            isEnabled: form.map { $0.value("aan") == "ja" } ?? stored?.isEnabled ?? false,
            passwordSignIn: form.map { $0.value("wachtwoord") == "ja" } ?? passwords, passwordError: failure?.reason(for: "wachtwoord"),
            roles: Role.allCases.map(\.rawValue).joined(separator: ", "))
        return try services.renderer.page(
            "admin-sso", page, title: t["ssoTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context, form: nil, failure: nil)
    }

    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let settings = SSOSettings(
            displayName: form.value("naam") ?? "", issuer: form.value("issuer") ?? "", clientID: form.value("clientId") ?? "",
            clientSecret: form.value("clientSecret") ?? "", scopes: form.value("scopes") ?? "", roleClaim: form.value("rolclaim") ?? "",
            roleMapping: form.value("rollen") ?? "", linkByEmail: form.value("koppelen") == "ja", isEnabled: form.value("aan") == "ja",
            passwordSignIn: form.value("wachtwoord") == "ja")
        do {
            try await services.singleSignOn.save(settings, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: form, failure: failure)
        }
        return redirect(.adminSSO, message: "saved")
    }
}

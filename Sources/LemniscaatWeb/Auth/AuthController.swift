// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Sign-in, sign-out and accepting an invitation.
struct AuthController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.signIn.route, use: showSignIn)
        router.post(SiteURL.signIn.route, use: signIn)
        router.post(SiteURL.signOut.route, use: signOut)
        router.get(SiteURL.route(SiteURL.invitation, "token"), use: showInvitation)
        router.post(SiteURL.route(SiteURL.invitation, "token"), use: acceptInvitation)
    }

    struct SignInPage {
        let t: [String: String]
        let action: String
        let csrf: String
        let email: String
        let problem: String?
        let demoHint: Bool
        /// "Inloggen met …" per organisation that configured single sign-on.
        let ssoButtons: [SSOButton]
        let hasSSO: Bool
    }

    struct SSOButton {
        let url: String
        let label: String
    }

    /// Shows the sign-in form.
    @Sendable func showSignIn(request: Request, context: AppRequestContext) async throws -> Response {
        if context.user != nil { return redirect(.home) }
        return try await signInPage(request: request, context: context, email: "", problem: nil, status: .ok)
    }

    func signInPage(request: Request, context: AppRequestContext, email: String, problem: String?, status: HTTPResponse.Status) async throws -> Response {
        let t = Translations.texts(context.language)
        let buttons = try await services.singleSignOn.enabledButtons().map { button in
            SSOButton(url: SiteURL.ssoStart(slug: button.slug).path, label: Translations.text("ssoSignInWith", context.language) + " " + button.displayName)
        }
        let page = SignInPage(
            t: t, action: SiteURL.signIn.path, csrf: context.csrfToken, email: email, problem: problem, demoHint: false, ssoButtons: buttons,
            hasSSO: !buttons.isEmpty)
        return try services.renderer.page("signin", page, title: t["signInTitle"]!, context: context, request: request, status: status)
    }

    /// Checks the password; throttles per account and per address; starts a new session.
    @Sendable func signIn(request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormData.read(&request, context: context)
        let email = (form.value("email") ?? "").trimmingCharacters(in: .whitespaces)
        let password = form.value("wachtwoord") ?? ""
        let now = services.now
        let keys = SignInThrottle.keys(email: email, address: context.origin)
        if let wait = try await services.throttle.retryAfter(keys: keys, now: now) {
            var response = try await signInPage(
                request: request, context: context, email: email, problem: Translations.text("signInThrottled", context.language),
                status: .tooManyRequests)
            response.headers[.retryAfter] = String(wait)
            return response
        }
        let user = try await services.accounts.user(email: email)
        // The organisation signs in through its own provider only: no password opens a session, and the person is told
        // where to go instead (the sign-in throttle above still applies).
        if let user, !(try await services.singleSignOn.passwordSignIn(organisationID: user.organisationID)) {
            try await services.singleSignOn.recordRefusal(
                organisationID: user.organisationID, userID: user.id, label: user.email, code: "wachtwoord-uit",
                summary: "aanmelden met wachtwoord staat uit voor deze organisatie", origin: context.origin, now: now,
                throttleKeys: keys)
            return try await signInPage(
                request: request, context: context, email: email, problem: Translations.text("signInPasswordsOff", context.language),
                status: .forbidden)
        }
        let hash = user?.passwordHash ?? PasswordHasher.decoy
        // Over-long input is not hashed: bcrypt reads only 72 bytes, and hashing megabytes costs time.
        let passwordMatches = password.count <= PasswordPolicy.maximumLength ? try await PasswordHasher.verify(password, hash: hash) : false
        guard let user, user.isActive, user.passwordHash != nil, passwordMatches,
            let signedIn = try await services.accounts.signedInUser(userID: user.id!)
        else {
            let actor = AuditActor(organisationID: user?.organisationID, userID: user?.id, label: String(email.prefix(254)), origin: context.origin)
            try await services.throttle.recordFailure(keys: keys, actor: actor, now: now)
            return try await signInPage(
                request: request, context: context, email: email, problem: Translations.text("signInFailed", context.language),
                status: .unauthorized)
        }
        let session = try await services.browserSessions.create(user: signedIn, origin: context.origin, now: now, replacing: context.sessionToken)
        var response = redirect(.home)
        response.setCookie(Cookie(
            name: services.config.sessionCookieName, value: session.token, path: "/", secure: services.config.cookieSecure,
            httpOnly: true, sameSite: .lax))
        response.setCookie(Cookie(
            name: services.config.csrfCookieName, value: "", maxAge: 0, path: "/", secure: services.config.cookieSecure,
            httpOnly: true, sameSite: .lax))
        return response
    }

    /// Ends the session on the server and clears the cookie.
    @Sendable func signOut(request: Request, context: AppRequestContext) async throws -> Response {
        if let token = context.sessionToken {
            try await services.browserSessions.end(token: token, actor: context.auditActor, now: services.now)
        }
        var response = Response(status: .seeOther, headers: [.location: SiteURL.signIn.path + "?melding=signedout"])
        response.setCookie(Cookie(
            name: services.config.sessionCookieName, value: "", maxAge: 0, path: "/", secure: services.config.cookieSecure,
            httpOnly: true, sameSite: .lax))
        return response
    }

    struct InvitationPage {
        let t: [String: String]
        let action: String
        let csrf: String
        let name: String
        let email: String
        let password: Field
    }

    /// The form where an invited user chooses a password.
    @Sendable func showInvitation(request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let user = try await services.accounts.invitedUser(token: token, now: services.now) else { throw HTTPError(.notFound) }
        return try invitationPage(token: token, user: user, failure: nil, request: request, context: context)
    }

    private func invitationPage(token: String, user: UserModel, failure: ValidationFailure?, request: Request, context: AppRequestContext) throws -> Response {
        let t = Translations.texts(context.language)
        let page = InvitationPage(
            t: t, action: SiteURL.invitation(token: token).path, csrf: context.csrfToken, name: user.name, email: user.email,
            password: Field("", error: failure?.reason(for: "wachtwoord")))
        return try services.renderer.page(
            "invitation", page, title: t["invitationTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func acceptInvitation(request: Request, context: AppRequestContext) async throws -> Response {
        let token = try context.parameters.require("token")
        var request = request
        let form = try await FormData.read(&request, context: context)
        guard let user = try await services.accounts.invitedUser(token: token, now: services.now) else { throw HTTPError(.notFound) }
        do {
            _ = try await services.accounts.acceptInvitation(
                token: token, password: form.value("wachtwoord") ?? "", origin: context.origin, now: services.now)
        } catch let failure as ValidationFailure {
            return try invitationPage(token: token, user: user, failure: failure, request: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.signIn.path + "?melding=welcome"])
    }
}

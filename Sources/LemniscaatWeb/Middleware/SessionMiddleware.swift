// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Finds the signed-in user from the session cookie, picks the language, and sends anonymous visitors of
/// private pages to the sign-in page.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let sessions: BrowserSessionRepository
    let config: AppConfig

    static func isPublic(_ path: String) -> Bool {
        path == SiteURL.signIn.path || path.hasPrefix("/uitnodiging/") || path.hasPrefix("/sso/")
            // raadplegingen: residents answer without an account
            || path == SiteURL.participateCode.path || path.hasPrefix(SiteURL.participateCode.path + "/")
    }

    static func skipsSession(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path == "/api" || path.hasPrefix("/static/") || path == SiteURL.health.path
            || path == SiteURL.metrics.path
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if Self.skipsSession(path) { return try await next(request, context) }
        var context = context
        let token = request.cookies[config.sessionCookieName]?.value
        if let token, let active = try await sessions.resolve(token: token, now: config.clock.now()) {
            context.session = active
            context.sessionToken = token
            context.unreadNotifications = active.unreadNotifications
        }
        context.language = Language.negotiate(userSetting: context.user?.locale, acceptLanguage: request.headers[.acceptLanguage])
        var newCSRFCookie: String?
        if context.session == nil {
            if let existing = request.cookies[config.csrfCookieName]?.value, existing.count >= 32 {
                context.anonymousCSRF = existing
            } else {
                newCSRFCookie = SecretToken.generate()
                context.anonymousCSRF = newCSRFCookie
            }
        }
        var response: Response
        if context.session == nil && !Self.isPublic(path) {
            let message = token != nil ? "?melding=expired" : ""
            response = Response(status: .seeOther, headers: [.location: SiteURL.signIn.path + message])
            if token != nil { response.setCookie(expiredCookie(config.sessionCookieName)) }
        } else if let user = context.user, user.roles.isEmpty, path != SiteURL.noRights.path, path != SiteURL.signOut.path, !Self.isPublic(path) {
            // An account made at a first single sign-on has no rights until a beheerder gives it roles.
            response = Response(status: .seeOther, headers: [.location: SiteURL.noRights.path])
        } else {
            response = try await next(request, context)
        }
        if let newCSRFCookie {
            response.setCookie(cookie(config.csrfCookieName, newCSRFCookie, maxAge: nil))
        }
        return response
    }

    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: config.cookieSecure, httpOnly: true, sameSite: .lax)
    }

    func expiredCookie(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: config.cookieSecure, httpOnly: true, sameSite: .lax)
    }
}

/// Every form carries a token tied to the session (or, before sign-in, to a cookie); a POST without the right
/// one is refused with 403 before any handler runs.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard request.method == .post || request.method == .put || request.method == .patch || request.method == .delete,
            !SessionMiddleware.skipsSession(path)
        else { return try await next(request, context) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        let expected = context.csrfToken
        guard let sent = form.value("_csrf"), !expected.isEmpty, SecretToken.equal(sent, expected) else {
            throw CSRFRefused()
        }
        return try await next(request, context)
    }
}

struct CSRFRefused: Error {}

/// Pages under /beheer are for beheerders only.
struct RequireRoleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let role: Role

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.user?.has(role) == true else { throw HTTPError(.forbidden) }
        return try await next(request, context)
    }
}

/// Turns errors on pages into Dutch (or English) error pages; the status code stays.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: Renderer

    struct ErrorPage {
        let title: String
        let text: String
        /// What exactly was wrong with the request, for a 4xx that says so (the app's own messages are for users).
        let detail: String?
        let homeURL: String
        let toHome: String
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if SessionMiddleware.skipsSession(request.uri.path) { return try await next(request, context) }
        do {
            return try await next(request, context)
        } catch is CSRFRefused {
            return try page(.forbidden, titleKey: "error403Title", textKey: "error403Csrf", request: request, context: context)
        } catch let error as HTTPError {
            switch error.status {
            case .unauthorized:
                return Response(status: .seeOther, headers: [.location: SiteURL.signIn.path])
            case .forbidden:
                return try page(.forbidden, titleKey: "error403Title", textKey: "error403Text", request: request, context: context)
            case .notFound:
                return try page(.notFound, titleKey: "error404Title", textKey: "error404Text", request: request, context: context)
            case let status where status.code < 500:
                return try page(status, titleKey: "errorGeneric", textKey: "errorGeneric", detail: error.body, request: request, context: context)
            default:
                context.logger.error("page error", metadata: ["error": "\(error)"])
                return try page(.internalServerError, titleKey: "error500Title", textKey: "error500Text", request: request, context: context)
            }
        } catch is NotFound {
            return try page(.notFound, titleKey: "error404Title", textKey: "error404Text", request: request, context: context)
        } catch {
            context.logger.error("page error", metadata: ["error": "\(error)"])
            return try page(.internalServerError, titleKey: "error500Title", textKey: "error500Text", request: request, context: context)
        }
    }

    private func page(
        _ status: HTTPResponse.Status, titleKey: String, textKey: String, detail: String? = nil, request: Request, context: Context
    ) throws -> Response {
        let language = context.language
        let model = ErrorPage(
            title: Translations.text(titleKey, language), text: Translations.text(textKey, language), detail: detail,
            homeURL: SiteURL.home.path, toHome: Translations.text("toHome", language))
        return try renderer.page("error", model, title: model.title, context: context, request: request, status: status)
    }
}

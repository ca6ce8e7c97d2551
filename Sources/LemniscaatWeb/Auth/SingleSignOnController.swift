// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Single sign-on with the organisation's OpenID provider: the authorization-code flow with PKCE (S256), `state` and
/// `nonce`. Every outcome writes an audit entry; a refusal shows the sign-in page with a Dutch explanation.
struct SingleSignOnController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.route({ SiteURL.ssoStart(slug: $0) }, "slug"), use: start)
        router.get(SiteURL.ssoCallback.route, use: callback)
        router.get(SiteURL.noRights.route, use: noRights)
    }

    var browserCookieName: String { services.config.cookieSecure ? "__Host-lemniscaat-sso" : "lemniscaat-sso" }
    var redirectURI: String { Self.redirectURI(baseURL: services.config.baseURL) }

    static func redirectURI(baseURL: String) -> String {
        (baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) + SiteURL.ssoCallback.path
    }

    /// Sends the browser to the provider. The browser gets a random cookie that the callback must bring back.
    @Sendable func start(request: Request, context: AppRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let configuration = try await services.singleSignOn.enabledConfiguration(slug: slug) else { throw HTTPError(.notFound) }
        let now = services.now
        let discovery: OpenIDClient.Discovery
        do {
            discovery = try await services.openID.discovery(issuer: configuration.issuer)
        } catch {
            context.logger.warning("single sign-on discovery failed", metadata: ["issuer": "\(configuration.issuer)", "error": "\(error)"])
            return try await refuse(
                organisationID: configuration.organisationID, code: "niet-bereikbaar", summary: "discovery mislukt bij \(configuration.issuer)",
                message: "ssoUnreachable", status: .badGateway, request: request, context: context)
        }
        let browserSecret = SecretToken.generate()
        let attempt = try await services.singleSignOn.start(organisationID: configuration.organisationID, browserSecret: browserSecret, now: now)
        var components = URLComponents(string: discovery.authorization_endpoint)
        let existing = components?.queryItems ?? []
        components?.queryItems = existing + [
            URLQueryItem(name: "response_type", value: "code"),
            URLQueryItem(name: "client_id", value: configuration.clientID),
            URLQueryItem(name: "redirect_uri", value: redirectURI),
            URLQueryItem(name: "scope", value: configuration.scopes),
            URLQueryItem(name: "state", value: attempt.state),
            URLQueryItem(name: "nonce", value: attempt.nonce),
            URLQueryItem(name: "code_challenge", value: PKCE.challenge(for: attempt.codeVerifier)),
            URLQueryItem(name: "code_challenge_method", value: "S256"),
        ]
        guard let url = components?.url?.absoluteString else { throw HTTPError(.badGateway) }
        var response = Response(status: .seeOther, headers: [.location: url])
        response.setCookie(Cookie(
            name: browserCookieName, value: browserSecret, maxAge: Int(SingleSignOnRepository.attemptLifetime), path: "/",
            secure: services.config.cookieSecure, httpOnly: true, sameSite: .lax))
        return response
    }

    /// The provider sends the browser back with a code (or an error) and our `state`.
    @Sendable func callback(request: Request, context: AppRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let now = services.now
        guard let state = query["state"].map(String.init), !state.isEmpty else {
            return try await refuse(
                organisationID: nil, code: "geen-state", summary: "terugkeer zonder state", message: "ssoAttemptUnknown", status: .badRequest,
                request: request, context: context)
        }
        let browserSecret = request.cookies[browserCookieName]?.value
        let attempt: SingleSignOnRepository.Attempt
        switch try await services.singleSignOn.consume(state: state, browserSecret: browserSecret, now: now) {
        case .success(let found): attempt = found
        case .failure(.unknown):
            return try await refuse(
                organisationID: nil, code: "state-onbekend", summary: "onbekende of al gebruikte aanmeldpoging (herhaalde terugkeer)",
                message: "ssoAttemptUnknown", status: .badRequest, request: request, context: context)
        case .failure(.expired):
            return try await refuse(
                organisationID: nil, code: "state-verlopen", summary: "aanmeldpoging ouder dan tien minuten", message: "ssoAttemptExpired",
                status: .badRequest, request: request, context: context)
        case .failure(.otherBrowser):
            return try await refuse(
                organisationID: nil, code: "andere-browser", summary: "terugkeer in een andere browser dan waar de aanmelding begon",
                message: "ssoAttemptOtherBrowser", status: .badRequest, request: request, context: context)
        }
        let organisationID = attempt.organisationID
        guard let configuration = try await services.singleSignOn.configuration(organisationID: organisationID), configuration.isEnabled else {
            return try await refuse(
                organisationID: organisationID, code: "uitgezet", summary: "organisatie-inlog staat uit", message: "ssoDisabled", status: .forbidden,
                request: request, context: context)
        }
        if let error = query["error"] {
            // The person cancelled, or the provider refused them (not assigned to the application, for instance).
            return try await refuse(
                organisationID: organisationID, code: "aanbieder-weigert", summary: "de aanbieder gaf \(String(error.prefix(80)))",
                message: "ssoProviderRefused", status: .forbidden, request: request, context: context)
        }
        guard let code = query["code"].map(String.init), !code.isEmpty else {
            return try await refuse(
                organisationID: organisationID, code: "geen-code", summary: "terugkeer zonder code", message: "ssoAttemptUnknown",
                status: .badRequest, request: request, context: context)
        }
        let claims: IDTokenClaims
        do {
            let discovery = try await services.openID.discovery(issuer: configuration.issuer)
            let idToken = try await services.openID.exchange(
                code: code, redirectURI: redirectURI, codeVerifier: attempt.codeVerifier, clientID: configuration.clientID,
                clientSecret: configuration.clientSecret, discovery: discovery)
            claims = try await IDTokenVerifier.verify(
                idToken, keys: ProviderKeys(client: services.openID, jwksURI: discovery.jwks_uri),
                expecting: IDTokenExpectations(issuer: configuration.issuer, audience: configuration.clientID, nonce: attempt.nonce, now: now))
        } catch let failure as OpenIDClient.Failure {
            let (code, detail) =
                switch failure {
                case .unreachable(let detail): ("niet-bereikbaar", detail)
                case .tokenEndpoint(let detail): ("tokenendpoint", detail)
                }
            context.logger.warning("single sign-on failed", metadata: ["issuer": "\(configuration.issuer)", "reason": "\(code): \(detail)"])
            return try await refuse(
                organisationID: organisationID, code: code, summary: detail, message: "ssoUnreachable", status: .badGateway, request: request,
                context: context)
        } catch let failure as IDTokenError {
            return try await refuse(
                organisationID: organisationID, code: "id-token-\(failure.code)", summary: "ID-token geweigerd (\(failure.code))",
                message: Self.messageKey(failure), status: .forbidden, request: request, context: context)
        }
        switch try await services.singleSignOn.signIn(
            claims: claims, configuration: configuration, origin: context.origin, now: now, replacing: context.sessionToken)
        {
        case .failure(let refusal):
            return try await refuse(
                organisationID: organisationID, label: claims.email ?? claims.subject, code: refusal.code,
                summary: "sub \(claims.subject) van \(claims.issuer)", message: Self.messageKey(refusal), status: .forbidden, request: request,
                context: context)
        case .success(let signedIn):
            var response = signedIn.roles.isEmpty ? redirect(.noRights) : redirect(.home)
            response.setCookie(Cookie(
                name: services.config.sessionCookieName, value: signedIn.token, path: "/", secure: services.config.cookieSecure,
                httpOnly: true, sameSite: .lax))
            response.setCookie(Cookie(
                name: services.config.csrfCookieName, value: "", maxAge: 0, path: "/", secure: services.config.cookieSecure, httpOnly: true,
                sameSite: .lax))
            response.setCookie(expired(browserCookieName))
            return response
        }
    }

    static func messageKey(_ failure: IDTokenError) -> String {
        switch failure {
        case .badSignature, .unknownKey, .unsupportedAlgorithm, .malformed: "ssoTokenSignature"
        case .wrongAudience: "ssoTokenAudience"
        case .wrongIssuer: "ssoTokenIssuer"
        case .expired, .notYetValid: "ssoTokenExpired"
        case .nonceMismatch: "ssoTokenNonce"
        case .missingSubject: "ssoTokenSignature"
        }
    }

    static func messageKey(_ refusal: SSORefusal) -> String {
        switch refusal {
        case .deactivated: "ssoDeactivated"
        case .emailTaken: "ssoEmailTaken"
        case .otherOrganisation: "ssoOtherOrganisation"
        case .noEmail: "ssoNoEmail"
        }
    }

    /// An audit entry, then the sign-in page with the reason in Dutch.
    private func refuse(
        organisationID: UUID?, label: String = "organisatie-inlog", code: String, summary: String, message: String,
        status: HTTPResponse.Status, request: Request, context: AppRequestContext
    ) async throws -> Response {
        try await services.singleSignOn.recordRefusal(
            organisationID: organisationID, label: label, code: code, summary: summary, origin: context.origin, now: services.now)
        var response = try await AuthController(services: services).signInPage(
            request: request, context: context, email: "", problem: Translations.text(message, context.language), status: status)
        response.setCookie(expired(browserCookieName))
        return response
    }

    private func expired(_ name: String) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: services.config.cookieSecure, httpOnly: true, sameSite: .lax)
    }

    struct NoRightsPage {
        let t: [String: String]
        let name: String
        let email: String
        let organisation: String
        let signOut: String
        let csrf: String
    }

    /// A first sign-in gives an account without rights; this page says so until a beheerder assigns roles.
    @Sendable func noRights(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        if !user.roles.isEmpty { return redirect(.home) }
        let t = Translations.texts(context.language)
        let page = NoRightsPage(
            t: t, name: user.name, email: user.email, organisation: user.organisationName, signOut: SiteURL.signOut.path, csrf: context.csrfToken)
        return try services.renderer.page("no-rights", page, title: t["noRightsTitle"]!, context: context, request: request)
    }
}

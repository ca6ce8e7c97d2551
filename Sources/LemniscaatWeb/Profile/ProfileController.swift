// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// A user's own settings: language, password and API tokens.
struct ProfileController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.profile.route, use: show)
        router.post(SiteURL.profileLanguage.route, use: setLanguage)
        router.post(SiteURL.profilePassword.route, use: changePassword)
        router.post(SiteURL.profileTokens.route, use: createToken)
        router.post(SiteURL.route(SiteURL.profileTokenRevoke), use: revokeToken)
        router.get(SiteURL.profileData.route, use: downloadData)
    }

    struct ProfilePage {
        struct Token { let name: String; let prefix: String; let created: String; let lastUsed: String; let revoked: Bool; let revokeURL: String }
        let t: [String: String]
        let csrf: String
        let name: String
        let email: String
        let languageURL: String
        let languages: [Choice]
        let passwordURL: String
        let currentPassword: Field
        let newPassword: Field
        let tokensURL: String
        let tokenName: Field
        let newToken: String?
        let tokens: [Token]
        let hasTokens: Bool
        let dataURL: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context)
    }

    private func page(
        request: Request, context: AppRequestContext, failure: ValidationFailure? = nil, form: FormData? = nil, newToken: String? = nil
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let tokens = try await services.tokens.list(userID: user.userID)
        let box = failure.map(ValidationFailureBox.init)
        let page = ProfilePage(
            t: t, csrf: context.csrfToken, name: user.name, email: user.email, languageURL: SiteURL.profileLanguage.path,
            languages: [
                Choice(value: "", label: t["languageAuto"]!, selected: user.locale == nil),
                Choice(value: "nl", label: "Nederlands", selected: user.locale == "nl"),
                Choice(value: "en", label: "English", selected: user.locale == "en"),
            ],
            passwordURL: SiteURL.profilePassword.path,
            currentPassword: Field("", error: failure?.reason(for: "huidigWachtwoord")),
            newPassword: Field("", error: failure?.reason(for: "nieuwWachtwoord")),
            tokensURL: SiteURL.profileTokens.path,
            tokenName: Field("naam", form: form, failure: box),
            newToken: newToken,
            tokens: tokens.map { token in
                ProfilePage.Token(
                    name: token.name, prefix: token.prefix, created: DateText.day(token.createdAt),
                    lastUsed: token.lastUsedAt.map(DateText.minute) ?? t["never"]!, revoked: token.revokedAt != nil,
                    revokeURL: SiteURL.profileTokenRevoke(id: token.id!.uuidString.lowercased()).path)
            },
            hasTokens: !tokens.isEmpty, dataURL: SiteURL.profileData.path)
        return try services.renderer.page(
            "profile", page, title: t["profileTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func setLanguage(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let value = form.value("taal") ?? ""
        let locale = Language(rawValue: value)?.rawValue
        try await services.accounts.setLocale(locale, userID: user.userID, actor: context.auditActor, now: services.now)
        return redirect(.profile, message: "language")
    }

    @Sendable func changePassword(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.accounts.changePassword(
                userID: user.userID, current: form.value("huidigWachtwoord") ?? "", new: form.value("nieuwWachtwoord") ?? "",
                keepSessionID: context.session?.sessionID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, failure: failure)
        }
        return redirect(.profile, message: "password")
    }

    @Sendable func createToken(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            let created = try await services.tokens.create(
                userID: user.userID, organisationID: user.organisationID, name: form.value("naam") ?? "", actor: context.auditActor,
                now: services.now)
            return try await page(request: request, context: context, newToken: created.token)
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, failure: failure, form: form)
        }
    }

    /// Everything Lemniscaat holds about the signed-in user, as JSON (right of access); audited and in the processing log.
    @Sendable func downloadData(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard let data = try await UserDataExport.download(
            userID: user.userID, organisationID: user.organisationID, activity: .ownDataExported, actor: context.auditActor, traceID: context.traceID,
            store: services.store, now: services.now)
        else { throw HTTPError(.notFound) }
        return PrivacyController.jsonDownload(data, name: "lemniscaat-mijn-gegevens.json")
    }

    @Sendable func revokeToken(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        try await services.tokens.revoke(id: id, userID: user.userID, actor: context.auditActor, now: services.now)
        return redirect(.profile, message: "revoked")
    }
}

/// Dates as pages show them, in the Netherlands' time zone. Formatted by hand from calendar components: a
/// DateFormatter per call cost more than the rest of a list page.
enum DateText {
    static let calendar = DutchCalendar.calendar

    static func day(_ date: Date) -> String { DutchCalendar.day(date) }

    static func minute(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return two(c.day!) + "-" + two(c.month!) + "-" + String(c.year!) + " " + two(c.hour!) + ":" + two(c.minute!)
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Response terms (afhandeltermijnen) per organisation and domain, and the optional holidays.
struct TermsController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminTerms.route, use: show)
        group.post(SiteURL.adminTerms.route, use: save)
    }

    struct Page {
        struct DomainTerm { let id: String; let name: String; let field: String; let value: String }
        let t: [String: String]
        let csrf: String
        let action: String
        let defaultDays: Field
        let domains: [DomainTerm]
        let domainsError: String?
        let goodFriday: Bool
        let liberationDay: Bool
        let holidays: [String]
    }

    private func page(request: Request, context: AppRequestContext, settings: ResponseTermRepository.Settings?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let current = try await services.terms.settings(organisationID: user.organisationID)
        let shown = settings ?? current
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let year = Calendar(identifier: .gregorian).component(.year, from: services.now)
        let holidays = HolidayCalendar(includesGoodFriday: current.includesGoodFriday, includesLiberationDay: current.includesLiberationDay)
            .holidays(year: year).map { String(format: "%02d-%02d-%d", $0.day, $0.month, year) + " " + $0.name }
        let page = Page(
            t: t, csrf: context.csrfToken, action: SiteURL.adminTerms.path,
            defaultDays: Field(String(shown.defaultDays), error: failure?.reason(for: "standaard")),
            domains: domains.map {
                let id = $0.domain.id!.uuidString.lowercased()
                return Page.DomainTerm(id: id, name: $0.domain.name, field: "termijn-\(id)", value: shown.domainDays[$0.domain.id!].map(String.init) ?? "")
            },
            domainsError: failure?.reason(for: "domeinen"), goodFriday: shown.includesGoodFriday, liberationDay: shown.includesLiberationDay,
            holidays: holidays)
        return try services.renderer.page("admin-terms", page, title: t["termsTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context, settings: nil, failure: nil)
    }

    @Sendable func save(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        var domainDays: [UUID: Int] = [:]
        var unreadable = false
        for field in form.fields where field.name.hasPrefix("termijn-") {
            let value = field.value.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, let id = UUID(uuidString: String(field.name.dropFirst("termijn-".count))) else { continue }
            if let days = Int(value) { domainDays[id] = days } else { unreadable = true }
        }
        let defaultDays = Int((form.value("standaard") ?? "").trimmingCharacters(in: .whitespaces))
        let settings = ResponseTermRepository.Settings(
            defaultDays: defaultDays ?? 0, domainDays: domainDays, includesGoodFriday: form.value("goedeVrijdag") == "ja",
            includesLiberationDay: form.value("bevrijdingsdag") == "ja")
        do {
            if defaultDays == nil || unreadable {
                throw ValidationFailure([InvalidParam(name: defaultDays == nil ? "standaard" : "domeinen", code: "geen-getal", reason: "Vul een aantal werkdagen in, zoals 10.")])
            }
            try await services.terms.save(settings, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, settings: settings, failure: failure)
        }
        return redirect(.adminTerms, message: "saved")
    }
}

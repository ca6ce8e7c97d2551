// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The audit log of the organisation, newest first, with filters.
struct AuditController {
    let services: AppServices
    static let pageSize = 50

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminAudit.route, use: list)
    }

    struct AuditPage {
        struct Row { let when: String; let who: String; let action: String; let entity: String; let origin: String; let summary: String }
        let t: [String: String]
        let action: String
        let actions: [Choice]
        let actor: Field
        let from: Field
        let until: Field
        let rows: [Row]
        let hasRows: Bool
        let total: Int
        let page: Int
        let pages: Int
        let previousURL: String?
        let nextURL: String?
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        let action = query["handeling"].map(String.init) ?? ""
        let actor = query["wie"].map(String.init) ?? ""
        let fromText = query["van"].map(String.init) ?? ""
        let untilText = query["tot"].map(String.init) ?? ""
        let pageNumber = max(1, query["pagina"].flatMap { Int(String($0)) } ?? 1)
        let from = Self.day(fromText)
        let until = Self.day(untilText).map { $0.addingTimeInterval(24 * 3600) }
        let filter = AuditRepository.Filter(action: action, actor: actor, from: from, until: until)
        let (entries, total) = try await services.audit.page(organisationID: user.organisationID, filter: filter, page: pageNumber, pageSize: Self.pageSize)
        let actions = try await services.audit.actions(organisationID: user.organisationID)
        try await services.audit.recordView(
            actor: context.auditActor,
            summary: "pagina \(pageNumber); filters: handeling=\(action) wie=\(actor) van=\(fromText) tot=\(untilText)", now: services.now)
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        func link(_ page: Int) -> String {
            var components = URLComponents()
            components.path = SiteURL.adminAudit.path
            components.queryItems = [("handeling", action), ("wie", actor), ("van", fromText), ("tot", untilText)]
                .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) } + [URLQueryItem(name: "pagina", value: String(page))]
            return components.string ?? SiteURL.adminAudit.path
        }
        let page = AuditPage(
            t: t, action: action,
            actions: [Choice(value: "", label: t["allActions"]!, selected: action.isEmpty)] + actions.map { Choice(value: $0, label: $0, selected: $0 == action) },
            actor: Field(actor),
            from: Field(fromText, error: !fromText.isEmpty && from == nil ? "Gebruik de vorm jjjj-mm-dd." : nil),
            until: Field(untilText, error: !untilText.isEmpty && until == nil ? "Gebruik de vorm jjjj-mm-dd." : nil),
            rows: entries.map {
                AuditPage.Row(
                    when: String($0.occurredAt.prefix(19)).replacingOccurrences(of: "T", with: " "), who: $0.actorLabel, action: $0.action,
                    entity: $0.entityID.isEmpty ? $0.entityType : "\($0.entityType) \($0.entityID.prefix(8))", origin: $0.origin, summary: $0.summary)
            },
            hasRows: !entries.isEmpty, total: total, page: pageNumber, pages: pages,
            previousURL: pageNumber > 1 ? link(pageNumber - 1) : nil, nextURL: pageNumber < pages ? link(pageNumber + 1) : nil)
        return try services.renderer.page("admin-audit", page, title: t["auditTitle"]!, context: context, request: request)
    }

    static func day(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]), (1970...9999).contains(parts[0]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Themes: signals about the same bottleneck, grouped by liaisons and policy officers, answered at once.
struct ThemesController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.themes.route, use: list)
        router.post(SiteURL.themes.route, use: create)
        router.get(SiteURL.route(SiteURL.theme), use: show)
        router.post(SiteURL.route(SiteURL.themeAnswer), use: answer)
        router.post(SiteURL.route(SiteURL.themeForward), use: forward)
        router.post(SiteURL.route(SiteURL.themeBottleneck), use: recordBottleneck)
    }

    static func mayManage(_ user: SignedInUser) -> Bool { user.has(.liaison) || user.has(.policyOfficer) || user.has(.manager) }

    struct ListPage {
        struct Row { let title: String; let url: String; let owner: String; let signals: Int; let openSignals: Int; let recognitions: Int; let answered: Bool }
        let t: [String: String]
        let csrf: String
        let tabs: [SignalsController.Tab]
        let rows: [Row]
        let hasRows: Bool
        let mayCreate: Bool
        let createURL: String
        let title: Field
        let description: Field
    }

    private func listPage(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let themes = try await services.themes.list(organisationID: user.organisationID)
        let box = failure.map(ValidationFailureBox.init)
        let page = ListPage(
            t: t, csrf: context.csrfToken, tabs: SignalsController(services: services).tabs(.themes, t),
            rows: themes.map {
                ListPage.Row(
                    title: $0.theme.title, url: SiteURL.theme(id: $0.theme.id!.uuidString.lowercased()).path, owner: $0.owner?.name ?? "–",
                    signals: $0.signals, openSignals: $0.openSignals, recognitions: $0.recognitions, answered: $0.theme.answer != nil)
            },
            hasRows: !themes.isEmpty, mayCreate: Self.mayManage(user), createURL: SiteURL.themes.path,
            title: Field("titel", form: form, failure: box), description: Field("omschrijving", form: form, failure: box))
        return try services.renderer.page("themes", page, title: t["themesTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await listPage(request: request, context: context, form: nil, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayManage(user) else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            let theme = try await services.themes.create(
                title: form.value("titel") ?? "", description: form.value("omschrijving") ?? "", ownerID: nil, by: user, origin: context.origin, now: services.now)
            return Response(status: .seeOther, headers: [.location: SiteURL.theme(id: theme.id!.uuidString.lowercased()).path + "?melding=created"])
        } catch let failure as ValidationFailure {
            return try await listPage(request: request, context: context, form: form, failure: failure)
        }
    }

    struct DetailPage {
        let t: [String: String]
        let csrf: String
        let title: String
        let description: String
        let owner: String
        let answer: String?
        let rows: [SignalsController.Row]
        let hasRows: Bool
        let recognitions: Int
        let mayAnswer: Bool
        let answerURL: String
        let answerField: Field
        let problems: [String]
        let hasProblems: Bool
        // the knelpunt: Doorzetten forwards the theme; once forwarded its details can be recorded or changed
        let knelpunt: BottleneckForm.Summary?
        let forwardForm: BottleneckForm?
        let forwardURL: String
        let recordForm: BottleneckForm?
        let recordURL: String
    }

    /// Which form a refused post came from, so only that one shows what was typed.
    enum SentForm { case answer, forward, record }

    private func detailPage(
        request: Request, context: AppRequestContext, failure: ValidationFailure?, text: String?, form: FormData? = nil, sent: SentForm = .answer
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let theme = try await services.themes.theme(id: id, organisationID: user.organisationID)
        else { throw HTTPError(.notFound) }
        var filter = SignalRepository.Filter()
        filter.themeID = id
        filter.sort = .recognitions
        let now = services.now
        let (signals, _) = try await services.signals.list(organisationID: user.organisationID, filter: filter, now: now, page: 1, pageSize: 500)
        let domains = Dictionary(uniqueKeysWithValues: try await services.organisations.domains(organisationID: user.organisationID).map { ($0.domain.id!, $0.domain.name) })
        let owner = try await theme.ownerID.asyncMap { try await services.accounts.user(id: $0, organisationID: user.organisationID) } ?? nil
        let controller = SignalsController(services: services)
        let recorded = try await services.bottlenecks.bottleneck(themeID: id, organisationID: user.organisationID)
        let mayManage = Self.mayManage(user)
        let anyForwarded = signals.contains { $0.status == SignalStatus.forwarded.rawValue }
        let idText = id.uuidString.lowercased()
        let page = DetailPage(
            t: t, csrf: context.csrfToken, title: theme.title, description: theme.themeDescription, owner: owner?.name ?? "–", answer: theme.answer,
            rows: signals.map { controller.row($0, domains: domains, now: now) }, hasRows: !signals.isEmpty,
            recognitions: signals.reduce(0) { $0 + $1.recognitionCount }, mayAnswer: Self.mayManage(user),
            answerURL: SiteURL.themeAnswer(id: idText).path, answerField: Field(text, error: failure?.reason(for: "antwoord")),
            problems: sent == .answer ? [] : failure?.invalidParams.map(\.reason) ?? [], hasProblems: sent != .answer && failure != nil,
            knelpunt: BottleneckForm.summary(recorded),
            forwardForm: mayManage && recorded == nil && !anyForwarded
                ? BottleneckForm(
                    t: t, prefix: "dz", form: sent == .forward ? form : nil, failure: sent == .forward ? failure : nil, recorded: nil,
                    description: theme.themeDescription) : nil,
            forwardURL: SiteURL.themeForward(id: idText).path,
            recordForm: mayManage && (recorded != nil || anyForwarded)
                ? BottleneckForm(
                    t: t, prefix: "kp", form: sent == .record ? form : nil, failure: sent == .record ? failure : nil, recorded: recorded,
                    description: theme.themeDescription) : nil,
            recordURL: SiteURL.themeBottleneck(id: idText).path)
        return try services.renderer.page("theme", page, title: theme.title, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await detailPage(request: request, context: context, failure: nil, text: nil)
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayManage(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            _ = try await services.themes.answer(themeID: id, text: form.value("antwoord") ?? "", by: user, origin: context.origin, now: services.now)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure, text: form.value("antwoord"))
        } catch is NotFound {
            throw HTTPError(.notFound)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.theme(id: id.uuidString.lowercased()).path + "?melding=saved"])
    }

    private func bottleneckAction(
        _ request: Request, _ context: AppRequestContext, sent: SentForm,
        _ body: (BottleneckRepository.Input, SignedInUser, UUID) async throws -> Void
    ) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayManage(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await body(BottleneckForm.input(form), user, id)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure, text: nil, form: form, sent: sent)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch is SignalRepository.NotAllowed {
            throw HTTPError(.forbidden)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.theme(id: id.uuidString.lowercased()).path + "?melding=saved"])
    }

    /// Doorzetten: records the knelpunt and moves the theme's signals to doorgezet, or refuses naming those that cannot.
    @Sendable func forward(request: Request, context: AppRequestContext) async throws -> Response {
        try await bottleneckAction(request, context, sent: .forward) { input, user, id in
            try await services.bottlenecks.forward(themeID: id, input: input, by: user, origin: context.origin, now: services.now)
        }
    }

    @Sendable func recordBottleneck(request: Request, context: AppRequestContext) async throws -> Response {
        try await bottleneckAction(request, context, sent: .record) { input, user, id in
            try await services.bottlenecks.record(themeID: id, input: input, by: user, origin: context.origin, now: services.now)
        }
    }
}

/// The in-app notifications of the signed-in user.
struct NotificationsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.notifications.route, use: list)
        router.post(SiteURL.notificationsRead.route, use: markRead)
    }

    struct Page {
        struct Row { let when: String; let text: String; let link: String; let unread: Bool }
        let t: [String: String]
        let csrf: String
        let rows: [Row]
        let hasRows: Bool
        let hasUnread: Bool
        let readURL: String
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let notifications = try await services.notifications.list(userID: user.userID)
        let page = Page(
            t: t, csrf: context.csrfToken,
            rows: notifications.map { Page.Row(when: DateText.minute($0.at), text: $0.text, link: $0.link, unread: $0.readAt == nil) },
            hasRows: !notifications.isEmpty, hasUnread: notifications.contains { $0.readAt == nil }, readURL: SiteURL.notificationsRead.path)
        return try services.renderer.page("notifications", page, title: t["notificationsTitle"]!, context: context, request: request)
    }

    @Sendable func markRead(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        try await services.notifications.markAllRead(userID: user.userID, actor: context.auditActor, now: services.now)
        return redirect(.notifications)
    }
}

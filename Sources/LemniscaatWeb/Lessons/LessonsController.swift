// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Lessen in the browser: the learning log with filters and Dutch full-text search, writing and changing a lesson,
/// marking it discussed in a held session; and `/zoeken`, one search over lessons and signals.
struct LessonsController {
    let services: AppServices

    var lessons: LessonRepository { LessonRepository(store: services.store) }
    var search: SearchRepository { SearchRepository(store: services.store) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.lessons.route, use: list)
        router.get(SiteURL.lessonNew.route, use: newForm)
        router.post(SiteURL.lessonNew.route, use: create)
        router.get(SiteURL.route(SiteURL.lesson), use: show)
        router.get(SiteURL.route(SiteURL.lessonEdit), use: editForm)
        router.post(SiteURL.route(SiteURL.lessonEdit), use: update)
        router.post(SiteURL.route(SiteURL.lessonDiscussed), use: discussed)
        router.get(SiteURL.search.route, use: searchPage)
    }

    struct Check { let value: String; let label: String; let checked: Bool; let id: String }
    struct KindOption { let value: String; let label: String; let explanation: String; let checked: Bool; let id: String }
    struct Segment { let text: String; let highlighted: Bool }
    struct Hit {
        let url: String
        let kind: String
        let title: [Segment]
        let snippet: [Segment]
        let hasSnippet: Bool
    }

    static func kindLabel(_ kind: LessonKind, _ t: [String: String]) -> String { t["lessonKind." + kind.rawValue] ?? kind.label }
    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }
    static func segments(_ list: [TextSegment]) -> [Segment] { list.map { Segment(text: $0.text, highlighted: $0.highlighted) } }

    static func hit(_ hit: SearchRepository.Hit, _ t: [String: String]) -> Hit {
        let (url, kind): (String, String) =
            switch hit.kind {
            case .lesson:
                (SiteURL.lesson(id: id(hit.id)).path, t["searchKindLesson"]! + " · " + kindLabel(LessonKind(rawValue: hit.lessonKind ?? "") ?? .incident, t))
            case .signal: (SiteURL.signal(id: id(hit.id)).path, t["searchKindSignal"]! + " \(hit.number ?? 0)")
            }
        return Hit(url: url, kind: kind, title: segments(hit.title), snippet: segments(hit.snippet), hasSnippet: !hit.snippet.isEmpty)
    }

    // MARK: the list and search

    struct ListPage {
        struct Row {
            let title: String
            let url: String
            let kind: String
            let day: String
            let author: String
            let tags: String
            let discussed: String
        }
        let t: [String: String]
        let action: String
        let newURL: String
        let query: Field
        let searching: Bool
        let hits: [Hit]
        let hasHits: Bool
        let rows: [Row]
        let hasRows: Bool
        let kinds: [Choice]
        let tags: [Choice]
        let policies: [Choice]
        let filtered: Bool
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let parameters = request.uri.queryParameters
        let org = user.organisationID
        let kind = parameters["soort"].flatMap { LessonKind(rawValue: String($0)) }
        let tag = parameters["label"].map(String.init) ?? ""
        let policies = try await services.policies.titles(organisationID: org)
        let policyID = parameters["beleid"].flatMap { UUID(uuidString: String($0)) }.flatMap { id in policies.contains { $0.id == id } ? id : nil }
        let text = parameters["zoek"].map(String.init)
        var hits: [Hit] = []
        var problem: String?
        if let text {
            do {
                hits = try await search.search(text, organisationID: org, kinds: [.lesson], limit: 50).map { Self.hit($0, t) }
            } catch let failure as ValidationFailure {
                problem = failure.reason(for: "zoek")
            }
        }
        let rows =
            text == nil
            ? try await lessons.list(organisationID: org, filter: .init(kind: kind, tag: tag.isEmpty ? nil : tag, policyID: policyID)).map {
                ListPage.Row(
                    title: $0.title, url: SiteURL.lesson(id: Self.id($0.id)).path, kind: Self.kindLabel($0.kind, t), day: DateText.day($0.createdAt),
                    author: $0.authorName ?? "–", tags: $0.tags.joined(separator: ", "),
                    discussed: $0.discussedAt.map { t["lessonDiscussedOn"]! + " " + DateText.day($0) } ?? t["lessonNotDiscussed"]!)
            } : []
        let allTags = try await lessons.tags(organisationID: org)
        let page = ListPage(
            t: t, action: SiteURL.lessons.path, newURL: SiteURL.lessonNew.path, query: Field(text ?? "", error: problem), searching: text != nil,
            hits: hits, hasHits: !hits.isEmpty, rows: rows, hasRows: !rows.isEmpty,
            kinds: [Choice(value: "", label: t["lessonAllKinds"]!, selected: kind == nil)]
                + LessonKind.allCases.map { Choice(value: $0.rawValue, label: Self.kindLabel($0, t), selected: $0 == kind) },
            tags: [Choice(value: "", label: t["lessonAllTags"]!, selected: tag.isEmpty)]
                + allTags.map { Choice(value: $0, label: $0, selected: $0 == LessonRepository.normalise(tag)) },
            policies: [Choice(value: "", label: t["sessionAllPolicies"]!, selected: policyID == nil)]
                + policies.map { Choice(value: Self.id($0.id), label: $0.title, selected: $0.id == policyID) },
            filtered: kind != nil || !tag.isEmpty || policyID != nil || text != nil)
        return try services.renderer.page(
            "lessons", page, title: t["lessonListTitle"]!, context: context, request: request, status: problem == nil ? .ok : .badRequest)
    }

    struct SearchPage {
        let t: [String: String]
        let action: String
        let query: Field
        let searching: Bool
        let hits: [Hit]
        let hasHits: Bool
    }

    /// One search over lessons and signals: `/zoeken?q=`.
    @Sendable func searchPage(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let text = request.uri.queryParameters["q"].map(String.init)
        var hits: [Hit] = []
        var problem: String?
        if let text {
            do {
                hits = try await search.search(text, organisationID: user.organisationID, limit: 50).map { Self.hit($0, t) }
            } catch let failure as ValidationFailure {
                problem = failure.reason(for: "zoek")
            }
        }
        let page = SearchPage(
            t: t, action: SiteURL.search.path, query: Field(text ?? "", error: problem), searching: text != nil && problem == nil, hits: hits,
            hasHits: !hits.isEmpty)
        return try services.renderer.page(
            "search", page, title: t["searchTitle"]!, context: context, request: request, status: problem == nil ? .ok : .badRequest)
    }

    // MARK: writing and changing

    struct FormPage {
        let t: [String: String]
        let csrf: String
        let heading: String
        let action: String
        let cancelURL: String
        let kinds: [KindOption]
        let kindError: String?
        let kindInvalid: Bool
        let title: Field
        let situation: Field
        let happened: Field
        let learned: Field
        let changes: Field
        let tags: Field
        let signals: Field
        let policies: [Check]
        let hasPolicies: Bool
        let policiesError: String?
        let themes: [Check]
        let hasThemes: Bool
        let themesError: String?
        let sessions: [Check]
        let hasSessions: Bool
        let sessionsError: String?
        let problems: [String]
        let hasProblems: Bool
    }

    struct FormValues {
        var kind = ""
        var title = ""
        var situation = ""
        var happened = ""
        var learned = ""
        var changes = ""
        var tags = ""
        var signals = ""
        var policies: Set<String> = []
        var themes: Set<String> = []
        var sessions: Set<String> = []

        init() {}

        init(form: FormData) {
            kind = form.value("soort") ?? ""
            title = form.value("titel") ?? ""
            situation = form.value("situatie") ?? ""
            happened = form.value("gebeurd") ?? ""
            learned = form.value("geleerd") ?? ""
            changes = form.value("veranderen") ?? ""
            tags = form.value("labels") ?? ""
            signals = form.value("signalen") ?? ""
            policies = Set(form.values("beleid"))
            themes = Set(form.values("themas"))
            sessions = Set(form.values("overleggen"))
        }

        init(lesson: LessonRepository.Lesson) {
            kind = lesson.summary.kind.rawValue
            title = lesson.summary.title
            situation = lesson.situation
            happened = lesson.whatHappened
            learned = lesson.learned
            changes = lesson.changes
            tags = lesson.summary.tags.joined(separator: ", ")
            signals = lesson.signals.map { String($0.number) }.joined(separator: ", ")
            policies = Set(lesson.policies.map { LessonsController.id($0.id) })
            themes = Set(lesson.themes.map { LessonsController.id($0.id) })
            sessions = Set(lesson.sessions.map { LessonsController.id($0.id) })
        }
    }

    static func input(_ form: FormData) -> LessonRepository.Input {
        func ids(_ name: String) -> [UUID] { form.values(name).map { UUID(uuidString: $0) ?? UUID() } }
        // A number that is not one is looked up as 0, which no signal has: the repository names it.
        let numbers = (form.value("signalen") ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map { Int($0) ?? 0 }
        return .init(
            kind: form.value("soort") ?? "", title: form.value("titel") ?? "", situation: form.value("situatie") ?? "",
            whatHappened: form.value("gebeurd") ?? "", learned: form.value("geleerd") ?? "", changes: form.value("veranderen") ?? "",
            policyIDs: ids("beleid"), themeIDs: ids("themas"), signalNumbers: numbers, sessionIDs: ids("overleggen"),
            tags: (form.value("labels") ?? "").split(separator: ",").map(String.init))
    }

    private func formPage(
        request: Request, context: AppRequestContext, editing: LessonRepository.Lesson?, values: FormValues, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let org = user.organisationID
        let policies = try await services.policies.titles(organisationID: org)
        let themes = try await services.themes.titles(organisationID: org)
        let sessions =
            try await services.sessions.list(organisationID: org, when: .past, now: services.now)
            + services.sessions.list(organisationID: org, when: .upcoming, now: services.now)
        func reason(_ name: String) -> String? { failure?.reason(for: name) }
        func checks(_ items: [(id: UUID, label: String)], chosen: Set<String>, prefix: String) -> [Check] {
            items.map {
                let value = Self.id($0.id)
                return Check(value: value, label: $0.label, checked: chosen.contains(value), id: prefix + value)
            }
        }
        let idText = editing.map { Self.id($0.summary.id) }
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: editing == nil ? t["lessonNewTitle"]! : t["lessonEditTitle"]!,
            action: idText.map { SiteURL.lessonEdit(id: $0).path } ?? SiteURL.lessonNew.path,
            cancelURL: idText.map { SiteURL.lesson(id: $0).path } ?? SiteURL.lessons.path,
            kinds: LessonKind.allCases.map {
                KindOption(
                    value: $0.rawValue, label: Self.kindLabel($0, t), explanation: t["lessonKindExplanation." + $0.rawValue] ?? $0.explanation,
                    checked: $0.rawValue == values.kind, id: "soort-" + $0.rawValue)
            },
            kindError: reason("soort"), kindInvalid: reason("soort") != nil,
            title: Field(values.title, error: reason("titel")), situation: Field(values.situation, error: reason("situatie")),
            happened: Field(values.happened, error: reason("gebeurd")), learned: Field(values.learned, error: reason("geleerd")),
            changes: Field(values.changes, error: reason("veranderen")), tags: Field(values.tags, error: reason("labels")),
            signals: Field(values.signals, error: reason("signalen")),
            policies: checks(policies.map { ($0.id, $0.title) }, chosen: values.policies, prefix: "beleid-"), hasPolicies: !policies.isEmpty,
            policiesError: reason("beleid"),
            themes: checks(themes.map { ($0.id, $0.title) }, chosen: values.themes, prefix: "thema-"), hasThemes: !themes.isEmpty,
            themesError: reason("themas"),
            sessions: checks(sessions.map { ($0.id, "\($0.title) (\(DateText.day($0.startsAt)))") }, chosen: values.sessions, prefix: "overleg-"),
            hasSessions: !sessions.isEmpty, sessionsError: reason("overleggen"),
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        let title = editing.map { "\(t["lessonEditTitle"]!) · \($0.summary.title)" } ?? t["lessonNewTitle"]!
        return try services.renderer.page(
            "lesson-form", page, title: title, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireUser()
        var values = FormValues()
        if let policy = request.uri.queryParameters["beleid"] { values.policies = [String(policy).lowercased()] }
        return try await formPage(request: request, context: context, editing: nil, values: values, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            let id = try await lessons.create(Self.input(form), organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.lesson(id: Self.id(id)), message: "lessonSaved")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: nil, values: FormValues(form: form), failure: failure)
        }
    }

    /// The lesson of the `:id` in the path, when the user may change it.
    private func editable(_ context: AppRequestContext) async throws -> LessonRepository.Lesson {
        let user = try context.requireUser()
        guard let lesson = try await lessons.lesson(id: try context.uuid(), organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        guard LessonRepository.mayEdit(user, authorID: lesson.authorID) else { throw HTTPError(.forbidden) }
        return lesson
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let lesson = try await editable(context)
        return try await formPage(request: request, context: context, editing: lesson, values: FormValues(lesson: lesson), failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let lesson = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await lessons.update(
                id: lesson.summary.id, Self.input(form), organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: lesson, values: FormValues(form: form), failure: failure)
        }
        return redirect(.lesson(id: Self.id(lesson.summary.id)), message: "lessonSaved")
    }

    // MARK: a lesson

    struct DetailPage {
        struct Link { let label: String; let url: String }
        let t: [String: String]
        let csrf: String
        let listURL: String
        let title: String
        let kind: String
        let author: String
        let created: String
        let tags: [String]
        let hasTags: Bool
        let situation: [String]
        let happened: [String]
        let learned: [String]
        let changes: [String]
        let hasChanges: Bool
        let policies: [Link]
        let themes: [Link]
        let signals: [Link]
        let sessions: [Link]
        let hasLinks: Bool
        let discussed: Link?
        let discussedOn: String?
        let mayEdit: Bool
        let editURL: String
        let discussedURL: String
        let heldSessions: [Choice]
        let hasHeldSessions: Bool
        let discussedError: String?
        let discussedInvalid: Bool
    }

    private func detailPage(request: Request, context: AppRequestContext, failure: ValidationFailure? = nil) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        guard let lesson = try await lessons.lesson(id: try context.uuid(), organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let idText = Self.id(lesson.summary.id)
        let mayEdit = LessonRepository.mayEdit(user, authorID: lesson.authorID)
        let held = mayEdit ? try await services.sessions.list(organisationID: user.organisationID, when: .past, now: services.now) : []
        let started = held + (mayEdit ? try await services.sessions.list(organisationID: user.organisationID, when: .upcoming, now: services.now) : [])
            .filter { $0.startsAt <= services.now }
        let paragraphs = ReviewsController.paragraphs
        let error = failure?.invalidParams.map(\.reason).joined(separator: " ")
        let page = DetailPage(
            t: t, csrf: context.csrfToken, listURL: SiteURL.lessons.path, title: lesson.summary.title, kind: Self.kindLabel(lesson.summary.kind, t),
            author: lesson.summary.authorName ?? "–", created: DateText.day(lesson.summary.createdAt), tags: lesson.summary.tags,
            hasTags: !lesson.summary.tags.isEmpty, situation: paragraphs(lesson.situation), happened: paragraphs(lesson.whatHappened),
            learned: paragraphs(lesson.learned), changes: paragraphs(lesson.changes), hasChanges: !lesson.changes.isEmpty,
            policies: lesson.policies.map { .init(label: $0.title, url: SiteURL.policy(id: Self.id($0.id)).path) },
            themes: lesson.themes.map { .init(label: $0.title, url: SiteURL.theme(id: Self.id($0.id)).path) },
            signals: lesson.signals.map { .init(label: "\($0.number): \($0.title)", url: SiteURL.signal(id: Self.id($0.id)).path) },
            sessions: lesson.sessions.map { .init(label: "\($0.title) (\(DateText.day($0.startsAt)))", url: SiteURL.session(id: Self.id($0.id)).path) },
            hasLinks: !(lesson.policies.isEmpty && lesson.themes.isEmpty && lesson.signals.isEmpty && lesson.sessions.isEmpty),
            discussed: lesson.discussedIn.map { .init(label: $0.title, url: SiteURL.session(id: Self.id($0.id)).path) },
            discussedOn: lesson.summary.discussedAt.map(DateText.day), mayEdit: mayEdit, editURL: SiteURL.lessonEdit(id: idText).path,
            discussedURL: SiteURL.lessonDiscussed(id: idText).path,
            heldSessions: started.map {
                Choice(value: Self.id($0.id), label: "\($0.title) (\(DateText.day($0.startsAt)))", selected: $0.id == lesson.discussedIn?.id)
            },
            hasHeldSessions: !started.isEmpty, discussedError: error, discussedInvalid: error != nil)
        return try services.renderer.page(
            "lesson", page, title: "\(t["lessonTitle"]!) · \(lesson.summary.title)", context: context, request: request,
            status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await detailPage(request: request, context: context)
    }

    @Sendable func discussed(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let lesson = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            guard let sessionID = form.value("overleg").flatMap(UUID.init(uuidString:)) else {
                throw ValidationFailure([InvalidParam(name: "overleg", code: "verplicht", reason: "Kies het overleg waarin de les is besproken.")])
            }
            try await lessons.markDiscussed(
                id: lesson.summary.id, sessionID: sessionID, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure)
        }
        return redirect(.lesson(id: Self.id(lesson.summary.id)), message: "lessonDiscussed")
    }
}

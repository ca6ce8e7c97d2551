// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The actions from all sessions (filtered by person, team and status, with what is overdue per person and per
/// team), one action's page where its owner moves it on, and the decisions of the organisation.
struct ActionsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.actions.route, use: list)
        router.get(SiteURL.route(SiteURL.action), use: show)
        router.post(SiteURL.route(SiteURL.action), use: update)
        router.get(SiteURL.decisions.route, use: decisions)
    }

    /// The status filter: one status, the open ones (default), or the open ones past their date.
    enum StatusFilter: String, CaseIterable {
        case running = "lopend"
        case overdue = "achterstallig"
        case open = "open"
        case inProgress = "bezig"
        case done = "gereed"
        case cancelled = "vervallen"
        case all = "alle"

        func apply(to filter: inout ActionRepository.Filter) {
            switch self {
            case .running: filter.statuses = Set(ActionStatus.allCases.filter(\.isOpen))
            case .overdue: filter.overdueOnly = true
            case .all: break
            default: filter.statuses = [ActionStatus(rawValue: rawValue)!]
            }
        }
    }

    struct Row {
        let description: String
        let url: String
        let session: String
        let sessionURL: String
        let owner: String
        let team: String
        let due: String
        let status: String
        let overdue: Bool
    }

    struct Group { let name: String; let url: String; let count: Int; let oldest: String }

    struct ListPage {
        let t: [String: String]
        let action: String
        let people: [Choice]
        let teams: [Choice]
        let statuses: [Choice]
        let rows: [Row]
        let hasRows: Bool
        let count: Int
        let filtered: Bool
        let mineURL: String
        let overduePeople: [Group]
        let overdueTeams: [Group]
        let hasOverdue: Bool
    }

    static func rows(_ actions: [ActionRepository.Action], now: Date, t: [String: String]) -> [Row] {
        actions.map { action in
            Row(
                description: action.description, url: SiteURL.action(id: action.id.uuidString.lowercased()).path, session: action.sessionTitle,
                sessionURL: SiteURL.session(id: action.sessionID.uuidString.lowercased()).path, owner: action.ownerName ?? "–",
                team: action.teamName ?? "–", due: DutchCalendar.day(action.dueAt),
                status: SessionsController.actionStatusLabel(action.status, t), overdue: action.isOverdue(now: now))
        }
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let org = user.organisationID
        let query = request.uri.queryParameters
        func id(_ name: String) throws -> UUID? {
            guard let text = query[name[...]].map(String.init), !text.isEmpty else { return nil }
            guard let id = UUID(uuidString: text) else {
                throw HTTPError(.badRequest, message: "Deze keuze voor \(name) bestaat niet. Kies opnieuw in de lijst.")
            }
            return id
        }
        let person = try id("persoon")
        let team = try id("team")
        let statusText = query["status"].map(String.init) ?? ""
        guard let status = statusText.isEmpty ? StatusFilter.running : StatusFilter(rawValue: statusText) else {
            throw HTTPError(.badRequest, message: "Kies een status uit de lijst.")
        }
        var filter = ActionRepository.Filter(ownerID: person, teamID: team)
        status.apply(to: &filter)
        let now = services.now
        let actions = try await services.actions.list(organisationID: org, filter: filter, now: now)
        let overdue = try await services.actions.overdue(organisationID: org, now: now)
        let people = try await services.accounts.assignable(organisationID: org)
        let teams = try await services.organisations.teamNames(organisationID: org)
        let rows = Self.rows(actions, now: now, t: t)
        func url(person: UUID? = nil, team: UUID? = nil, status: StatusFilter) -> String {
            var parts: [String] = []
            if let person { parts.append("persoon=" + person.uuidString.lowercased()) }
            if let team { parts.append("team=" + team.uuidString.lowercased()) }
            parts.append("status=" + status.rawValue)
            return SiteURL.actions.path + "?" + parts.joined(separator: "&")
        }
        let page = ListPage(
            t: t, action: SiteURL.actions.path,
            people: [Choice(value: "", label: t["actionEveryone"]!, selected: person == nil)]
                + people.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == person) },
            teams: [Choice(value: "", label: t["actionAllTeams"]!, selected: team == nil)]
                + teams.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == team) },
            statuses: StatusFilter.allCases.map { Choice(value: $0.rawValue, label: t["actionFilter." + $0.rawValue]!, selected: $0 == status) },
            rows: rows, hasRows: !rows.isEmpty, count: rows.count, filtered: person != nil || team != nil || status != .running,
            mineURL: url(person: user.userID, status: .running),
            overduePeople: overdue.people.map {
                Group(name: $0.name, url: url(person: $0.id, status: .overdue), count: $0.count, oldest: DutchCalendar.day($0.oldest))
            },
            overdueTeams: overdue.teams.map {
                Group(name: $0.name, url: url(team: $0.id, status: .overdue), count: $0.count, oldest: DutchCalendar.day($0.oldest))
            },
            hasOverdue: !overdue.people.isEmpty || !overdue.teams.isEmpty)
        return try services.renderer.page("actions", page, title: t["actionsTitle"]!, context: context, request: request)
    }

    // MARK: one action

    struct DetailPage {
        let t: [String: String]
        let csrf: String
        let description: String
        let session: String
        let sessionURL: String
        let owner: String
        let team: String
        let due: String
        let status: String
        let overdue: Bool
        let completed: String?
        let listURL: String
        let url: String
        /// The owner moves the status; the session's editors change everything.
        let mayMove: Bool
        let mayEdit: Bool
        let statuses: [Choice]
        let descriptionField: Field
        let owners: [Choice]
        let ownerError: String?
        let ownerInvalid: Bool
        let teams: [Choice]
        let teamError: String?
        let teamInvalid: Bool
        let dueField: Field
        let problems: [String]
        let hasProblems: Bool
    }

    private func page(request: Request, context: AppRequestContext, form: FormData? = nil, failure: ValidationFailure? = nil) async throws
        -> Response
    {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        guard let action = try await services.actions.action(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        let mayEdit = SessionRepository.mayEdit(user, organiserID: action.sessionOrganiserID)
        let people = mayEdit ? try await services.accounts.assignable(organisationID: user.organisationID) : []
        let teams = mayEdit ? try await services.organisations.teamNames(organisationID: user.organisationID) : []
        let status = form?.value("status") ?? action.status.rawValue
        let owner = form?.value("eigenaar") ?? action.ownerID?.uuidString.lowercased() ?? ""
        let team = form?.value("team") ?? action.teamID?.uuidString.lowercased() ?? ""
        func reason(_ name: String) -> String? { failure?.reason(for: name) }
        let page = DetailPage(
            t: t, csrf: context.csrfToken, description: action.description, session: action.sessionTitle,
            sessionURL: SiteURL.session(id: action.sessionID.uuidString.lowercased()).path + "#acties", owner: action.ownerName ?? "–",
            team: action.teamName ?? "–", due: DutchCalendar.day(action.dueAt), status: SessionsController.actionStatusLabel(action.status, t),
            overdue: action.isOverdue(now: services.now), completed: action.completedAt.map(DutchCalendar.day), listURL: SiteURL.actions.path,
            url: SiteURL.action(id: action.id.uuidString.lowercased()).path, mayMove: mayEdit || action.ownerID == user.userID,
            mayEdit: mayEdit,
            statuses: ActionStatus.allCases.map { Choice(value: $0.rawValue, label: SessionsController.actionStatusLabel($0, t), selected: $0.rawValue == status) },
            descriptionField: Field(form?.value("omschrijving") ?? action.description, error: reason("omschrijving")),
            owners: people.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == owner) },
            ownerError: reason("eigenaar"), ownerInvalid: reason("eigenaar") != nil,
            teams: [Choice(value: "", label: t["actionNoTeam"]!, selected: team.isEmpty)]
                + teams.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == team) },
            teamError: reason("team"), teamInvalid: reason("team") != nil,
            dueField: Field(form?.value("datum") ?? ReviewDeadline.code(action.dueAt), error: reason("datum")),
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page(
            "action", page, title: "\(t["actionTitle"]!) · \(action.description.prefix(60))", context: context, request: request,
            status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context)
    }

    /// The owner sends only `status`; an editor sends the whole form.
    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard let action = try await services.actions.action(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        let mayEdit = SessionRepository.mayEdit(user, organiserID: action.sessionOrganiserID)
        guard mayEdit || action.ownerID == user.userID else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            guard let status = form.value("status").flatMap(ActionStatus.init(rawValue:)) else {
                throw ValidationFailure([InvalidParam(name: "status", code: "ongeldig", reason: "Kies een status uit de lijst.")])
            }
            if mayEdit && form.value("omschrijving") != nil {
                var input = SessionsController.actionInput(form)
                input.decisionID = action.decisionID
                try await services.actions.update(
                    id: action.id, input, status: status, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            } else {
                try await services.actions.changeStatus(
                    id: action.id, to: status, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            }
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: form, failure: failure)
        }
        return redirect(.action(id: action.id.uuidString.lowercased()), message: "actionSaved")
    }

    // MARK: decisions

    struct DecisionsPage {
        struct Row {
            let text: String
            let url: String
            let session: String
            let date: String
            let effect: String
            let policy: String?
            let policyURL: String?
            let policyChange: String?
        }
        let t: [String: String]
        let action: String
        let policies: [Choice]
        let rows: [Row]
        let hasRows: Bool
        let changes: Int
        let filtered: Bool
    }

    @Sendable func decisions(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let policyText = request.uri.queryParameters["beleid"].map(String.init) ?? ""
        let policy = policyText.isEmpty ? nil : UUID(uuidString: policyText)
        if !policyText.isEmpty && policy == nil { throw HTTPError(.badRequest, message: "Dit beleid bestaat niet. Kies opnieuw in de lijst.") }
        let decisions = try await services.sessions.decisions(organisationID: user.organisationID, policyID: policy)
        let policies = try await services.policies.titles(organisationID: user.organisationID)
        let page = DecisionsPage(
            t: t, action: SiteURL.decisions.path,
            policies: [Choice(value: "", label: t["decisionAllPolicies"]!, selected: policy == nil)]
                + policies.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id == policy) },
            rows: decisions.map { decision in
                DecisionsPage.Row(
                    text: decision.text,
                    url: SiteURL.session(id: decision.sessionID.uuidString.lowercased()).path + "#besluit-" + decision.id.uuidString.lowercased(),
                    session: decision.sessionTitle, date: DutchCalendar.day(decision.createdAt),
                    effect: decision.effect == .none ? "–" : SessionsController.effectLabel(decision.effect, t), policy: decision.policyTitle,
                    policyURL: decision.policyID.map { SiteURL.policy(id: $0.uuidString.lowercased()).path }, policyChange: decision.policyChange)
            },
            hasRows: !decisions.isEmpty, changes: decisions.filter { $0.policyID != nil }.count, filtered: policy != nil)
        return try services.renderer.page("decisions", page, title: t["decisionsTitle"]!, context: context, request: request)
    }
}

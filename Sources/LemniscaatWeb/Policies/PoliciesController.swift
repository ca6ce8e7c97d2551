// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Beleid: the policy register, its list with filters, a page per policy, and the form to add or change one.
struct PoliciesController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.policies.route, use: list)
        router.get(SiteURL.policyNew.route, use: newForm)
        router.post(SiteURL.policyNew.route, use: create)
        router.get(SiteURL.route(SiteURL.policy), use: show)
        router.get(SiteURL.route(SiteURL.policyEdit), use: editForm)
        router.post(SiteURL.route(SiteURL.policyEdit), use: update)
        router.post(SiteURL.route(SiteURL.policyStatus), use: changeStatus)
    }

    static func mayEdit(_ user: SignedInUser) -> Bool {
        user.has(.policyOfficer) || user.has(.manager) || user.has(.administrator)
    }

    struct ListPage {
        struct Row { let title: String; let url: String; let status: String; let domains: String; let owner: String; let handler: String; let signals: Int; let openSignals: Int }
        let t: [String: String]
        let rows: [Row]
        let total: Int
        let domains: [Choice]
        let statuses: [Choice]
        let people: [Choice]
        let text: String
        let mayCreate: Bool
        let newURL: String
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        let domain = query["domein"].map(String.init) ?? ""
        let status = query["status"].map(String.init) ?? ""
        let holder = query["persoon"].map(String.init) ?? ""
        let text = query["tekst"].map(String.init) ?? ""
        let filter = PolicyRepository.Filter(
            domainID: UUID(uuidString: domain), status: PolicyStatus(rawValue: status), roleHolderID: UUID(uuidString: holder), text: text)
        let policies = try await services.policies.list(organisationID: user.organisationID, filter: filter)
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let users = try await services.accounts.list(organisationID: user.organisationID)
        let page = ListPage(
            t: t,
            rows: policies.map {
                ListPage.Row(
                    title: $0.policy.title, url: SiteURL.policy(id: $0.policy.id!.uuidString.lowercased()).path,
                    status: PolicyStatus(rawValue: $0.policy.status)?.label ?? $0.policy.status, domains: $0.domains.map(\.name).joined(separator: ", "),
                    owner: $0.roles[.owner]?.name ?? "–", handler: $0.roles[.handler]?.name ?? "–", signals: $0.signalCount, openSignals: $0.openSignalCount)
            },
            total: policies.count,
            domains: [Choice(value: "", label: t["all"]!, selected: domain.isEmpty)]
                + domains.map { Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: $0.domain.id!.uuidString.lowercased() == domain) },
            statuses: [Choice(value: "", label: t["all"]!, selected: status.isEmpty)]
                + PolicyStatus.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == status) },
            people: [Choice(value: "", label: t["everyone"]!, selected: holder.isEmpty)]
                + users.filter { $0.user.isActive && !$0.roles.filter { $0 != .practitioner }.isEmpty }.map {
                    Choice(value: $0.user.id!.uuidString.lowercased(), label: $0.user.name, selected: $0.user.id!.uuidString.lowercased() == holder)
                },
            text: text, mayCreate: Self.mayEdit(user), newURL: SiteURL.policyNew.path)
        return try services.renderer.page("policies", page, title: t["policiesTitle"]!, context: context, request: request)
    }

    struct DetailPage {
        struct Role { let label: String; let name: String }
        struct GoalIndicator { let name: String; let url: String; let latest: String; let status: String; let statusClass: String; let sparkline: String }
        struct Goal { let title: String; let description: String; let indicators: [GoalIndicator]; let hasIndicators: Bool; let addURL: String }
        /// Recognitions are counts of people: shown through small-number protection.
        struct Theme { let title: String; let url: String; let signals: Int; let recognitions: String }
        struct SignalRow { let number: Int; let title: String; let url: String; let status: String; let recognitions: Int; let late: Bool }
        struct Event { let when: String; let who: String; let action: String; let summary: String }
        let t: [String: String]
        let csrf: String
        let title: String
        let status: String
        let summary: String
        let legalBasis: String
        let domains: String
        let roles: [Role]
        let teams: String
        let goals: [Goal]
        let hasGoals: Bool
        let themes: [Theme]
        let hasThemes: Bool
        let signals: [SignalRow]
        let signalCount: Int
        let openSignalCount: Int
        let allSignalsURL: String
        let timeline: [Event]
        let hasTimeline: Bool
        let mayEdit: Bool
        let editURL: String
        let statusURL: String
        let nextStatuses: [Choice]
        let hasNextStatuses: Bool
        let newSignalURL: String
        let showDraft: Bool
        let hasDraft: Bool
        let draftNumber: Int
        let draftDate: String
        let draftAuthor: String
        let draftURL: String
        let hasDraftPrevious: Bool
        let draftCompareURL: String
        let mayAddDraft: Bool
        let draftNewURL: String
        struct ReviewRow { let label: String; let url: String; let status: String; let responses: String }
        let reviews: [ReviewRow]
        let hasReviews: Bool
        let mayStartReview: Bool
        let reviewNewURL: String
        struct MeetingRow { let title: String; let url: String; let when: String; let kind: String }
        let meetings: [MeetingRow]
        let hasMeetings: Bool
        let mayPlanMeeting: Bool
        let meetingNewURL: String
        /// Decisions in sessions that changed this policy: changes prompted by practice.
        struct ChangeRow { let change: String; let url: String; let session: String; let date: String }
        let changes: [ChangeRow]
        let hasChanges: Bool
        let decisionsURL: String
        /// MKBA's of this policy: who pays, who benefits.
        struct MKBARow { let title: String; let url: String; let netPresentValue: String }
        let mkbas: [MKBARow]
        let hasMKBAs: Bool
        let mkbasURL: String
        let mayAddMKBA: Bool
        let mkbaNewURL: String
        /// The loop of this policy: the diagram, the same nodes as a table, and how many nodes show a broken loop.
        let loopSVG: String
        let loopRows: [PolicyLoopView.Row]
        let loopBroken: Int
        let hasLoopBroken: Bool
        /// Every decision about this policy: its changes, and decisions about its signals, themes and indicators.
        struct DecisionRow { let date: String; let text: String; let url: String; let session: String; let change: String?; let about: String }
        let decisions: [DecisionRow]
        let hasDecisions: Bool
        struct ActionRow { let description: String; let url: String; let owner: String; let due: String; let status: String; let overdue: Bool }
        let actions: [ActionRow]
        let hasActions: Bool
        let actionsURL: String
        struct LessonRow { let title: String; let url: String; let kind: String; let discussed: String }
        let lessons: [LessonRow]
        let hasLessons: Bool
        let lessonsURL: String
        /// Raadplegingen on this policy, for those who run them: the voice of residents and experts by experience.
        struct ConsultationRow { let title: String; let url: String; let phase: String; let responses: String }
        let consultations: [ConsultationRow]
        let showConsultations: Bool
        let hasConsultations: Bool
        let consultationNewURL: String
    }


    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await detailPage(request: request, context: context, failure: nil)
    }

    private func detailPage(request: Request, context: AppRequestContext, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let detail = try await services.policies.detail(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let policy = detail.listing.policy
        let current = PolicyStatus(rawValue: policy.status) ?? .concept
        var filter = SignalRepository.Filter()
        filter.policyID = id
        let now = services.now
        let recent = try await services.signals.list(organisationID: user.organisationID, filter: filter, now: now, page: 1, pageSize: 10)
        // Names of the people in the timeline only, not of everyone in the organisation.
        let actors = Set(detail.timeline.compactMap { UUID(uuidString: $0.actorID) })
        let names = Dictionary(
            uniqueKeysWithValues: try await services.accounts.names(ids: Array(actors), organisationID: user.organisationID)
                .map { ($0.id.uuidString.lowercased(), $0.name) })
        let idText = id.uuidString.lowercased()
        let monitor = try await MonitorController(services: services).load(organisationID: user.organisationID, filter: .init(policyID: id))
        let draft = try await services.drafts.versions(policyID: id, organisationID: user.organisationID).first
        let draftWritable = DraftRepository.writableStatuses.contains(current)
        let reviews = try await services.reviews.rounds(policyID: id, organisationID: user.organisationID)
        // The next sessions on this policy, then the latest ones held.
        let around = try await services.sessions.aroundPolicy(id, organisationID: user.organisationID, count: 5, now: now)
        let meetings = around.upcoming + around.held
        let loop = try await PolicyLoopRepository(store: services.store).loop(
            policyID: id, organisationID: user.organisationID, now: now, measured: (monitor.listings, monitor.figures))
        let changes = loop.decisions.filter { $0.policyChange != nil }
        let lessons = try await LessonRepository(store: services.store).list(organisationID: user.organisationID, filter: .init(policyID: id))
        let threshold =
            monitor.listings.isEmpty ? try await services.indicators.smallNumberThreshold(organisationID: user.organisationID) : monitor.threshold
        let k = SmallNumberPolicy(threshold: max(1, threshold))
        let loopView = PolicyLoopView(loop: loop, policyID: id, policyTitle: policy.title, k: k, t: t)
        func decisionURL(_ sessionID: UUID, _ decisionID: UUID) -> String {
            SiteURL.session(id: sessionID.uuidString.lowercased()).path + "#besluit-" + decisionID.uuidString.lowercased()
        }
        let mkbas = try await MKBARepository(store: services.store).list(organisationID: user.organisationID, policyID: id)
        let showConsultations = ConsultationRepository.mayManage(user)
        let consultations =
            showConsultations ? try await ConsultationRepository(store: services.store).list(organisationID: user.organisationID, policyID: id) : []
        let page = DetailPage(
            t: t, csrf: context.csrfToken, title: policy.title, status: current.label, summary: policy.summary,
            legalBasis: policy.legalBasis.isEmpty ? "–" : policy.legalBasis, domains: detail.listing.domains.map(\.name).joined(separator: ", "),
            roles: PolicyRole.allCases.map { DetailPage.Role(label: $0.label, name: detail.listing.roles[$0]?.name ?? "–") },
            teams: detail.teams.isEmpty ? "–" : detail.teams.map(\.name).joined(separator: ", "),
            goals: detail.goals.map { goal in
                let indicators = monitor.listings.filter { $0.indicator.goalID == goal.id }.map { listing in
                    MonitorController.goalIndicator(listing, loaded: monitor)
                }
                return DetailPage.Goal(
                    title: goal.title, description: goal.goalDescription, indicators: indicators, hasIndicators: !indicators.isEmpty,
                    addURL: SiteURL.indicatorNew.path + "?doel=\(goal.id!.uuidString.lowercased())")
            },
            hasGoals: !detail.goals.isEmpty,
            themes: detail.themes.map {
                DetailPage.Theme(
                    title: $0.theme.title, url: SiteURL.theme(id: $0.theme.id!.uuidString.lowercased()).path, signals: $0.signals,
                    recognitions: k.label(k.count($0.recognitions)) ?? String($0.recognitions))
            },
            hasThemes: !detail.themes.isEmpty,
            signals: recent.signals.map {
                DetailPage.SignalRow(
                    number: $0.number, title: $0.title, url: SiteURL.signal(id: $0.id!.uuidString.lowercased()).path,
                    status: SignalStatus(rawValue: $0.status)?.label ?? $0.status, recognitions: $0.recognitionCount,
                    late: SignalStatus(rawValue: $0.status)?.isOpen == true && $0.dueAt < now)
            },
            signalCount: detail.listing.signalCount, openSignalCount: detail.listing.openSignalCount,
            allSignalsURL: SiteURL.signals.path + "?beleid=\(idText)",
            timeline: detail.timeline.map { entry in
                DetailPage.Event(
                    when: String(entry.occurredAt.prefix(16)).replacingOccurrences(of: "T", with: " "),
                    who: names[entry.actorID] ?? entry.actorLabel, action: Self.timelineLabel(entry.action), summary: entry.summary)
            },
            hasTimeline: !detail.timeline.isEmpty,
            mayEdit: Self.mayEdit(user), editURL: SiteURL.policyEdit(id: idText).path, statusURL: SiteURL.policyStatus(id: idText).path,
            nextStatuses: PolicyStatus.allCases.filter { current.canMove(to: $0) }.map { Choice(value: $0.rawValue, label: $0.label, selected: false) },
            hasNextStatuses: !(PolicyStatus.transitions[current] ?? []).isEmpty,
            newSignalURL: SiteURL.signalNew.path + "?beleid=\(idText)",
            showDraft: draft != nil || draftWritable, hasDraft: draft != nil, draftNumber: draft?.number ?? 0,
            draftDate: draft.map { DateText.minute($0.createdAt) } ?? "", draftAuthor: draft?.authorName ?? "–", draftURL: SiteURL.draft(id: idText).path,
            hasDraftPrevious: (draft?.number ?? 0) > 1, draftCompareURL: SiteURL.draftCompare(id: idText).path,
            mayAddDraft: Self.mayEdit(user) && draftWritable, draftNewURL: SiteURL.draftNew(id: idText).path,
            reviews: reviews.map {
                DetailPage.ReviewRow(
                    label: "\(t["draftVersion"]!) \($0.versionNumber), \(t["reviewDeadline"]!.lowercased()) \(DateText.day($0.deadline))",
                    url: SiteURL.reviewRound(id: $0.id.uuidString.lowercased()).path, status: t["reviewStatus." + $0.status.rawValue] ?? $0.status.label,
                    responses: "\($0.submitted) / \($0.invited)")
            },
            hasReviews: !reviews.isEmpty,
            mayStartReview: ReviewRepository.mayManage(user) && draft != nil && draftWritable && !reviews.contains { $0.status == .open },
            reviewNewURL: SiteURL.reviewRoundNew(id: idText).path,
            meetings: meetings.map {
                DetailPage.MeetingRow(
                    title: $0.title, url: SiteURL.session(id: $0.id.uuidString.lowercased()).path,
                    when: SessionsController.when($0.startsAt, $0.endsAt), kind: SessionsController.typeLabel($0.type, t))
            },
            hasMeetings: !meetings.isEmpty, mayPlanMeeting: SessionRepository.mayPlan(user), meetingNewURL: SiteURL.sessionNew.path + "?beleid=\(idText)",
            changes: changes.map {
                DetailPage.ChangeRow(
                    change: $0.policyChange ?? $0.text, url: decisionURL($0.sessionID, $0.id), session: $0.sessionTitle,
                    date: DutchCalendar.day($0.createdAt))
            },
            hasChanges: !changes.isEmpty, decisionsURL: SiteURL.decisions.path + "?beleid=\(idText)",
            mkbas: mkbas.map {
                DetailPage.MKBARow(
                    title: $0.title, url: SiteURL.mkba(id: $0.id.uuidString.lowercased()).path,
                    netPresentValue: MKBACalculation.euroText(MKBACalculation($0.mkba).netPresentValue))
            },
            hasMKBAs: !mkbas.isEmpty, mkbasURL: SiteURL.mkbas.path + "?beleid=\(idText)", mayAddMKBA: MKBARepository.mayEdit(user),
            mkbaNewURL: SiteURL.mkbaNew.path + "?beleid=\(idText)",
            loopSVG: loopView.svg, loopRows: loopView.rows, loopBroken: loopView.brokenCount, hasLoopBroken: loopView.brokenCount > 0,
            decisions: loop.decisions.map { decision in
                let kinds = Dictionary(grouping: decision.sources, by: \.kind)
                let about = [(AgendaSource.signal, "Signal"), (.theme, "Theme"), (.indicator, "Indicator")].compactMap { kind, noun in
                    kinds[kind].map { "\($0.count) \(t["policyLoopAbout" + noun + ($0.count == 1 ? "" : "s")]!)" }
                }
                return DetailPage.DecisionRow(
                    date: DutchCalendar.day(decision.createdAt), text: decision.text, url: decisionURL(decision.sessionID, decision.id),
                    session: decision.sessionTitle, change: decision.policyChange, about: about.joined(separator: ", "))
            },
            hasDecisions: !loop.decisions.isEmpty,
            actions: loop.actions.map {
                DetailPage.ActionRow(
                    description: $0.description, url: SiteURL.action(id: $0.id.uuidString.lowercased()).path, owner: $0.ownerName ?? $0.teamName ?? "–",
                    due: DutchCalendar.day($0.dueAt), status: SessionsController.actionStatusLabel($0.status, t), overdue: $0.isOverdue(now: now))
            },
            hasActions: !loop.actions.isEmpty, actionsURL: SiteURL.actions.path,
            lessons: lessons.map {
                DetailPage.LessonRow(
                    title: $0.title, url: SiteURL.lesson(id: $0.id.uuidString.lowercased()).path, kind: LessonsController.kindLabel($0.kind, t),
                    discussed: $0.discussedAt.map { "\(t["policyLessonDiscussed"]!) \(DutchCalendar.day($0))" } ?? t["policyLessonNotDiscussed"]!)
            },
            hasLessons: !lessons.isEmpty, lessonsURL: SiteURL.lessons.path + "?beleid=\(idText)",
            consultations: consultations.map {
                DetailPage.ConsultationRow(
                    title: $0.title, url: SiteURL.consultation(id: $0.id.uuidString.lowercased()).path,
                    phase: ConsultationsController.phaseLabel(.at(now, opensAt: $0.opensAt, closesAt: $0.closesAt), t),
                    responses: t["consultationResponseCount"]!.replacingOccurrences(of: "{count}", with: String($0.responses)))
            },
            showConsultations: showConsultations, hasConsultations: !consultations.isEmpty,
            consultationNewURL: SiteURL.consultationNew.path + "?beleid=\(idText)")
        return try services.renderer.page(
            "policy", page, title: policy.title, context: context, request: request, status: failure == nil ? .ok : .badRequest,
            message: failure?.invalidParams.first?.reason)
    }

    static func timelineLabel(_ action: String) -> String {
        switch action {
        case "beleid.aangemaakt": "Aangemaakt"
        case "beleid.gewijzigd": "Gewijzigd"
        case "beleid.status": "Status gewijzigd"
        case "concept.versie": "Nieuwe versie van de concepttekst"
        case "concept.signaal-gekoppeld": "Signaal gekoppeld aan de concepttekst"
        case "concept.signaal-ontkoppeld": "Signaal ontkoppeld van de concepttekst"
        default: action
        }
    }

    @Sendable func changeStatus(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        guard let next = PolicyStatus(rawValue: form.value("status") ?? "") else {
            return try await detailPage(request: request, context: context, failure: ValidationFailure([InvalidParam(name: "status", code: "ongeldig", reason: "Kies een nieuwe status.")]))
        }
        do {
            try await services.policies.changeStatus(id: id, to: next, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.policy(id: id.uuidString.lowercased()).path + "?melding=saved"])
    }

    struct FormPage {
        struct RoleField { let name: String; let label: String; let options: [Choice] }
        struct GoalField { let index: Int; let titleName: String; let descriptionName: String; let title: String; let description: String; let error: String? }
        let t: [String: String]
        let csrf: String
        let heading: String
        let action: String
        let cancelURL: String
        let title: Field
        let summary: Field
        let legalBasis: Field
        let domainsError: String?
        let domains: [Choice]
        let rolesError: String?
        let roles: [RoleField]
        let teamsError: String?
        let teams: [Choice]
        let goals: [GoalField]
        let problems: [String]
        let hasProblems: Bool
    }

    private func formPage(
        request: Request, context: AppRequestContext, editing: UUID?, input: PolicyRepository.Input?, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let teams = try await services.organisations.teams(organisationID: user.organisationID)
        let people = try await services.accounts.list(organisationID: user.organisationID).filter(\.user.isActive)
        let chosenDomains = Set(input?.domainIDs ?? [])
        let chosenTeams = Set(input?.teamIDs ?? [])
        var goals = input?.goals ?? []
        while goals.count < 3 { goals.append(("", "")) }
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: editing == nil ? t["newPolicy"]! : t["editPolicy"]!,
            action: editing.map { SiteURL.policyEdit(id: $0.uuidString.lowercased()).path } ?? SiteURL.policyNew.path,
            cancelURL: editing.map { SiteURL.policy(id: $0.uuidString.lowercased()).path } ?? SiteURL.policies.path,
            title: Field(input?.title, error: failure?.reason(for: "titel")),
            summary: Field(input?.summary, error: failure?.reason(for: "samenvatting")),
            legalBasis: Field(input?.legalBasis, error: failure?.reason(for: "grondslag")),
            domainsError: failure?.reason(for: "domeinen"),
            domains: domains.map { Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: chosenDomains.contains($0.domain.id!)) },
            rolesError: failure?.reason(for: "rollen"),
            roles: PolicyRole.allCases.map { role in
                FormPage.RoleField(
                    name: role.rawValue, label: role.label,
                    options: [Choice(value: "", label: "–", selected: input?.roles[role] == nil)] + people.map {
                        Choice(value: $0.user.id!.uuidString.lowercased(), label: $0.user.name, selected: input?.roles[role] == $0.user.id)
                    })
            },
            teamsError: failure?.reason(for: "teams"),
            teams: teams.map { Choice(value: $0.team.id!.uuidString.lowercased(), label: $0.team.name, selected: chosenTeams.contains($0.team.id!)) },
            goals: goals.prefix(6).enumerated().map { index, goal in
                FormPage.GoalField(
                    index: index + 1, titleName: "doel\(index + 1)Titel", descriptionName: "doel\(index + 1)Omschrijving", title: goal.title,
                    description: goal.description, error: failure?.reason(for: "doel\(index + 1)Titel"))
            },
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page(
            "policy-form", page, title: page.heading, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    private func input(_ form: FormData) -> PolicyRepository.Input {
        var roles: [PolicyRole: UUID] = [:]
        for role in PolicyRole.allCases {
            if let id = form.value("rol-\(role.rawValue)").flatMap(UUID.init(uuidString:)) { roles[role] = id }
        }
        return .init(
            title: form.value("titel") ?? "", summary: form.value("samenvatting") ?? "", legalBasis: form.value("grondslag") ?? "",
            domainIDs: form.values("domeinen").compactMap(UUID.init(uuidString:)), roles: roles,
            teamIDs: form.values("teams").compactMap(UUID.init(uuidString:)),
            goals: (1...6).compactMap { index in
                guard let title = form.value("doel\(index)Titel") else { return nil }
                return (title, form.value("doel\(index)Omschrijving") ?? "")
            })
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        guard Self.mayEdit(try context.requireUser()) else { throw HTTPError(.forbidden) }
        return try await formPage(request: request, context: context, editing: nil, input: nil, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayEdit(user) else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        let input = input(form)
        do {
            let policy = try await services.policies.create(input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return Response(status: .seeOther, headers: [.location: SiteURL.policy(id: policy.id!.uuidString.lowercased()).path + "?melding=created"])
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: nil, input: input, failure: failure)
        }
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        guard try await services.policies.policy(id: id, organisationID: user.organisationID) != nil,
            let input = try await services.policies.input(for: id)
        else { throw HTTPError(.notFound) }
        return try await formPage(request: request, context: context, editing: id, input: input, failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard Self.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let input = input(form)
        do {
            try await services.policies.update(id: id, input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return Response(status: .seeOther, headers: [.location: SiteURL.policy(id: id.uuidString.lowercased()).path + "?melding=saved"])
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: id, input: input, failure: failure)
        }
    }
}

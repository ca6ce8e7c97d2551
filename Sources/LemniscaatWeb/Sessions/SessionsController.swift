// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Overleggen in the browser: the list (komende and eerdere), planning and changing a session, its page with the
/// agenda, minutes and attendance, and its iCalendar file; and the signed-in person's own calendar feed.
struct SessionsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.sessions.route, use: list)
        router.get(SiteURL.sessionNew.route, use: newForm)
        router.post(SiteURL.sessionNew.route, use: create)
        router.get(SiteURL.sessionsCalendar.route, use: feed)
        router.get(SiteURL.route(SiteURL.session), use: show)
        router.get(SiteURL.route(SiteURL.sessionEdit), use: editForm)
        router.post(SiteURL.route(SiteURL.sessionEdit), use: update)
        router.get(SiteURL.route(SiteURL.sessionCalendar), use: calendar)
        router.post(SiteURL.route(SiteURL.sessionAgenda), use: addItem)
        router.post(RouterPath(SiteURL.sessionAgendaItem(id: ":id", item: ":item").path), use: changeItem)
        router.post(SiteURL.route(SiteURL.sessionAttendance), use: attendance)
        router.post(SiteURL.route(SiteURL.sessionProposals), use: acceptProposal)
        router.post(SiteURL.route(SiteURL.sessionDecisions), use: decide)
        router.post(SiteURL.route(SiteURL.sessionActions), use: addAction)
    }

    struct Check { let value: String; let label: String; let checked: Bool; let id: String }
    struct TypeOption { let value: String; let label: String; let explanation: String; let checked: Bool; let id: String }

    static func typeLabel(_ type: SessionType, _ t: [String: String]) -> String { t["sessionType." + type.rawValue] ?? type.label }

    /// "12-01-2027, 09:30–11:00"
    static func when(_ start: Date, _ end: Date) -> String {
        "\(DateText.day(start)), \(SessionTime.codes(start).time)–\(SessionTime.codes(end).time)"
    }

    static func paragraphs(_ text: String) -> [String] { ReviewsController.paragraphs(text) }

    // MARK: the list

    struct ListPage {
        struct Row {
            let title: String
            let url: String
            let type: String
            let when: String
            let place: String
            let participants: Int
        }
        let t: [String: String]
        let upcoming: [Row]
        let hasUpcoming: Bool
        let past: [Row]
        let hasPast: Bool
        let mayPlan: Bool
        let newURL: String
        let feedURL: String
        let actionsURL = SiteURL.actions.path
        let decisionsURL = SiteURL.decisions.path
        let contactMapURL: String
        let action: String
        let types: [Choice]
        let policies: [Choice]
        let filtered: Bool
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        let type = query["soort"].flatMap { SessionType(rawValue: String($0)) }
        let policyText = query["beleid"].map(String.init) ?? ""
        let policies = try await services.policies.titles(organisationID: user.organisationID)
        let policyID = UUID(uuidString: policyText).flatMap { id in policies.contains { $0.id == id } ? id : nil }
        let filter = SessionRepository.Filter(type: type, policyID: policyID)
        let upcoming = try await services.sessions.list(organisationID: user.organisationID, when: .upcoming, filter: filter, now: services.now)
        let past = try await services.sessions.list(organisationID: user.organisationID, when: .past, filter: filter, now: services.now)
        func rows(_ list: [SessionRepository.Summary]) -> [ListPage.Row] {
            list.map {
                ListPage.Row(
                    title: $0.title, url: SiteURL.session(id: $0.id.uuidString.lowercased()).path, type: Self.typeLabel($0.type, t),
                    when: Self.when($0.startsAt, $0.endsAt), place: $0.place.isEmpty ? t["sessionOnline"]! : $0.place, participants: $0.participants)
            }
        }
        let page = ListPage(
            t: t, upcoming: rows(upcoming), hasUpcoming: !upcoming.isEmpty, past: rows(past), hasPast: !past.isEmpty,
            mayPlan: SessionRepository.mayPlan(user), newURL: SiteURL.sessionNew.path, feedURL: SiteURL.sessionsCalendar.path,
            contactMapURL: SiteURL.contactMap.path,
            action: SiteURL.sessions.path,
            types: [Choice(value: "", label: t["sessionAllTypes"]!, selected: type == nil)]
                + SessionType.allCases.map { Choice(value: $0.rawValue, label: Self.typeLabel($0, t), selected: $0 == type) },
            policies: [Choice(value: "", label: t["sessionAllPolicies"]!, selected: policyID == nil)]
                + policies.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id == policyID) },
            filtered: type != nil || policyID != nil)
        return try services.renderer.page("sessions", page, title: t["sessionListTitle"]!, context: context, request: request)
    }

    // MARK: planning and changing

    struct FormPage {
        let t: [String: String]
        let csrf: String
        let heading: String
        let action: String
        let cancelURL: String
        let submit: String
        let types: [TypeOption]
        let typeError: String?
        let typeInvalid: Bool
        let title: Field
        let day: Field
        let start: Field
        let end: Field
        let place: Field
        let link: Field
        let description: Field
        let organisers: [Choice]
        let organiserError: String?
        let organiserInvalid: Bool
        let teams: [Check]
        let people: [Check]
        let participantsError: String?
        let participantsInvalid: Bool
        let policies: [Check]
        let hasPolicies: Bool
        let policiesError: String?
        let policiesInvalid: Bool
        let domains: [Check]
        let domainsError: String?
        let domainsInvalid: Bool
        let problems: [String]
        let hasProblems: Bool
    }

    /// What the form shows: typed values after a refusal, the session's values when changing, defaults when new.
    struct FormValues {
        var type = ""
        var title = ""
        var day = ""
        var start = "09:30"
        var end = "11:00"
        var place = ""
        var link = ""
        var description = ""
        var organiser = ""
        var teams: Set<String> = []
        var people: Set<String> = []
        var policies: Set<String> = []
        var domains: Set<String> = []

        init() {}

        init(form: FormData) {
            type = form.value("soort") ?? ""
            title = form.value("titel") ?? ""
            day = form.value("datum") ?? ""
            start = form.value("begin") ?? ""
            end = form.value("einde") ?? ""
            place = form.value("plaats") ?? ""
            link = form.value("link") ?? ""
            description = form.value("omschrijving") ?? ""
            organiser = form.value("organisator") ?? ""
            teams = Set(form.values("teams"))
            people = Set(form.values("personen"))
            policies = Set(form.values("beleid"))
            domains = Set(form.values("domeinen"))
        }

        init(session: SessionRepository.Session) {
            let summary = session.summary
            type = summary.type.rawValue
            title = summary.title
            (day, start) = SessionTime.codes(summary.startsAt)
            end = SessionTime.codes(summary.endsAt).time
            place = summary.place
            link = summary.link
            description = session.description
            organiser = summary.organiserID?.uuidString.lowercased() ?? ""
            teams = Set(session.participants.compactMap { $0.teamID?.uuidString.lowercased() })
            people = Set(session.participants.filter(\.direct).map { $0.userID.uuidString.lowercased() })
            policies = Set(session.policies.map { $0.id.uuidString.lowercased() })
            domains = Set(session.domains.map { $0.id.uuidString.lowercased() })
        }
    }

    private func formPage(
        request: Request, context: AppRequestContext, editing: SessionRepository.Session?, values: FormValues, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let org = user.organisationID
        let teams = try await services.organisations.teamNames(organisationID: org)
        let people = try await services.accounts.assignable(organisationID: org)
        let policies = try await services.policies.titles(organisationID: org)
        let domains = try await services.organisations.domains(organisationID: org)
        func reason(_ name: String) -> String? { failure?.reason(for: name) }
        func checks(_ items: [(id: UUID, label: String)], chosen: Set<String>, prefix: String) -> [Check] {
            items.map {
                let value = $0.id.uuidString.lowercased()
                return Check(value: value, label: $0.label, checked: chosen.contains(value), id: prefix + value)
            }
        }
        let idText = editing?.summary.id.uuidString.lowercased()
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: editing == nil ? t["sessionNewTitle"]! : t["sessionEditTitle"]!,
            action: idText.map { SiteURL.sessionEdit(id: $0).path } ?? SiteURL.sessionNew.path,
            cancelURL: idText.map { SiteURL.session(id: $0).path } ?? SiteURL.sessions.path,
            submit: editing == nil ? t["sessionPlan"]! : t["sessionSave"]!,
            types: SessionType.allCases.map {
                TypeOption(
                    value: $0.rawValue, label: Self.typeLabel($0, t), explanation: t["sessionTypeExplanation." + $0.rawValue] ?? $0.explanation,
                    checked: $0.rawValue == values.type, id: "soort-" + $0.rawValue)
            },
            typeError: reason("soort"), typeInvalid: reason("soort") != nil,
            title: Field(values.title, error: reason("titel")), day: Field(values.day, error: reason("datum")),
            start: Field(values.start, error: reason("begin")), end: Field(values.end, error: reason("einde")),
            place: Field(values.place, error: reason("plaats")), link: Field(values.link, error: reason("link")),
            description: Field(values.description, error: reason("omschrijving")),
            organisers: [Choice(value: "", label: t["sessionNoOrganiser"]!, selected: values.organiser.isEmpty)]
                + people.map {
                    Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == values.organiser)
                },
            organiserError: reason("organisator"), organiserInvalid: reason("organisator") != nil,
            teams: checks(teams.map { ($0.id, $0.name) }, chosen: values.teams, prefix: "team-"),
            people: checks(people.map { ($0.id, $0.name) }, chosen: values.people, prefix: "persoon-"),
            participantsError: reason("deelnemers"), participantsInvalid: reason("deelnemers") != nil,
            policies: checks(policies.map { ($0.id, $0.title) }, chosen: values.policies, prefix: "beleid-"), hasPolicies: !policies.isEmpty,
            policiesError: reason("beleid"), policiesInvalid: reason("beleid") != nil,
            domains: checks(domains.map { ($0.domain.id!, $0.domain.name) }, chosen: values.domains, prefix: "domein-"),
            domainsError: reason("domeinen"), domainsInvalid: reason("domeinen") != nil,
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        let title = editing.map { "\(t["sessionEditTitle"]!) · \($0.summary.title)" } ?? t["sessionNewTitle"]!
        return try services.renderer.page(
            "session-form", page, title: title, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    static func input(_ form: FormData) -> SessionRepository.SessionInput {
        // An identifier that is not one is treated like one that no longer exists: the repository reports it.
        func ids(_ name: String) -> [UUID] { form.values(name).map { UUID(uuidString: $0) ?? UUID() } }
        let organiser = form.value("organisator") ?? ""
        return SessionRepository.SessionInput(
            type: form.value("soort") ?? "", title: form.value("titel") ?? "", day: form.value("datum") ?? "", startTime: form.value("begin") ?? "",
            endTime: form.value("einde") ?? "", place: form.value("plaats") ?? "", link: form.value("link") ?? "",
            description: form.value("omschrijving") ?? "", organiserID: organiser.isEmpty ? nil : UUID(uuidString: organiser) ?? UUID(),
            teamIDs: ids("teams"), userIDs: ids("personen"), policyIDs: ids("beleid"), domainIDs: ids("domeinen"))
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard SessionRepository.mayPlan(user) else { throw HTTPError(.forbidden) }
        var values = FormValues()
        values.organiser = user.userID.uuidString.lowercased()
        values.day = SessionTime.codes(services.now.addingTimeInterval(7 * 86_400)).day
        // Planning from a policy's page or a list filtered on one starts with that policy linked.
        if let policy = request.uri.queryParameters["beleid"] { values.policies = [String(policy).lowercased()] }
        // Planning from the samenwerkingskaart starts with the kind (a meeloopdag) and the team not yet met, and the
        // planner taking part.
        if let type = request.uri.queryParameters["soort"].flatMap({ SessionType(rawValue: String($0)) }) { values.type = type.rawValue }
        if let team = request.uri.queryParameters["team"].flatMap({ UUID(uuidString: String($0)) }) {
            values.teams = [team.uuidString.lowercased()]
            values.people = [user.userID.uuidString.lowercased()]
        }
        return try await formPage(request: request, context: context, editing: nil, values: values, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard SessionRepository.mayPlan(user) else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            let id = try await services.sessions.create(
                Self.input(form), organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.session(id: id.uuidString.lowercased()), message: "sessionPlanned")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: nil, values: FormValues(form: form), failure: failure)
        }
    }

    /// The session of the `:id` in the path, when the user may change it.
    func editable(_ context: AppRequestContext) async throws -> SessionRepository.Session {
        let user = try context.requireUser()
        guard let session = try await services.sessions.session(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        guard SessionRepository.mayEdit(user, organiserID: session.summary.organiserID) else { throw HTTPError(.forbidden) }
        return session
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let session = try await editable(context)
        return try await formPage(request: request, context: context, editing: session, values: FormValues(session: session), failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.sessions.update(
                id: session.summary.id, Self.input(form), organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: session, values: FormValues(form: form), failure: failure)
        }
        return redirect(.session(id: session.summary.id.uuidString.lowercased()), message: "sessionSaved")
    }

    // MARK: a session

    struct DetailPage {
        struct Person { let name: String; let team: String; let attendance: String; let checkID: String; let value: String; let present: Bool }
        struct Link { let label: String; let url: String }
        struct Item {
            let id: String
            let number: Int
            let anchor: String
            let title: String
            /// The page of the record the item was proposed from.
            let sourceURL: String?
            let note: [String]
            let hasNote: Bool
            let minutes: [String]
            let hasMinutes: Bool
            let url: String
            let isFirst: Bool
            let isLast: Bool
            let titleField: Field
            let noteField: Field
            let minutesField: Field
            let error: String?
            let invalid: Bool
        }
        let t: [String: String]
        let csrf: String
        let title: String
        let type: String
        let typeExplanation: String
        let when: String
        let place: String
        let hasPlace: Bool
        let link: String
        let hasLink: Bool
        let organiser: String
        let description: [String]
        let hasDescription: Bool
        let policies: [Link]
        let hasPolicies: Bool
        let domains: [String]
        let hasDomains: Bool
        let participants: [Person]
        let participantCount: Int
        let attendanceRecorded: Bool
        let presentCount: Int
        let mayEdit: Bool
        let editURL: String
        let calendarURL: String
        let listURL: String
        let items: [Item]
        let hasItems: Bool
        let agendaURL: String
        let newItem: Item
        let newItemError: String?
        let newItemInvalid: Bool
        let mayRecordAttendance: Bool
        let attendanceURL: String
        let attendanceError: String?
        let attendanceInvalid: Bool
        let attendanceNotYet: Bool
        let proposals: [Proposal]
        let hasProposals: Bool
        let proposalsURL: String
        let proposalsError: String?
        /// Decisions and actions, with their forms.
        let outcomes: Outcomes
        let problems: [String]
        let hasProblems: Bool
    }

    struct Proposal {
        let source: String
        let id: String
        let title: String
        let url: String
        let reason: String
    }

    /// The page of the record an agenda item or proposal comes from.
    static func sourceURL(_ source: AgendaSource, _ id: UUID) -> String {
        let id = id.uuidString.lowercased()
        return switch source {
        case .signal: SiteURL.signal(id: id).path
        case .theme: SiteURL.theme(id: id).path
        case .indicator: SiteURL.indicator(id: id).path
        case .review: SiteURL.reviewRound(id: id).path
        case .action: SiteURL.action(id: id).path
        case .lesson: SiteURL.lesson(id: id).path
        }
    }

    /// What a refused form on the session's page brings back: which form (an item's id, "nieuw" or "aanwezigheid"),
    /// what was typed, and why.
    struct PageFailure {
        let form: String
        let fields: FormData
        let failure: ValidationFailure
    }

    func detailPage(request: Request, context: AppRequestContext, failure: PageFailure? = nil) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        guard let session = try await services.sessions.session(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        let summary = session.summary
        let idText = summary.id.uuidString.lowercased()
        let mayEdit = SessionRepository.mayEdit(user, organiserID: summary.organiserID)
        let started = summary.startsAt <= services.now
        let present: Set<String> =
            failure?.form == "aanwezigheid"
            ? Set(failure!.fields.values("aanwezig"))
            : Set(session.participants.filter { $0.attended == true }.map { $0.userID.uuidString.lowercased() })
        func errors(_ form: String) -> String? {
            failure?.form == form ? failure!.failure.invalidParams.map(\.reason).joined(separator: " ") : nil
        }
        func itemRow(_ item: SessionRepository.AgendaItem?, number: Int, last: Int) -> DetailPage.Item {
            let id = item?.id.uuidString.lowercased() ?? "nieuw"
            let typed = failure?.form == id ? failure!.fields : nil
            let error = errors(id)
            let source = item.flatMap { item in
                item.sourceKind.flatMap(AgendaSource.init(rawValue:)).flatMap { kind in item.sourceID.map { (kind, $0) } }
            }
            return DetailPage.Item(
                id: id, number: number, anchor: "agendapunt-" + id, title: item?.title ?? "",
                sourceURL: source.map { Self.sourceURL($0.0, $0.1) }, note: Self.paragraphs(item?.note ?? ""),
                hasNote: !(item?.note ?? "").isEmpty, minutes: Self.paragraphs(item?.minutes ?? ""), hasMinutes: !(item?.minutes ?? "").isEmpty,
                url: item.map { SiteURL.sessionAgendaItem(id: idText, item: $0.id.uuidString.lowercased()).path }
                    ?? SiteURL.sessionAgenda(id: idText).path,
                isFirst: number == 1, isLast: number == last,
                titleField: Field(typed?.value("punt") ?? item?.title ?? "", error: error),
                noteField: Field(typed?.value("toelichting") ?? item?.note ?? ""),
                minutesField: Field(typed?.value("verslag") ?? item?.minutes ?? ""), error: error, invalid: error != nil)
        }
        let items = session.agenda.enumerated().map { itemRow($0.element, number: $0.offset + 1, last: session.agenda.count) }
        let newItem = itemRow(nil, number: session.agenda.count + 1, last: 0)
        let problems = failure?.failure.invalidParams.map(\.reason) ?? []
        let proposals =
            mayEdit ? try await services.sessions.proposals(sessionID: summary.id, organisationID: user.organisationID, now: services.now) : []
        let page = DetailPage(
            t: t, csrf: context.csrfToken, title: summary.title, type: Self.typeLabel(summary.type, t),
            typeExplanation: t["sessionTypeExplanation." + summary.type.rawValue] ?? summary.type.explanation,
            when: Self.when(summary.startsAt, summary.endsAt), place: summary.place, hasPlace: !summary.place.isEmpty, link: summary.link,
            hasLink: !summary.link.isEmpty, organiser: summary.organiserName ?? "–", description: Self.paragraphs(session.description),
            hasDescription: !session.description.isEmpty,
            policies: session.policies.map { DetailPage.Link(label: $0.title, url: SiteURL.policy(id: $0.id.uuidString.lowercased()).path) },
            hasPolicies: !session.policies.isEmpty, domains: session.domains.map(\.name), hasDomains: !session.domains.isEmpty,
            participants: session.participants.map {
                let value = $0.userID.uuidString.lowercased()
                let attendance =
                    switch $0.attended {
                    case true?: t["sessionPresent"]!
                    case false?: t["sessionAbsent"]!
                    case nil: "–"
                    }
                return DetailPage.Person(
                    name: $0.name, team: $0.teamName ?? ($0.direct ? t["sessionDirect"]! : "–"), attendance: attendance, checkID: "aanwezig-" + value,
                    value: value, present: present.contains(value))
            },
            participantCount: session.participants.count, attendanceRecorded: session.attendanceRecorded,
            presentCount: session.participants.filter { $0.attended == true }.count, mayEdit: mayEdit,
            editURL: SiteURL.sessionEdit(id: idText).path, calendarURL: SiteURL.sessionCalendar(id: idText).path, listURL: SiteURL.sessions.path,
            items: items, hasItems: !items.isEmpty, agendaURL: SiteURL.sessionAgenda(id: idText).path, newItem: newItem,
            newItemError: errors("nieuw"), newItemInvalid: errors("nieuw") != nil,
            mayRecordAttendance: mayEdit && started && !session.participants.isEmpty, attendanceURL: SiteURL.sessionAttendance(id: idText).path,
            attendanceError: errors("aanwezigheid"), attendanceInvalid: errors("aanwezigheid") != nil, attendanceNotYet: mayEdit && !started,
            proposals: proposals.map {
                Proposal(
                    source: $0.source.rawValue, id: $0.sourceID.uuidString.lowercased(),
                    title: $0.title, url: Self.sourceURL($0.source, $0.sourceID), reason: $0.reason)
            },
            hasProposals: !proposals.isEmpty, proposalsURL: SiteURL.sessionProposals(id: idText).path, proposalsError: errors("voorstel"),
            outcomes: try await outcomes(session, user: user, started: started, mayEdit: mayEdit, failure: failure, t: t),
            problems: problems, hasProblems: !problems.isEmpty)
        return try services.renderer.page(
            "session", page, title: "\(Self.typeLabel(summary.type, t)) · \(summary.title)", context: context, request: request,
            status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await detailPage(request: request, context: context)
    }

    static func itemInput(_ form: FormData) -> SessionRepository.ItemInput {
        .init(title: form.value("punt") ?? "", note: form.value("toelichting") ?? "", minutes: form.value("verslag") ?? "")
    }

    @Sendable func addItem(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let itemID: UUID
        do {
            itemID = try await services.sessions.addItem(
                sessionID: session.summary.id, Self.itemInput(form), organisationID: user.organisationID, actor: context.auditActor, now: services.now
            )
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: PageFailure(form: "nieuw", fields: form, failure: failure))
        }
        let location =
            SiteURL.session(id: session.summary.id.uuidString.lowercased()).path + "?melding=sessionItemAdded#agendapunt-"
            + itemID.uuidString.lowercased()
        return Response(status: .seeOther, headers: [.location: location])
    }

    /// One form field `actie` says what happens to the item: opslaan (subject, note and minutes), omhoog, omlaag or
    /// verwijderen — so every button works without JavaScript.
    @Sendable func changeItem(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        let itemID = try context.uuid("item")
        guard session.agenda.contains(where: { $0.id == itemID }) else { throw HTTPError(.notFound) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        let id = session.summary.id
        let itemText = itemID.uuidString.lowercased()
        let (org, actor, now) = (user.organisationID, context.auditActor, services.now)
        var message = "sessionItemSaved"
        var anchor = "#agendapunt-" + itemText
        do {
            switch form.value("actie") {
            case "opslaan":
                try await services.sessions.updateItem(
                    sessionID: id, itemID: itemID, Self.itemInput(form), organisationID: org, actor: actor, now: now)
            case "omhoog", "omlaag":
                let direction = SessionRepository.Direction(rawValue: form.value("actie")!)!
                try await services.sessions.moveItem(sessionID: id, itemID: itemID, direction, organisationID: org, actor: actor, now: now)
                message = "sessionItemMoved"
            case "verwijderen":
                try await services.sessions.removeItem(sessionID: id, itemID: itemID, organisationID: org, actor: actor, now: now)
                message = "sessionItemRemoved"
                anchor = "#agenda"
            default:
                throw ValidationFailure([InvalidParam(name: "actie", code: "onbekend", reason: "Kies opslaan, omhoog, omlaag of verwijderen.")])
            }
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: PageFailure(form: itemText, fields: form, failure: failure))
        }
        let location = SiteURL.session(id: id.uuidString.lowercased()).path + "?melding=" + message + anchor
        return Response(status: .seeOther, headers: [.location: location])
    }

    /// Puts one proposal on the agenda: the form names its source (`bron`) and the record (`id`).
    @Sendable func acceptProposal(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let itemID: UUID
        do {
            guard let source = form.value("bron").flatMap(AgendaSource.init(rawValue:)),
                let sourceID = form.value("id").flatMap(UUID.init(uuidString:))
            else {
                throw ValidationFailure([InvalidParam(name: "voorstel", code: "ongeldig", reason: "Kies een voorstel uit de lijst.")])
            }
            itemID = try await services.sessions.accept(
                sessionID: session.summary.id, source: source, sourceID: sourceID, organisationID: user.organisationID, actor: context.auditActor,
                now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: PageFailure(form: "voorstel", fields: form, failure: failure))
        }
        let location =
            SiteURL.session(id: session.summary.id.uuidString.lowercased()).path + "?melding=sessionProposalAccepted#agendapunt-"
            + itemID.uuidString.lowercased()
        return Response(status: .seeOther, headers: [.location: location])
    }

    @Sendable func attendance(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let present = Set(form.values("aanwezig").map { UUID(uuidString: $0) ?? UUID() })
        do {
            try await services.sessions.recordAttendance(
                sessionID: session.summary.id, present: present, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(
                request: request, context: context, failure: PageFailure(form: "aanwezigheid", fields: form, failure: failure))
        }
        let location = SiteURL.session(id: session.summary.id.uuidString.lowercased()).path + "?melding=sessionAttendanceSaved#deelnemers"
        return Response(status: .seeOther, headers: [.location: location])
    }

    // MARK: iCalendar

    func event(_ session: SessionRepository.Session, t: [String: String]) -> CalendarEvent {
        let summary = session.summary
        var description = session.description
        if !session.agenda.isEmpty {
            let agenda = session.agenda.enumerated().map { "\($0.offset + 1). \($0.element.title)" }.joined(separator: "\n")
            description += (description.isEmpty ? "" : "\n\n") + t["sessionAgenda"]! + ":\n" + agenda
        }
        if !summary.link.isEmpty { description += (description.isEmpty ? "" : "\n\n") + summary.link }
        let base = services.config.baseURL.hasSuffix("/") ? String(services.config.baseURL.dropLast()) : services.config.baseURL
        let url = base.hasPrefix("http") ? base + SiteURL.session(id: summary.id.uuidString.lowercased()).path : nil
        return CalendarEvent(
            uid: summary.id.uuidString.lowercased() + "@lemniscaat", stamp: session.updatedAt, start: summary.startsAt, end: summary.endsAt,
            summary: "\(Self.typeLabel(summary.type, t)): \(summary.title)", location: summary.place.isEmpty ? summary.link : summary.place,
            description: description, url: url,
            organizer: summary.organiserName.flatMap { name in session.organiserEmail.map { CalendarEvent.Person(name: name, email: $0) } },
            attendees: session.participants.filter { !$0.email.isEmpty }.map { CalendarEvent.Person(name: $0.name, email: $0.email) })
    }

    static func calendarResponse(_ text: String, fileName: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = ICalendar.mediaType
        headers[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable func calendar(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        guard let session = try await services.sessions.session(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        return Self.calendarResponse(
            ICalendar.document([event(session, t: t)]), fileName: "overleg-\(session.summary.id.uuidString.lowercased().prefix(8)).ics")
    }

    @Sendable func feed(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let sessions = try await services.sessions.calendar(userID: user.userID, organisationID: user.organisationID, now: services.now)
        return Self.calendarResponse(
            ICalendar.document(sessions.map { event($0, t: t) }, name: "\(t["sessionFeedName"]!) · \(user.organisationName)"),
            fileName: "overleggen.ics")
    }
}

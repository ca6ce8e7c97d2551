// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Mustache
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Signalen: the reporting form, the three lists, and the page of one signal where the loop is worked on.
struct SignalsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.signals.route, use: all)
        router.get(SiteURL.signalsToHandle.route, use: toHandle)
        router.get(SiteURL.signalsMine.route, use: mine)
        router.get(SiteURL.signalNew.route, use: newForm)
        router.get(SiteURL.signalsSimilar.route, use: similarWhileTyping)
        router.post(SiteURL.signalNew.route, use: submit)
        router.get(SiteURL.route(SiteURL.signal), use: show)
        router.post(SiteURL.route(SiteURL.signalStatus), use: changeStatus)
        router.post(SiteURL.route(SiteURL.signalVerdict), use: verdict)
        router.post(SiteURL.route(SiteURL.signalRecognise), use: recognise)
        router.post(SiteURL.route(SiteURL.signalAssign), use: assign)
        router.post(SiteURL.route(SiteURL.signalTheme), use: setTheme)
        router.post(SiteURL.route(SiteURL.signalBottleneck), use: recordBottleneck)
    }

    // MARK: lists

    struct Row: MustacheParent {
        let number: Int
        let title: String
        let url: String
        let status: String
        let domain: String
        let submitted: String
        let due: String
        let deadlineState: String
        let late: Bool
        let escalated: Bool
        let recognitions: Int

        /// A list has 25 of these; answering by name skips reflection.
        func child(named name: String) -> Any? {
            switch name {
            case "number": number
            case "title": title
            case "url": url
            case "status": status
            case "domain": domain
            case "submitted": submitted
            case "due": due
            case "deadlineState": deadlineState
            case "late": late
            case "escalated": escalated
            case "recognitions": recognitions
            default: nil
            }
        }
    }

    struct Tab { let label: String; let url: String; let current: Bool }

    struct ListPage {
        let t: [String: String]
        let heading: String
        let intro: String
        let tabs: [Tab]
        let rows: [Row]
        let hasRows: Bool
        let total: Int
        let lateCount: Int
        let escalatedCount: Int
        let showFilters: Bool
        let statuses: Options
        let domains: Options
        let policies: Options
        let areas: Options
        let themes: Options
        let sorts: Options
        let text: String
        let overdue: Bool
        let pageNumber: Int
        let pages: Int
        let previousURL: String?
        let nextURL: String?
        let newURL: String
    }

    func tabs(_ current: SiteURL, _ t: [String: String]) -> [Tab] {
        [(SiteURL.signalNew, "newSignal"), (.signalsMine, "mySignals"), (.signalsToHandle, "toHandle"), (.signals, "allSignals"), (.themes, "themesTitle")]
            .map { Tab(label: t[$0.1]!, url: $0.0.path, current: $0.0.path == current.path) }
    }

    func row(_ signal: SignalModel, domains: [UUID: String], now: Date) -> Row {
        let status = SignalStatus(rawValue: signal.status)
        let open = status?.isOpen == true
        let late = open && now > signal.dueAt
        let escalated = open && now > signal.escalationAt
        return Row(
            number: signal.number, title: signal.title, url: SiteURL.signal(id: signal.id!.uuidString.lowercased()).path,
            status: status?.label ?? signal.status, domain: domains[signal.domainID] ?? "", submitted: DateText.day(signal.submittedAt),
            due: open ? DateText.day(signal.dueAt) : "–", deadlineState: escalated ? "Signalering" : late ? "Te laat" : open ? "Op tijd" : "",
            late: late && !escalated, escalated: escalated, recognitions: signal.recognitionCount)
    }

    private func listPage(
        request: Request, context: AppRequestContext, current: SiteURL, heading: String, intro: String, filter: SignalRepository.Filter,
        showFilters: Bool
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let now = services.now
        let query = request.uri.queryParameters
        let pageNumber = max(1, query["pagina"].flatMap { Int(String($0)) } ?? 1)
        let pageSize = 25
        let (signals, total) = try await services.signals.list(organisationID: user.organisationID, filter: filter, now: now, page: pageNumber, pageSize: pageSize)
        let counts = try await services.signals.counts(organisationID: user.organisationID, now: now)
        let domainList = try await services.organisations.domainNames(organisationID: user.organisationID)
        let domains = Dictionary(uniqueKeysWithValues: domainList.map { ($0.id, $0.name) })
        func selected(_ key: String) -> String { query[Substring(key)].map(String.init) ?? "" }
        var policies: [Choice] = []
        var areas: [Choice] = []
        var themes: [Choice] = []
        if showFilters {
            policies = try await services.policies.titles(organisationID: user.organisationID).map {
                Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id.uuidString.lowercased() == selected("beleid"))
            }
            areas = try await services.areas.names(organisationID: user.organisationID).map {
                Choice(value: $0.code, label: "\($0.name) (\($0.code))", selected: $0.code == selected("gebied"))
            }
            themes = try await services.themes.titles(organisationID: user.organisationID).map {
                Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id.uuidString.lowercased() == selected("thema"))
            }
        }
        let pages = max(1, (total + pageSize - 1) / pageSize)
        func link(_ page: Int) -> String {
            var components = URLComponents()
            components.path = current.path
            components.queryItems = query.filter { $0.key != "pagina" }.map { URLQueryItem(name: String($0.key), value: String($0.value)) }
                + [URLQueryItem(name: "pagina", value: String(page))]
            return components.string ?? current.path
        }
        let all = Choice(value: "", label: t["all"]!, selected: false)
        let page = ListPage(
            t: t, heading: heading, intro: intro, tabs: tabs(current, t), rows: signals.map { row($0, domains: domains, now: now) },
            hasRows: !signals.isEmpty, total: total, lateCount: counts.late, escalatedCount: counts.escalated, showFilters: showFilters,
            statuses: Options([Choice(value: "", label: t["all"]!, selected: selected("status").isEmpty)]
                + SignalStatus.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == selected("status")) }),
            domains: Options([all] + domainList.map {
                Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == selected("domein"))
            }),
            policies: Options([all] + policies), areas: Options([all] + areas), themes: Options([all] + themes),
            sorts: Options(SignalRepository.Filter.Sort.allCases.map {
                Choice(value: $0.rawValue, label: t["sort-\($0.rawValue)"]!, selected: $0 == filter.sort)
            }),
            text: selected("tekst"), overdue: filter.overdueOnly, pageNumber: pageNumber, pages: pages,
            previousURL: pageNumber > 1 ? link(pageNumber - 1) : nil, nextURL: pageNumber < pages ? link(pageNumber + 1) : nil,
            newURL: SiteURL.signalNew.path)
        return try services.renderer.page("signals", page, title: heading, context: context, request: request)
    }

    @Sendable func all(request: Request, context: AppRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        var filter = SignalRepository.Filter()
        if let status = query["status"].flatMap({ SignalStatus(rawValue: String($0)) }) { filter.statuses = [status] }
        filter.domainID = query["domein"].flatMap { UUID(uuidString: String($0)) }
        filter.policyID = query["beleid"].flatMap { UUID(uuidString: String($0)) }
        filter.themeID = query["thema"].flatMap { UUID(uuidString: String($0)) }
        filter.areaCode = query["gebied"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        filter.overdueOnly = query["telaat"] == "ja"
        filter.text = query["tekst"].map(String.init)
        filter.sort = query["sortering"].flatMap { SignalRepository.Filter.Sort(rawValue: String($0)) } ?? .newest
        let t = Translations.texts(context.language)
        return try await listPage(
            request: request, context: context, current: .signals, heading: t["allSignals"]!, intro: t["allSignalsIntro"]!, filter: filter, showFilters: true)
    }

    @Sendable func toHandle(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var filter = SignalRepository.Filter()
        filter.assignedTo = (user.userID, try await services.accounts.teamIDs(userID: user.userID))
        filter.statuses = SignalStatus.allCases.filter(\.isOpen)
        filter.sort = .deadline
        let t = Translations.texts(context.language)
        return try await listPage(
            request: request, context: context, current: .signalsToHandle, heading: t["toHandle"]!, intro: t["toHandleIntro"]!, filter: filter, showFilters: false)
    }

    @Sendable func mine(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var filter = SignalRepository.Filter()
        filter.reporterID = user.userID
        let t = Translations.texts(context.language)
        return try await listPage(
            request: request, context: context, current: .signalsMine, heading: t["mySignals"]!, intro: t["mySignalsIntro"]!, filter: filter, showFilters: false)
    }

    // MARK: the form

    struct FormPage {
        struct Similar { let number: Int; let title: String; let url: String; let status: String; let recognitions: Int; let recogniseURL: String }
        struct Marked { let text: String; let flagged: Bool; let label: String }
        let t: [String: String]
        let csrf: String
        let tabs: [Tab]
        let action: String
        let title: Field
        let description: Field
        let solution: Field
        let domainError: String?
        let domains: [Choice]
        let policyError: String?
        let policies: [Choice]
        let areaError: String?
        let areas: [Choice]
        let affected: [Choice]
        let urgencies: [Choice]
        let anonymous: Bool
        let problems: [String]
        let hasProblems: Bool
        /// The texts with the guard's findings marked, one block per field with findings.
        let marked: [[Marked]]
        let hasMarked: Bool
        let similar: [Similar]
        let hasSimilar: Bool
        let similarURL: String
    }

    private func input(_ form: FormData) -> SignalRepository.Input {
        .init(
            title: form.value("titel") ?? "", description: form.value("omschrijving") ?? "",
            domainID: form.value("domein").flatMap(UUID.init(uuidString:)), policyID: form.value("beleid").flatMap(UUID.init(uuidString:)),
            areaCode: form.value("gebied"), affected: form.value("aantalBetrokkenen") ?? "", urgency: form.value("urgentie") ?? "",
            solution: form.value("oplossing"), anonymous: form.value("anoniem") == "ja")
    }

    private func formPage(
        request: Request, context: AppRequestContext, input: SignalRepository.Input?, failure: ValidationFailure?,
        similar: [SignalModel] = []
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let policies = try await services.policies.titles(organisationID: user.organisationID)
            .filter { $0.status != PolicyStatus.ended.rawValue }
        let areas = try await services.areas.list(organisationID: user.organisationID).filter { $0.level != AreaLevel.municipality.rawValue }
        let preselectedPolicy = input?.policyID ?? request.uri.queryParameters["beleid"].flatMap { UUID(uuidString: String($0)) }
        let marked: [[FormPage.Marked]] = [input?.title, input?.description, input?.solution].compactMap { $0 }.compactMap { text in
            let segments = PrivacyGuard.segments(text)
            guard segments.contains(where: { $0.finding != nil }) else { return nil }
            return segments.map { FormPage.Marked(text: $0.text, flagged: $0.finding != nil, label: $0.finding?.label ?? "") }
        }
        let page = FormPage(
            t: t, csrf: context.csrfToken, tabs: tabs(.signalNew, t), action: SiteURL.signalNew.path,
            title: Field(input?.title, error: failure?.reason(for: "titel")),
            description: Field(input?.description, error: failure?.reason(for: "omschrijving")),
            solution: Field(input?.solution, error: failure?.reason(for: "oplossing")),
            domainError: failure?.reason(for: "domein"),
            domains: [Choice(value: "", label: t["choose"]!, selected: input?.domainID == nil)]
                + domains.map { Choice(value: $0.domain.id!.uuidString.lowercased(), label: $0.domain.name, selected: input?.domainID == $0.domain.id) },
            policyError: failure?.reason(for: "beleid"),
            policies: [Choice(value: "", label: t["noPolicyKnown"]!, selected: preselectedPolicy == nil)]
                + policies.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: preselectedPolicy == $0.id) },
            areaError: failure?.reason(for: "gebied"),
            areas: [Choice(value: "", label: t["wholeMunicipality"]!, selected: (input?.areaCode ?? "").isEmpty)]
                + areas.map { Choice(value: $0.code, label: ($0.level == AreaLevel.neighbourhood.rawValue ? "– " : "") + $0.name, selected: input?.areaCode == $0.code) },
            affected: AffectedClients.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: (input?.affected ?? AffectedClients.unknown.rawValue) == $0.rawValue) },
            urgencies: SignalUrgency.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: (input?.urgency ?? SignalUrgency.normal.rawValue) == $0.rawValue) },
            anonymous: input?.anonymous ?? false,
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil,
            marked: marked, hasMarked: !marked.isEmpty,
            similar: similar.map {
                let id = $0.id!.uuidString.lowercased()
                return FormPage.Similar(
                    number: $0.number, title: $0.title, url: SiteURL.signal(id: id).path, status: SignalStatus(rawValue: $0.status)?.label ?? "",
                    recognitions: $0.recognitionCount, recogniseURL: SiteURL.signalRecognise(id: id).path)
            },
            hasSimilar: !similar.isEmpty, similarURL: SiteURL.signalsSimilar.path)
        let status: HTTPResponse.Status = failure == nil ? .ok : .badRequest
        return try services.renderer.page("signal-form", page, title: t["newSignal"]!, context: context, request: request, status: status)
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await formPage(request: request, context: context, input: nil, failure: nil)
    }

    /// First submit: check the form, then offer similar open signals; the reporter recognises one or confirms.
    @Sendable func submit(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let input = input(form)
        do {
            let checked = try SignalRepository.precheck(input)
            if form.value("bevestigd") != "ja" {
                let similar = try await services.signals.similar(to: checked.title + "\n" + checked.description, organisationID: user.organisationID)
                    .map(\.signal)
                if !similar.isEmpty {
                    return try await formPage(request: request, context: context, input: input, failure: nil, similar: similar)
                }
            }
            let signal = try await services.signals.submit(input, reporter: user, origin: context.origin, now: services.now)
            return Response(status: .seeOther, headers: [.location: SiteURL.signal(id: signal.id!.uuidString.lowercased()).path + "?melding=submitted"])
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, input: input, failure: failure)
        }
    }

    /// For the form's script: similar open signals while the reporter types. JSON, so the script builds the list with
    /// DOM calls and never parses HTML.
    @Sendable func similarWhileTyping(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let text = String((request.uri.queryParameters["tekst"].map(String.init) ?? "").prefix(5000))
        struct Item: Encodable { let nummer: Int; let titel: String; let url: String; let status: String; let herkend: Int }
        var items: [Item] = []
        if text.count >= 12 {
            items = try await services.signals.similar(to: text, organisationID: user.organisationID).map { signal, _ in
                Item(
                    nummer: signal.number, titel: signal.title, url: SiteURL.signal(id: signal.id!.uuidString.lowercased()).path,
                    status: SignalStatus(rawValue: signal.status)?.label ?? "", herkend: signal.recognitionCount)
            }
        }
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(items))))
    }

    // MARK: one signal

    struct DetailPage {
        struct Event { let when: String; let who: String; let what: String; let text: String? }
        struct Person { let name: String; let comment: String? }
        struct Similar { let number: Int; let title: String; let url: String; let score: Int }
        let t: [String: String]
        let csrf: String
        let number: Int
        let title: String
        let description: String
        let solution: String?
        let status: String
        let domain: String
        let policy: String?
        let policyURL: String?
        let area: String?
        let affected: String
        let urgency: String
        let reporter: String
        let handler: String
        let submitted: String
        let due: String
        let deadlineState: String
        let late: Bool
        let escalated: Bool
        let isOpen: Bool
        let answer: String?
        let answered: String?
        let verdict: String?
        let verdictComment: String?
        let theme: String?
        let themeURL: String?
        let recognitions: [Person]
        let recognitionCount: Int
        let events: [Event]
        let similar: [Similar]
        let hasSimilar: Bool
        let problems: [String]
        let hasProblems: Bool
        // what this user may do
        let mayHandle: Bool
        let statusURL: String
        let nextStatuses: [Choice]
        let hasNextStatuses: Bool
        let assignURL: String
        let teams: Options
        let users: Options
        let themeFormURL: String
        let themes: Options
        let mayGiveVerdict: Bool
        let verdictURL: String
        let mayRecognise: Bool
        let hasRecognised: Bool
        let recogniseURL: String
        // the knelpunt: asked for when moving to doorgezet; shown and editable once forwarded
        let forwardFields: BottleneckForm?
        let knelpunt: BottleneckForm.Summary?
        let recordForm: BottleneckForm?
        let recordURL: String
    }


    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await detailPage(request: request, context: context, failure: nil, form: nil)
    }

    private func detailPage(request: Request, context: AppRequestContext, failure: ValidationFailure?, form: FormData?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let detail = try await services.signals.detail(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let signal = detail.signal
        let now = services.now
        try await services.signals.recordView(id: id, number: signal.number, by: user, origin: context.origin, now: now)
        let status = SignalStatus(rawValue: signal.status) ?? .new
        let mayHandle = try await services.signals.canHandle(signal, user: user)
        let domains = try await services.organisations.domains(organisationID: user.organisationID)
        let policy = try await signal.policyID.asyncMap { try await services.policies.policy(id: $0, organisationID: user.organisationID) } ?? nil
        let area = try await signal.areaCode.asyncMap { try await services.areas.area(code: $0, organisationID: user.organisationID) } ?? nil
        let teams = try await services.organisations.teamNames(organisationID: user.organisationID)
        let themes = try await services.themes.titles(organisationID: user.organisationID)
        // The people to assign to only for those who may assign.
        let people = mayHandle ? try await services.accounts.assignable(organisationID: user.organisationID) : []
        let handler = signal.assignedUserID.flatMap { detail.people[$0]?.name }
            ?? signal.assignedTeamID.flatMap { team in teams.first { $0.id == team }?.name } ?? "–"
        let isReporter = signal.reporterID == user.userID
        let reporterName = signal.anonymous ? (isReporter ? t["youAnonymous"]! : t["anonymous"]!) : (detail.people[signal.reporterID]?.name ?? "–")
        let similarRows = try await services.signals.similar(
            to: signal.title + "\n" + signal.signalDescription, organisationID: user.organisationID, excluding: [id]
        ).map { other, score in
            DetailPage.Similar(number: other.number, title: other.title, url: SiteURL.signal(id: other.id!.uuidString.lowercased()).path, score: Int(score * 100))
        }
        let open = status.isOpen
        let idText = id.uuidString.lowercased()
        let hasRecognised = try await services.signals.hasRecognised(id: id, userID: user.userID)
        let recorded = try await services.bottlenecks.bottleneck(signalID: id, organisationID: user.organisationID)
        let mayForward = mayHandle && status.canMove(to: .forwarded)
        let mayRecord = mayHandle && (status == .forwarded || recorded != nil)
        // After a refusal only the form that was sent shows what was typed.
        let sentRecord = form?.value("formulier") == "knelpunt"
        let page = DetailPage(
            t: t, csrf: context.csrfToken, number: signal.number, title: signal.title, description: signal.signalDescription, solution: signal.solution,
            status: status.label, domain: domains.first { $0.domain.id == signal.domainID }?.domain.name ?? "–",
            policy: policy?.title, policyURL: policy.map { SiteURL.policy(id: $0.id!.uuidString.lowercased()).path },
            area: area.map { "\($0.name) (\($0.code))" }, affected: AffectedClients(rawValue: signal.affected)?.label ?? signal.affected,
            urgency: SignalUrgency(rawValue: signal.urgency)?.label ?? signal.urgency, reporter: reporterName, handler: handler,
            submitted: DateText.minute(signal.submittedAt), due: DateText.day(signal.dueAt),
            deadlineState: !open ? "" : now > signal.escalationAt ? "Signalering" : now > signal.dueAt ? "Te laat" : "Op tijd",
            late: open && now > signal.dueAt && now <= signal.escalationAt, escalated: open && now > signal.escalationAt, isOpen: open,
            answer: signal.answer, answered: signal.answeredAt.map(DateText.minute),
            verdict: signal.verdict.flatMap(ReporterVerdict.init(rawValue:)).map { $0 == .satisfied ? t["satisfied"]! : t["dissatisfied"]! },
            verdictComment: signal.verdictComment,
            theme: signal.themeID.flatMap { theme in themes.first { $0.id == theme }?.title },
            themeURL: signal.themeID.map { SiteURL.theme(id: $0.uuidString.lowercased()).path },
            recognitions: detail.recognitions.map { .init(name: detail.people[$0.userID]?.name ?? "–", comment: $0.comment) },
            recognitionCount: signal.recognitionCount,
            events: detail.events.map { event in
                DetailPage.Event(
                    when: DateText.minute(event.at),
                    who: event.actorID == signal.reporterID && signal.anonymous ? t["reporter"]! : event.actorID.flatMap { detail.people[$0]?.name } ?? "Lemniscaat",
                    what: Self.eventLabel(event), text: event.kind == "antwoord" ? nil : event.text)
            },
            similar: similarRows, hasSimilar: !similarRows.isEmpty,
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil,
            mayHandle: mayHandle, statusURL: SiteURL.signalStatus(id: idText).path,
            nextStatuses: SignalStatus.allCases.filter { status.canMove(to: $0) }
                .map { Choice(value: $0.rawValue, label: $0.label + ($0.textLabel.map { " — \($0.lowercased())" } ?? ""), selected: false) },
            hasNextStatuses: mayHandle && !(SignalStatus.transitions[status] ?? []).isEmpty,
            assignURL: SiteURL.signalAssign(id: idText).path,
            teams: Options([Choice(value: "", label: "–", selected: signal.assignedTeamID == nil)]
                + teams.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == signal.assignedTeamID) }),
            users: Options([Choice(value: "", label: "–", selected: signal.assignedUserID == nil)]
                + people.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == signal.assignedUserID) }),
            themeFormURL: SiteURL.signalTheme(id: idText).path,
            themes: Options([Choice(value: "", label: t["noTheme"]!, selected: signal.themeID == nil)]
                + themes.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id == signal.themeID) }),
            mayGiveVerdict: isReporter && status == .answered, verdictURL: SiteURL.signalVerdict(id: idText).path,
            mayRecognise: !isReporter && !hasRecognised, hasRecognised: hasRecognised, recogniseURL: SiteURL.signalRecognise(id: idText).path,
            forwardFields: mayForward
                ? BottleneckForm(
                    t: t, prefix: "dz", form: sentRecord ? nil : form, failure: sentRecord ? nil : failure, recorded: nil,
                    description: signal.signalDescription) : nil,
            knelpunt: BottleneckForm.summary(recorded),
            recordForm: mayRecord
                ? BottleneckForm(
                    t: t, prefix: "kp", form: sentRecord ? form : nil, failure: sentRecord ? failure : nil, recorded: recorded,
                    description: signal.signalDescription) : nil,
            recordURL: SiteURL.signalBottleneck(id: idText).path)
        return try services.renderer.page(
            "signal", page, title: "Signaal \(signal.number): \(signal.title)", context: context, request: request,
            status: failure == nil ? .ok : .badRequest)
    }

    static func eventLabel(_ event: SignalEventModel) -> String {
        let to = event.toStatus.flatMap(SignalStatus.init(rawValue:))?.label.lowercased() ?? ""
        switch event.kind {
        case "ingediend": return "Ingediend"
        case "antwoord": return "Beantwoord"
        case "status": return "Status naar \(to)"
        case "oordeel": return "Oordeel van de melder"
        case "toegewezen": return "Toegewezen"
        case "thema": return "Thema gewijzigd"
        case "herkend": return "Herkend door een collega"
        default: return event.kind
        }
    }

    private func act(
        _ request: Request, _ context: AppRequestContext, _ body: (FormData, SignedInUser, UUID) async throws -> Void
    ) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await body(form, user, id)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure, form: form)
        } catch is SignalRepository.NotAllowed {
            throw HTTPError(.forbidden)
        } catch is NotFound {
            throw HTTPError(.notFound)
        }
        return Response(status: .seeOther, headers: [.location: SiteURL.signal(id: id.uuidString.lowercased()).path + "?melding=saved"])
    }

    @Sendable func changeStatus(request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context) { form, user, id in
            try await services.signals.requireHandler(id: id, user: user)
            guard let next = SignalStatus(rawValue: form.value("status") ?? "") else {
                throw ValidationFailure([InvalidParam(name: "status", code: "verplicht", reason: "Kies een nieuwe status.")])
            }
            // Moving to doorgezet asks for the knelpunt: the fields are required then.
            _ = try await services.signals.changeStatus(
                id: id, to: next, text: form.value("tekst"), bottleneck: next == .forwarded ? BottleneckForm.input(form) : nil, by: user,
                origin: context.origin, now: services.now)
        }
    }

    @Sendable func recordBottleneck(request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context) { form, user, id in
            try await services.signals.requireHandler(id: id, user: user)
            try await services.bottlenecks.record(signalID: id, input: BottleneckForm.input(form), by: user, origin: context.origin, now: services.now)
        }
    }

    @Sendable func verdict(request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context) { form, user, id in
            try await services.signals.requireReporter(id: id, user: user)
            guard let verdict = ReporterVerdict(rawValue: form.value("oordeel") ?? "") else {
                throw ValidationFailure([InvalidParam(name: "oordeel", code: "verplicht", reason: "Kies tevreden of niet tevreden.")])
            }
            _ = try await services.signals.giveVerdict(id: id, verdict: verdict, comment: form.value("toelichting"), by: user, origin: context.origin, now: services.now)
        }
    }

    @Sendable func recognise(request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context) { form, user, id in
            try await services.signals.recognise(id: id, comment: form.value("toelichting"), by: user, origin: context.origin, now: services.now)
        }
    }

    @Sendable func assign(request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context) { form, user, id in
            try await services.signals.assign(
                id: id, teamID: form.value("team").flatMap(UUID.init(uuidString:)), userID: form.value("behandelaar").flatMap(UUID.init(uuidString:)),
                by: user, origin: context.origin, now: services.now)
        }
    }

    @Sendable func setTheme(request: Request, context: AppRequestContext) async throws -> Response {
        try await act(request, context) { form, user, id in
            guard user.has(.liaison) || user.has(.policyOfficer) || user.has(.manager) else { throw SignalRepository.NotAllowed() }
            try await services.themes.setTheme(signalID: id, themeID: form.value("thema").flatMap(UUID.init(uuidString:)), by: user, origin: context.origin, now: services.now)
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

extension SignalRepository.Filter.Sort: CaseIterable {
    public static let allCases: [SignalRepository.Filter.Sort] = [.newest, .deadline, .recognitions]
}

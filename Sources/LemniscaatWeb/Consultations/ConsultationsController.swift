// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Raadplegingen for staff: the list, opening and changing one, inviting a panel, the results with small-number
/// protection, turning open answers into a signal (*stem van de doelgroep*), the public answer and the report.
/// Policy officers, managers and administrators only; the residents' side is `ParticipationController`.
struct ConsultationsController {
    let services: AppServices

    var consultations: ConsultationRepository { ConsultationRepository(store: services.store) }

    /// The number of question slots on the form: enough for a short raadpleging, and it works without JavaScript.
    static let questionSlots = 5

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.consultations.route, use: list)
        router.get(SiteURL.consultationNew.route, use: newForm)
        router.post(SiteURL.consultationNew.route, use: create)
        router.get(SiteURL.route(SiteURL.consultation), use: show)
        router.get(SiteURL.route(SiteURL.consultationEdit), use: editForm)
        router.post(SiteURL.route(SiteURL.consultationEdit), use: update)
        router.post(SiteURL.route(SiteURL.consultationPanel), use: invite)
        router.post(SiteURL.route(SiteURL.consultationSignal), use: makeSignal)
        router.post(SiteURL.route(SiteURL.consultationAnswer), use: publicAnswer)
        router.get(SiteURL.route(SiteURL.consultationReport), use: report)
        router.get(SiteURL.route(SiteURL.consultationReportMarkdown), use: markdown)
    }

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    func manager(_ context: AppRequestContext) throws -> SignedInUser {
        let user = try context.requireUser()
        guard ConsultationRepository.mayManage(user) else { throw HTTPError(.forbidden) }
        return user
    }

    static func phaseLabel(_ phase: ConsultationPhase, _ t: [String: String]) -> String { t["consultationPhase." + phase.rawValue]! }
    static func audienceLabel(_ audience: ConsultationAudience, _ t: [String: String]) -> String { t["consultationAudience." + audience.rawValue]! }
    static func period(_ opensAt: Date, _ closesAt: Date) -> String { "\(DateText.day(opensAt)) – \(DateText.day(closesAt))" }

    // MARK: the list

    struct ListPage {
        struct Row { let title: String; let url: String; let policy: String; let audience: String; let period: String; let phase: String; let responses: String }
        let t: [String: String]
        let newURL: String
        let rows: [Row]
        let hasRows: Bool
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try manager(context)
        let t = Translations.texts(context.language)
        let now = services.now
        let rows = try await consultations.list(organisationID: user.organisationID).map {
            ListPage.Row(
                title: $0.title, url: SiteURL.consultation(id: Self.id($0.id)).path, policy: $0.policyTitle, audience: Self.audienceLabel($0.audience, t),
                period: Self.period($0.opensAt, $0.closesAt), phase: Self.phaseLabel(.at(now, opensAt: $0.opensAt, closesAt: $0.closesAt), t),
                responses: String($0.responses))
        }
        let page = ListPage(t: t, newURL: SiteURL.consultationNew.path, rows: rows, hasRows: !rows.isEmpty)
        return try services.renderer.page("consultations", page, title: t["consultationListTitle"]!, context: context, request: request)
    }

    // MARK: the form

    struct QuestionSlot {
        let number: Int
        let kinds: [Choice]
        let text: Field
        let options: Field
        let kindError: String?
    }

    struct FormPage {
        let t: [String: String]
        let csrf: String
        let heading: String
        let action: String
        let cancelURL: String
        let title: Field
        let explanation: Field
        let policies: [Choice]
        let policyError: String?
        let themes: [Choice]
        let themeError: String?
        let audiences: [Choice]
        let audienceError: String?
        let opens: Field
        let closes: Field
        let questions: [QuestionSlot]
        let questionsError: String?
        let problems: [String]
        let hasProblems: Bool
    }

    struct FormValues {
        var policy = ""
        var theme = ""
        var title = ""
        var explanation = ""
        var audience = ConsultationAudience.publicLink.rawValue
        var opens = ""
        var closes = ""
        var questions: [ConsultationRepository.QuestionInput] = []

        init() {}

        init(form: FormData) {
            policy = form.value("beleid") ?? ""
            theme = form.value("thema") ?? ""
            title = form.value("titel") ?? ""
            explanation = form.value("uitleg") ?? ""
            audience = form.value("doelgroep") ?? ""
            opens = form.value("start") ?? ""
            closes = form.value("einde") ?? ""
            questions = (1...ConsultationsController.questionSlots).map {
                .init(kind: form.value("vraag-\($0)-soort") ?? "", text: form.value("vraag-\($0)") ?? "", options: form.value("vraag-\($0)-opties") ?? "")
            }
        }

        init(_ consultation: ConsultationRepository.Consultation) {
            policy = ConsultationsController.id(consultation.policyID)
            theme = consultation.themeID.map(ConsultationsController.id) ?? ""
            title = consultation.title
            explanation = consultation.explanation
            audience = consultation.audience.rawValue
            opens = ReviewDeadline.code(consultation.opensAt)
            closes = ReviewDeadline.code(consultation.closesAt)
            questions = consultation.questions.map { .init(kind: $0.kind.rawValue, text: $0.text, options: $0.options.joined(separator: "\n")) }
        }

        var input: ConsultationRepository.Input {
            .init(
                policyID: UUID(uuidString: policy), themeID: theme.isEmpty ? nil : (UUID(uuidString: theme) ?? UUID()), title: title,
                explanation: explanation, audience: audience, opens: opens, closes: closes, questions: questions)
        }
    }

    private func formPage(
        request: Request, context: AppRequestContext, editing: ConsultationRepository.Consultation?, values: FormValues, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try manager(context)
        let t = Translations.texts(context.language)
        let policies = try await services.policies.titles(organisationID: user.organisationID)
        let themes = try await services.themes.titles(organisationID: user.organisationID)
        func reason(_ name: String) -> String? { failure?.reason(for: name) }
        let slots = (1...Self.questionSlots).map { number -> QuestionSlot in
            let value = values.questions.indices.contains(number - 1) ? values.questions[number - 1] : .init(kind: "", text: "")
            return QuestionSlot(
                number: number,
                kinds: [Choice(value: "", label: t["consultationKindChoose"]!, selected: value.kind.isEmpty)]
                    + ConsultationQuestionKind.allCases.map {
                        Choice(value: $0.rawValue, label: t["consultationKind." + $0.rawValue]!, selected: $0.rawValue == value.kind)
                    },
                text: Field(value.text, error: reason("vraag-\(number)")), options: Field(value.options, error: reason("vraag-\(number)-opties")),
                kindError: reason("vraag-\(number)-soort"))
        }
        let idText = editing.map { Self.id($0.id) }
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: editing == nil ? t["consultationNewTitle"]! : t["consultationEditTitle"]!,
            action: idText.map { SiteURL.consultationEdit(id: $0).path } ?? SiteURL.consultationNew.path,
            cancelURL: idText.map { SiteURL.consultation(id: $0).path } ?? SiteURL.consultations.path,
            title: Field(values.title, error: reason("titel")), explanation: Field(values.explanation, error: reason("uitleg")),
            policies: [Choice(value: "", label: t["consultationPolicyChoose"]!, selected: values.policy.isEmpty)]
                + policies.map { Choice(value: Self.id($0.id), label: $0.title, selected: Self.id($0.id) == values.policy.lowercased()) },
            policyError: reason("beleid"),
            themes: [Choice(value: "", label: t["consultationNoTheme"]!, selected: values.theme.isEmpty)]
                + themes.map { Choice(value: Self.id($0.id), label: $0.title, selected: Self.id($0.id) == values.theme.lowercased()) },
            themeError: reason("thema"),
            audiences: ConsultationAudience.allCases.map {
                Choice(value: $0.rawValue, label: t["consultationAudienceExplained." + $0.rawValue]!, selected: $0.rawValue == values.audience)
            },
            audienceError: reason("doelgroep"), opens: Field(values.opens, error: reason("start")), closes: Field(values.closes, error: reason("einde")),
            questions: slots, questionsError: reason("vragen"),
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page(
            "consultation-form", page, title: page.heading, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try manager(context)
        var values = FormValues()
        if let policy = request.uri.queryParameters["beleid"] { values.policy = String(policy).lowercased() }
        values.opens = ReviewDeadline.code(services.now)
        values.closes = ReviewDeadline.code(services.now.addingTimeInterval(28 * 86_400))
        return try await formPage(request: request, context: context, editing: nil, values: values, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try manager(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let values = FormValues(form: form)
        do {
            let id = try await consultations.create(values.input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.consultation(id: Self.id(id)), message: "consultationSaved")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: nil, values: values, failure: failure)
        }
    }

    private func existing(_ context: AppRequestContext) async throws -> (SignedInUser, ConsultationRepository.Consultation) {
        let user = try manager(context)
        guard let consultation = try await consultations.consultation(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        return (user, consultation)
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let (_, consultation) = try await existing(context)
        return try await formPage(request: request, context: context, editing: consultation, values: FormValues(consultation), failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let (user, consultation) = try await existing(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let values = FormValues(form: form)
        do {
            try await consultations.update(
                id: consultation.id, values.input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: consultation, values: values, failure: failure)
        }
        return redirect(.consultation(id: Self.id(consultation.id)), message: "consultationSaved")
    }

    // MARK: the page with the results

    struct TallyRow { let label: String; let count: String }
    struct AnswerRow { let id: String; let text: [String]; let signal: String?; let signalURL: String?; let checkboxID: String }
    struct ResultBlock {
        let number: Int
        let text: String
        let kind: String
        let isOpen: Bool
        let rows: [TallyRow]
        let total: String
        let answers: [AnswerRow]
        let hasAnswers: Bool
    }
    struct Issued { let name: String; let email: String; let code: String; let link: String }

    struct DetailPage {
        let t: [String: String]
        let csrf: String
        let listURL: String
        let title: String
        let policy: String
        let policyURL: String
        let theme: String?
        let audience: String
        let period: String
        let phase: String
        let explanation: [String]
        let editURL: String
        let isPublic: Bool
        let publicLink: String
        let isPanel: Bool
        let invitations: String
        let panelURL: String
        let panelValue: Field
        let mayInvite: Bool
        let issued: [Issued]
        let hasIssued: Bool
        let responses: String
        let protection: String
        let results: [ResultBlock]
        let contacts: [String]
        let hasContacts: Bool
        let hasOpenAnswers: Bool
        let signalURL: String
        let signalError: String?
        let themes: [Choice]
        let isClosed: Bool
        let answerURL: String
        let answer: Field
        let publicAnswer: [String]
        let hasPublicAnswer: Bool
        let reportURL: String
        let markdownURL: String
    }

    static func protectedText(_ p: Protected, _ policy: SmallNumberPolicy, _ t: [String: String]) -> String {
        switch p {
        case .shown(let value): DutchNumber.format(value, decimals: 0)
        case .belowThreshold: policy.label(p)!
        case .hidden: t["consultationHidden"]!
        }
    }

    private func detailPage(
        request: Request, context: AppRequestContext, failure: ValidationFailure? = nil, panelText: String = "", answerText: String? = nil,
        issued: [ConsultationRepository.IssuedInvitation] = [], status: HTTPResponse.Status? = nil
    ) async throws -> Response {
        let user = try manager(context)
        let t = Translations.texts(context.language)
        guard let results = try await consultations.results(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        let c = results.consultation
        let idText = Self.id(c.id)
        let policy = SmallNumberPolicy(threshold: results.threshold)
        let themes = try await services.themes.titles(organisationID: user.organisationID)
        let base = services.config.baseURL
        let phase = c.phase(services.now)
        let blocks = results.questions.enumerated().map { index, result in
            ResultBlock(
                number: index + 1, text: result.question.text, kind: t["consultationKind." + result.question.kind.rawValue]!,
                isOpen: result.question.kind == .open,
                rows: result.tally.map { tally in
                    zip(tally.labels, tally.counts).map { TallyRow(label: $0, count: Self.protectedText($1, policy, t)) }
                } ?? [],
                total: result.tally.map { Self.protectedText($0.total, policy, t) } ?? String(result.answers.count),
                answers: result.answers.map {
                    AnswerRow(
                        id: Self.id($0.id), text: ReviewsController.paragraphs($0.text),
                        signal: $0.signalNumber.map { t["consultationBecameSignal"]!.replacingOccurrences(of: "{number}", with: String($0)) },
                        signalURL: $0.signalID.map { SiteURL.signal(id: Self.id($0)).path }, checkboxID: "antwoord-" + Self.id($0.id))
                },
                hasAnswers: !result.answers.isEmpty)
        }
        let page = DetailPage(
            t: t, csrf: context.csrfToken, listURL: SiteURL.consultations.path, title: c.title, policy: c.policyTitle,
            policyURL: SiteURL.policy(id: Self.id(c.policyID)).path, theme: c.themeTitle, audience: Self.audienceLabel(c.audience, t),
            period: Self.period(c.opensAt, c.closesAt), phase: Self.phaseLabel(phase, t), explanation: ReviewsController.paragraphs(c.explanation),
            editURL: SiteURL.consultationEdit(id: idText).path, isPublic: c.audience == .publicLink,
            publicLink: base + SiteURL.participate(token: c.publicToken).path, isPanel: c.audience == .panel,
            invitations: t["consultationInvitationCount"]!.replacingOccurrences(of: "{count}", with: String(c.invitations))
                .replacingOccurrences(of: "{used}", with: String(c.invitationsUsed)),
            panelURL: SiteURL.consultationPanel(id: idText).path, panelValue: Field(panelText, error: failure?.reason(for: "panel")),
            mayInvite: phase != .closed,
            issued: issued.map {
                Issued(name: $0.name, email: $0.email ?? "–", code: $0.code, link: base + SiteURL.participate(token: $0.code).path)
            },
            hasIssued: !issued.isEmpty,
            responses: t["consultationResponseCount"]!.replacingOccurrences(of: "{count}", with: String(c.responses)),
            protection: t["consultationProtection"]!.replacingOccurrences(of: "{k}", with: String(results.threshold)), results: blocks,
            contacts: results.contacts, hasContacts: !results.contacts.isEmpty, hasOpenAnswers: blocks.contains { $0.hasAnswers },
            signalURL: SiteURL.consultationSignal(id: idText).path,
            signalError: failure.flatMap { f in f.invalidParams.first { ["antwoorden", "thema", "titel", "beleid"].contains($0.name) }?.reason },
            themes: [Choice(value: "", label: t["consultationNoTheme"]!, selected: true)]
                + themes.map { Choice(value: Self.id($0.id), label: $0.title, selected: false) },
            isClosed: phase == .closed, answerURL: SiteURL.consultationAnswer(id: idText).path,
            answer: Field(answerText ?? c.publicAnswer ?? "", error: failure?.reason(for: "antwoord")),
            publicAnswer: ReviewsController.paragraphs(c.publicAnswer ?? ""), hasPublicAnswer: c.publicAnswer != nil,
            reportURL: SiteURL.consultationReport(id: idText).path, markdownURL: SiteURL.consultationReportMarkdown(id: idText).path)
        return try services.renderer.page(
            "consultation", page, title: "\(t["consultationTitle"]!) · \(c.title)", context: context, request: request,
            status: status ?? (failure == nil ? .ok : .badRequest))
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await detailPage(request: request, context: context)
    }

    /// Shows the codes once, on the page the form returns: they are stored hashed and cannot be shown again.
    @Sendable func invite(request: Request, context: AppRequestContext) async throws -> Response {
        let (user, consultation) = try await existing(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let lines = form.value("panel") ?? ""
        do {
            let issued = try await consultations.invite(
                id: consultation.id, lines: lines, organisationID: user.organisationID, actor: context.auditActor, now: services.now,
                linkBase: services.config.baseURL)
            return try await detailPage(request: request, context: context, issued: issued, status: .ok)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure, panelText: lines)
        }
    }

    @Sendable func makeSignal(request: Request, context: AppRequestContext) async throws -> Response {
        let (user, consultation) = try await existing(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let theme = form.value("thema").flatMap { $0.isEmpty ? nil : (UUID(uuidString: $0) ?? UUID()) }
        do {
            let signal = try await consultations.makeSignal(
                id: consultation.id, answerIDs: form.values("antwoorden").map { UUID(uuidString: $0) ?? UUID() }, title: form.value("titel") ?? "",
                themeID: theme, signals: services.signals, reporter: user, origin: context.origin, now: services.now)
            return redirect(.signal(id: Self.id(signal.id!)), message: "consultationSignalMade")
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure)
        }
    }

    @Sendable func publicAnswer(request: Request, context: AppRequestContext) async throws -> Response {
        let (user, consultation) = try await existing(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let text = form.value("antwoord") ?? ""
        do {
            try await consultations.setPublicAnswer(
                id: consultation.id, text: text, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: failure, answerText: text)
        }
        return redirect(.consultation(id: Self.id(consultation.id)), message: "consultationAnswerSaved")
    }

    // MARK: the report

    static func document(_ results: ConsultationRepository.Results, t: [String: String], now: Date) -> ReportDocument {
        let c = results.consultation
        let policy = SmallNumberPolicy(threshold: results.threshold)
        var sections: [ReportDocument.Section] = []
        sections.append(
            .init(
                id: "uitleg", title: t["consultationReportExplanation"]!,
                blocks: ReviewsController.paragraphs(c.explanation).map { .text($0) }))
        for (index, result) in results.questions.enumerated() {
            var blocks: [ReportDocument.Block] = []
            if let tally = result.tally {
                blocks.append(
                    .table(
                        result.question.text,
                        [.init(label: t["consultationAnswerColumn"]!, numeric: false), .init(label: t["consultationCountColumn"]!, numeric: true)],
                        zip(tally.labels, tally.counts).map { [.init($0), .number(protectedText($1, policy, t))] }
                            + [[.init(t["consultationTotal"]!), .number(protectedText(tally.total, policy, t))]]))
            } else if result.answers.isEmpty {
                blocks.append(.text(t["consultationNoAnswers"]!))
            } else {
                blocks.append(.notes([.init(title: result.question.text, url: nil, texts: result.answers.map(\.text))]))
            }
            sections.append(.init(id: "vraag-\(index + 1)", title: "\(t["consultationQuestion"]!) \(index + 1)", blocks: blocks))
        }
        if let answer = c.publicAnswer {
            sections.append(
                .init(id: "antwoord", title: t["consultationPublicAnswerTitle"]!, blocks: ReviewsController.paragraphs(answer).map { .text($0) }))
        }
        return ReportDocument(
            title: "\(t["consultationTitle"]!): \(c.title)", subtitle: c.policyTitle,
            lines: [
                "\(t["consultationPeriod"]!): \(period(c.opensAt, c.closesAt))",
                t["consultationResponseCount"]!.replacingOccurrences(of: "{count}", with: String(c.responses)),
                t["consultationProtection"]!.replacingOccurrences(of: "{k}", with: String(results.threshold)),
                "\(t["letterGenerated"]!) \(DateText.day(now))",
            ],
            sections: sections)
    }

    private func loadResults(_ context: AppRequestContext) async throws -> ConsultationRepository.Results {
        let user = try manager(context)
        guard let results = try await consultations.results(id: try context.uuid(), organisationID: user.organisationID) else {
            throw HTTPError(.notFound)
        }
        return results
    }

    @Sendable func report(request: Request, context: AppRequestContext) async throws -> Response {
        struct Page { let t: [String: String]; let document: ReportDocument; let markdownURL: String; let backURL: String }
        let results = try await loadResults(context)
        let t = Translations.texts(context.language)
        let idText = Self.id(results.consultation.id)
        let page = Page(
            t: t, document: Self.document(results, t: t, now: services.now), markdownURL: SiteURL.consultationReportMarkdown(id: idText).path,
            backURL: SiteURL.consultation(id: idText).path)
        return try services.renderer.page(
            "consultation-report", page, title: "\(t["consultationReportTitle"]!) · \(results.consultation.title)", context: context, request: request,
            mainClass: "report")
    }

    @Sendable func markdown(request: Request, context: AppRequestContext) async throws -> Response {
        let results = try await loadResults(context)
        let t = Translations.texts(context.language)
        var headers = HTTPFields()
        headers[.contentType] = "text/markdown; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"raadpleging-\(Slug.make(results.consultation.title).prefix(60)).md\""
        let text = Self.document(results, t: t, now: services.now).markdown(baseURL: services.config.baseURL)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

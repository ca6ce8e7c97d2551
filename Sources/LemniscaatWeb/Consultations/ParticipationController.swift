// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import Foundation
import Hummingbird
import LemniscaatAPI
import LemniscaatCore
import LemniscaatStore

/// The residents' side of a raadpleging: `/doe-mee/<token>` without an account, plain HTML forms that work without
/// JavaScript. Protection without tracking: a hidden honeypot field, a signed time stamp (a form sent back within
/// seconds was not filled in by a person), size limits, the privacy guard on open answers, and rate limits per
/// address (hashed with the server's secret, kept an hour) and per raadpleging, answered with 429.
struct ParticipationController {
    let services: AppServices

    var consultations: ConsultationRepository { ConsultationRepository(store: services.store) }

    /// The honeypot's name: a field people do not see and bots fill in.
    static let honeypot = "website"

    /// Without a configured secret (tests, a first try), a key of this process signs the stamps.
    static let processKey = SecretToken.generate()

    var key: String { services.config.secret.isEmpty ? Self.processKey : services.config.secret }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.participateCode.route, use: codeForm)
        router.get(SiteURL.route(SiteURL.participate, "token"), use: show)
        router.post(SiteURL.route(SiteURL.participate, "token"), use: answer)
    }

    struct CodePage {
        let t: [String: String]
        let action: String
        let problem: String?
        let code: String
    }

    /// Where a panel member types the code from paper; `?code=` takes them to the form.
    @Sendable func codeForm(request: Request, context: AppRequestContext) async throws -> Response {
        let t = Translations.texts(context.language)
        if let raw = request.uri.queryParameters["code"] {
            let code = InvitationCode.normalise(String(raw))
            if code.count == 10 && code.allSatisfy({ $0.isLetter || $0.isNumber }) {
                return Response(status: .seeOther, headers: [.location: SiteURL.participate(token: code).path])
            }
            let page = CodePage(t: t, action: SiteURL.participateCode.path, problem: t["participateCodeInvalid"]!, code: String(raw.prefix(40)))
            return try services.renderer.page("participate-code", page, title: t["participateCodeTitle"]!, context: context, request: request, status: .badRequest)
        }
        let page = CodePage(t: t, action: SiteURL.participateCode.path, problem: nil, code: "")
        return try services.renderer.page("participate-code", page, title: t["participateCodeTitle"]!, context: context, request: request)
    }

    struct Option { let value: String; let label: String; let checked: Bool; let id: String }
    struct QuestionView {
        let name: String
        let number: Int
        let text: String
        let isOpen: Bool
        let isChoice: Bool
        let isScale: Bool
        let options: [Option]
        let value: String
        let error: String?
        let maximum: Int
    }

    struct Page {
        let t: [String: String]
        let csrf: String
        let title: String
        let explanation: [String]
        let openText: String
        let notYetOpenText: String
        let closedText: String
        /// One of these is true.
        let isOpen: Bool
        let notYetOpen: Bool
        let closed: Bool
        let done: Bool
        let refused: String?
        let publicAnswer: [String]
        let hasPublicAnswer: Bool
        let action: String
        let stamp: String
        let honeypot: String
        let questions: [QuestionView]
        let contact: Field
        let contactMaximum: Int
        let problems: [String]
        let hasProblems: Bool
    }

    static func scope(_ token: String) -> String { PublicParticipation.scope(token) }

    private func page(
        request: Request, context: AppRequestContext, token: String, consultation: ConsultationRepository.Consultation?, refused: String? = nil,
        done: Bool = false, values: [UUID: String] = [:], contact: String = "", failure: ValidationFailure? = nil,
        status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]
    ) throws -> Response {
        let t = Translations.texts(context.language)
        let now = services.now
        let phase = consultation?.phase(now)
        let questions = (consultation?.questions ?? []).enumerated().map { index, question in
            let value = values[question.id] ?? ""
            let name = "vraag-\(index + 1)"
            let options: [Option] =
                switch question.kind {
                case .open: []
                case .choice:
                    question.options.enumerated().map { Option(value: String($0), label: $1, checked: value == String($0), id: "\(name)-\($0)") }
                case .scale:
                    ConsultationQuestionKind.scaleValues.map {
                        Option(
                            value: String($0), label: t["participateScale.\($0)"]!, checked: value == String($0), id: "\(name)-\($0)")
                    }
                }
            return QuestionView(
                name: name, number: index + 1, text: question.text, isOpen: question.kind == .open, isChoice: question.kind == .choice,
                isScale: question.kind == .scale, options: options, value: value, error: failure?.reason(for: name),
                maximum: ConsultationRepository.maximumAnswer)
        }
        let shown = refused == nil && !done
        func dates(_ text: String) -> String {
            guard let consultation else { return "" }
            return text.replacingOccurrences(of: "{from}", with: DateText.day(consultation.opensAt))
                .replacingOccurrences(of: "{to}", with: DateText.day(consultation.closesAt))
        }
        let model = Page(
            t: t, csrf: context.csrfToken, title: consultation?.title ?? t["participateTitle"]!,
            explanation: shown ? ReviewsController.paragraphs(consultation?.explanation ?? "") : [],
            openText: dates(t["participateOpenUntil"]!), notYetOpenText: dates(t["participateNotYetOpen"]!), closedText: dates(t["participateClosed"]!),
            isOpen: shown && phase == .open, notYetOpen: shown && phase == .notYetOpen, closed: shown && phase == .closed, done: done,
            refused: refused, publicAnswer: ReviewsController.paragraphs(consultation?.publicAnswer ?? ""),
            hasPublicAnswer: shown && phase == .closed && consultation?.publicAnswer != nil,
            action: SiteURL.participate(token: token).path, stamp: FillInStamp.make(at: now, scope: Self.scope(token), key: key),
            honeypot: Self.honeypot, questions: questions, contact: Field(contact, error: failure?.reason(for: "contact")),
            contactMaximum: ConsultationRepository.maximumContact,
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        var response = try services.renderer.page("participate", model, title: model.title, context: context, request: request, status: status)
        for field in extra { response.headers.append(field) }
        // A personal link should not travel on to other sites.
        response.headers[.init("Referrer-Policy")!] = "no-referrer"
        return response
    }

    private func refusal(_ refusal: ConsultationRepository.Refusal, request: Request, context: AppRequestContext, token: String) throws -> Response {
        let t = Translations.texts(context.language)
        switch refusal {
        case .unknown:
            return try page(request: request, context: context, token: token, consultation: nil, refused: t["participateUnknown"]!, status: .notFound)
        case .used:
            return try page(request: request, context: context, token: token, consultation: nil, refused: t["participateUsed"]!, status: .gone)
        case .tooMany(let seconds):
            return try page(
                request: request, context: context, token: token, consultation: nil,
                refused: t["participateTooMany"]!.replacingOccurrences(of: "{minutes}", with: String(max(1, (seconds + 59) / 60))),
                status: .tooManyRequests, headers: [.retryAfter: String(seconds)])
        }
    }

    static func token(_ context: AppRequestContext) -> String {
        String((context.parameters.get("token") ?? "").prefix(100))
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let token = Self.token(context)
        do {
            let target = try await consultations.resolve(token: token)
            return try page(request: request, context: context, token: token, consultation: target.consultation)
        } catch let refused as ConsultationRepository.Refusal {
            return try refusal(refused, request: request, context: context, token: token)
        }
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> Response {
        let token = Self.token(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let t = Translations.texts(context.language)
        let target: ConsultationRepository.Target
        do {
            target = try await consultations.resolve(token: token)
        } catch let refused as ConsultationRepository.Refusal {
            return try refusal(refused, request: request, context: context, token: token)
        }
        let consultation = target.consultation
        var values: [UUID: String] = [:]
        for (index, question) in consultation.questions.enumerated() {
            // Cut far above the limit so a huge field does not travel further; the limit itself is checked with a message.
            values[question.id] = String((form.value("vraag-\(index + 1)") ?? "").prefix(ConsultationRepository.maximumAnswer * 2))
        }
        let contact = String((form.value("contact") ?? "").prefix(ConsultationRepository.maximumContact * 2))
        // A filled-in honeypot: thanked like anyone, and nothing is stored, so a bot learns nothing.
        if !(form.value(Self.honeypot) ?? "").isEmpty {
            return try page(request: request, context: context, token: token, consultation: consultation, done: true)
        }
        switch FillInStamp.verify(
            form.value("begonnen") ?? "", now: services.now, scope: Self.scope(token), key: key, minimumSeconds: services.config.consultationMinimumSeconds)
        {
        case .fine: break
        case .tooFast:
            let failure = ValidationFailure([InvalidParam(name: "begonnen", code: "te-snel", reason: t["participateTooFast"]!)])
            return try page(
                request: request, context: context, token: token, consultation: consultation, values: values, contact: contact, failure: failure,
                status: .badRequest)
        case .invalid:
            let failure = ValidationFailure([InvalidParam(name: "begonnen", code: "verlopen", reason: t["participateStale"]!)])
            return try page(
                request: request, context: context, token: token, consultation: consultation, values: values, contact: contact, failure: failure,
                status: .badRequest)
        }
        do {
            try await consultations.answer(
                token: token, answers: values, contact: contact,
                addressKey: ConsultationRepository.addressKey(context.origin, secret: key), limits: services.config.consultationLimits,
                now: services.now)
        } catch let refused as ConsultationRepository.Refusal {
            return try refusal(refused, request: request, context: context, token: token)
        } catch let failure as ValidationFailure {
            return try page(
                request: request, context: context, token: token, consultation: consultation, values: values, contact: contact, failure: failure,
                status: .badRequest)
        }
        return try page(request: request, context: context, token: token, consultation: consultation, done: true)
    }
}

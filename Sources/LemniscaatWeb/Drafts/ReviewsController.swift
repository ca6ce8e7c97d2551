// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The uitvoeringstoets in the browser: opening a round on a draft, the list of rounds, a round with its remarks and
/// the answers to them, the reviewer's form, and closing.
struct ReviewsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.route(SiteURL.reviewRoundNew), use: newForm)
        router.post(SiteURL.route(SiteURL.reviewRoundNew), use: create)
        router.get(SiteURL.reviewRounds.route, use: list)
        router.get(SiteURL.route(SiteURL.reviewRound), use: show)
        router.get(SiteURL.route(SiteURL.reviewRoundReview), use: reviewForm)
        router.post(SiteURL.route(SiteURL.reviewRoundReview), use: saveReview)
        router.post(SiteURL.route(SiteURL.reviewRoundAnswer), use: answer)
        router.post(SiteURL.route(SiteURL.reviewRoundClose), use: close)
    }

    struct Check { let value: String; let label: String; let checked: Bool; let id: String }

    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    static func stateLabel(_ state: ReviewState, _ t: [String: String]) -> String { t["reviewState." + state.rawValue] ?? state.label }

    // MARK: opening a round

    struct RoundFormPage {
        let t: [String: String]
        let csrf: String
        let policyTitle: String
        let policyURL: String
        let action: String
        let blocked: String?
        let isBlocked: Bool
        let versions: [Choice]
        let deadline: Field
        let introduction: Field
        let questions: Field
        let teams: [Check]
        let people: [Check]
        let inviteesError: String?
        let inviteesInvalid: Bool
        let problems: [String]
        let hasProblems: Bool
    }

    static let defaultQuestions = [
        "Kunnen wij dit uitvoeren zoals het er staat? Wat is daarvoor nodig?",
        "Voor welke inwoners is dit moeilijk, en waarom?",
        "Wat moet er anders in de tekst?",
    ].joined(separator: "\n")

    private func roundForm(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        guard ReviewRepository.mayManage(user) else { throw HTTPError(.forbidden) }
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let policy = try await services.policies.policy(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let idText = id.uuidString.lowercased()
        let versions = try await services.drafts.versions(policyID: id, organisationID: user.organisationID)
        let status = PolicyStatus(rawValue: policy.status) ?? .concept
        let open = try await services.reviews.rounds(policyID: id, organisationID: user.organisationID).first { $0.status == .open }
        var blocked: String?
        if versions.isEmpty {
            blocked = t["reviewNeedsDraft"]
        } else if !DraftRepository.writableStatuses.contains(status) {
            blocked = "Dit beleid is \(status.label.lowercased()). Een toets kan alleen als het beleid in concept of in toets is."
        } else if open != nil {
            blocked = t["reviewAlreadyOpen"]
        }
        let chosenVersion = form?.value("versie") ?? versions.first.map { String($0.number) } ?? ""
        let chosenTeams = Set(form?.values("teams") ?? [])
        let chosenPeople = Set(form?.values("personen") ?? [])
        let teams = try await services.organisations.teamNames(organisationID: user.organisationID)
        let people = try await services.accounts.assignable(organisationID: user.organisationID)
        let inviteesError = failure?.reason(for: "genodigden")
        let page = RoundFormPage(
            t: t, csrf: context.csrfToken, policyTitle: policy.title, policyURL: SiteURL.policy(id: idText).path,
            action: SiteURL.reviewRoundNew(id: idText).path, blocked: blocked, isBlocked: blocked != nil,
            versions: versions.map {
                Choice(
                    value: String($0.number), label: "\(t["draftVersion"]!) \($0.number) (\(DateText.day($0.createdAt)))",
                    selected: String($0.number) == chosenVersion)
            },
            deadline: Field(
                form?.value("termijn") ?? ReviewDeadline.code(services.now.addingTimeInterval(14 * 86_400)), error: failure?.reason(for: "termijn")),
            introduction: Field(form?.value("inleiding") ?? "", error: failure?.reason(for: "inleiding")),
            questions: Field(form?.value("vragen") ?? Self.defaultQuestions, error: failure?.reason(for: "vragen")),
            teams: teams.map {
                let value = $0.id.uuidString.lowercased()
                return Check(value: value, label: $0.name, checked: chosenTeams.contains(value), id: "team-" + value)
            },
            people: people.map {
                let value = $0.id.uuidString.lowercased()
                return Check(value: value, label: $0.name, checked: chosenPeople.contains(value), id: "persoon-" + value)
            },
            inviteesError: inviteesError, inviteesInvalid: inviteesError != nil,
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page(
            "review-round-form", page, title: "\(t["reviewNewTitle"]!) · \(policy.title)", context: context, request: request,
            status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await roundForm(request: request, context: context, form: nil, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard ReviewRepository.mayManage(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        guard try await services.policies.policy(id: id, organisationID: user.organisationID) != nil else { throw HTTPError(.notFound) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        // An identifier that is not one is treated like one that no longer exists: the repository reports it.
        let teamIDs = form.values("teams").map { UUID(uuidString: $0) ?? UUID() }
        let userIDs = form.values("personen").map { UUID(uuidString: $0) ?? UUID() }
        let input = ReviewRepository.RoundInput(
            // A number that is not one asks for a version that does not exist, which the repository reports.
            versionNumber: form.value("versie").map { Int($0) ?? -1 }, deadline: form.value("termijn") ?? "",
            introduction: form.value("inleiding") ?? "", questions: form.value("vragen") ?? "", teamIDs: teamIDs, userIDs: userIDs)
        do {
            let round = try await services.reviews.open(policyID: id, input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.reviewRound(id: round.id!.uuidString.lowercased()), message: "reviewOpened")
        } catch let failure as ValidationFailure {
            return try await roundForm(request: request, context: context, form: form, failure: failure)
        }
    }

    // MARK: the list

    struct ListPage {
        struct Row {
            let policyTitle: String
            let url: String
            let version: Int
            let status: String
            let isOpen: Bool
            let deadline: String
            let responses: String
            let unanswered: Int
            let hasUnanswered: Bool
        }
        struct Waiting { let policyTitle: String; let url: String; let deadline: String; let late: Bool }
        let t: [String: String]
        let rows: [Row]
        let hasRows: Bool
        let waiting: [Waiting]
        let hasWaiting: Bool
        let mayManage: Bool
    }

    static func waitingRows(_ rounds: [ReviewRepository.RoundSummary], now: Date) -> [ListPage.Waiting] {
        rounds.map {
            ListPage.Waiting(
                policyTitle: $0.policyTitle, url: SiteURL.reviewRoundReview(id: $0.id.uuidString.lowercased()).path,
                deadline: DateText.day($0.deadline), late: $0.deadline < now)
        }
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let rounds = try await services.reviews.rounds(organisationID: user.organisationID)
        let waiting = try await services.reviews.waiting(for: user)
        let manage = ReviewRepository.mayManage(user)
        let page = ListPage(
            t: t,
            rows: rounds.map {
                ListPage.Row(
                    policyTitle: $0.policyTitle, url: SiteURL.reviewRound(id: $0.id.uuidString.lowercased()).path, version: $0.versionNumber,
                    status: t["reviewStatus." + $0.status.rawValue] ?? $0.status.label, isOpen: $0.status == .open,
                    deadline: DateText.day($0.deadline), responses: "\($0.submitted) / \($0.invited)", unanswered: $0.unanswered,
                    hasUnanswered: manage && $0.unanswered > 0)
            },
            hasRows: !rounds.isEmpty, waiting: Self.waitingRows(waiting, now: services.now), hasWaiting: !waiting.isEmpty, mayManage: manage)
        return try services.renderer.page("review-rounds", page, title: t["reviewListTitle"]!, context: context, request: request)
    }

    // MARK: a round

    struct RoundPage {
        struct Invitee { let name: String; let team: String; let state: String; let submitted: Bool }
        struct RemarkRow {
            let id: String
            let anchor: String
            let reviewer: String
            let quote: String
            let hasQuote: Bool
            let text: String
            let date: String
            let answered: Bool
            let answerLabel: String
            let answerText: String
            let answerSection: String?
            let answerSectionURL: String?
            let answeredBy: String
            let mayAnswer: Bool
            let choices: [Choice]
            let explanation: Field
            let sectionChoices: [Choice]
            let error: String?
            let invalid: Bool
        }
        struct SectionRemarks { let title: String; let anchor: String; let remarks: [RemarkRow] }
        let t: [String: String]
        let csrf: String
        let policyTitle: String
        let policyURL: String
        let versionNumber: Int
        let versionURL: String
        let status: String
        let isOpen: Bool
        let deadline: String
        let late: Bool
        let openedAt: String
        let openedBy: String
        let closedAt: String?
        let closedBy: String
        let introduction: [String]
        let questions: [String]
        let invited: Int
        let submitted: Int
        let remarkCount: Int
        let unanswered: Int
        let hasUnanswered: Bool
        let isInvitee: Bool
        let myState: String
        let reviewURL: String
        let mayManage: Bool
        let invitees: [Invitee]
        let showRemarks: Bool
        let remarksHint: String
        let sections: [SectionRemarks]
        let hasRemarks: Bool
        let answerURL: String
        let mayClose: Bool
        let closeURL: String
        let mayReport: Bool
        let reportURL: String
        let problems: [String]
        let hasProblems: Bool
    }

    /// What a refused answer brings back: the remark, what was typed, and why.
    struct AnswerFailure {
        let remarkID: UUID
        let answer: String
        let explanation: String
        let section: String
        let failure: ValidationFailure
    }

    private func roundPage(
        request: Request, context: AppRequestContext, answerFailure: AnswerFailure? = nil, closeFailure: ValidationFailure? = nil
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let round = try await services.reviews.round(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let idText = id.uuidString.lowercased()
        let policyText = round.summary.policyID.uuidString.lowercased()
        let manage = ReviewRepository.mayManage(user)
        let isOpen = round.summary.status == .open
        let me = round.invitees.first { $0.userID == user.userID }
        let remarks = try await services.reviews.remarks(roundID: id, user: user)
        // Answers may point at a section of any later version; the latest is the one being worked on.
        let latestNumber = try await services.drafts.versions(policyID: round.summary.policyID, organisationID: user.organisationID).first?.number
        let latest = try await latestNumber.asyncMap {
            try await services.drafts.version(policyID: round.summary.policyID, number: $0, organisationID: user.organisationID)
        } ?? nil
        let latestTitles = Dictionary((latest?.sections ?? []).map { ($0.key, DraftsController.sectionTitle($0, t)) }, uniquingKeysWith: { first, _ in first })
        let versionTitles = Dictionary(
            round.version.sections.map { ($0.key, DraftsController.sectionTitle($0, t)) }, uniquingKeysWith: { first, _ in first })
        let grouped = Dictionary(grouping: remarks, by: \.sectionKey)
        func row(_ remark: ReviewRepository.Remark) -> RoundPage.RemarkRow {
            let mine = answerFailure?.remarkID == remark.id
            let chosen = mine ? answerFailure!.answer : remark.answer?.rawValue ?? ""
            let chosenSection = mine ? answerFailure!.section : remark.answerSectionKey ?? ""
            let error = mine ? answerFailure!.failure.invalidParams.map(\.reason).joined(separator: " ") : nil
            let sectionURL = remark.answerSectionKey.flatMap { key in
                latestNumber.map { SiteURL.draftVersion(id: policyText, number: String($0)).path + "#" + DraftsController.anchor(key) }
            }
            return RoundPage.RemarkRow(
                id: remark.id.uuidString.lowercased(), anchor: "opmerking-" + remark.id.uuidString.lowercased(), reviewer: remark.reviewerName,
                quote: remark.quote, hasQuote: !remark.quote.isEmpty, text: remark.text, date: DateText.minute(remark.createdAt),
                answered: remark.answer != nil, answerLabel: remark.answer.map { t["reviewAnswer." + $0.rawValue] ?? $0.label } ?? "",
                answerText: remark.answerText ?? "", answerSection: remark.answerSectionKey.map { latestTitles[$0] ?? $0 },
                answerSectionURL: sectionURL, answeredBy: remark.answeredBy ?? "–",
                mayAnswer: manage && isOpen && remark.submitted,
                choices: RemarkAnswer.allCases.map { Choice(value: $0.rawValue, label: t["reviewAnswer." + $0.rawValue] ?? $0.label, selected: $0.rawValue == chosen) },
                explanation: Field(mine ? answerFailure!.explanation : remark.answerText ?? "", error: error),
                sectionChoices: [Choice(value: "", label: t["reviewNoSection"]!, selected: chosenSection.isEmpty)]
                    + (latest?.sections ?? []).map { Choice(value: $0.key, label: DraftsController.sectionTitle($0, t), selected: $0.key == chosenSection) },
                error: error, invalid: error != nil)
        }
        var sections: [RoundPage.SectionRemarks] = round.version.sections.compactMap { section in
            guard let list = grouped[section.key] else { return nil }
            return RoundPage.SectionRemarks(title: versionTitles[section.key] ?? section.key, anchor: "bij-" + section.key, remarks: list.map(row))
        }
        let unknown = remarks.filter { versionTitles[$0.sectionKey] == nil }
        if !unknown.isEmpty { sections.append(.init(title: t["reviewOtherRemarks"]!, anchor: "bij-overig", remarks: unknown.map(row))) }
        let showAll = manage || !isOpen
        let problems = (closeFailure?.invalidParams.map(\.reason) ?? []) + (answerFailure?.failure.invalidParams.map(\.reason) ?? [])
        let page = RoundPage(
            t: t, csrf: context.csrfToken, policyTitle: round.summary.policyTitle, policyURL: SiteURL.policy(id: policyText).path,
            versionNumber: round.summary.versionNumber,
            versionURL: SiteURL.draftVersion(id: policyText, number: String(round.summary.versionNumber)).path,
            status: t["reviewStatus." + round.summary.status.rawValue] ?? round.summary.status.label, isOpen: isOpen,
            deadline: DateText.day(round.summary.deadline), late: isOpen && round.summary.deadline < services.now,
            openedAt: DateText.minute(round.summary.openedAt), openedBy: round.openedBy ?? "–", closedAt: round.summary.closedAt.map(DateText.minute),
            closedBy: round.closedBy ?? "–", introduction: Self.paragraphs(round.introduction), questions: round.questions,
            invited: round.summary.invited, submitted: round.summary.submitted, remarkCount: round.summary.remarks, unanswered: round.summary.unanswered,
            hasUnanswered: round.summary.unanswered > 0, isInvitee: me != nil, myState: me.map { Self.stateLabel($0.state, t) } ?? "",
            reviewURL: SiteURL.reviewRoundReview(id: idText).path, mayManage: manage,
            invitees: manage
                ? round.invitees.map {
                    RoundPage.Invitee(name: $0.name, team: $0.teamName ?? "–", state: Self.stateLabel($0.state, t), submitted: $0.state == .submitted)
                } : [],
            showRemarks: showAll || !remarks.isEmpty, remarksHint: showAll ? (isOpen ? t["reviewRemarksHintOpen"]! : t["reviewRemarksHintClosed"]!) : t["reviewRemarksHintOwn"]!,
            sections: sections, hasRemarks: !remarks.isEmpty, answerURL: SiteURL.reviewRoundAnswer(id: idText).path,
            mayClose: manage && isOpen, closeURL: SiteURL.reviewRoundClose(id: idText).path, mayReport: showAll,
            reportURL: SiteURL.reviewReport(id: idText).path, problems: problems, hasProblems: !problems.isEmpty)
        return try services.renderer.page(
            "review-round", page, title: "\(t["reviewTitle"]!) · \(round.summary.policyTitle)", context: context, request: request,
            status: problems.isEmpty ? .ok : .badRequest)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        try await roundPage(request: request, context: context)
    }

    @Sendable func answer(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard ReviewRepository.mayManage(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        guard try await services.reviews.exists(roundID: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        guard let remarkID = form.value("opmerking").flatMap(UUID.init(uuidString:)) else {
            throw HTTPError(.badRequest, message: "Kies de opmerking die u beantwoordt.")
        }
        let answer = form.value("antwoord") ?? ""
        let explanation = form.value("uitleg") ?? ""
        let section = form.value("onderdeel") ?? ""
        do {
            try await services.reviews.answer(
                remarkID: remarkID, roundID: id, answer: answer, explanation: explanation, sectionKey: section, organisationID: user.organisationID,
                actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await roundPage(
                request: request, context: context,
                answerFailure: AnswerFailure(remarkID: remarkID, answer: answer, explanation: explanation, section: section, failure: failure))
        }
        let location = SiteURL.reviewRound(id: id.uuidString.lowercased()).path + "?melding=reviewAnswered#opmerking-" + remarkID.uuidString.lowercased()
        return Response(status: .seeOther, headers: [.location: location])
    }

    @Sendable func close(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard ReviewRepository.mayManage(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        var request = request
        _ = try await FormData.read(&request, context: context)
        do {
            try await services.reviews.close(roundID: id, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await roundPage(request: request, context: context, closeFailure: failure)
        }
        return redirect(.reviewRound(id: id.uuidString.lowercased()), message: "reviewClosed")
    }

    // MARK: the reviewer's form

    struct ReviewPage {
        struct Dimension {
            let name: String
            let label: String
            let question: String
            let options: [Choice]
            let shown: String
            let error: String?
            let invalid: Bool
        }
        struct OwnRemark {
            let id: String
            let quote: String
            let hasQuote: Bool
            let text: String
            let answered: Bool
            let answerLabel: String
            let answerText: String
            let removing: Bool
        }
        struct Section {
            let anchor: String
            let key: String
            let heading: Int
            let title: String
            let blocks: [DraftsController.Block]
            let dimensions: [Dimension]
            /// The scores given, for the read-only view.
            let given: [Dimension]
            let hasGiven: Bool
            let remarks: [OwnRemark]
            let hasRemarks: Bool
            let remarkName: String
            let quoteName: String
            let remark: Field
            let quote: Field
        }
        let t: [String: String]
        let csrf: String
        let policyTitle: String
        let roundURL: String
        let versionNumber: Int
        let deadline: String
        let late: Bool
        let introduction: [String]
        let questions: [String]
        let readOnly: Bool
        let editable: Bool
        let state: String
        let submittedAt: String?
        let closed: Bool
        let action: String
        let sections: [Section]
        let verdicts: [Check]
        let verdict: String
        let verdictNote: Field
        let verdictError: String?
        let verdictInvalid: Bool
        let demands: [Check]
        let demandsShown: [String]
        let demandsNote: Field
        let scoresError: String?
        let problems: [String]
        let hasProblems: Bool
    }

    /// The score select's options: none yet, 1…5, n.v.t.; labels from the translation table.
    static func scoreChoices(_ t: [String: String]) -> [(code: String, label: String)] {
        [("", "–")] + ["1", "2", "3", "4", "5", "nvt"].map { ($0, t["reviewScore." + $0]!) }
    }

    private func reviewPage(
        request: Request, context: AppRequestContext, form: FormData? = nil, failure: ValidationFailure? = nil
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let round = try await services.reviews.round(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        guard let review = try await services.reviews.review(roundID: id, reviewerID: user.userID, organisationID: user.organisationID) else {
            throw HTTPError(.forbidden)
        }
        let idText = id.uuidString.lowercased()
        let closed = round.summary.status == .closed
        let readOnly = closed || review.state == .submitted
        let sections = round.version.sections
        let topLevel = sections.filter { $0.level > 0 }.map(\.level).min() ?? 1
        let byKey = Dictionary(grouping: review.remarks, by: \.sectionKey)
        let removing = Set(form?.values("verwijder") ?? [])
        let verdict = form?.value("oordeel") ?? review.verdict?.rawValue ?? ""
        let demands = Set(form?.values("doenvermogen") ?? review.demands.map(\.rawValue))
        let scoreChoices = Self.scoreChoices(t)
        let page = ReviewPage(
            t: t, csrf: context.csrfToken, policyTitle: round.summary.policyTitle, roundURL: SiteURL.reviewRound(id: idText).path,
            versionNumber: round.summary.versionNumber, deadline: DateText.day(round.summary.deadline),
            late: !closed && round.summary.deadline < services.now, introduction: Self.paragraphs(round.introduction), questions: round.questions,
            readOnly: readOnly, editable: !readOnly, state: Self.stateLabel(review.state, t), submittedAt: review.submittedAt.map(DateText.minute),
            closed: closed, action: SiteURL.reviewRoundReview(id: idText).path,
            sections: sections.map { section in
                let dimensions = ReviewDimension.allCases.map { dimension in
                    let name = ReviewRepository.scoreField(section.key, dimension)
                    let saved = review.scores[section.key]?[dimension]?.code ?? ""
                    let current = form?.value(name) ?? saved
                    let error = failure?.reason(for: name)
                    return ReviewPage.Dimension(
                        name: name, label: t["reviewDimension." + dimension.rawValue] ?? dimension.label,
                        question: t["reviewDimensionQuestion." + dimension.rawValue] ?? dimension.question,
                        options: scoreChoices.map { Choice(value: $0.code, label: $0.label, selected: $0.code == current) },
                        shown: scoreChoices.first { $0.code == saved }?.label ?? "–", error: error, invalid: error != nil)
                }
                let remarkName = ReviewRepository.remarkField(section.key)
                let quoteName = ReviewRepository.quoteField(section.key)
                let remarks = (byKey[section.key] ?? []).map { remark in
                    ReviewPage.OwnRemark(
                        id: remark.id.uuidString.lowercased(), quote: remark.quote, hasQuote: !remark.quote.isEmpty, text: remark.text,
                        answered: remark.answer != nil && closed, answerLabel: remark.answer.map { t["reviewAnswer." + $0.rawValue] ?? $0.label } ?? "",
                        answerText: remark.answerText ?? "", removing: removing.contains(remark.id.uuidString.lowercased()))
                }
                return ReviewPage.Section(
                    anchor: DraftsController.anchor(section.key), key: section.key,
                    heading: section.level == 0 ? 2 : min(6, section.level - topLevel + 2), title: DraftsController.sectionTitle(section, t),
                    blocks: DraftsController.Block.of(section.body), dimensions: dimensions,
                    given: dimensions.filter { $0.shown != "–" }, hasGiven: dimensions.contains { $0.shown != "–" },
                    remarks: remarks, hasRemarks: !remarks.isEmpty,
                    remarkName: remarkName, quoteName: quoteName,
                    remark: Field(form?.value(remarkName) ?? "", error: failure?.reason(for: remarkName)),
                    quote: Field(form?.value(quoteName) ?? "", error: failure?.reason(for: quoteName)))
            },
            verdicts: ReviewVerdict.allCases.map {
                Check(value: $0.rawValue, label: t["reviewVerdict." + $0.rawValue] ?? $0.label, checked: $0.rawValue == verdict, id: "oordeel-" + $0.rawValue)
            },
            verdict: ReviewVerdict(rawValue: verdict).map { t["reviewVerdict." + $0.rawValue] ?? $0.label } ?? "–",
            verdictNote: Field(form?.value("oordeel-toelichting") ?? review.verdictNote, error: failure?.reason(for: "oordeel-toelichting")),
            verdictError: failure?.reason(for: "oordeel"), verdictInvalid: failure?.reason(for: "oordeel") != nil,
            demands: CapabilityDemand.allCases.map {
                Check(value: $0.rawValue, label: t["reviewDemand." + $0.rawValue] ?? $0.label, checked: demands.contains($0.rawValue), id: "doenvermogen-" + $0.rawValue)
            },
            demandsShown: CapabilityDemand.allCases.filter { review.demands.contains($0) }.map { t["reviewDemand." + $0.rawValue] ?? $0.label },
            demandsNote: Field(form?.value("doenvermogen-toelichting") ?? review.demandsNote, error: failure?.reason(for: "doenvermogen-toelichting")),
            scoresError: failure?.reason(for: "scores"),
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page(
            "review-form", page, title: "\(t["reviewYourReview"]!) · \(round.summary.policyTitle)", context: context, request: request,
            status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func reviewForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await reviewPage(request: request, context: context)
    }

    @Sendable func saveReview(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard let round = try await services.reviews.round(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        guard try await services.reviews.isInvited(roundID: id, user: user) else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        var scores: [String: [ReviewDimension: String]] = [:]
        var remarks: [ReviewRepository.NewRemark] = []
        for section in round.version.sections {
            for dimension in ReviewDimension.allCases {
                if let code = form.value(ReviewRepository.scoreField(section.key, dimension)) { scores[section.key, default: [:]][dimension] = code }
            }
            let text = form.value(ReviewRepository.remarkField(section.key)) ?? ""
            let quote = form.value(ReviewRepository.quoteField(section.key)) ?? ""
            if !text.isEmpty || !quote.isEmpty { remarks.append(.init(sectionKey: section.key, quote: quote, text: text)) }
        }
        let input = ReviewRepository.ReviewInput(
            scores: scores, verdict: form.value("oordeel") ?? "", verdictNote: form.value("oordeel-toelichting") ?? "",
            demands: form.values("doenvermogen"), demandsNote: form.value("doenvermogen-toelichting") ?? "", newRemarks: remarks,
            removeRemarks: form.values("verwijder").map { UUID(uuidString: $0) ?? UUID() })
        let submit = form.value("actie") == "indienen"
        do {
            try await services.reviews.save(roundID: id, input, submit: submit, user: user, actor: context.auditActor, now: services.now)
        } catch is ReviewRepository.NotInvited {
            throw HTTPError(.forbidden)
        } catch let failure as ValidationFailure {
            return try await reviewPage(request: request, context: context, form: form, failure: failure)
        }
        let idText = id.uuidString.lowercased()
        return submit ? redirect(.reviewRound(id: idText), message: "reviewSubmitted") : redirect(.reviewRoundReview(id: idText), message: "reviewSaved")
    }
}

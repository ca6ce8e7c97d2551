// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Raadplegingen: a policy officer asks residents (a public link) or a panel of ervaringsdeskundigen (personal
/// invitations) a few questions about a policy, sees the results with small-number protection, turns open answers
/// into signals (*stem van de doelgroep*) and writes back what was done with them. See docs/raadplegingen.md.
///
/// Who may do what: policy officers, managers and administrators; the pages check `mayManage`. Residents answer
/// without an account through `resolve` and `answer`.
public struct ConsultationRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let maximumTitle = 200
    public static let maximumExplanation = 5000
    public static let maximumQuestion = 500
    public static let maximumOptions = 10
    public static let maximumOption = 200
    public static let maximumQuestions = 10
    public static let maximumAnswer = 2000
    public static let maximumContact = 200
    public static let maximumPublicAnswer = 5000
    public static let maximumInvitations = 200

    public static func mayManage(_ user: SignedInUser) -> Bool {
        user.has(.policyOfficer) || user.has(.manager) || user.has(.administrator)
    }

    static func entity(_ id: UUID) -> String { id.uuidString.lowercased() }

    /// Who answers on the public pages: nobody known, and no address in the audit log either.
    public static func residentActor(organisationID: UUID) -> AuditActor {
        AuditActor(organisationID: organisationID, userID: nil, label: "inwoner (raadpleging)", origin: "doe-mee")
    }

    // MARK: reading

    public struct Question: Sendable {
        public let id: UUID
        public let kind: ConsultationQuestionKind
        public let text: String
        public let options: [String]
    }

    public struct Summary: Sendable {
        public let id: UUID
        public let title: String
        public let policyID: UUID
        public let policyTitle: String
        public let audience: ConsultationAudience
        public let opensAt: Date
        public let closesAt: Date
        public let responses: Int
    }

    public struct Consultation: Sendable {
        public let id: UUID
        public let organisationID: UUID
        public let policyID: UUID
        public let policyTitle: String
        public let themeID: UUID?
        public let themeTitle: String?
        public let title: String
        public let explanation: String
        public let audience: ConsultationAudience
        public let publicToken: String
        public let opensAt: Date
        public let closesAt: Date
        public let publicAnswer: String?
        public let questions: [Question]
        public let responses: Int
        public let invitations: Int
        public let invitationsUsed: Int

        public func phase(_ now: Date) -> ConsultationPhase { .at(now, opensAt: opensAt, closesAt: closesAt) }
    }

    struct CountRow: Decodable {
        let consultation_id: UUID
        let n: Int
    }

    func responseCounts(_ ids: [UUID]) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await store.sql.select().column("consultation_id").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(ConsultationResponseModel.schema).where("consultation_id", .in, ids).groupBy("consultation_id")
            .all(decoding: CountRow.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.consultation_id, $0.n) })
    }

    /// The organisation's raadplegingen (or one policy's), the latest opening first.
    public func list(organisationID: UUID, policyID: UUID? = nil) async throws -> [Summary] {
        let db = store.database
        var query = ConsultationModel.query(on: db).filter(\.$organisationID == organisationID)
        if let policyID { query = query.filter(\.$policyID == policyID) }
        let models = try await query.sort(\.$opensAt, .descending).sort(\.$title).all()
        let policyIDs = Array(Set(models.map(\.policyID)))
        let policies = policyIDs.isEmpty ? [] : try await PolicyModel.query(on: db).filter(\.$id ~~ policyIDs).all()
        let titles = Dictionary(uniqueKeysWithValues: policies.map { ($0.id!, $0.title) })
        let counts = try await responseCounts(models.compactMap(\.id))
        return models.map {
            Summary(
                id: $0.id!, title: $0.title, policyID: $0.policyID, policyTitle: titles[$0.policyID] ?? "–",
                audience: ConsultationAudience(rawValue: $0.audience) ?? .publicLink, opensAt: $0.opensAt, closesAt: $0.closesAt,
                responses: counts[$0.id!] ?? 0)
        }
    }

    static func questions(_ consultationID: UUID, on db: any Database) async throws -> [Question] {
        try await ConsultationQuestionModel.query(on: db).filter(\.$consultationID == consultationID).sort(\.$position).all().map {
            Question(
                id: $0.id!, kind: ConsultationQuestionKind(rawValue: $0.kind) ?? .open, text: $0.text,
                options: $0.options.split(separator: "\n").map(String.init))
        }
    }

    static func consultation(_ model: ConsultationModel, on db: any Database) async throws -> Consultation {
        let id = model.id!
        let policy = try await PolicyModel.find(model.policyID, on: db)
        let theme = try await model.themeID.asyncMap { try await ThemeModel.find($0, on: db) } ?? nil
        let responses = try await ConsultationResponseModel.query(on: db).filter(\.$consultationID == id).count()
        let invitations = try await ConsultationInvitationModel.query(on: db).filter(\.$consultationID == id).count()
        let used = try await ConsultationInvitationModel.query(on: db).filter(\.$consultationID == id).filter(\.$used == true).count()
        return Consultation(
            id: id, organisationID: model.organisationID, policyID: model.policyID, policyTitle: policy?.title ?? "–", themeID: model.themeID,
            themeTitle: theme?.title, title: model.title, explanation: model.explanation,
            audience: ConsultationAudience(rawValue: model.audience) ?? .publicLink, publicToken: model.publicToken, opensAt: model.opensAt,
            closesAt: model.closesAt, publicAnswer: model.publicAnswer, questions: try await questions(id, on: db), responses: responses,
            invitations: invitations, invitationsUsed: used)
    }

    /// One raadpleging; nil when it is not the organisation's.
    public func consultation(id: UUID, organisationID: UUID) async throws -> Consultation? {
        let db = store.database
        guard let model = try await ConsultationModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
            return nil
        }
        return try await Self.consultation(model, on: db)
    }

    // MARK: writing

    public struct QuestionInput: Sendable, Equatable {
        /// A `ConsultationQuestionKind` raw value; empty for an unused slot of the form.
        public var kind: String
        public var text: String
        /// One option per line (choice questions only).
        public var options: String

        public init(kind: String, text: String, options: String = "") {
            self.kind = kind
            self.text = text
            self.options = options
        }
    }

    public struct Input: Sendable {
        public var policyID: UUID?
        public var themeID: UUID?
        public var title: String
        public var explanation: String
        /// A `ConsultationAudience` raw value.
        public var audience: String
        /// `jjjj-mm-dd`: open from the start of that day.
        public var opens: String
        /// `jjjj-mm-dd`: open up to the end of that day.
        public var closes: String
        public var questions: [QuestionInput]

        public init(
            policyID: UUID?, themeID: UUID? = nil, title: String, explanation: String, audience: String, opens: String, closes: String,
            questions: [QuestionInput]
        ) {
            self.policyID = policyID
            self.themeID = themeID
            self.title = title
            self.explanation = explanation
            self.audience = audience
            self.opens = opens
            self.closes = closes
            self.questions = questions
        }
    }

    struct Checked {
        let policyID: UUID
        let themeID: UUID?
        let title: String
        let explanation: String
        let audience: ConsultationAudience
        let opensAt: Date
        let closesAt: Date
        let questions: [(kind: ConsultationQuestionKind, text: String, options: [String])]
    }

    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The start of a `jjjj-mm-dd` day in the Netherlands.
    public static func startOfDay(_ text: String) -> Date? {
        ReviewDeadline.parse(text).map { $0.addingTimeInterval(1 - 86_400) }
    }

    static func check(_ input: Input, organisationID: UUID, on db: any Database) async throws -> Checked {
        var validator = Validator()
        let title = validator.text("titel", clean(input.title), label: "een titel", maximum: maximumTitle)
        let explanation = validator.text("uitleg", clean(input.explanation), label: "de uitleg voor inwoners", maximum: maximumExplanation)
        ReviewRepository.privacy(title, field: "titel", what: "de titel", into: &validator)
        ReviewRepository.privacy(explanation, field: "uitleg", what: "de uitleg", into: &validator)
        var policy: PolicyModel?
        if let policyID = input.policyID {
            policy = try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first()
        }
        if policy == nil { validator.add("beleid", input.policyID == nil ? "verplicht" : "onbekend", "Kies het beleid waarover u inwoners raadpleegt.") }
        if let themeID = input.themeID,
            try await ThemeModel.query(on: db).filter(\.$id == themeID).filter(\.$organisationID == organisationID).first() == nil
        {
            validator.add("thema", "onbekend", "Kies een thema uit de lijst, of laat het leeg.")
        }
        let audience = ConsultationAudience(rawValue: input.audience)
        if audience == nil { validator.add("doelgroep", "verplicht", "Kies wie mag meedoen: iedereen met de link, of een panel.") }
        let opensAt = startOfDay(input.opens)
        if opensAt == nil { validator.add("start", "ongeldig", "Vul een startdatum in als jjjj-mm-dd, bijvoorbeeld 2026-03-01.") }
        let closesAt = ReviewDeadline.parse(input.closes)
        if closesAt == nil { validator.add("einde", "ongeldig", "Vul een einddatum in als jjjj-mm-dd, bijvoorbeeld 2026-03-31.") }
        if let opensAt, let closesAt, closesAt <= opensAt { validator.add("einde", "te-vroeg", "De einddatum moet na de startdatum liggen.") }
        var questions: [(kind: ConsultationQuestionKind, text: String, options: [String])] = []
        for (index, question) in input.questions.enumerated() {
            let text = clean(question.text)
            let rawKind = question.kind.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            let field = "vraag-\(index + 1)"
            guard let kind = ConsultationQuestionKind(rawValue: rawKind) else {
                validator.add(field + "-soort", "verplicht", "Kies bij vraag \(index + 1) wat voor vraag het is.")
                continue
            }
            if text.count > maximumQuestion { validator.add(field, "te-lang", "Vraag \(index + 1) mag hoogstens \(maximumQuestion) tekens hebben.") }
            ReviewRepository.privacy(text, field: field, what: "vraag \(index + 1)", into: &validator)
            var options: [String] = []
            if kind == .choice {
                for line in question.options.split(whereSeparator: \.isNewline) {
                    let option = line.trimmingCharacters(in: .whitespaces)
                    if !option.isEmpty && !options.contains(option) { options.append(option) }
                }
                if options.count < 2 {
                    validator.add(field + "-opties", "te-weinig", "Geef bij vraag \(index + 1) minstens twee keuzes, elk op een eigen regel.")
                } else if options.count > maximumOptions {
                    validator.add(field + "-opties", "te-veel", "Geef bij vraag \(index + 1) hoogstens \(maximumOptions) keuzes.")
                }
                if options.contains(where: { $0.count > maximumOption }) {
                    validator.add(field + "-opties", "te-lang", "Een keuze mag hoogstens \(maximumOption) tekens hebben.")
                }
            }
            questions.append((kind, text, options))
        }
        if questions.isEmpty { validator.add("vraag-1", "verplicht", "Stel minstens één vraag.") }
        if questions.count > maximumQuestions { validator.add("vragen", "te-veel", "Stel hoogstens \(maximumQuestions) vragen.") }
        try validator.check()
        return Checked(
            policyID: policy!.id!, themeID: input.themeID, title: title, explanation: explanation, audience: audience!, opensAt: opensAt!,
            closesAt: closesAt!, questions: questions)
    }

    static func apply(_ checked: Checked, to model: ConsultationModel) {
        model.policyID = checked.policyID
        model.themeID = checked.themeID
        model.title = checked.title
        model.explanation = checked.explanation
        model.audience = checked.audience.rawValue
        model.opensAt = checked.opensAt
        model.closesAt = checked.closesAt
    }

    static func writeQuestions(_ checked: Checked, consultationID: UUID, on db: any Database) async throws {
        try await ConsultationQuestionModel.query(on: db).filter(\.$consultationID == consultationID).delete()
        for (position, question) in checked.questions.enumerated() {
            let row = ConsultationQuestionModel()
            row.consultationID = consultationID
            row.position = position
            row.kind = question.kind.rawValue
            row.text = question.text
            row.options = question.options.joined(separator: "\n")
            try await row.create(on: db)
        }
    }

    /// Opens a new raadpleging on a policy.
    @discardableResult
    public func create(_ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        try await store.write { db in
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            let model = ConsultationModel()
            model.organisationID = organisationID
            Self.apply(checked, to: model)
            model.publicToken = SecretToken.generate()
            model.createdBy = actor.userID
            model.createdAt = now
            model.updatedAt = now
            try await model.create(on: db)
            try await Self.writeQuestions(checked, consultationID: model.id!, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "raadpleging.aangemaakt", entityType: "raadpleging", entityID: Self.entity(model.id!),
                summary: "\(checked.title) (\(checked.audience.rawValue), \(checked.questions.count) vragen)", at: now)
            return model.id!
        }
    }

    /// Changes a raadpleging. Once answers came in, its questions stay as they are: the answers belong to them.
    public func update(id: UUID, _ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let model = try await ConsultationModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            let answered = try await ConsultationResponseModel.query(on: db).filter(\.$consultationID == id).count() > 0
            if answered {
                let old = try await Self.questions(id, on: db).map { "\($0.kind.rawValue)|\($0.text)|\($0.options.joined(separator: "\n"))" }
                let new = checked.questions.map { "\($0.kind.rawValue)|\($0.text)|\($0.options.joined(separator: "\n"))" }
                if old != new {
                    throw ValidationFailure([
                        InvalidParam(name: "vragen", code: "al-beantwoord", reason: "De vragen kunnen niet meer veranderen: er zijn al reacties op.")
                    ])
                }
            }
            Self.apply(checked, to: model)
            model.updatedAt = now
            try await model.save(on: db)
            if !answered { try await Self.writeQuestions(checked, consultationID: id, on: db) }
            try await AuditLog.append(
                on: db, actor: actor, action: "raadpleging.gewijzigd", entityType: "raadpleging", entityID: Self.entity(id),
                summary: checked.title, at: now)
        }
    }

    /// *Wat we met uw reacties doen*: only once the raadpleging has closed.
    public func setPublicAnswer(id: UUID, text: String, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let model = try await ConsultationModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            var validator = Validator()
            let answer = validator.text("antwoord", Self.clean(text), label: "wat u met de reacties doet", maximum: Self.maximumPublicAnswer)
            ReviewRepository.privacy(answer, field: "antwoord", what: "het antwoord", into: &validator)
            if now <= model.closesAt {
                validator.add("antwoord", "nog-open", "De raadpleging loopt nog. Schrijf wat u met de reacties doet als ze is gesloten.")
            }
            try validator.check()
            model.publicAnswer = answer
            model.updatedAt = now
            try await model.save(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "raadpleging.beantwoord", entityType: "raadpleging", entityID: Self.entity(id),
                summary: "\(model.title): wat we met uw reacties doen", at: now)
        }
    }

    // MARK: the panel

    public struct IssuedInvitation: Sendable {
        public let name: String
        public let email: String?
        public let code: String
    }

    /// Invites panel members, one per line: "naam" or "naam; e-mailadres". Each gets a single-use code; those with an
    /// address get it by e-mail (the outbox), the others on paper. The codes are returned once and stored hashed.
    public func invite(
        id: UUID, lines: String, organisationID: UUID, actor: AuditActor, now: Date, linkBase: String
    ) async throws -> [IssuedInvitation] {
        try await store.write { db in
            guard let model = try await ConsultationModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            var validator = Validator()
            var people: [(name: String, email: String?)] = []
            for (index, line) in lines.split(whereSeparator: \.isNewline).enumerated() {
                let parts = line.split(separator: ";", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let name = parts.first, !name.isEmpty else { continue }
                var email: String?
                if parts.count > 1, !parts[1].isEmpty {
                    if let address = EmailAddress(parts[1]) {
                        email = address.value
                    } else {
                        validator.add("panel", "ongeldig", "Regel \(index + 1): ‘\(parts[1])’ is geen geldig e-mailadres.")
                    }
                }
                if name.count > 200 { validator.add("panel", "te-lang", "Regel \(index + 1): een naam mag hoogstens 200 tekens hebben.") }
                people.append((name, email))
            }
            if people.isEmpty { validator.add("panel", "verplicht", "Vul minstens één naam in, elk op een eigen regel.") }
            if people.count > Self.maximumInvitations { validator.add("panel", "te-veel", "Nodig hoogstens \(Self.maximumInvitations) mensen tegelijk uit.") }
            if model.audience != ConsultationAudience.panel.rawValue {
                validator.add("panel", "openbaar", "Deze raadpleging is openbaar: iedereen met de link doet mee. Uitnodigen is alleen voor een panel.")
            }
            if now > model.closesAt { validator.add("panel", "gesloten", "Deze raadpleging is gesloten. Uitnodigen kan niet meer.") }
            try validator.check()
            var issued: [IssuedInvitation] = []
            for person in people {
                let code = InvitationCode.generate()
                let invitation = ConsultationInvitationModel()
                invitation.consultationID = id
                invitation.organisationID = organisationID
                invitation.codeHash = SecretToken.hash(code)
                invitation.name = person.name
                invitation.email = person.email
                invitation.used = false
                invitation.createdAt = now
                try await invitation.create(on: db)
                if let email = person.email {
                    let mail = OutboxMessageModel()
                    mail.organisationID = organisationID
                    mail.recipient = email
                    mail.subject = "Uitnodiging: \(model.title)"
                    mail.body = """
                        Beste \(person.name),

                        Wij vragen uw mening over: \(model.title).
                        Doe mee via deze persoonlijke link (u kunt hem één keer gebruiken):
                        \(linkBase)/doe-mee/\(code)

                        Uw antwoorden bewaren wij zonder uw naam.
                        """
                    mail.createdAt = now
                    mail.attempts = 0
                    mail.nextAttemptAt = now
                    try await mail.create(on: db)
                }
                issued.append(IssuedInvitation(name: person.name, email: person.email, code: code))
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "raadpleging.uitgenodigd", entityType: "raadpleging", entityID: Self.entity(id),
                summary: "\(model.title): \(issued.count) panelleden uitgenodigd (\(issued.filter { $0.email != nil }.count) per e-mail)", at: now)
            return issued
        }
    }

    // MARK: answering

    /// What a token on `/doe-mee/` leads to.
    public struct Target: Sendable {
        public let consultation: Consultation
        /// The invitation's id when the token was a personal code.
        public let invitationID: UUID?
    }

    public enum Refusal: Error, Sendable, Equatable {
        /// No such link or code (also another organisation's code typed on the wrong site: codes are global).
        case unknown
        /// The personal code was used already.
        case used
        /// Too many answers in a short time (429), with seconds to wait.
        case tooMany(Int)
    }

    /// The raadpleging of a public token or a personal code. An invitation of a raadpleging of another organisation
    /// than `organisationID` (when given, for a site that serves one organisation) is refused as unknown.
    public func resolve(token: String, organisationID: UUID? = nil) async throws -> Target {
        let db = store.database
        if let model = try await ConsultationModel.query(on: db).filter(\.$publicToken == token).first(),
            model.audience == ConsultationAudience.publicLink.rawValue,
            organisationID == nil || model.organisationID == organisationID
        {
            return Target(consultation: try await Self.consultation(model, on: db), invitationID: nil)
        }
        let code = InvitationCode.normalise(token)
        guard code.count == 10,
            let invitation = try await ConsultationInvitationModel.query(on: db).filter(\.$codeHash == SecretToken.hash(code)).first(),
            organisationID == nil || invitation.organisationID == organisationID,
            let model = try await ConsultationModel.find(invitation.consultationID, on: db)
        else { throw Refusal.unknown }
        if invitation.used { throw Refusal.used }
        return Target(consultation: try await Self.consultation(model, on: db), invitationID: invitation.id!)
    }

    public struct Limits: Sendable {
        public var perAddress: Int
        public var perConsultation: Int
        public var window: TimeInterval

        public init(perAddress: Int = 10, perConsultation: Int = 300, window: TimeInterval = 3600) {
            self.perAddress = perAddress
            self.perConsultation = perConsultation
            self.window = window
        }
    }

    /// A rate-limit key that does not keep the address: a hash with the server's secret.
    public static func addressKey(_ address: String, secret: String) -> String {
        "adres:" + SecretToken.hash(secret + "|" + address)
    }

    static func consultationKey(_ id: UUID) -> String { "raadpleging:" + entity(id) }

    struct EventRow: Decodable { let occurred_at: Date }

    /// Seconds to wait when a key reached its limit within the window; nil when answering may go on.
    func retryAfter(keys: [(String, Int)], window: TimeInterval, now: Date, on db: any Database) async throws -> Int? {
        var wait: Int?
        for (key, limit) in keys {
            let recent = try await ConsultationRateEventModel.query(on: db).filter(\.$key == key)
                .filter(\.$occurredAt > now.addingTimeInterval(-window)).sort(\.$occurredAt, .ascending).all()
            if recent.count >= limit {
                let oldest = recent[recent.count - limit].occurredAt
                wait = max(wait ?? 0, max(1, Int((window - now.timeIntervalSince(oldest) - 0.001).rounded(.up))))
            }
        }
        return wait
    }

    /// One resident's answers. Open answers go through the privacy guard and are refused (not stored) when they
    /// name a person; the personal code is marked used in the same transaction, but the answers keep no link to it.
    /// `answers` maps a question's id to what was typed or chosen (an option's index, or 1–5).
    public func answer(
        token: String, answers: [UUID: String], contact: String, addressKey: String, limits: Limits, now: Date
    ) async throws {
        let target = try await resolve(token: token)
        let consultation = target.consultation
        try await store.write { db in
            var validator = Validator()
            guard consultation.phase(now) == .open else {
                throw ValidationFailure([InvalidParam(name: "raadpleging", code: "niet-open", reason: "Deze raadpleging is nu niet open.")])
            }
            var rows: [(UUID, String?, Int?)] = []
            var anything = false
            for (number, question) in consultation.questions.enumerated() {
                let field = "vraag-\(number + 1)"
                let raw = (answers[question.id] ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                if raw.isEmpty { continue }
                switch question.kind {
                case .open:
                    if raw.count > Self.maximumAnswer {
                        validator.add(field, "te-lang", "Uw antwoord is te lang. Gebruik hoogstens \(Self.maximumAnswer) tekens.")
                    }
                    let kinds = Set(PrivacyGuard.scan(raw).map(\.kind)).sorted { $0.rawValue < $1.rawValue }
                    if !kinds.isEmpty {
                        validator.add(
                            field, "persoonsgegeven",
                            "In uw antwoord staat iets dat lijkt op een \(kinds.map(\.label).joined(separator: " of een ")). Haal dat weg. Zo blijft u anoniem. Daarna kunt u het opnieuw versturen."
                        )
                    }
                    rows.append((question.id, raw, nil))
                case .choice:
                    guard let index = Int(raw), question.options.indices.contains(index) else {
                        validator.add(field, "ongeldig", "Kies een van de antwoorden.")
                        continue
                    }
                    rows.append((question.id, nil, index))
                case .scale:
                    guard let value = Int(raw), ConsultationQuestionKind.scaleValues.contains(value) else {
                        validator.add(field, "ongeldig", "Kies een getal van 1 tot en met 5.")
                        continue
                    }
                    rows.append((question.id, nil, value))
                }
                anything = true
            }
            if !anything && validator.problems.isEmpty { validator.add("vraag-1", "leeg", "U heeft nog niets ingevuld. Beantwoord minstens één vraag.") }
            let contactText = contact.trimmingCharacters(in: .whitespacesAndNewlines)
            if contactText.count > Self.maximumContact {
                validator.add("contact", "te-lang", "Uw contactgegevens mogen hoogstens \(Self.maximumContact) tekens hebben.")
            }
            try validator.check()
            // The limits are checked inside the write, so answers that arrive together cannot all slip under them.
            if let wait = try await retryAfter(
                keys: [(addressKey, limits.perAddress), (Self.consultationKey(consultation.id), limits.perConsultation)], window: limits.window,
                now: now, on: db)
            {
                throw Refusal.tooMany(wait)
            }
            if let invitationID = target.invitationID {
                // Only one of two answers sent at once with the same code may win.
                struct Spent: Decodable { let id: UUID }
                let spent = try await (db as! any SQLDatabase).raw(
                    "UPDATE consultation_invitations SET used = \(bind: true) WHERE id = \(bind: invitationID) AND used = \(bind: false) RETURNING id"
                ).all(decoding: Spent.self)
                if spent.isEmpty { throw Refusal.used }
            }
            let response = ConsultationResponseModel()
            response.consultationID = consultation.id
            response.day = ReviewDeadline.code(now)
            response.contact = contactText.isEmpty ? nil : contactText
            try await response.create(on: db)
            for (questionID, text, value) in rows {
                let answer = ConsultationAnswerModel()
                answer.responseID = response.id!
                answer.questionID = questionID
                answer.text = text
                answer.value = value
                try await answer.create(on: db)
            }
            for key in [addressKey, Self.consultationKey(consultation.id)] {
                let event = ConsultationRateEventModel()
                event.key = key
                event.occurredAt = now
                try await event.create(on: db)
            }
            try await ConsultationRateEventModel.query(on: db).filter(\.$occurredAt < now.addingTimeInterval(-max(3600, limits.window))).delete()
            try await AuditLog.append(
                on: db, actor: Self.residentActor(organisationID: consultation.organisationID), action: "raadpleging.reactie",
                entityType: "raadpleging", entityID: Self.entity(consultation.id), summary: "\(consultation.title): een reactie", at: now)
        }
    }
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}

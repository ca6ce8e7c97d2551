// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import Synchronization
import SQLKit

/// The reporting point: intake with the privacy guard, routing and a response deadline; status changes, answers,
/// the reporter's verdict, recognitions; the lists people work from.
public struct SignalRepository: Sendable {
    let store: Store
    let similarity: SignalSimilarity

    public init(store: Store, similarity: SignalSimilarity) {
        self.store = store
        self.similarity = similarity
    }

    /// The short numbers of signals by id, within one organisation: links from elsewhere name signals by number.
    public func numbers(ids: [UUID], organisationID: UUID) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable {
            let id: UUID
            let number: Int
        }
        let rows = try await store.sql.select().column("id").column("number").from("signals")
            .where("organisation_id", .equal, SQLBind(organisationID)).where(SQLIdentifier("id"), .in, SQLBind.group(ids))
            .all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.number) })
    }

    // MARK: intake

    public struct Input: Sendable {
        public var title: String
        public var description: String
        public var domainID: UUID?
        public var policyID: UUID?
        public var areaCode: String?
        public var affected: String
        public var urgency: String
        public var solution: String?
        public var anonymous: Bool

        public init(
            title: String, description: String, domainID: UUID?, policyID: UUID?, areaCode: String?, affected: String, urgency: String,
            solution: String?, anonymous: Bool
        ) {
            self.title = title
            self.description = description
            self.domainID = domainID
            self.policyID = policyID
            self.areaCode = areaCode
            self.affected = affected
            self.urgency = urgency
            self.solution = solution
            self.anonymous = anonymous
        }
    }

    /// Checks a free text with the privacy guard; one problem per finding, never echoing the value.
    static func guardText(_ text: String, field: String, into validator: inout Validator) {
        for finding in PrivacyGuard.scan(text) {
            validator.add(field, "persoonsgegeven", "\(finding.kind.label): \(finding.kind.explanation)")
        }
    }

    /// The working-day calendar and term that apply to a domain of an organisation.
    static func term(organisationID: UUID, domainID: UUID, on db: any Database) async throws -> (WorkingDayCalendar, Int) {
        let organisation = try await OrganisationModel.find(organisationID, on: db)
        let calendar = WorkingDayCalendar(holidays: HolidayCalendar(
            includesGoodFriday: organisation?.includesGoodFriday ?? false, includesLiberationDay: organisation?.includesLiberationDay ?? false))
        let terms = try await ResponseTermModel.query(on: db).filter(\.$organisationID == organisationID).all()
        let days = terms.first { $0.domainID == domainID }?.workingDays ?? terms.first { $0.domainID == nil }?.workingDays
            ?? ResponseDeadline.defaultWorkingDays
        return (calendar, days)
    }

    /// The checks that need no database: required fields, lengths, choices and the privacy guard. Pages run it
    /// before offering similar signals, so a reporter fixes the form first.
    public static func precheck(_ input: Input) throws -> (title: String, description: String, solution: String?, affected: AffectedClients, urgency: SignalUrgency) {
        var validator = Validator()
        let title = validator.text("titel", input.title, label: "een korte titel", maximum: 200)
        let description = validator.text("omschrijving", input.description, label: "wat er gebeurt", maximum: 5000)
        let solution = input.solution?.trimmingCharacters(in: .whitespacesAndNewlines)
        if (solution ?? "").count > 2000 { validator.add("oplossing", "te-lang", "De oplossing mag hoogstens 2000 tekens hebben.") }
        if input.domainID == nil { validator.add("domein", "verplicht", "Kies het beleidsterrein.") }
        let affected = AffectedClients(rawValue: input.affected)
        if affected == nil { validator.add("aantalBetrokkenen", "ongeldig", "Kies hoeveel cliënten het raakt.") }
        let urgency = SignalUrgency(rawValue: input.urgency)
        if urgency == nil { validator.add("urgentie", "ongeldig", "Kies laag, normaal of hoog.") }
        guardText(title, field: "titel", into: &validator)
        guardText(description, field: "omschrijving", into: &validator)
        guardText(solution ?? "", field: "oplossing", into: &validator)
        try validator.check()
        return (title, description, (solution ?? "").isEmpty ? nil : solution, affected!, urgency!)
    }

    /// One number from an aggregate (COUNT, MAX); nil when MAX finds no rows.
    private struct NumberRow: Decodable {
        let n: Int?
    }

    private struct RuleRow: Decodable {
        let domain_id: UUID?
        let policy_id: UUID?
        let area_code: String?
        let urgency: String?
        let text_contains: String?
        let target_team_id: UUID?
        let target_user_id: UUID?

        var rule: RoutingRule? {
            let target: RoutingRule.Target
            if let team = target_team_id { target = .team(team) } else if let user = target_user_id { target = .user(user) } else { return nil }
            return RoutingRule(
                domainID: domain_id, policyID: policy_id, areaCode: area_code, urgency: urgency.flatMap(SignalUrgency.init(rawValue:)),
                textContains: text_contains, target: target)
        }
    }

    static func insert(_ signal: SignalModel, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: SignalModel.schema).columns(Self.columns).values(values(signal)).run()
    }

    /// The signals table's columns, in the order `values(_:)` gives them.
    static let columns = [
        "id", "organisation_id", "number", "title", "description", "domain_id", "policy_id", "area_code", "affected", "urgency",
        "solution", "anonymous", "reporter_id", "status", "assigned_team_id", "assigned_user_id", "theme_id", "working_days",
        "submitted_at", "due_at", "escalation_at", "answer", "answered_at", "answered_by", "verdict", "verdict_comment",
        "verdict_at", "recognition_count", "updated_at",
    ]

    static func values(_ signal: SignalModel) -> [any SQLExpression] {
        func bind<T: Encodable & Sendable>(_ value: T?) -> any SQLExpression { value.map { SQLBind($0) } ?? SQLLiteral.null }
        return [
            SQLBind(signal.id!), SQLBind(signal.organisationID), SQLBind(signal.number), SQLBind(signal.title), SQLBind(signal.signalDescription),
            SQLBind(signal.domainID), bind(signal.policyID), bind(signal.areaCode), SQLBind(signal.affected), SQLBind(signal.urgency),
            bind(signal.solution), SQLBind(signal.anonymous), SQLBind(signal.reporterID), SQLBind(signal.status), bind(signal.assignedTeamID),
            bind(signal.assignedUserID), bind(signal.themeID), SQLBind(signal.workingDays), SQLBind(signal.submittedAt), SQLBind(signal.dueAt),
            SQLBind(signal.escalationAt), bind(signal.answer), bind(signal.answeredAt), bind(signal.answeredBy), bind(signal.verdict),
            bind(signal.verdictComment), bind(signal.verdictAt), SQLBind(signal.recognitionCount), SQLBind(signal.updatedAt),
        ]
    }

    /// What a new signal needs to know about its organisation, in one query: whether its domain, policy and area
    /// exist there, the policy's handler, the liaison team, the holidays and the response terms.
    struct IntakeFacts: Decodable {
        let domain_ok: Int
        let policy_ok: Int
        let policy_handler: UUID?
        let area_ok: Int
        let liaison_team: UUID?
        let includes_good_friday: Bool
        let includes_liberation_day: Bool
        let domain_days: Int?
        let default_days: Int?
    }

    func intakeFacts(organisationID: UUID, domainID: UUID, policyID: UUID?, areaCode: String?) async throws -> IntakeFacts {
        let query: SQLQueryString = """
            SELECT
              (SELECT COUNT(*) FROM domains WHERE id = \(bind: domainID) AND organisation_id = o.id) AS domain_ok,
              (SELECT COUNT(*) FROM policies WHERE id = \(bind: policyID) AND organisation_id = o.id) AS policy_ok,
              (SELECT user_id FROM policy_roles WHERE policy_id = \(bind: policyID) AND role = \(bind: PolicyRole.handler.rawValue) LIMIT 1)
                AS policy_handler,
              (SELECT COUNT(*) FROM areas WHERE organisation_id = o.id AND code = \(bind: areaCode ?? "-")) AS area_ok,
              (SELECT id FROM teams WHERE organisation_id = o.id AND kind = \(bind: TeamKind.liaison.rawValue) ORDER BY name LIMIT 1)
                AS liaison_team,
              o.includes_good_friday, o.includes_liberation_day,
              (SELECT working_days FROM response_terms WHERE organisation_id = o.id AND domain_id = \(bind: domainID)) AS domain_days,
              (SELECT working_days FROM response_terms WHERE organisation_id = o.id AND domain_id IS NULL) AS default_days
            FROM organisations o WHERE o.id = \(bind: organisationID)
            """
        guard let facts = try await store.sql.raw(query).first(decoding: IntakeFacts.self) else { throw NotFound() }
        return facts
    }

    /// `alsoInTransaction` runs inside the write, after the signal is inserted: a change that makes a signal (an answer
    /// of a raadpleging that becomes one) links it in the same transaction and under the same audit entry.
    public func submit(
        _ input: Input, reporter: SignedInUser, origin: String, now: Date, auditNote: String = "",
        alsoInTransaction: (@Sendable (any Database, SignalModel) async throws -> Void)? = nil
    ) async throws -> SignalModel {
        let organisationID = reporter.organisationID
        let (title, description, solution, affected, urgency) = try Self.precheck(input)
        let areaCode = input.areaCode.flatMap { $0.isEmpty ? nil : AreaCode($0)?.description }
        defer { CountsCache.shared.clear() }
        // Everything that only reads runs before the write, on the read connections and side by side with other
        // requests: the single writer then does only what must be serial (the number, the inserts, the audit link).
        let db = store.database
        let facts = try await intakeFacts(organisationID: organisationID, domainID: input.domainID!, policyID: input.policyID, areaCode: areaCode)
        var problems: [InvalidParam] = []
        if facts.domain_ok == 0 {
            problems.append(InvalidParam(name: "domein", code: "onbekend", reason: "Kies een beleidsterrein uit de lijst."))
        }
        if input.policyID != nil && facts.policy_ok == 0 {
            problems.append(InvalidParam(name: "beleid", code: "onbekend", reason: "Kies beleid uit de lijst, of laat het leeg."))
        }
        if let raw = input.areaCode, !raw.isEmpty, facts.area_ok == 0 {
            problems.append(InvalidParam(name: "gebied", code: "onbekend", reason: "Kies een wijk of buurt uit de lijst, of laat het leeg."))
        }
        if !problems.isEmpty { throw ValidationFailure(problems) }
        let rules = try await store.sql.select().column("domain_id").column("policy_id").column("area_code").column("urgency")
            .column("text_contains").column("target_team_id").column("target_user_id").from(RoutingRuleModel.schema)
            .where("organisation_id", .equal, SQLBind(organisationID)).orderBy("position").all(decoding: RuleRow.self)
        let target = RoutingRule.route(
            .init(domainID: input.domainID!, policyID: input.policyID, areaCode: areaCode, urgency: urgency, text: title + "\n" + description),
            rules: rules.compactMap(\.rule), policyHandler: input.policyID == nil ? nil : facts.policy_handler, liaisonTeam: facts.liaison_team)
        let calendar = WorkingDayCalendar(holidays: HolidayCalendar(
            includesGoodFriday: facts.includes_good_friday, includesLiberationDay: facts.includes_liberation_day))
        let days = facts.domain_days ?? facts.default_days ?? ResponseDeadline.defaultWorkingDays
        let deadline = ResponseDeadline(submittedAt: now, workingDays: days, calendar: calendar)
        let recipients: [NotificationRepository.Recipient]
        switch target {
        case .user(let user): recipients = try await NotificationRepository.recipients([user].filter { $0 != reporter.userID }, on: db)
        case .team(let team): recipients = try await NotificationRepository.teamRecipients(team, on: db).filter { $0.id != reporter.userID }
        case nil: recipients = []
        }

        let signal = try await store.write { db in
            let sql = db as! any SQLDatabase
            try await lockOrganisation(organisationID, on: db)
            // A deleted signal's number stays taken by its tombstone (bewaartermijnen), so numbers are never reused.
            let last = max(
                try await sql.select().column(SQLFunction("MAX", args: SQLColumn("number")), as: "n")
                    .from(SignalModel.schema).where("organisation_id", .equal, SQLBind(organisationID)).first(decoding: NumberRow.self)?.n ?? 0,
                try await sql.select().column(SQLFunction("MAX", args: SQLColumn("number")), as: "n")
                    .from("signal_tombstones").where("organisation_id", .equal, SQLBind(organisationID)).first(decoding: NumberRow.self)?.n ?? 0)

            let signal = SignalModel()
            signal.organisationID = organisationID
            signal.number = last + 1
            signal.title = title
            signal.signalDescription = description
            signal.domainID = input.domainID!
            signal.policyID = input.policyID
            signal.areaCode = areaCode
            signal.affected = affected.rawValue
            signal.urgency = urgency.rawValue
            signal.solution = solution
            signal.anonymous = input.anonymous
            signal.reporterID = reporter.userID
            signal.status = SignalStatus.new.rawValue
            if case .team(let team) = target { signal.assignedTeamID = team }
            if case .user(let user) = target { signal.assignedUserID = user }
            signal.workingDays = days
            signal.submittedAt = now
            signal.dueAt = deadline.due
            signal.escalationAt = deadline.escalation
            signal.recognitionCount = 0
            signal.updatedAt = now
            // Plain inserts: this runs on the single writer, and Fluent's reflection over 29 fields was most of its time.
            signal.id = UUID()
            try await Self.insert(signal, on: sql)
            signal.$id.exists = true
            try await (db as! any SQLDatabase).insert(into: SignalEventModel.schema)
                .columns("id", "signal_id", "at", "actor_id", "kind", "from_status", "to_status", "text")
                .values(
                    SQLBind(UUID()), SQLBind(signal.id!), SQLBind(now), SQLBind(reporter.userID), SQLBind("ingediend"), SQLLiteral.null,
                    SQLBind(signal.status), SQLLiteral.null
                ).run()
            if let alsoInTransaction { try await alsoInTransaction(db, signal) }
            try await AuditLog.append(
                on: db, actor: reporter.auditActor(origin: origin), action: "signaal.ingediend", entityType: "signaal",
                entityID: signal.id!.uuidString.lowercased(),
                summary: "signaal \(signal.number): \(title)\(input.anonymous ? " (anoniem)" : ""); termijn \(days) werkdagen\(auditNote)", at: now)
            try await NotificationRepository.notify(
                recipients, organisationID: organisationID, text: "Nieuw signaal \(signal.number) voor u: \(title)",
                link: "/signalen/\(signal.id!.uuidString.lowercased())", subject: "Nieuw signaal: \(title)", now: now, on: db)
            return signal
        }
        await similarity.changed(signal)
        return signal
    }

    // MARK: working on a signal

    public func signal(id: UUID, organisationID: UUID) async throws -> SignalModel? {
        try await SignalModel.query(on: store.database).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
    }

    /// Handlers are the assigned user, members of the assigned team, holders of a role on its policy, and every
    /// liaison, policy officer and manager.
    public func canHandle(_ signal: SignalModel, user: SignedInUser) async throws -> Bool {
        if user.has(.liaison) || user.has(.policyOfficer) || user.has(.manager) { return true }
        if signal.assignedUserID == user.userID { return true }
        if let team = signal.assignedTeamID,
            try await TeamMemberModel.query(on: store.database).filter(\.$teamID == team).filter(\.$userID == user.userID).first() != nil
        {
            return true
        }
        if let policy = signal.policyID,
            try await PolicyRoleModel.query(on: store.database).filter(\.$policyID == policy).filter(\.$userID == user.userID).first() != nil
        {
            return true
        }
        return false
    }

    public struct NotAllowed: Error, Sendable { public init() {} }

    /// Who may do what is settled before the input is judged: someone who may not act learns nothing from a 400.
    public func requireHandler(id: UUID, user: SignedInUser) async throws {
        guard let signal = try await signal(id: id, organisationID: user.organisationID) else { throw NotFound() }
        guard try await canHandle(signal, user: user) else { throw NotAllowed() }
    }

    public func requireReporter(id: UUID, user: SignedInUser) async throws {
        guard let signal = try await signal(id: id, organisationID: user.organisationID) else { throw NotFound() }
        guard signal.reporterID == user.userID else { throw NotAllowed() }
    }

    /// Moves a signal to another status. Moving to doorgezet with `bottleneck` records the knelpunt in the same
    /// transaction; its summary then serves as the text when none is given, so nothing is typed twice.
    public func changeStatus(
        id: UUID, to next: SignalStatus, text: String?, bottleneck: BottleneckRepository.Input? = nil, by user: SignedInUser, origin: String,
        now: Date
    ) async throws -> SignalModel {
        guard let current = try await signal(id: id, organisationID: user.organisationID) else { throw NotFound() }
        guard try await canHandle(current, user: user) else { throw NotAllowed() }
        var validator = Validator()
        var text = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let from = SignalStatus(rawValue: current.status) ?? .new
        if !from.canMove(to: next) {
            validator.add("status", "niet-toegestaan", "Van \(from.label.lowercased()) kan een signaal niet naar \(next.label.lowercased()).")
        }
        var knelpunt: BottleneckRepository.Checked?
        if next == .forwarded, let bottleneck {
            let (checked, problems) = BottleneckRepository.check(bottleneck, description: current.signalDescription)
            for problem in problems { validator.add(problem.name, problem.code, problem.reason) }
            knelpunt = checked
            if text.isEmpty, let checked { text = "Doorgezet aan \(BottleneckRepository.summary(checked))." }
        }
        if next.requiresText && text.count < 10 {
            validator.add("tekst", "verplicht", "\(next.textLabel ?? "Een toelichting") is nodig (minstens 10 tekens).")
        }
        if text.count > 5000 { validator.add("tekst", "te-lang", "De tekst mag hoogstens 5000 tekens hebben.") }
        Self.guardText(text, field: "tekst", into: &validator)
        try validator.check()
        defer { CountsCache.shared.clear() }
        let (finalText, finalKnelpunt) = (text, knelpunt)
        let updated = try await store.write { db in
            guard let signal = try await SignalModel.query(on: db).filter(\.$id == id).first(), signal.status == from.rawValue else {
                throw ValidationFailure([InvalidParam(name: "status", code: "gewijzigd", reason: "Iemand anders heeft het signaal net gewijzigd. Laad de pagina opnieuw.")])
            }
            try await Self.apply(next, text: finalText, to: signal, actorID: user.userID, now: now, on: db)
            // The knelpunt is part of this change: one entry names both.
            let knelpuntText = finalKnelpunt.map { "; knelpunt: \(BottleneckRepository.summary($0))" } ?? ""
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "signaal.status", entityType: "signaal",
                entityID: id.uuidString.lowercased(), summary: "signaal \(signal.number): \(from.label) → \(next.label)\(knelpuntText)", at: now)
            if let knelpunt = finalKnelpunt {
                try await BottleneckRepository.save(
                    knelpunt, signalID: id, themeID: nil, organisationID: signal.organisationID, forwardedAt: now,
                    actor: user.auditActor(origin: origin), now: now, label: "signaal \(signal.number)", forwarding: true, audited: false, on: db)
            }
            return signal
        }
        await similarity.changed(updated)
        return updated
    }

    /// Writes a status change, its event and, for an answer, the notice to the reporter.
    static func apply(_ next: SignalStatus, text: String, to signal: SignalModel, actorID: UUID?, now: Date, on db: any Database) async throws {
        let from = signal.status
        signal.status = next.rawValue
        signal.updatedAt = now
        if next == .answered {
            signal.answer = text
            signal.answeredAt = now
            signal.answeredBy = actorID
            signal.verdict = nil
            signal.verdictComment = nil
            signal.verdictAt = nil
        }
        if next == .reopened {
            // A reopened signal runs against a fresh term from the moment it reopens.
            let (calendar, days) = try await term(organisationID: signal.organisationID, domainID: signal.domainID, on: db)
            let deadline = ResponseDeadline(submittedAt: now, workingDays: days, calendar: calendar)
            signal.dueAt = deadline.due
            signal.escalationAt = deadline.escalation
        }
        try await signal.update(on: db)
        try await SignalEventModel(
            signalID: signal.id!, at: now, actorID: actorID, kind: next == .answered ? "antwoord" : "status", fromStatus: from, toStatus: next.rawValue,
            text: text.isEmpty ? nil : text
        ).create(on: db)
        let link = "/signalen/\(signal.id!.uuidString.lowercased())"
        switch next {
        case .answered:
            try await NotificationRepository.notify(
                [signal.reporterID], organisationID: signal.organisationID, text: "Uw signaal \(signal.number) is beantwoord: \(signal.title)",
                link: link, subject: "Antwoord op uw signaal: \(signal.title)", now: now, on: db)
        case .notTakenUp, .forwarded, .scheduled:
            try await NotificationRepository.notify(
                [signal.reporterID], organisationID: signal.organisationID,
                text: "Uw signaal \(signal.number) is \(next.label.lowercased()): \(signal.title)", link: link,
                subject: "Uw signaal is \(next.label.lowercased())", now: now, on: db)
        case .reopened:
            let handlers = try await NotificationRepository.handlers(of: signal, on: db)
            try await NotificationRepository.notify(
                handlers, organisationID: signal.organisationID, text: "Signaal \(signal.number) is heropend: \(signal.title)", link: link,
                subject: "Signaal heropend: \(signal.title)", now: now, on: db)
        default:
            break
        }
    }

    /// The reporter's verdict on the answer. "Niet tevreden" within 14 days reopens the signal; "tevreden" closes it.
    public func giveVerdict(
        id: UUID, verdict: ReporterVerdict, comment: String?, by user: SignedInUser, origin: String, now: Date
    ) async throws -> SignalModel {
        guard let current = try await signal(id: id, organisationID: user.organisationID) else { throw NotFound() }
        guard current.reporterID == user.userID else { throw NotAllowed() }
        var validator = Validator()
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if current.status != SignalStatus.answered.rawValue {
            validator.add("oordeel", "niet-beantwoord", "U kunt alleen een oordeel geven over een beantwoord signaal.")
        }
        if verdict == .dissatisfied && comment.count < 5 {
            validator.add("toelichting", "verplicht", "Vertel kort waarom u niet tevreden bent.")
        }
        if comment.count > 2000 { validator.add("toelichting", "te-lang", "De toelichting mag hoogstens 2000 tekens hebben.") }
        Self.guardText(comment, field: "toelichting", into: &validator)
        try validator.check()
        let withinWindow = current.answeredAt.map { now.timeIntervalSince($0) <= Double(ReporterVerdict.reopenWindowDays) * 86400 } ?? false
        defer { CountsCache.shared.clear() }
        let updated = try await store.write { db in
            guard let signal = try await SignalModel.find(id, on: db) else { throw NotFound() }
            signal.verdict = verdict.rawValue
            signal.verdictComment = comment.isEmpty ? nil : comment
            signal.verdictAt = now
            try await signal.update(on: db)
            try await SignalEventModel(signalID: id, at: now, actorID: user.userID, kind: "oordeel", text: "\(verdict.rawValue)\(comment.isEmpty ? "" : ": " + comment)").create(on: db)
            if verdict == .dissatisfied && withinWindow {
                try await Self.apply(.reopened, text: "", to: signal, actorID: user.userID, now: now, on: db)
            } else if verdict == .satisfied {
                try await Self.apply(.closed, text: "", to: signal, actorID: user.userID, now: now, on: db)
            }
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "signaal.oordeel", entityType: "signaal", entityID: id.uuidString.lowercased(),
                summary: "signaal \(signal.number): \(verdict.rawValue)\(verdict == .dissatisfied && withinWindow ? ", heropend" : "")", at: now)
            return signal
        }
        await similarity.changed(updated)
        return updated
    }

    /// "Herken ik": one per colleague; the reporter cannot recognise their own signal.
    public func recognise(id: UUID, comment: String?, by user: SignedInUser, origin: String, now: Date) async throws {
        guard let current = try await signal(id: id, organisationID: user.organisationID) else { throw NotFound() }
        var validator = Validator()
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if current.reporterID == user.userID { validator.add("herkenning", "eigen-signaal", "U kunt uw eigen signaal niet herkennen.") }
        if comment.count > 1000 { validator.add("toelichting", "te-lang", "De toelichting mag hoogstens 1000 tekens hebben.") }
        Self.guardText(comment, field: "toelichting", into: &validator)
        try validator.check()
        try await store.write { db in
            if try await SignalRecognitionModel.query(on: db).filter(\.$signalID == id).filter(\.$userID == user.userID).first() != nil {
                throw ValidationFailure([InvalidParam(name: "herkenning", code: "al-herkend", reason: "U heeft dit signaal al herkend.")])
            }
            let recognition = SignalRecognitionModel()
            recognition.signalID = id
            recognition.userID = user.userID
            recognition.comment = comment.isEmpty ? nil : comment
            recognition.at = now
            try await recognition.create(on: db)
            let count = try await SignalRecognitionModel.query(on: db).filter(\.$signalID == id).count(\.$userID)
            try await SignalModel.query(on: db).filter(\.$id == id).set(\.$recognitionCount, to: count).update()
            try await SignalEventModel(signalID: id, at: now, actorID: user.userID, kind: "herkend", text: comment.isEmpty ? nil : comment).create(on: db)
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "signaal.herkend", entityType: "signaal", entityID: id.uuidString.lowercased(),
                summary: "signaal \(current.number): herkend (\(count) keer)", at: now)
        }
    }

    /// Hands a signal to another team or person.
    public func assign(id: UUID, teamID: UUID?, userID: UUID?, by user: SignedInUser, origin: String, now: Date) async throws {
        guard let current = try await signal(id: id, organisationID: user.organisationID) else { throw NotFound() }
        guard try await canHandle(current, user: user) else { throw NotAllowed() }
        try await store.write { db in
            if let teamID, try await TeamModel.query(on: db).filter(\.$id == teamID).filter(\.$organisationID == user.organisationID).first() == nil {
                throw ValidationFailure([InvalidParam(name: "team", code: "onbekend", reason: "Kies een team uit de lijst.")])
            }
            if let userID, try await UserModel.query(on: db).filter(\.$id == userID).filter(\.$organisationID == user.organisationID).first() == nil {
                throw ValidationFailure([InvalidParam(name: "behandelaar", code: "onbekend", reason: "Kies een behandelaar uit de lijst.")])
            }
            guard let signal = try await SignalModel.find(id, on: db) else { throw NotFound() }
            signal.assignedTeamID = teamID
            signal.assignedUserID = userID
            signal.updatedAt = now
            try await signal.update(on: db)
            try await SignalEventModel(signalID: id, at: now, actorID: user.userID, kind: "toegewezen").create(on: db)
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "signaal.toegewezen", entityType: "signaal", entityID: id.uuidString.lowercased(),
                summary: "signaal \(signal.number): team \(teamID?.uuidString.prefix(8).lowercased() ?? "-"), behandelaar \(userID?.uuidString.prefix(8).lowercased() ?? "-")",
                at: now)
            let handlers = try await NotificationRepository.handlers(of: signal, on: db).subtracting([user.userID])
            try await NotificationRepository.notify(
                handlers, organisationID: signal.organisationID, text: "Signaal \(signal.number) is aan u toegewezen: \(signal.title)",
                link: "/signalen/\(id.uuidString.lowercased())", subject: "Signaal voor u: \(signal.title)", now: now, on: db)
        }
    }

    /// A read of a signal is a read of a sensitive record: it is logged.
    public func recordView(id: UUID, number: Int, by user: SignedInUser, origin: String, now: Date) async throws {
        try await store.write { db in
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "signaal.bekeken", entityType: "signaal", entityID: id.uuidString.lowercased(),
                summary: "signaal \(number)", at: now)
        }
    }

    // MARK: lists

    public struct Filter: Sendable {
        public var statuses: [SignalStatus] = []
        public var domainID: UUID?
        public var policyID: UUID?
        public var areaCode: String?
        public var themeID: UUID?
        public var overdueOnly = false
        public var text: String?
        public var reporterID: UUID?
        /// Assigned to this user or to one of these teams.
        public var assignedTo: (user: UUID, teams: [UUID])?
        public var sort: Sort = .newest

        public enum Sort: String, Sendable { case newest = "nieuwste", deadline = "termijn", recognitions = "herkend" }

        public init() {}
    }

    public func list(organisationID: UUID, filter: Filter, now: Date, page: Int = 1, pageSize: Int = 25) async throws -> (signals: [SignalModel], total: Int) {
        // Plain SQL: every list page runs this, and decoding 25 Fluent models (reflection over 29 fields each) was a
        // seventh of the page's time. COUNT(*) lets the database count from an index where the filters allow.
        let sql = store.sql
        func filtered(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = query.where("organisation_id", .equal, SQLBind(organisationID))
            func list<T: Encodable & Sendable>(_ values: [T]) -> any SQLExpression {
                SQLGroupExpression(SQLList(values.map { SQLBind($0) as any SQLExpression }))
            }
            if !filter.statuses.isEmpty { query = query.where("status", .in, list(filter.statuses.map(\.rawValue))) }
            if let domain = filter.domainID { query = query.where("domain_id", .equal, SQLBind(domain)) }
            if let policy = filter.policyID { query = query.where("policy_id", .equal, SQLBind(policy)) }
            if let theme = filter.themeID { query = query.where("theme_id", .equal, SQLBind(theme)) }
            if let reporter = filter.reporterID { query = query.where("reporter_id", .equal, SQLBind(reporter)) }
            if let area = filter.areaCode, let code = AreaCode(area) {
                // Lies in: the area itself or any code that starts with its digits.
                query = query.where(group: { group in
                    group.where("area_code", .equal, SQLBind(code.description))
                        .orWhere("area_code", .like, SQLBind("WK" + code.digits + "%"))
                        .orWhere("area_code", .like, SQLBind("BU" + code.digits + "%"))
                })
            }
            if filter.overdueOnly {
                query = query.where("due_at", .lessThan, SQLBind(now))
                    .where("status", .in, list(SignalStatus.allCases.filter(\.isOpen).map(\.rawValue)))
            }
            if let (user, teams) = filter.assignedTo {
                query = query.where(group: { group in
                    let group = group.where("assigned_user_id", .equal, SQLBind(user))
                    return teams.isEmpty ? group : group.orWhere("assigned_team_id", .in, list(teams))
                })
            }
            if let text = filter.text, let search = SearchQuery(text) {
                // The full-text index of /zoeken (M0029): every word, as a word or the start of one, in the title or the
                // description. A LIKE '%…%' read every signal of the organisation (1,7 s at 200 000 signals).
                if store.kind == .sqlite {
                    query = query.where(SQLQueryString("rowid IN (SELECT rowid FROM signals_fts WHERE signals_fts MATCH \(bind: search.fts5))"))
                } else {
                    query = query.where(
                        SQLQueryString(
                            "to_tsvector('dutch', \(unsafeRaw: M0029_AddSearchIndexes.signalText)) @@ to_tsquery('dutch', \(bind: SearchRepository.tsquery(search)))"))
                }
            } else if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
                // Only stop words or punctuation: nothing for the index to find, so look for the text itself.
                let pattern = "%" + text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
                let like: any SQLExpression = store.kind == .postgres ? SQLRaw("ILIKE") : SQLBinaryOperator.like
                query = query.where(group: { group in
                    group.where(SQLColumn("title"), like, SQLBind(pattern)).orWhere(SQLColumn("description"), like, SQLBind(pattern))
                })
            }
            return query
        }
        let total = try await filtered(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(SignalModel.schema))
            .first(decoding: NumberRow.self)?.n ?? 0
        var query = filtered(sql.select().columns(Self.columns.map { SQLColumn($0) as any SQLExpression }).from(SignalModel.schema))
        switch filter.sort {
        case .newest: query = query.orderBy("submitted_at", .descending)
        case .deadline: query = query.orderBy("due_at", .ascending)
        case .recognitions: query = query.orderBy("recognition_count", .descending).orderBy("submitted_at", .descending)
        }
        let rows = try await query.limit(pageSize).offset((page - 1) * pageSize).all(decoding: SignalRow.self)
        return (rows.map(\.model), total)
    }

    /// A signal as a plain row, turned into a model by assignment rather than Fluent's reflection.
    struct SignalRow: Decodable {
        let id: UUID
        let organisation_id: UUID
        let number: Int
        let title: String
        let description: String
        let domain_id: UUID
        let policy_id: UUID?
        let area_code: String?
        let affected: String
        let urgency: String
        let solution: String?
        let anonymous: Bool
        let reporter_id: UUID
        let status: String
        let assigned_team_id: UUID?
        let assigned_user_id: UUID?
        let theme_id: UUID?
        let working_days: Int
        let submitted_at: Date
        let due_at: Date
        let escalation_at: Date
        let answer: String?
        let answered_at: Date?
        let answered_by: UUID?
        let verdict: String?
        let verdict_comment: String?
        let verdict_at: Date?
        let recognition_count: Int
        let updated_at: Date

        var model: SignalModel {
            let m = SignalModel()
            m.id = id
            m.organisationID = organisation_id
            m.number = number
            m.title = title
            m.signalDescription = description
            m.domainID = domain_id
            m.policyID = policy_id
            m.areaCode = area_code
            m.affected = affected
            m.urgency = urgency
            m.solution = solution
            m.anonymous = anonymous
            m.reporterID = reporter_id
            m.status = status
            m.assignedTeamID = assigned_team_id
            m.assignedUserID = assigned_user_id
            m.themeID = theme_id
            m.workingDays = working_days
            m.submittedAt = submitted_at
            m.dueAt = due_at
            m.escalationAt = escalation_at
            m.answer = answer
            m.answeredAt = answered_at
            m.answeredBy = answered_by
            m.verdict = verdict
            m.verdictComment = verdict_comment
            m.verdictAt = verdict_at
            m.recognitionCount = recognition_count
            m.updatedAt = updated_at
            m.$id.exists = true
            return m
        }
    }

    public struct Detail: Sendable {
        public let signal: SignalModel
        public let events: [SignalEventModel]
        public let recognitions: [SignalRecognitionModel]
        public let people: [UUID: UserModel]
    }

    public func detail(id: UUID, organisationID: UUID) async throws -> Detail? {
        guard let signal = try await signal(id: id, organisationID: organisationID) else { return nil }
        let events = try await SignalEventModel.query(on: store.database).filter(\.$signalID == id).sort(\.$at).all()
        let recognitions = try await SignalRecognitionModel.query(on: store.database).filter(\.$signalID == id).sort(\.$at).all()
        let ids = Set(events.compactMap(\.actorID) + recognitions.map(\.userID) + [signal.reporterID] + [signal.assignedUserID].compactMap { $0 })
        let people = try await UserModel.query(on: store.database).filter(\.$id ~~ Array(ids)).all()
        return Detail(signal: signal, events: events, recognitions: recognitions, people: Dictionary(uniqueKeysWithValues: people.map { ($0.id!, $0) }))
    }

    /// The names of some domains, teams and people of an organisation, for naming them beside a few signals.
    public func names(domainIDs: Set<UUID>, teamIDs: Set<UUID>, userIDs: Set<UUID>, organisationID: UUID) async throws
        -> (domains: [UUID: DomainModel], teams: [UUID: String], users: [UUID: String])
    {
        let domains = domainIDs.isEmpty ? [] : try await DomainModel.query(on: store.database).filter(\.$id ~~ Array(domainIDs))
            .filter(\.$organisationID == organisationID).all()
        let accounts = AccountRepository(store: store)
        let users = try await accounts.names(ids: Array(userIDs), organisationID: organisationID)
        let teams = teamIDs.isEmpty ? [] : try await OrganisationRepository(store: store).teamNames(organisationID: organisationID)
            .filter { teamIDs.contains($0.id) }
        return (
            Dictionary(uniqueKeysWithValues: domains.map { ($0.id!, $0) }), Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0.name) }),
            Dictionary(uniqueKeysWithValues: users.map { ($0.id, $0.name) })
        )
    }

    /// Open signals like `text`, best first, loaded in one query.
    public func similar(to text: String, organisationID: UUID, limit: Int = 5, excluding: Set<UUID> = []) async throws -> [(signal: SignalModel, score: Double)] {
        let matches = try await similarity.similar(to: text, organisationID: organisationID, limit: limit, excluding: excluding)
        guard !matches.isEmpty else { return [] }
        // By primary key only, the organisation checked here: with both in SQL, SQLite without statistics walked the
        // organisation's 200 000 signals instead of looking up five (264 ms).
        let signals = try await SignalModel.query(on: store.database).filter(\.$id ~~ matches.map(\.id)).all()
            .filter { $0.organisationID == organisationID }
        let byID = Dictionary(uniqueKeysWithValues: signals.map { ($0.id!, $0) })
        return matches.compactMap { match in byID[match.id].map { ($0, match.score) } }
    }

    public func hasRecognised(id: UUID, userID: UUID) async throws -> Bool {
        try await SignalRecognitionModel.query(on: store.database).filter(\.$signalID == id).filter(\.$userID == userID).first() != nil
    }

    /// Open, late and escalated counts for an organisation, by SQL aggregate rather than loading signals.
    public func counts(organisationID: UUID, now: Date) async throws -> (open: Int, late: Int, escalated: Int) {
        if let cached = CountsCache.shared.get(organisationID, now: now) { return cached }
        let counts = try await freshCounts(organisationID: organisationID, now: now)
        CountsCache.shared.set(organisationID, counts, now: now)
        return counts
    }

    private func freshCounts(organisationID: UUID, now: Date) async throws -> (open: Int, late: Int, escalated: Int) {
        let open = SignalStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let base = { SignalModel.query(on: store.database).filter(\.$organisationID == organisationID).filter(\.$status ~~ open) }
        return (
            try await base().count(\.$status), try await base().filter(\.$dueAt < now).count(\.$status),
            try await base().filter(\.$escalationAt < now).count(\.$status)
        )
    }
}

/// The open, late and escalated counts every signal list shows, kept for a few seconds per organisation: at 200 000
/// signals they read about 120 000 index entries, a third of a list page's time. A change made through this process
/// clears them at once; one made by another server process shows within `lifetime`.
final class CountsCache: Sendable {
    static let shared = CountsCache()
    static let lifetime: TimeInterval = 5
    /// `at` is the moment the counts were for (the application's clock, which tests move by days); `until` is when
    /// the entry expires on the wall clock.
    private let entries = Mutex<[UUID: (counts: (open: Int, late: Int, escalated: Int), at: Date, until: Date)]>([:])

    func get(_ organisationID: UUID, now: Date) -> (open: Int, late: Int, escalated: Int)? {
        entries.withLock { entries in
            guard let entry = entries[organisationID], entry.until > Date(), abs(now.timeIntervalSince(entry.at)) < Self.lifetime
            else { return nil }
            return entry.counts
        }
    }

    func set(_ organisationID: UUID, _ counts: (open: Int, late: Int, escalated: Int), now: Date) {
        entries.withLock { $0[organisationID] = (counts, now, Date().addingTimeInterval(Self.lifetime)) }
    }

    func clear() {
        entries.withLock { $0.removeAll() }
    }
}

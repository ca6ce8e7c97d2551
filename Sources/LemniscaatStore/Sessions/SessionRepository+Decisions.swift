// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Decisions: what a session decided, about which agenda items, what that did to the signals and themes on them, and
/// the change to a policy it records (a policy change prompted by practice).
extension SessionRepository {
    public static let maximumDecision = 5000
    public static let maximumPolicyChange = 2000

    public struct DecisionInput: Sendable {
        public var text: String
        /// The agenda items of this session the decision concerns.
        public var itemIDs: [UUID]
        /// A `DecisionEffect` raw value; empty means none.
        public var effect: String
        public var policyID: UUID?
        public var policyChange: String

        public init(text: String, itemIDs: [UUID] = [], effect: String = "", policyID: UUID? = nil, policyChange: String = "") {
            self.text = text
            self.itemIDs = itemIDs
            self.effect = effect
            self.policyID = policyID
            self.policyChange = policyChange
        }
    }

    public struct Decision: Sendable {
        public struct Concerned: Sendable {
            public let itemID: UUID?
            public let title: String
            public let sourceKind: AgendaSource?
            public let sourceID: UUID?
        }
        public let id: UUID
        public let sessionID: UUID
        public let sessionTitle: String
        public let sessionStartsAt: Date
        public let text: String
        public let effect: DecisionEffect
        public let items: [Concerned]
        public let policyID: UUID?
        public let policyTitle: String?
        public let policyChange: String?
        public let createdBy: UUID?
        public let createdAt: Date
    }

    /// What recording a decision did: the signals whose status it changed (the caller keeps the similarity index in
    /// step with them).
    public struct DecisionOutcome: Sendable {
        public let id: UUID
        public let changedSignals: [SignalModel]
    }

    /// Records a decision in a session that has begun. With an effect, every open signal on the concerned items, and
    /// every signal of a concerned theme, that can move to the effect's status moves there, with the decision as the
    /// text its reporter receives; a concerned theme that is answered keeps the decision as its answer. A signal
    /// that cannot make the move is named in the refusal, so nothing is half done.
    public func decide(sessionID: UUID, _ input: DecisionInput, organisationID: UUID, actor: AuditActor, now: Date) async throws
        -> DecisionOutcome
    {
        try await store.write { db in
            let meeting = try await Self.meeting(sessionID, organisationID: organisationID, on: db)
            var validator = Validator()
            if meeting.startsAt > now {
                validator.add("besluit", "te-vroeg", "Het overleg is nog niet begonnen. U legt besluiten vast als het begonnen is.")
            }
            let text = input.text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty {
                validator.add("besluit", "verplicht", "Schrijf op wat er is besloten.")
            } else if text.count < 10 {
                validator.add("besluit", "te-kort", "Schrijf het besluit in minstens 10 tekens, zodat het ook later duidelijk is.")
            } else if text.count > Self.maximumDecision {
                validator.add("besluit", "te-lang", "Het besluit mag hoogstens \(Self.maximumDecision) tekens hebben.")
            }
            ReviewRepository.privacy(text, field: "besluit", what: "het besluit", into: &validator)
            let effectCode = input.effect.trimmingCharacters(in: .whitespaces)
            let effect = effectCode.isEmpty ? DecisionEffect.none : DecisionEffect(rawValue: effectCode)
            if effect == nil { validator.add("gevolg", "ongeldig", "Kies wat het besluit doet met de signalen.") }
            let items = try await AgendaItemModel.query(on: db).filter(\.$meetingID == sessionID).sort(\.$position).all()
            let chosen = Set(input.itemIDs)
            if !chosen.isSubset(of: Set(items.compactMap(\.id))) {
                validator.add("punten", "onbekend", "Kies alleen punten van de agenda van dit overleg.")
            }
            let concerned = items.filter { chosen.contains($0.id!) }
            let policyChange = input.policyChange.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            var policy: PolicyModel?
            if let policyID = input.policyID {
                policy = try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first()
                if policy == nil { validator.add("beleid", "onbekend", "Dit beleid bestaat niet (meer). Kies opnieuw.") }
                if policyChange.isEmpty {
                    validator.add("wijziging", "verplicht", "Schrijf op wat er aan het beleid verandert.")
                }
            } else if !policyChange.isEmpty {
                validator.add("beleid", "verplicht", "Kies het beleid dat verandert, of laat de wijziging leeg.")
            }
            if policyChange.count > Self.maximumPolicyChange {
                validator.add("wijziging", "te-lang", "De wijziging mag hoogstens \(Self.maximumPolicyChange) tekens hebben.")
            }
            ReviewRepository.privacy(policyChange, field: "wijziging", what: "de wijziging", into: &validator)
            // The signals the effect reaches: those on concerned items, and those in concerned themes.
            var signals: [SignalModel] = []
            var themes: [ThemeModel] = []
            if let status = effect?.signalStatus {
                let signalIDs = concerned.filter { $0.sourceKind == AgendaSource.signal.rawValue }.compactMap(\.sourceID)
                let themeIDs = concerned.filter { $0.sourceKind == AgendaSource.theme.rawValue }.compactMap(\.sourceID)
                if signalIDs.isEmpty && themeIDs.isEmpty {
                    validator.add(
                        "gevolg", "geen-signalen", "Dit besluit gaat niet over een signaal of thema. Kies een agendapunt over een signaal of thema, of kies ‘Alleen vastleggen’.")
                }
                let direct =
                    signalIDs.isEmpty
                    ? [] : try await SignalModel.query(on: db).filter(\.$id ~~ signalIDs).filter(\.$organisationID == organisationID).all()
                themes =
                    themeIDs.isEmpty
                    ? [] : try await ThemeModel.query(on: db).filter(\.$id ~~ themeIDs).filter(\.$organisationID == organisationID).all()
                let inThemes =
                    themes.isEmpty
                    ? [] : try await SignalModel.query(on: db).filter(\.$themeID ~~ themes.compactMap(\.id)).sort(\.$number).all()
                for signal in direct {
                    let from = SignalStatus(rawValue: signal.status) ?? .new
                    if from == status { continue }
                    if from.canMove(to: status) {
                        signals.append(signal)
                    } else {
                        validator.add(
                            "gevolg", "niet-toegestaan",
                            "Signaal \(signal.number) is \(from.label.lowercased()) en kan niet naar \(status.label.lowercased()). Kies een ander gevolg of laat dit punt weg.")
                    }
                }
                // In a theme, the signals that can move do; those already further along (closed, answered) stay.
                let seen = Set(signals.compactMap(\.id))
                signals += inThemes.filter { signal in
                    !seen.contains(signal.id!) && (SignalStatus(rawValue: signal.status) ?? .new).canMove(to: status)
                }
            }
            try validator.check()
            let decision = DecisionModel()
            decision.organisationID = organisationID
            decision.meetingID = sessionID
            decision.text = text
            decision.effect = (effect ?? .none).rawValue
            decision.policyID = policy?.id
            decision.policyChange = policy == nil ? nil : policyChange
            decision.createdBy = actor.userID
            decision.createdAt = now
            try await decision.create(on: db)
            let id = decision.id!
            if !concerned.isEmpty {
                try await (db as! any SQLDatabase).insert(into: DecisionItemModel.schema)
                    .columns("id", "decision_id", "agenda_item_id", "source_kind", "source_id")
                    .rows(
                        concerned.map { item in
                            [
                                SQLBind(UUID()), SQLBind(id), SQLBind(item.id!),
                                item.sourceKind.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                                item.sourceID.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                            ]
                        }
                    ).run()
            }
            if let status = effect?.signalStatus {
                for signal in signals {
                    try await SignalRepository.apply(status, text: text, to: signal, actorID: actor.userID, now: now, on: db)
                }
                if status == .answered {
                    for theme in themes {
                        theme.answer = text
                        try await theme.update(on: db)
                    }
                }
            }
            var summary = "\(meeting.title): besluit over \(concerned.count) punt(en)"
            if let status = effect?.signalStatus { summary += ", \(signals.count) signalen \(status.label.lowercased())" }
            if let policy { summary += ", wijziging in beleid ‘\(policy.title)’" }
            try await AuditLog.append(
                on: db, actor: actor, action: "overleg.besluit", entityType: "overleg", entityID: Self.entity(sessionID), summary: summary, at: now)
            return DecisionOutcome(id: id, changedSignals: signals)
        }
    }

    /// Decisions, newest first: of one session, about one policy, or all of the organisation's.
    public func decisions(organisationID: UUID, sessionID: UUID? = nil, policyID: UUID? = nil, limit: Int = 200) async throws -> [Decision] {
        let db = store.database
        var query = DecisionModel.query(on: db).filter(\.$organisationID == organisationID)
        if let sessionID { query = query.filter(\.$meetingID == sessionID) }
        if let policyID { query = query.filter(\.$policyID == policyID) }
        let decisions = try await query.sort(\.$createdAt, .descending).limit(limit).all()
        return try await Self.describe(decisions, on: db)
    }

    /// One decision; nil when it is not the organisation's.
    public func decision(id: UUID, organisationID: UUID) async throws -> Decision? {
        let db = store.database
        guard let decision = try await DecisionModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
            return nil
        }
        return try await Self.describe([decision], on: db).first
    }

    static func describe(_ decisions: [DecisionModel], on db: any Database) async throws -> [Decision] {
        guard !decisions.isEmpty else { return [] }
        let ids = decisions.compactMap(\.id)
        let links = try await DecisionItemModel.query(on: db).filter(\.$decisionID ~~ ids).all()
        let itemIDs = links.compactMap(\.agendaItemID)
        let items = Dictionary(
            uniqueKeysWithValues: (itemIDs.isEmpty ? [] : try await AgendaItemModel.query(on: db).filter(\.$id ~~ itemIDs).all()).map {
                ($0.id!, $0)
            })
        let meetingIDs = Array(Set(decisions.map(\.meetingID)))
        let meetings = Dictionary(
            uniqueKeysWithValues: try await MeetingModel.query(on: db).filter(\.$id ~~ meetingIDs).all().map { ($0.id!, $0) })
        let policyIDs = Array(Set(decisions.compactMap(\.policyID)))
        let policies = Dictionary(
            uniqueKeysWithValues: (policyIDs.isEmpty ? [] : try await PolicyModel.query(on: db).filter(\.$id ~~ policyIDs).all()).map {
                ($0.id!, $0.title)
            })
        let byDecision = Dictionary(grouping: links, by: \.decisionID)
        return decisions.map { decision in
            let concerned = (byDecision[decision.id!] ?? []).map { link in
                let item = link.agendaItemID.flatMap { items[$0] }
                return Decision.Concerned(
                    itemID: link.agendaItemID, title: item?.title ?? "–", sourceKind: link.sourceKind.flatMap(AgendaSource.init(rawValue:)),
                    sourceID: link.sourceID)
            }.sorted { (items[$0.itemID ?? UUID()]?.position ?? Int.max) < (items[$1.itemID ?? UUID()]?.position ?? Int.max) }
            let meeting = meetings[decision.meetingID]
            return Decision(
                id: decision.id!, sessionID: decision.meetingID, sessionTitle: meeting?.title ?? "–", sessionStartsAt: meeting?.startsAt ?? decision.createdAt,
                text: decision.text, effect: DecisionEffect(rawValue: decision.effect) ?? .none, items: concerned, policyID: decision.policyID,
                policyTitle: decision.policyID.flatMap { policies[$0] }, policyChange: decision.policyChange, createdBy: decision.createdBy,
                createdAt: decision.createdAt)
        }
    }
}

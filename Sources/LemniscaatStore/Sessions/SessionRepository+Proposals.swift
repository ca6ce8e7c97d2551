// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The agenda proposed from the loop: for a session's policies and domains, what has waited too long or weighs most,
/// each with why. Accepting a proposal puts it on the agenda with the record it came from.
extension SessionRepository {
    public static let maximumOverdueSignals = 5
    public static let maximumThemes = 3
    public static let maximumOffTrack = 3
    public static let maximumOverdueActions = 5

    public struct Proposal: Sendable, Equatable {
        public let source: AgendaSource
        public let sourceID: UUID
        public let title: String
        /// One sentence: why this belongs on the agenda. It becomes the item's note when accepted.
        public let reason: String
    }

    /// What the loop proposes for the session's agenda, leaving out what is on it already: signals past their deadline
    /// (oldest deadline first), themes with the most recognitions, indicators off track, and open review rounds with
    /// unanswered remarks or a passed deadline. Empty when the session is not the organisation's.
    public func proposals(sessionID: UUID, organisationID: UUID, now: Date) async throws -> [Proposal] {
        let db = store.database
        guard (try await MeetingModel.query(on: db).filter(\.$id == sessionID).filter(\.$organisationID == organisationID).first()) != nil
        else { return [] }
        let policyIDs = try await MeetingPolicyModel.query(on: db).filter(\.$meetingID == sessionID).all().map(\.policyID)
        let domainIDs = try await MeetingDomainModel.query(on: db).filter(\.$meetingID == sessionID).all().map(\.domainID)
        let onAgenda = Set(
            try await AgendaItemModel.query(on: db).filter(\.$meetingID == sessionID).all().compactMap { item in
                item.sourceID.flatMap { id in item.sourceKind.map { "\($0):\(id)" } }
            })
        func fresh(_ source: AgendaSource, _ id: UUID) -> Bool { !onAgenda.contains("\(source.rawValue):\(id)") }
        var proposals: [Proposal] = []
        proposals += try await overdueSignals(policyIDs: policyIDs, domainIDs: domainIDs, organisationID: organisationID, now: now, on: db)
            .filter { fresh(.signal, $0.sourceID) }.prefix(Self.maximumOverdueSignals)
        proposals += try await recognisedThemes(policyIDs: policyIDs, domainIDs: domainIDs, organisationID: organisationID, on: db)
            .filter { fresh(.theme, $0.sourceID) }.prefix(Self.maximumThemes)
        proposals += try await offTrackIndicators(policyIDs: policyIDs, organisationID: organisationID)
            .filter { fresh(.indicator, $0.sourceID) }.prefix(Self.maximumOffTrack)
        proposals += try await waitingReviews(policyIDs: policyIDs, organisationID: organisationID, now: now, on: db)
            .filter { fresh(.review, $0.sourceID) }
        proposals += try await overdueActions(policyIDs: policyIDs, domainIDs: domainIDs, sessionID: sessionID, organisationID: organisationID, now: now, on: db)
            .filter { fresh(.action, $0.sourceID) }.prefix(Self.maximumOverdueActions)
        proposals += try await lessons(sessionID: sessionID, policyIDs: policyIDs, organisationID: organisationID, on: db).filter { fresh(.lesson, $0.sourceID) }.prefix(Self.maximumLessons)
        return proposals
    }

    /// "31-01-2027", in Dutch time.
    static func dayText(_ date: Date) -> String {
        SessionTime.codes(date).day.split(separator: "-").reversed().joined(separator: "-")
    }

    /// `column IN (…)` for the linked policies or domains; nil when nothing is linked, so the caller can skip the query.
    static func linkedTo(policyIDs: [UUID], domainIDs: [UUID], prefix: String = "") -> SQLQueryString? {
        func list(_ ids: [UUID]) -> SQLGroupExpression { SQLGroupExpression(SQLList(ids.map { SQLBind($0) as any SQLExpression })) }
        switch (policyIDs.isEmpty, domainIDs.isEmpty) {
        case (true, true): return nil
        case (false, true): return "\(unsafeRaw: prefix)policy_id IN \(list(policyIDs))"
        case (true, false): return "\(unsafeRaw: prefix)domain_id IN \(list(domainIDs))"
        case (false, false): return "(\(unsafeRaw: prefix)policy_id IN \(list(policyIDs)) OR \(unsafeRaw: prefix)domain_id IN \(list(domainIDs)))"
        }
    }

    static var openStatuses: SQLGroupExpression {
        SQLGroupExpression(SQLList(SignalStatus.allCases.filter(\.isOpen).map { SQLBind($0.rawValue) as any SQLExpression }))
    }

    private struct SignalRow: Decodable {
        let id: UUID
        let number: Int
        let title: String
        let due_at: Date
    }

    /// Open signals past their response deadline, oldest deadline first. A few more than shown are read, so that
    /// those already on the agenda do not crowd out the rest.
    func overdueSignals(policyIDs: [UUID], domainIDs: [UUID], organisationID: UUID, now: Date, on db: any Database) async throws -> [Proposal] {
        guard let linked = Self.linkedTo(policyIDs: policyIDs, domainIDs: domainIDs) else { return [] }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT id, number, title, due_at FROM signals
            WHERE organisation_id = \(bind: organisationID) AND status IN \(Self.openStatuses) AND due_at < \(bind: now) AND \(linked)
            ORDER BY due_at, number LIMIT \(unsafeRaw: String(Self.maximumOverdueSignals * 4))
            """
        ).all(decoding: SignalRow.self)
        return rows.map {
            Proposal(
                source: .signal, sourceID: $0.id, title: Self.itemTitle("Signaal \($0.number): \($0.title)"),
                reason: "Dit signaal is nog open, terwijl de termijn voor een reactie op \(Self.dayText($0.due_at)) is verlopen.")
        }
    }

    private struct ThemeRow: Decodable {
        let id: UUID
        let title: String
        let recognitions: Int
        let signals: Int
    }

    /// Open themes with at least one signal about the linked policies or domains, most recognised first; recognitions
    /// count over all the theme's signals, since a theme is discussed as a whole. (PostgreSQL sums a bigint as numeric,
    /// hence the cast.)
    func recognisedThemes(policyIDs: [UUID], domainIDs: [UUID], organisationID: UUID, on db: any Database) async throws -> [Proposal] {
        guard let linked = Self.linkedTo(policyIDs: policyIDs, domainIDs: domainIDs) else { return [] }
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT t.id, t.title, CAST(SUM(s.recognition_count) AS BIGINT) AS recognitions, COUNT(*) AS signals
            FROM themes t JOIN signals s ON s.theme_id = t.id AND s.organisation_id = t.organisation_id
            WHERE t.organisation_id = \(bind: organisationID) AND t.status = 'open'
            AND t.id IN (SELECT theme_id FROM signals WHERE organisation_id = \(bind: organisationID) AND theme_id IS NOT NULL AND \(linked))
            GROUP BY t.id, t.title HAVING SUM(s.recognition_count) > 0
            ORDER BY recognitions DESC, t.title LIMIT \(unsafeRaw: String(Self.maximumThemes * 4))
            """
        ).all(decoding: ThemeRow.self)
        return rows.map {
            let reason =
                $0.signals == 1
                ? "Dit thema heeft 1 signaal, dat \($0.recognitions) keer is herkend."
                : "Dit thema heeft \($0.signals) signalen, die samen \($0.recognitions) keer zijn herkend."
            return Proposal(source: .theme, sourceID: $0.id, title: Self.itemTitle("Thema: \($0.title)"), reason: reason)
        }
    }

    /// Indicators on the linked policies' goals whose latest whole-municipality figure is off track, furthest off first.
    /// The status is the monitor's own (`IndicatorFigures.assessment`); the reason names the expected value only, since
    /// the measured one may be a protected small number.
    func offTrackIndicators(policyIDs: [UUID], organisationID: UUID) async throws -> [Proposal] {
        guard !policyIDs.isEmpty else { return [] }
        let indicators = IndicatorRepository(store: store)
        var listings: [IndicatorRepository.Listing] = []
        for policyID in policyIDs {
            listings += try await indicators.list(organisationID: organisationID, filter: .init(policyID: policyID))
        }
        guard !listings.isEmpty else { return [] }
        let codes = try await AreaRepository(store: store).names(organisationID: organisationID).compactMap { AreaCode($0.code) }
        let measured = try await MeasurementRepository(store: store).wholeAreaFigures(indicatorIDs: listings.map(\.indicator.id))
        var found: [(share: Double, proposal: Proposal)] = []
        for listing in listings {
            let indicator = listing.indicator
            let figures = IndicatorFigures(measured: measured[indicator.id] ?? [:], areas: codes, aggregation: indicator.aggregation)
            guard let assessment = figures.assessment(path: indicator.path, direction: indicator.direction), assessment.status == .offTrack,
                let latest = figures.latest
            else { continue }
            let expected =
                indicator.unit == .yesNo
                ? (assessment.expected >= 0.5 ? "ja" : "nee")
                : Self.valueFormat(indicator.unit).string(assessment.expected)
            found.append(
                (
                    assessment.shortfallShare,
                    Proposal(
                        source: .indicator, sourceID: indicator.id, title: Self.itemTitle("Indicator \(indicator.code): \(indicator.name)"),
                        reason: "De meting over \(latest.period) is uit koers: volgens het plan was \(expected) verwacht.")
                ))
        }
        return found.sorted { $0.share > $1.share }.map(\.proposal)
    }

    static func valueFormat(_ unit: IndicatorUnit) -> ValueFormat {
        switch unit {
        case .count, .yesNo: .count
        case .percentage: .percent(decimals: 1)
        case .euro: .euro
        case .score: .score(decimals: 1)
        }
    }

    /// Open uitvoeringstoets rounds on the linked policies that wait for answers to remarks or have passed their deadline.
    func waitingReviews(policyIDs: [UUID], organisationID: UUID, now: Date, on db: any Database) async throws -> [Proposal] {
        var proposals: [Proposal] = []
        let reviews = ReviewRepository(store: store)
        for policyID in policyIDs {
            for round in try await reviews.summaries(organisationID: organisationID, policyID: policyID, status: .open, on: db) {
                let late = round.deadline < now
                guard round.unanswered > 0 || late else { continue }
                let remarks = round.unanswered == 1 ? "1 opmerking heeft" : "\(round.unanswered) opmerkingen hebben"
                let reason =
                    switch (round.unanswered > 0, late) {
                    case (true, true): "De termijn van deze ronde is op \(Self.dayText(round.deadline)) verlopen en \(remarks) nog geen antwoord."
                    case (true, false): "Deze ronde is nog open en \(remarks) nog geen antwoord."
                    default: "De termijn van deze ronde is op \(Self.dayText(round.deadline)) verlopen, maar de ronde is nog open."
                    }
                proposals.append(
                    Proposal(
                        source: .review, sourceID: round.id,
                        title: Self.itemTitle("Uitvoeringstoets: \(round.policyTitle), versie \(round.versionNumber)"), reason: reason))
            }
        }
        return proposals
    }

    private struct ActionRow: Decodable {
        let id: UUID
        let description: String
        let due_at: Date
        let title: String
    }

    /// Open actions past their due date from other sessions about the same policies or domains, longest overdue
    /// first.
    func overdueActions(policyIDs: [UUID], domainIDs: [UUID], sessionID: UUID, organisationID: UUID, now: Date, on db: any Database) async throws
        -> [Proposal]
    {
        guard !policyIDs.isEmpty || !domainIDs.isEmpty else { return [] }
        func list(_ ids: [UUID]) -> SQLGroupExpression { SQLGroupExpression(SQLList(ids.map { SQLBind($0) as any SQLExpression })) }
        let byPolicy: SQLQueryString =
            policyIDs.isEmpty ? "" : "a.meeting_id IN (SELECT meeting_id FROM meeting_policies WHERE policy_id IN \(list(policyIDs)))"
        let byDomain: SQLQueryString =
            domainIDs.isEmpty ? "" : "a.meeting_id IN (SELECT meeting_id FROM meeting_domains WHERE domain_id IN \(list(domainIDs)))"
        let linked: SQLQueryString =
            policyIDs.isEmpty ? byDomain : domainIDs.isEmpty ? byPolicy : "(\(byPolicy) OR \(byDomain))"
        let open = SQLGroupExpression(SQLList(ActionStatus.allCases.filter(\.isOpen).map { SQLBind($0.rawValue) as any SQLExpression }))
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT a.id, a.description, a.due_at, m.title FROM meeting_actions a JOIN meetings m ON m.id = a.meeting_id
            WHERE a.organisation_id = \(bind: organisationID) AND a.meeting_id <> \(bind: sessionID) AND a.status IN \(open)
            AND a.due_at < \(bind: now) AND \(linked)
            ORDER BY a.due_at, a.description LIMIT \(literal: Self.maximumOverdueActions * 4)
            """
        ).all(decoding: ActionRow.self)
        return rows.map { row in
            Proposal(
                source: .action, sourceID: row.id, title: Self.itemTitle("Actie: \(row.description)"),
                reason: "Deze actie uit ‘\(row.title)’ had op \(Self.dayText(row.due_at)) klaar moeten zijn en is nog open.")
        }
    }

    /// A record's title may be longer than an agenda item allows.
    static func itemTitle(_ text: String) -> String {
        text.count <= maximumItemTitle ? text : String(text.prefix(maximumItemTitle - 1)) + "…"
    }

    /// Puts a proposal on the agenda, at the end, with its reason as the note. Only what is proposed right now can be
    /// accepted, so a form cannot put another organisation's record, or one already on the agenda, on it.
    @discardableResult
    public func accept(
        sessionID: UUID, source: AgendaSource, sourceID: UUID, organisationID: UUID, actor: AuditActor, now: Date
    ) async throws -> UUID {
        guard
            let proposal = try await proposals(sessionID: sessionID, organisationID: organisationID, now: now).first(where: {
                $0.source == source && $0.sourceID == sourceID
            })
        else {
            _ = try await Self.meeting(sessionID, organisationID: organisationID, on: store.database)
            throw ValidationFailure([
                InvalidParam(name: "voorstel", code: "onbekend", reason: "Dit voorstel is er niet meer. Misschien staat het al op de agenda.")
            ])
        }
        return try await store.write { db in
            // Two clicks on the same button: the second finds the item already there.
            let existing = try await AgendaItemModel.query(on: db).filter(\.$meetingID == sessionID).filter(\.$sourceKind == source.rawValue)
                .filter(\.$sourceID == sourceID).first()
            if let existing { return existing.id! }
            return try await Self.insertItem(
                sessionID: sessionID, ItemInput(title: proposal.title, note: proposal.reason), kind: .proposed, source: (source, sourceID),
                organisationID: organisationID, actor: actor, now: now, on: db)
        }
    }
}

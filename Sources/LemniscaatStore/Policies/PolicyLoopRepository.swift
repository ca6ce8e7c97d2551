// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Everything the loop of one policy consists of, read with a fixed number of aggregate queries whatever the number of
/// signals: the themes and signals about it, the sessions that had them (or the policy) on the agenda, the decisions
/// about them, the changes to the policy, its goals and indicators, and the actions that followed. See docs/beleid.md
/// for the rules, in particular what counts as a broken loop.
public struct PolicyLoopRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// The signals about the policy in one theme, or (`themeID` nil) without a theme.
    public struct SignalGroup: Sendable, Equatable {
        public let themeID: UUID?
        public let themeTitle: String?
        public let signals: Int
        /// Still waiting for an answer: status open (`SignalStatus.isOpen`).
        public let open: Int
        /// Of the open ones, those whose response deadline has passed: the loop is broken there.
        public let late: Int
        /// The sum of their recognitions: a count of people, to be shown only through small-number protection.
        public let recognitions: Int
        public let openRecognitions: Int
    }

    /// A record an agenda item or a decision was about, with what the diagram needs to draw the line to it.
    public struct Source: Sendable, Equatable {
        public let kind: AgendaSource
        public let id: UUID
        /// For a signal: its theme and whether it is still open, which decide the node it belongs to.
        public let signalThemeID: UUID?
        public let signalOpen: Bool
    }

    public struct Session: Sendable, Equatable {
        public let id: UUID
        public let title: String
        public let startsAt: Date
        /// Linked to the policy (`meeting_policies`), not only through its agenda.
        public let linked: Bool
        /// Agenda items about the policy's signals, themes and indicators.
        public let sources: [Source]
    }

    public struct Decision: Sendable, Equatable {
        public let id: UUID
        public let sessionID: UUID
        public let sessionTitle: String
        public let text: String
        public let createdAt: Date
        /// The change to this policy the decision records, if any.
        public let policyChange: String?
        /// What it was about among the policy's signals, themes and indicators.
        public let sources: [Source]
    }

    public struct Goal: Sendable, Equatable {
        public let id: UUID
        public let title: String
    }

    public struct Indicator: Sendable, Equatable {
        public let id: UUID
        public let goalID: UUID
        public let code: String
        public let name: String
        /// Today's assessment of the latest municipal figure, as on the monitor; nil without figure or target.
        public let status: TrackStatus?
        /// For an indicator off course: the first period of the latest unbroken run of off-course figures.
        public let offTrackSince: Period?
        /// Decisions about this indicator made in or after the month `offTrackSince` begins.
        public let decisionsSince: [UUID]
        /// Off course and no decision about it since it went off course: the loop is broken there.
        public var undecided: Bool { status == .offTrack && decisionsSince.isEmpty }
    }

    public struct Loop: Sendable {
        public let groups: [SignalGroup]
        public let sessions: [Session]
        public let decisions: [Decision]
        public let goals: [Goal]
        public let indicators: [Indicator]
        public let actions: [ActionRepository.Action]
    }

    private struct GroupRow: Decodable {
        let theme_id: UUID?
        let title: String?
        let signals: Int
        let open_signals: Int
        let late_signals: Int
        let recognitions: Int?
        let open_recognitions: Int?
    }

    private struct SessionRow: Decodable {
        let id: UUID
        let title: String
        let starts_at: Date
        let linked: Int
        let source_kind: String?
        let source_id: UUID?
        let signal_theme_id: UUID?
        let signal_status: String?
    }

    private struct DecisionRow: Decodable {
        let id: UUID
        let meeting_id: UUID
        let meeting_title: String
        let text: String
        let created_at: Date
        let policy_id: UUID?
        let policy_change: String?
        let source_kind: String?
        let source_id: UUID?
        let signal_theme_id: UUID?
        let signal_status: String?
    }

    private struct IDRow: Decodable { let id: UUID }

    /// Whether a record (`kind` and `id` columns given by the caller) is one of the policy's signals, themes or
    /// indicators. A theme belongs to the policy when at least one of its signals is about it.
    static func about(_ kind: String, _ id: String, policyID: UUID, organisationID: UUID) -> SQLQueryString {
        """
        ((\(unsafeRaw: kind) = 'signaal' AND \(unsafeRaw: id) IN (SELECT ps.id FROM signals ps WHERE ps.policy_id = \(bind: policyID) AND ps.organisation_id = \(bind: organisationID)))
        OR (\(unsafeRaw: kind) = 'thema' AND \(unsafeRaw: id) IN (SELECT pt.theme_id FROM signals pt WHERE pt.policy_id = \(bind: policyID) AND pt.organisation_id = \(bind: organisationID) AND pt.theme_id IS NOT NULL))
        OR (\(unsafeRaw: kind) = 'indicator' AND \(unsafeRaw: id) IN (SELECT pi.id FROM indicators pi JOIN policy_goals pg ON pg.id = pi.goal_id WHERE pg.policy_id = \(bind: policyID))))
        """
    }

    /// The policy's indicators with their municipal figures, as the monitor has read them.
    public typealias Measured = (listings: [IndicatorRepository.Listing], figures: [UUID: IndicatorFigures])

    /// The loop of one of the organisation's policies (the caller has checked the policy is the organisation's).
    /// `measured` saves reading the indicators and their figures again when the caller has them already (the policy
    /// page shows them under the goals): the figures are most of the time this takes.
    public func loop(policyID: UUID, organisationID org: UUID, now: Date, measured: Measured? = nil) async throws -> Loop {
        let sql = store.database as! any SQLDatabase
        let open: [any Encodable & Sendable] = SignalStatus.allCases.filter(\.isOpen).map(\.rawValue)

        // signals per theme, those without a theme as one row
        let groupRows = try await sql.raw(
            """
            SELECT s.theme_id AS theme_id, t.title AS title, COUNT(*) AS signals,
                COUNT(CASE WHEN s.status IN (\(binds: open)) THEN 1 END) AS open_signals,
                COUNT(CASE WHEN s.status IN (\(binds: open)) AND s.due_at < \(bind: now) THEN 1 END) AS late_signals,
                CAST(SUM(s.recognition_count) AS BIGINT) AS recognitions,
                CAST(SUM(CASE WHEN s.status IN (\(binds: open)) THEN s.recognition_count ELSE 0 END) AS BIGINT) AS open_recognitions
            FROM signals s LEFT JOIN themes t ON t.id = s.theme_id
            WHERE s.organisation_id = \(bind: org) AND s.policy_id = \(bind: policyID)
            GROUP BY s.theme_id, t.title
            """
        ).all(decoding: GroupRow.self)
        let groups = groupRows.map {
            SignalGroup(
                themeID: $0.theme_id, themeTitle: $0.title, signals: $0.signals, open: $0.open_signals, late: $0.late_signals,
                recognitions: $0.recognitions ?? 0,
                openRecognitions: $0.open_recognitions ?? 0)
        }.sorted { ($0.signals + $0.recognitions, $1.themeTitle ?? "") > ($1.signals + $1.recognitions, $0.themeTitle ?? "") }

        // sessions linked to the policy or with the policy's records on their agenda, one row per such item
        let sessionRows = try await sql.raw(
            """
            SELECT m.id AS id, m.title AS title, m.starts_at AS starts_at,
                CASE WHEN m.id IN (SELECT mp.meeting_id FROM meeting_policies mp WHERE mp.policy_id = \(bind: policyID)) THEN 1 ELSE 0 END AS linked,
                a.source_kind AS source_kind, a.source_id AS source_id, s.theme_id AS signal_theme_id, s.status AS signal_status
            FROM meetings m
            LEFT JOIN meeting_agenda_items a ON a.meeting_id = m.id AND \(Self.about("a.source_kind", "a.source_id", policyID: policyID, organisationID: org))
            LEFT JOIN signals s ON a.source_kind = 'signaal' AND s.id = a.source_id
            WHERE m.organisation_id = \(bind: org) AND (
                m.id IN (SELECT mp.meeting_id FROM meeting_policies mp WHERE mp.policy_id = \(bind: policyID))
                OR a.id IS NOT NULL)
            ORDER BY m.starts_at DESC, m.id, a.position
            """
        ).all(decoding: SessionRow.self)
        var sessions: [Session] = []
        var sessionIndex: [UUID: Int] = [:]
        for row in sessionRows {
            let source = Self.source(row.source_kind, row.source_id, row.signal_theme_id, row.signal_status)
            if let index = sessionIndex[row.id] {
                if let source, !sessions[index].sources.contains(source) {
                    let s = sessions[index]
                    sessions[index] = Session(id: s.id, title: s.title, startsAt: s.startsAt, linked: s.linked, sources: s.sources + [source])
                }
            } else {
                sessionIndex[row.id] = sessions.count
                sessions.append(
                    Session(id: row.id, title: row.title, startsAt: row.starts_at, linked: row.linked == 1, sources: source.map { [$0] } ?? []))
            }
        }

        // decisions: changing the policy, about its records, or in a session linked to it and about no other record
        let decisionRows = try await sql.raw(
            """
            SELECT d.id AS id, d.meeting_id AS meeting_id, m.title AS meeting_title, d.text AS text, d.created_at AS created_at,
                d.policy_id AS policy_id, d.policy_change AS policy_change,
                i.source_kind AS source_kind, i.source_id AS source_id, s.theme_id AS signal_theme_id, s.status AS signal_status
            FROM meeting_decisions d
            JOIN meetings m ON m.id = d.meeting_id
            LEFT JOIN meeting_decision_items i ON i.decision_id = d.id AND \(Self.about("i.source_kind", "i.source_id", policyID: policyID, organisationID: org))
            LEFT JOIN signals s ON i.source_kind = 'signaal' AND s.id = i.source_id
            WHERE d.organisation_id = \(bind: org) AND (
                d.policy_id = \(bind: policyID)
                OR i.id IS NOT NULL
                OR (d.meeting_id IN (SELECT mp.meeting_id FROM meeting_policies mp WHERE mp.policy_id = \(bind: policyID))
                    AND NOT EXISTS (SELECT 1 FROM meeting_decision_items o WHERE o.decision_id = d.id AND o.source_id IS NOT NULL)))
            ORDER BY d.created_at DESC, d.id
            """
        ).all(decoding: DecisionRow.self)
        var decisions: [Decision] = []
        var decisionIndex: [UUID: Int] = [:]
        for row in decisionRows {
            let source = Self.source(row.source_kind, row.source_id, row.signal_theme_id, row.signal_status)
            if let index = decisionIndex[row.id] {
                if let source, !decisions[index].sources.contains(source) {
                    let d = decisions[index]
                    decisions[index] = Decision(
                        id: d.id, sessionID: d.sessionID, sessionTitle: d.sessionTitle, text: d.text, createdAt: d.createdAt,
                        policyChange: d.policyChange,
                        sources: d.sources + [source])
                }
            } else {
                decisionIndex[row.id] = decisions.count
                decisions.append(
                    Decision(
                        id: row.id, sessionID: row.meeting_id, sessionTitle: row.meeting_title, text: row.text, createdAt: row.created_at,
                        policyChange: row.policy_id == policyID ? row.policy_change : nil, sources: source.map { [$0] } ?? []))
            }
        }

        // goals and indicators, assessed as the monitor does
        let goals = try await PolicyGoalModel.query(on: store.database).filter(\.$policyID == policyID).sort(\.$position).all().map {
            Goal(id: $0.id!, title: $0.title)
        }
        var given = measured
        if given == nil {
            let listings = try await IndicatorRepository(store: store).list(organisationID: org, filter: .init(policyID: policyID))
            var figures: [UUID: IndicatorFigures] = [:]
            if !listings.isEmpty {
                let codes = try await AreaRepository(store: store).names(organisationID: org).compactMap { AreaCode($0.code) }
                let read = try await MeasurementRepository(store: store).keptWholeAreaFigures(indicatorIDs: listings.map(\.indicator.id))
                for listing in listings {
                    figures[listing.indicator.id] = IndicatorFigures(
                        measured: read[listing.indicator.id] ?? [:], areas: codes, aggregation: listing.indicator.aggregation)
                }
            }
            given = (listings, figures)
        }
        let indicators = Self.assess(given!, decisions: decisions)

        // actions of these decisions, and those of sessions linked to the policy that follow from no decision
        let linked = sessions.filter(\.linked).map(\.id)
        var actionQuery = ActionModel.query(on: store.database).filter(\.$organisationID == org)
        let decisionIDs = decisions.map(\.id)
        guard !decisionIDs.isEmpty || !linked.isEmpty else {
            return Loop(groups: groups, sessions: sessions, decisions: decisions, goals: goals, indicators: indicators, actions: [])
        }
        actionQuery = actionQuery.group(.or) { or in
            if !decisionIDs.isEmpty { or.filter(\.$decisionID ~~ decisionIDs) }
            if !linked.isEmpty { or.group(.and) { $0.filter(\.$decisionID == nil).filter(\.$meetingID ~~ linked) } }
        }
        let models = try await actionQuery.sort(\.$dueAt).sort(\.$createdAt).limit(200).all()
        let described = try await ActionRepository.describe(models, organisationID: org, on: store.database)
        let actions = described.filter { $0.status.isOpen } + described.filter { !$0.status.isOpen }.sorted { $0.updatedAt > $1.updatedAt }
        return Loop(groups: groups, sessions: sessions, decisions: decisions, goals: goals, indicators: indicators, actions: actions)
    }

    /// Each indicator's status today and, when off course, since when and which decisions about it followed.
    static func assess(_ measured: Measured, decisions: [Decision]) -> [Indicator] {
        measured.listings.map { listing in
            let indicator = listing.indicator
            let figures = measured.figures[indicator.id]
            let status = figures?.assessment(path: indicator.path, direction: indicator.direction)?.status
            let since = status == .offTrack ? figures?.offTrackSince(path: indicator.path, direction: indicator.direction) : nil
            let decided =
                since.map { since in
                    decisions.filter { decision in
                        decision.sources.contains { $0.kind == .indicator && $0.id == indicator.id }
                            && Self.month(decision.createdAt) >= since.startMonth
                    }.map(\.id)
                } ?? []
            return Indicator(
                id: indicator.id, goalID: indicator.goalID, code: indicator.code, name: indicator.name, status: status, offTrackSince: since,
                decisionsSince: decided)
        }
    }

    static func source(_ kind: String?, _ id: UUID?, _ themeID: UUID?, _ status: String?) -> Source? {
        guard let kind = kind.flatMap(AgendaSource.init(rawValue:)), let id else { return nil }
        return Source(kind: kind, id: id, signalThemeID: themeID, signalOpen: status.flatMap(SignalStatus.init(rawValue:))?.isOpen ?? false)
    }

    /// The month a moment falls in, in Dutch time, counted as `Period.startMonth` counts.
    static func month(_ date: Date) -> Int {
        let parts = DutchCalendar.calendar.dateComponents([.year, .month], from: date)
        return parts.year! * 12 + parts.month! - 1
    }
}

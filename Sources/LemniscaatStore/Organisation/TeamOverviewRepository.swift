// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// One team's part in the loop over a period: what its members reported and got answered, what they answered, whom
/// they met (the samenwerkingskaart for this team) and the team's actions. See docs/teams.md for each figure.
///
/// Membership is today's: a person counts for the team they are in now, for everything they did in the period.
/// Anonymous signals are never attributed to their reporter.
public struct TeamOverviewRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// A signal named on the page, with what is needed to link to it.
    public struct SignalLine: Sendable, Equatable {
        public let id: UUID
        public let number: Int
        public let title: String
        public let status: String
        public let answered: Bool
    }

    /// Signals the team's members reported (not anonymously) in the period.
    public struct Reported: Sendable, Equatable {
        public let signals: Int
        /// Of those, the ones that got an answer.
        public let answered: Int
        /// Of the answered ones, the ones answered on or before their deadline.
        public let answeredInTime: Int
        /// Of those reported, the ones still open whose deadline has passed.
        public let openOverdue: Int
        /// Distinct members who reported them: a count of people, to be shown only through small-number protection.
        public let reporters: Int
        /// The latest ten, newest first.
        public let latest: [SignalLine]
    }

    /// What the team's members answered in the period.
    public struct Answered: Sendable, Equatable {
        /// Signals answered by a member (as the recorded answerer or in an answer event).
        public let signals: Int
        /// Review remarks answered by a member.
        public let remarks: Int
        /// Session decisions recorded by a member.
        public let decisions: Int
        /// The latest ten answered signals, newest first.
        public let latest: [SignalLine]
    }

    /// One team on the other side of the samenwerkingskaart and the contacts with it.
    public struct Contact: Sendable, Equatable {
        public let team: ContactTeam
        public let counts: ContactCounts
    }

    /// The team's actions today, as /acties counts them for the team.
    public struct Actions: Sendable, Equatable {
        /// Open or in progress.
        public let running: Int
        /// Running and past their due date.
        public let overdue: Int
        public let done: Int
    }

    public struct Overview: Sendable, Equatable {
        public let teamID: UUID
        public let name: String
        public let kind: TeamKind
        public let period: TeamPeriod
        public let since: Date
        public let until: Date
        public let reported: Reported
        public let answered: Answered
        /// Every team on the other side, by name; nil for a liaison team, which is on neither side of the map.
        public let contacts: [Contact]?
        public let actions: Actions
    }

    /// The members of a team, as a subquery.
    static func members(_ teamID: UUID) -> SQLQueryString {
        "SELECT tm.user_id FROM team_members tm WHERE tm.team_id = \(bind: teamID)"
    }

    private struct ReportedRow: Decodable {
        let signals: Int
        let answered: Int
        let answered_in_time: Int
        let open_overdue: Int
        let reporters: Int
    }

    private struct SignalRow: Decodable {
        let id: UUID
        let number: Int
        let title: String
        let status: String
        let answered_at: Date?
    }

    private struct CountRow: Decodable { let n: Int }

    private struct ContactRow: Decodable {
        let kind: String
        let team_id: UUID
        let n: Int
    }

    /// The overview of one of the organisation's teams; nil when the organisation has no such team.
    public func overview(teamID: UUID, organisationID org: UUID, period: TeamPeriod, now: Date) async throws -> Overview? {
        let sql = store.database as! any SQLDatabase
        guard let team = try await TeamModel.query(on: store.database).filter(\.$id == teamID).filter(\.$organisationID == org).first(),
            let kind = TeamKind(rawValue: team.kind)
        else { return nil }
        let since = period.since(now)
        let members = Self.members(teamID)
        let open: [any Encodable & Sendable] = SignalStatus.allCases.filter(\.isOpen).map(\.rawValue)

        // reported and got answered
        let reportedWhere: SQLQueryString = """
            s.organisation_id = \(bind: org) AND s.anonymous = \(bind: false) AND s.reporter_id IN (\(members))
                AND s.submitted_at >= \(bind: since) AND s.submitted_at <= \(bind: now)
            """
        let reportedRow = try await sql.raw(
            """
            SELECT COUNT(*) AS signals, COUNT(s.answered_at) AS answered,
                COUNT(CASE WHEN s.answered_at IS NOT NULL AND s.answered_at <= s.due_at THEN 1 END) AS answered_in_time,
                COUNT(CASE WHEN s.status IN (\(binds: open)) AND s.due_at < \(bind: now) THEN 1 END) AS open_overdue,
                COUNT(DISTINCT s.reporter_id) AS reporters
            FROM signals s WHERE \(reportedWhere)
            """
        ).first(decoding: ReportedRow.self)!
        let reportedLatest = try await sql.raw(
            """
            SELECT s.id AS id, s.number AS number, s.title AS title, s.status AS status, s.answered_at AS answered_at
            FROM signals s WHERE \(reportedWhere) ORDER BY s.submitted_at DESC, s.number DESC LIMIT 10
            """
        ).all(decoding: SignalRow.self)

        // answered
        let answeredIDs: SQLQueryString = """
            SELECT s.id AS id FROM signals s WHERE s.organisation_id = \(bind: org) AND s.answered_by IN (\(members))
                AND s.answered_at >= \(bind: since) AND s.answered_at <= \(bind: now)
            UNION
            SELECT e.signal_id AS id FROM signal_events e JOIN signals s ON s.id = e.signal_id
            WHERE s.organisation_id = \(bind: org) AND e.kind = 'antwoord' AND e.actor_id IN (\(members))
                AND e.at >= \(bind: since) AND e.at <= \(bind: now)
            """
        let answeredSignals = try await sql.raw("SELECT COUNT(*) AS n FROM (\(answeredIDs)) a").first(decoding: CountRow.self)!.n
        let answeredLatest = try await sql.raw(
            """
            SELECT s.id AS id, s.number AS number, s.title AS title, s.status AS status, s.answered_at AS answered_at
            FROM signals s WHERE s.id IN (SELECT a.id FROM (\(answeredIDs)) a)
            ORDER BY COALESCE(s.answered_at, s.submitted_at) DESC, s.number DESC LIMIT 10
            """
        ).all(decoding: SignalRow.self)
        let remarks = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM review_remarks r JOIN review_rounds o ON o.id = r.round_id
            WHERE o.organisation_id = \(bind: org) AND r.answered_by IN (\(members))
                AND r.answered_at >= \(bind: since) AND r.answered_at <= \(bind: now)
            """
        ).first(decoding: CountRow.self)!.n
        let decisions = try await sql.raw(
            """
            SELECT COUNT(*) AS n FROM meeting_decisions d
            WHERE d.organisation_id = \(bind: org) AND d.created_by IN (\(members))
                AND d.created_at >= \(bind: since) AND d.created_at <= \(bind: now)
            """
        ).first(decoding: CountRow.self)!.n

        // whom they met: the samenwerkingskaart's contacts, seen from this team
        var contacts: [Contact]? = nil
        if kind != .liaison {
            let opposite: TeamKind = kind == .policy ? .practice : .policy
            let (policy, practice) = try await ContactMapRepository.teams(organisationID: org, on: sql)
            let rows = try await sql.raw(
                """
                WITH contacts AS (\(ContactMapRepository.contacts(organisationID: org, since: since, now: now)))
                SELECT c.kind AS kind, ot.id AS team_id, COUNT(DISTINCT c.event_id) AS n
                FROM contacts c
                JOIN team_members mine ON mine.user_id = c.x
                JOIN team_members om ON om.user_id = c.y
                JOIN teams ot ON ot.id = om.team_id
                WHERE mine.team_id = \(bind: teamID) AND ot.organisation_id = \(bind: org) AND ot.kind = \(bind: opposite.rawValue)
                GROUP BY c.kind, ot.id
                """
            ).all(decoding: ContactRow.self)
            var counts: [UUID: ContactCounts] = [:]
            for row in rows {
                var cell = counts[row.team_id] ?? .zero
                switch ContactMapRepository.Kind(rawValue: row.kind) {
                case .session: cell.sessions += row.n
                case .shadowDay: cell.shadowDays += row.n
                case .signal: cell.signals += row.n
                case .remark: cell.remarks += row.n
                case nil: continue
                }
                counts[row.team_id] = cell
            }
            contacts = (opposite == .policy ? policy : practice).map { Contact(team: $0, counts: counts[$0.id] ?? .zero) }
        }

        // actions, counted as /acties?team= lists them
        let actions = try await ActionRepository(store: store).list(
            organisationID: org, filter: ActionRepository.Filter(teamID: teamID), now: now, limit: 100_000)

        func line(_ row: SignalRow) -> SignalLine {
            SignalLine(id: row.id, number: row.number, title: row.title, status: row.status, answered: row.answered_at != nil)
        }
        return Overview(
            teamID: teamID, name: team.name, kind: kind, period: period, since: since, until: now,
            reported: Reported(
                signals: reportedRow.signals, answered: reportedRow.answered, answeredInTime: reportedRow.answered_in_time,
                openOverdue: reportedRow.open_overdue, reporters: reportedRow.reporters, latest: reportedLatest.map(line)),
            answered: Answered(signals: answeredSignals, remarks: remarks, decisions: decisions, latest: answeredLatest.map(line)),
            contacts: contacts,
            actions: Actions(
                running: actions.filter(\.status.isOpen).count, overdue: actions.filter { $0.isOverdue(now: now) }.count,
                done: actions.filter { $0.status == .done }.count))
    }
}

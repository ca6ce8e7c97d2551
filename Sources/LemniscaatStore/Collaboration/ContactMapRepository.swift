// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit
import Synchronization

/// The samenwerkingskaart: how often members of each policy team and each practice team actually met or worked
/// together, and, per person, the teams on the other side they did not meet. See docs/samenwerkingskaart.md.
///
/// A contact is an event in which two different people take part, one a member of a policy team (`beleid`) and the
/// other of a practice team (`uitvoering`):
/// - a session (overleg) that started in the window and that both attended — attendance recorded as present; a
///   session whose attendance was never recorded does not count, because nobody confirmed who was there.
///   Meeloopdagen are counted apart from the other sessions;
/// - a signal one of them reported and the other answered (every answer event in the window; a signal counts once
///   per pair however often it was answered). Anonymous signals do not count: the reporter chose not to be known;
/// - a review remark one of them made and the other answered, answered in the window.
/// Each event counts once per pair of teams, however many members of the two teams took part. Team membership is
/// today's; liaison teams (`verbinding`) are on neither side.
public struct ContactMapRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// The kinds of contact, as the query names them.
    enum Kind: String {
        case session = "overleg"
        case shadowDay = "meeloopdag"
        case signal = "signaal"
        case remark = "opmerking"
    }

    /// Every contact between two people in the organisation from `since` up to `now`, both ways round: kind, the
    /// event's id, and the two people (x, y).
    static func contacts(organisationID org: UUID, since: Date, now: Date) -> SQLQueryString {
        """
        SELECT CASE WHEN m.type = \(bind: SessionType.shadowDay.rawValue) THEN 'meeloopdag' ELSE 'overleg' END AS kind,
            m.id AS event_id, a.user_id AS x, b.user_id AS y
        FROM meetings m
        JOIN meeting_participants a ON a.meeting_id = m.id
        JOIN meeting_participants b ON b.meeting_id = m.id
        WHERE m.organisation_id = \(bind: org) AND m.starts_at >= \(bind: since) AND m.starts_at <= \(bind: now)
            AND a.attended = \(bind: true) AND b.attended = \(bind: true) AND a.user_id <> b.user_id
        UNION ALL
        SELECT 'signaal' AS kind, s.id AS event_id, s.reporter_id AS x, e.actor_id AS y
        FROM signal_events e JOIN signals s ON s.id = e.signal_id
        WHERE s.organisation_id = \(bind: org) AND e.kind = 'antwoord' AND e.at >= \(bind: since) AND e.at <= \(bind: now)
            AND s.anonymous = \(bind: false) AND e.actor_id IS NOT NULL AND e.actor_id <> s.reporter_id
        UNION ALL
        SELECT 'signaal' AS kind, s.id AS event_id, e.actor_id AS x, s.reporter_id AS y
        FROM signal_events e JOIN signals s ON s.id = e.signal_id
        WHERE s.organisation_id = \(bind: org) AND e.kind = 'antwoord' AND e.at >= \(bind: since) AND e.at <= \(bind: now)
            AND s.anonymous = \(bind: false) AND e.actor_id IS NOT NULL AND e.actor_id <> s.reporter_id
        UNION ALL
        SELECT 'opmerking' AS kind, r.id AS event_id, v.reviewer_id AS x, r.answered_by AS y
        FROM review_remarks r JOIN reviews v ON v.id = r.review_id JOIN review_rounds o ON o.id = r.round_id
        WHERE o.organisation_id = \(bind: org) AND r.answered_by IS NOT NULL AND r.answered_at >= \(bind: since)
            AND r.answered_at <= \(bind: now) AND r.answered_by <> v.reviewer_id
        UNION ALL
        SELECT 'opmerking' AS kind, r.id AS event_id, r.answered_by AS x, v.reviewer_id AS y
        FROM review_remarks r JOIN reviews v ON v.id = r.review_id JOIN review_rounds o ON o.id = r.round_id
        WHERE o.organisation_id = \(bind: org) AND r.answered_by IS NOT NULL AND r.answered_at >= \(bind: since)
            AND r.answered_at <= \(bind: now) AND r.answered_by <> v.reviewer_id
        """
    }

    private struct TeamRow: Decodable {
        let id: UUID
        let name: String
        let kind: String
    }

    private struct CountRow: Decodable {
        let kind: String
        let policy_team_id: UUID
        let practice_team_id: UUID
        let n: Int
    }

    static func teams(organisationID: UUID, on sql: any SQLDatabase) async throws -> (policy: [ContactTeam], practice: [ContactTeam]) {
        let rows = try await sql.raw(
            """
            SELECT id, name, kind FROM teams WHERE organisation_id = \(bind: organisationID)
            AND kind IN (\(bind: TeamKind.policy.rawValue), \(bind: TeamKind.practice.rawValue)) ORDER BY name, id
            """
        ).all(decoding: TeamRow.self)
        func side(_ kind: TeamKind) -> [ContactTeam] { rows.filter { $0.kind == kind.rawValue }.map { ContactTeam(id: $0.id, name: $0.name) } }
        return (side(.policy), side(.practice))
    }

    /// The map as `map` makes it, or one made for the same organisation and window ending within
    /// `ContactMapCache.lifetime` of `now` in the last few minutes: summaries (De lus, the Staat van de Uitvoering) need
    /// not be younger than that, and the map is their slowest part.
    public func cachedMap(organisationID: UUID, window: ContactWindow, now: Date) async throws -> ContactMatrix {
        if let cached = ContactMapCache.shared.get(organisationID, window: window, until: now) { return cached }
        let map = try await self.map(organisationID: organisationID, window: window, now: now)
        ContactMapCache.shared.set(organisationID, map)
        return map
    }

    /// Computes every organisation's map now and puts it in the cache, so the next reader of De lus or a report does not wait for it.
    public func refreshCachedMaps(window: ContactWindow, now: @Sendable () -> Date) async throws {
        for organisation in try await OrganisationModel.query(on: store.database).all() {
            guard store.isOpen else { return }
            let id = organisation.id!
            ContactMapCache.shared.set(id, try await map(organisationID: id, window: window, now: now()))
        }
    }

    /// The map of the organisation's teams over the window that ends at `now`.
    public func map(organisationID: UUID, window: ContactWindow, now: Date) async throws -> ContactMatrix {
        let sql = store.database as! any SQLDatabase
        let since = window.since(now)
        let (policy, practice) = try await Self.teams(organisationID: organisationID, on: sql)
        let rows = try await sql.raw(
            """
            WITH contacts AS (\(Self.contacts(organisationID: organisationID, since: since, now: now)))
            SELECT c.kind AS kind, pm.team_id AS policy_team_id, um.team_id AS practice_team_id, COUNT(DISTINCT c.event_id) AS n
            FROM contacts c
            JOIN team_members pm ON pm.user_id = c.x
            JOIN teams pt ON pt.id = pm.team_id
            JOIN team_members um ON um.user_id = c.y
            JOIN teams ut ON ut.id = um.team_id
            WHERE pt.organisation_id = \(bind: organisationID) AND pt.kind = \(bind: TeamKind.policy.rawValue)
                AND ut.organisation_id = \(bind: organisationID) AND ut.kind = \(bind: TeamKind.practice.rawValue)
            GROUP BY c.kind, pm.team_id, um.team_id
            """
        ).all(decoding: CountRow.self)
        var counts: [ContactMatrix.Pair: ContactCounts] = [:]
        for row in rows {
            let pair = ContactMatrix.Pair(policyTeamID: row.policy_team_id, practiceTeamID: row.practice_team_id)
            var cell = counts[pair] ?? .zero
            switch Kind(rawValue: row.kind) {
            case .session: cell.sessions += row.n
            case .shadowDay: cell.shadowDays += row.n
            case .signal: cell.signals += row.n
            case .remark: cell.remarks += row.n
            case nil: continue
            }
            counts[pair] = cell
        }
        return ContactMatrix(window: window, since: since, until: now, policyTeams: policy, practiceTeams: practice, counts: counts)
    }

    /// One person in a policy or practice team and the teams on the other side none of whose members they met in
    /// the window.
    public struct PersonGap: Sendable, Equatable {
        public let userID: UUID
        public let name: String
        /// The person's own teams on the policy and practice sides, sorted by name.
        public let teams: [ContactTeam]
        /// The other side's teams they did not meet, sorted by name; never one of their own teams.
        public let notMet: [ContactTeam]
        /// The side of the teams in `notMet`, for each of them.
        public let notMetKinds: [TeamKind]
    }

    private struct MemberRow: Decodable {
        let user_id: UUID
        let name: String
        let team_id: UUID
    }

    private struct MetRow: Decodable {
        let user_id: UUID
        let team_id: UUID
    }

    /// Per active member of a policy or practice team (or only `userID`), the other side's teams they did not meet
    /// within the window. Sorted by name.
    public func gaps(organisationID: UUID, userID: UUID? = nil, window: ContactWindow = .twelveMonths, now: Date) async throws -> [PersonGap] {
        let sql = store.database as! any SQLDatabase
        let (policy, practice) = try await Self.teams(organisationID: organisationID, on: sql)
        let kinds = Dictionary(uniqueKeysWithValues: policy.map { ($0.id, TeamKind.policy) } + practice.map { ($0.id, TeamKind.practice) })
        let only: SQLQueryString = userID.map { "AND u.id = \(bind: $0)" } ?? ""
        let members = try await sql.raw(
            """
            SELECT u.id AS user_id, u.name AS name, tm.team_id AS team_id
            FROM team_members tm JOIN users u ON u.id = tm.user_id JOIN teams t ON t.id = tm.team_id
            WHERE t.organisation_id = \(bind: organisationID) AND u.organisation_id = \(bind: organisationID)
                AND u.is_active = \(bind: true) \(only)
            """
        ).all(decoding: MemberRow.self).filter { kinds[$0.team_id] != nil }
        guard !members.isEmpty else { return [] }
        let onlyContact: SQLQueryString = userID.map { "AND c.x = \(bind: $0)" } ?? ""
        let met = try await sql.raw(
            """
            WITH contacts AS (\(Self.contacts(organisationID: organisationID, since: window.since(now), now: now)))
            SELECT DISTINCT c.x AS user_id, tm.team_id AS team_id
            FROM contacts c JOIN team_members tm ON tm.user_id = c.y JOIN teams t ON t.id = tm.team_id
            WHERE t.organisation_id = \(bind: organisationID) \(onlyContact)
            """
        ).all(decoding: MetRow.self)
        var metTeams: [UUID: Set<UUID>] = [:]
        for row in met { metTeams[row.user_id, default: []].insert(row.team_id) }
        var people: [UUID: (name: String, teams: Set<UUID>)] = [:]
        for row in members { people[row.user_id, default: (row.name, [])].teams.insert(row.team_id) }
        let byName = (policy + practice).sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }
        return people.map { id, person in
            let sides = Set(person.teams.compactMap { kinds[$0] })
            let other = byName.filter { team in
                guard let kind = kinds[team.id] else { return false }
                let opposite: TeamKind = kind == .policy ? .practice : .policy
                return sides.contains(opposite) && !person.teams.contains(team.id) && !(metTeams[id]?.contains(team.id) ?? false)
            }
            return PersonGap(
                userID: id, name: person.name, teams: byName.filter { person.teams.contains($0.id) }, notMet: other,
                notMetKinds: other.map { kinds[$0.id]! })
        }.sorted { ($0.name, $0.userID.uuidString) < ($1.name, $1.userID.uuidString) }
    }
}

/// Maps of the samenwerkingskaart for a few minutes (wall clock), per organisation, window and end. A map ending
/// within `lifetime` of the one asked for will do; tests that move their clock by days get a fresh one.
final class ContactMapCache: Sendable {
    static let shared = ContactMapCache()
    static let lifetime: TimeInterval = 300
    private struct Entry {
        let map: ContactMatrix
        let expires: Date
    }
    private let entries = Mutex<[UUID: [Entry]]>([:])

    func get(_ organisationID: UUID, window: ContactWindow, until: Date) -> ContactMatrix? {
        entries.withLock { entries in
            let now = Date()
            return entries[organisationID]?.first {
                $0.expires > now && $0.map.window == window && abs($0.map.until.timeIntervalSince(until)) < Self.lifetime
            }?.map
        }
    }

    func set(_ organisationID: UUID, _ map: ContactMatrix) {
        entries.withLock { entries in
            let now = Date()
            // A handful per organisation: now, and the ends of the periods reports were asked for.
            let kept = (entries[organisationID] ?? []).filter { $0.expires > now }.suffix(7)
            entries[organisationID] = kept + [Entry(map: map, expires: now.addingTimeInterval(Self.lifetime))]
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit
import Synchronization

/// What *De lus* is filtered by. See docs/lus.md for which figure each filter applies to.
public struct LoopFilter: Sendable, Equatable {
    public var domainID: UUID?
    /// Signals assigned to this team (`assigned_team_id`): the loop is about answering, and the team that handles a
    /// signal answers for it. Actions: chosen for the team or owned by one of its members, as on /acties.
    public var teamID: UUID?
    public var period: LoopPeriod

    public init(domainID: UUID? = nil, teamID: UUID? = nil, period: LoopPeriod) {
        self.domainID = domainID
        self.teamID = teamID
        self.period = period
    }
}

extension LoopFilter {
    /// The filter from the query (`domein`, `team`, `van`, `tot` as YYYY-MM); the last twelve months by default.
    /// Unknown ids are refused rather than ignored, so a figure never claims a filter it did not apply.
    public static func parse(
        domain: String?, team: String?, from: String?, until: String?, now: Date
    ) -> Result<LoopFilter, ValidationFailure> {
        var problems: [InvalidParam] = []
        func id(_ text: String?, _ name: String, _ reason: String) -> UUID? {
            guard let text, !text.isEmpty else { return nil }
            guard let id = UUID(uuidString: text) else {
                problems.append(InvalidParam(name: name, code: "ongeldig", reason: reason))
                return nil
            }
            return id
        }
        let domainID = id(domain, "domein", "Kies een beleidsterrein uit de lijst.")
        let teamID = id(team, "team", "Kies een team uit de lijst.")
        let standard = LoopPeriod.lastTwelveMonths(endingAt: now)
        func month(_ text: String?, _ name: String) -> Period? {
            guard let text, !text.isEmpty else { return nil }
            guard let period = Period(text), period.frequency == .month else {
                problems.append(InvalidParam(name: name, code: "ongeldig", reason: "Geef een maand als jjjj-mm, bijvoorbeeld 2026-01."))
                return nil
            }
            return period
        }
        let first = month(from, "van")
        let last = month(until, "tot")
        var period = standard
        if problems.isEmpty, first != nil || last != nil {
            let end = last ?? standard.until
            let start = first ?? Period(year: (end.startMonth - 11) / 12, frequency: .month, index: (end.startMonth - 11) % 12 + 1)!
            if let chosen = LoopPeriod(from: start, until: end) {
                period = chosen
            } else {
                problems.append(
                    InvalidParam(
                        name: "van", code: "ongeldig",
                        reason: "De periode loopt van een maand tot een latere maand, en is hoogstens \(LoopPeriod.maximumMonths) maanden lang."))
            }
        }
        if !problems.isEmpty { return .failure(ValidationFailure(problems)) }
        return .success(LoopFilter(domainID: domainID, teamID: teamID, period: period))
    }
}

/// Every figure of *De lus*, for one organisation, filter and moment.
public struct LoopFigures: Sendable {
    public struct Month: Sendable, Equatable {
        public let month: Period
        /// Signals submitted in the month.
        public let submitted: Int
        /// Signals whose (latest) answer falls in the month.
        public let answered: Int
        /// Of those, answered at or before their deadline.
        public let answeredOnTime: Int
    }

    public struct Theme: Sendable, Equatable {
        public let id: UUID
        public let title: String
        public let signals: Int
        /// How many times colleagues recognised the theme's signals: a count of people, protected before it is shown.
        public let recognitions: Int
    }

    public struct Quarter: Sendable, Equatable {
        public let quarter: Period
        /// Decisions on an agenda item about a signal or a theme.
        public let decisions: Int
        /// Of those, decisions that record a change to a policy.
        public let policyChanges: Int
    }

    public let filter: LoopFilter
    public let now: Date
    public let months: [Month]
    public var submitted: Int { months.reduce(0) { $0 + $1.submitted } }
    public var answered: Int { months.reduce(0) { $0 + $1.answered } }
    public var answeredOnTime: Int { months.reduce(0) { $0 + $1.answeredOnTime } }
    /// Answered on time as a share of answered, over the whole period.
    public var onTimeShare: Double? { LoopMath.share(answeredOnTime, of: answered) }
    /// Time to answer in whole hours (rounded down): how many signals answered in the period took so long.
    public let answerHours: [Int: Int]
    public var medianHours: Double? { LoopMath.median(histogram: answerHours) }
    public var p90Hours: Int? { LoopMath.percentile(90, histogram: answerHours) }
    /// Open signals now, and those past their deadline and past three times it (signalering).
    public let open: Int
    public let openLate: Int
    public let openEscalated: Int
    /// At most ten themes, most recognised first.
    public let themes: [Theme]
    public let quarters: [Quarter]
    public let reviewRounds: Int
    public let remarks: Int
    public let remarksAnswered: Int
    public var remarksAnsweredShare: Double? { LoopMath.share(remarksAnswered, of: remarks) }
    /// Raadplegingen opened in the period, the residents' reactions to them, and of those closed by now how many
    /// have their public answer (*wat we met uw reacties doen*).
    public let consultations: Int
    public let consultationResponses: Int
    public let consultationsClosed: Int
    public let consultationsAnswered: Int
    public let indicators: [TrackStatus: Int]
    public let indicatorsWithoutStatus: Int
    public let actionsOverdue: Int
    public let teamPairs: Int
    public let teamPairsWithoutContact: Int
    /// The organisation's small-number threshold, for the counts of people.
    public let smallNumberThreshold: Int
}

/// The loop at a glance (*De lus*): aggregate queries over signals, decisions, review rounds, indicators, actions and
/// the samenwerkingskaart. Dates are compared with bound values only, so the same SQL runs on SQLite (dates as
/// seconds since 1970) and PostgreSQL (timestamptz); months are bucketed with a CASE over their Dutch boundaries.
public struct LoopMetricsRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    private struct CountRow: Decodable { let n: Int }
    private struct HourRow: Decodable {
        let h: Int
        let n: Int
    }
    private struct ThemeRow: Decodable {
        let id: UUID
        let title: String
        let signals: Int
        let recognitions: Int?
    }
    private struct DecisionRow: Decodable {
        let created_at: Date
        let policy_id: UUID?
    }
    private struct RemarkRow: Decodable {
        let n: Int
        let answered: Int?
    }

    /// The signals the filter covers (alias `s`), regardless of period.
    static func signalScope(organisationID: UUID, filter: LoopFilter) -> SQLQueryString {
        var scope: SQLQueryString = "s.organisation_id = \(bind: organisationID)"
        if let domain = filter.domainID { scope = "\(scope) AND s.domain_id = \(bind: domain)" }
        if let team = filter.teamID { scope = "\(scope) AND s.assigned_team_id = \(bind: team)" }
        return scope
    }

    /// The month index (0-based) of `column` within the period's boundaries; NULL outside them.
    static func monthBucket(_ column: String, period: LoopPeriod) -> SQLQueryString {
        let bounds = period.monthBoundaries
        var expression: SQLQueryString = "CASE"
        for (index, bound) in bounds.dropFirst().enumerated() {
            expression = "\(expression) WHEN \(unsafeRaw: column) < \(bind: bound) THEN \(literal: index)"
        }
        return "\(expression) END"
    }

    static let openStatuses = SignalStatus.allCases.filter(\.isOpen).map(\.rawValue)

    /// The figures, or the same figures computed less than `LoopFiguresCache.lifetime` ago for the same filter and
    /// moment when nothing was written through this process since. Another server's writes show within that time.
    public func cachedFigures(organisationID: UUID, filter: LoopFilter, now: Date) async throws -> LoopFigures {
        let generation = store.writeGeneration
        let cache = LoopFiguresCache.shared
        if let cached = cache.get(organisationID, filter, now: now, generation: generation) { return cached }
        // Sixteen managers opening De lus at once after a change wait for one count instead of making sixteen, each
        // sixteen times slower on two cores.
        return try await cache.computeOnce(organisationID, filter, now: now, generation: generation) {
            let figures = try await self.figures(organisationID: organisationID, filter: filter, now: now)
            cache.set(organisationID, figures, generation: generation)
            return figures
        }
    }

    /// `contactUntil` ends the twelve months of the samenwerkingskaart's pairs (now without it): a report on a past
    /// period counts the pairs of that period.
    public func figures(organisationID: UUID, filter: LoopFilter, now: Date, contactUntil: Date? = nil) async throws -> LoopFigures {
        let sql = store.sql
        let period = filter.period
        let scope = Self.signalScope(organisationID: organisationID, filter: filter)
        let (start, end) = (period.start, period.end)

        // Submitted, answered and answered on time per month: a count over an index range per month and figure, all in
        // one statement. Counting ranges beats grouping: a GROUP BY over a month expression sorted every signal of
        // the period in a temporary B-tree (about 30 ms at 100 000 signals), the ranges cost about 5 ms together.
        var counts: SQLQueryString = "SELECT "
        for (index, (from, until)) in zip(period.monthBoundaries, period.monthBoundaries.dropFirst()).enumerated() {
            if index > 0 { counts = "\(counts), " }
            counts = """
                \(counts)(SELECT COUNT(*) FROM signals s WHERE \(scope) AND s.submitted_at >= \(bind: from) AND s.submitted_at < \(bind: until))
                  AS s\(unsafeRaw: String(index)),
                (SELECT COUNT(*) FROM signals s WHERE \(scope) AND s.answered_at >= \(bind: from) AND s.answered_at < \(bind: until))
                  AS a\(unsafeRaw: String(index)),
                (SELECT COUNT(*) FROM signals s WHERE \(scope) AND s.answered_at >= \(bind: from) AND s.answered_at < \(bind: until)
                  AND s.answered_at <= s.due_at) AS o\(unsafeRaw: String(index))
                """
        }
        // The statements below do not depend on each other: they run side by side on the read connections, so a
        // figure counted for a new filter takes about as long as its slowest statement, not the sum of them all.
        async let countRowRead = sql.raw(counts).first()

        // Time to answer, as a histogram of whole hours: the database groups, Swift takes the median and p90.
        let hours: SQLQueryString =
            store.kind == .postgres
            ? "CAST(FLOOR(EXTRACT(EPOCH FROM (s.answered_at - s.submitted_at)) / 3600) AS BIGINT)"
            : "CAST((s.answered_at - s.submitted_at) / 3600 AS INTEGER)"
        async let hourRowsRead = sql.raw(
            """
            SELECT \(hours) AS h, COUNT(*) AS n FROM signals s
            WHERE \(scope) AND s.answered_at >= \(bind: start) AND s.answered_at < \(bind: end) GROUP BY h
            """
        ).all(decoding: HourRow.self)

        // Open now, late and escalated: the definitions of the signal lists (SignalRepository.counts), one count each
        // so that each reads one index (signals_escalation, signals_status) only.
        let openCount: @Sendable (SQLQueryString) async throws -> Int = { condition in
            try await sql.raw("SELECT COUNT(*) AS n FROM signals s WHERE \(scope) AND s.status IN (\(binds: Self.openStatuses))\(condition)")
                .first(decoding: CountRow.self)?.n ?? 0
        }
        async let openRead = openCount("")
        async let openLateRead = openCount(" AND s.due_at < \(bind: now)")
        async let openEscalatedRead = openCount(" AND s.escalation_at < \(bind: now)")

        async let themeRowsRead = sql.raw(
            """
            SELECT t.id AS id, t.title AS title, COUNT(*) AS signals, CAST(SUM(s.recognition_count) AS BIGINT) AS recognitions
            FROM signals s JOIN themes t ON t.id = s.theme_id
            WHERE \(scope) AND s.submitted_at >= \(bind: start) AND s.submitted_at < \(bind: end)
            GROUP BY t.id, t.title ORDER BY recognitions DESC, signals DESC, t.title LIMIT 10
            """
        ).all(decoding: ThemeRow.self)

        async let quartersRead = decisions(organisationID: organisationID, filter: filter)
        async let reviewsRead = reviews(organisationID: organisationID, filter: filter)
        async let voicesRead = consultations(organisationID: organisationID, filter: filter, now: now)
        async let indicatorsRead = indicatorStatuses(organisationID: organisationID, filter: filter)
        async let actionsRead = overdueActions(organisationID: organisationID, filter: filter, now: now)
        async let pairsRead = contactPairs(organisationID: organisationID, now: contactUntil ?? now)
        async let thresholdRead = IndicatorRepository(store: store).smallNumberThreshold(organisationID: organisationID)

        let countRow = try await countRowRead
        let months = try period.months.enumerated().map { index, month in
            func count(_ prefix: String) throws -> Int { try countRow?.decode(column: prefix + String(index), as: Int.self) ?? 0 }
            return LoopFigures.Month(month: month, submitted: try count("s"), answered: try count("a"), answeredOnTime: try count("o"))
        }
        let answerHours = Dictionary(try await hourRowsRead.map { ($0.h, $0.n) }, uniquingKeysWith: +)
        let (open, openLate, openEscalated) = try await (openRead, openLateRead, openEscalatedRead)
        let themeRows = try await themeRowsRead
        let quarters = try await quartersRead
        let (rounds, remarks) = try await reviewsRead
        let voices = try await voicesRead
        let (indicators, withoutStatus) = try await indicatorsRead
        let actions = try await actionsRead
        let pairs = try await pairsRead.filter { filter.teamID == nil || $0.policy == filter.teamID || $0.practice == filter.teamID }
        let threshold = try await thresholdRead

        return LoopFigures(
            filter: filter, now: now, months: months, answerHours: answerHours, open: open, openLate: openLate, openEscalated: openEscalated,
            themes: themeRows.map { .init(id: $0.id, title: $0.title, signals: $0.signals, recognitions: $0.recognitions ?? 0) },
            quarters: quarters, reviewRounds: rounds, remarks: remarks.n, remarksAnswered: remarks.answered ?? 0,
            consultations: voices.n, consultationResponses: voices.responses ?? 0, consultationsClosed: voices.closed ?? 0,
            consultationsAnswered: voices.answered ?? 0, indicators: indicators,
            indicatorsWithoutStatus: withoutStatus, actionsOverdue: actions, teamPairs: pairs.count,
            teamPairsWithoutContact: pairs.filter { $0.none }.count, smallNumberThreshold: threshold)
    }

    /// Every pair of the samenwerkingskaart over 12 months and whether it had no contact. The map reads every answer of
    /// the last year (about 700 ms at 200 000 signals), so it comes from `ContactMapCache`.
    func contactPairs(organisationID: UUID, now: Date) async throws -> [(policy: UUID, practice: UUID, none: Bool)] {
        let map = try await ContactMapRepository(store: store).cachedMap(organisationID: organisationID, window: .twelveMonths, now: now)
        return map.pairs.map { ($0.policy.id, $0.practice.id, $0.counts.none) }
    }

    /// Decisions from practice per quarter: made in the period on an agenda item about a signal or a theme. A domain
    /// filter keeps those about a signal of the domain or recording a change to a policy of the domain; a team filter
    /// those about a signal assigned to the team.
    private func decisions(organisationID: UUID, filter: LoopFilter) async throws -> [LoopFigures.Quarter] {
        let practice = [AgendaSource.signal.rawValue, AgendaSource.theme.rawValue]
        var query: SQLQueryString = """
            SELECT d.created_at AS created_at, d.policy_id AS policy_id FROM meeting_decisions d
            WHERE d.organisation_id = \(bind: organisationID) AND d.created_at >= \(bind: filter.period.start)
              AND d.created_at < \(bind: filter.period.end)
              AND EXISTS (SELECT 1 FROM meeting_decision_items i WHERE i.decision_id = d.id AND i.source_kind IN (\(binds: practice)))
            """
        if let domain = filter.domainID {
            query = """
                \(query) AND (EXISTS (SELECT 1 FROM meeting_decision_items i JOIN signals s ON s.id = i.source_id
                    WHERE i.decision_id = d.id AND i.source_kind = \(bind: AgendaSource.signal.rawValue) AND s.domain_id = \(bind: domain))
                  OR EXISTS (SELECT 1 FROM policy_domains pd WHERE pd.policy_id = d.policy_id AND pd.domain_id = \(bind: domain)))
                """
        }
        if let team = filter.teamID {
            query = """
                \(query) AND EXISTS (SELECT 1 FROM meeting_decision_items i JOIN signals s ON s.id = i.source_id
                    WHERE i.decision_id = d.id AND i.source_kind = \(bind: AgendaSource.signal.rawValue) AND s.assigned_team_id = \(bind: team))
                """
        }
        let rows = try await store.sql.raw(query).all(decoding: DecisionRow.self)
        var tally: [Period: (Int, Int)] = [:]
        for row in rows {
            let month = LoopPeriod.month(of: row.created_at)
            let quarter = Period(year: month.year, frequency: .quarter, index: (month.index - 1) / 3 + 1)!
            let current = tally[quarter] ?? (0, 0)
            tally[quarter] = (current.0 + 1, current.1 + (row.policy_id == nil ? 0 : 1))
        }
        return filter.period.quarters.map { .init(quarter: $0, decisions: tally[$0]?.0 ?? 0, policyChanges: tally[$0]?.1 ?? 0) }
    }

    /// Review rounds opened in the period, and the remarks in their submitted reviews with how many are answered. A
    /// domain filter keeps rounds on a policy of the domain.
    private func reviews(organisationID: UUID, filter: LoopFilter) async throws -> (Int, RemarkRow) {
        var scope: SQLQueryString = """
            r.organisation_id = \(bind: organisationID) AND r.opened_at >= \(bind: filter.period.start) AND r.opened_at < \(bind: filter.period.end)
            """
        if let domain = filter.domainID {
            scope = "\(scope) AND EXISTS (SELECT 1 FROM policy_domains pd WHERE pd.policy_id = r.policy_id AND pd.domain_id = \(bind: domain))"
        }
        let rounds = try await store.sql.raw("SELECT COUNT(*) AS n FROM review_rounds r WHERE \(scope)").first(decoding: CountRow.self)?.n ?? 0
        let remarks = try await store.sql.raw(
            """
            SELECT COUNT(*) AS n, SUM(CASE WHEN m.answer IS NOT NULL THEN 1 ELSE 0 END) AS answered
            FROM review_remarks m JOIN reviews v ON v.id = m.review_id JOIN review_rounds r ON r.id = m.round_id
            WHERE \(scope) AND v.submitted_at IS NOT NULL
            """
        ).first(decoding: RemarkRow.self) ?? RemarkRow(n: 0, answered: 0)
        return (rounds, remarks)
    }

    struct ConsultationRow: Decodable {
        let n: Int
        let responses: Int?
        let closed: Int?
        let answered: Int?
    }

    /// Raadplegingen opened in the period; a domain filter keeps those on a policy of the domain. A team filter does
    /// not apply: a raadpleging belongs to a policy, not to a team.
    private func consultations(organisationID: UUID, filter: LoopFilter, now: Date) async throws -> ConsultationRow {
        var scope: SQLQueryString = """
            c.organisation_id = \(bind: organisationID) AND c.opens_at >= \(bind: filter.period.start) AND c.opens_at < \(bind: filter.period.end)
            """
        if let domain = filter.domainID {
            scope = "\(scope) AND EXISTS (SELECT 1 FROM policy_domains pd WHERE pd.policy_id = c.policy_id AND pd.domain_id = \(bind: domain))"
        }
        return try await store.sql.raw(
            """
            SELECT COUNT(*) AS n, CAST(SUM(COALESCE(r.k, 0)) AS BIGINT) AS responses,
              SUM(CASE WHEN c.closes_at < \(bind: now) THEN 1 ELSE 0 END) AS closed,
              SUM(CASE WHEN c.closes_at < \(bind: now) AND c.public_answer IS NOT NULL THEN 1 ELSE 0 END) AS answered
            FROM consultations c
            LEFT JOIN (SELECT consultation_id, COUNT(*) AS k FROM consultation_responses GROUP BY consultation_id) r ON r.consultation_id = c.id
            WHERE \(scope)
            """
        ).first(decoding: ConsultationRow.self) ?? ConsultationRow(n: 0, responses: 0, closed: 0, answered: 0)
    }

    /// Indicators by their status today, as /monitor assesses them; a domain filter as on /monitor. The tally does not
    /// depend on the period, and reading and assessing every indicator's figures was a third of counting De lus for a
    /// new period, so it is kept like the figures: until this process writes, at most `LoopFiguresCache.lifetime`.
    private func indicatorStatuses(organisationID: UUID, filter: LoopFilter) async throws -> ([TrackStatus: Int], Int) {
        let key = IndicatorTallyKey(organisationID: organisationID, domainID: filter.domainID)
        let tally = try await Self.indicatorTallies.value(key, store: store) {
            let (statuses, total) = try await countIndicatorStatuses(organisationID: organisationID, filter: filter)
            return IndicatorTally(statuses: statuses, total: total)
        }
        return (tally.statuses, tally.total)
    }

    static let indicatorTallies = GenerationCache<IndicatorTallyKey, IndicatorTally>()

    private func countIndicatorStatuses(organisationID: UUID, filter: LoopFilter) async throws -> ([TrackStatus: Int], Int) {
        let listings = try await IndicatorRepository(store: store).list(organisationID: organisationID, filter: .init(domainID: filter.domainID))
        guard !listings.isEmpty else { return ([:], 0) }
        let areas = try await AreaRepository(store: store).names(organisationID: organisationID).compactMap { AreaCode($0.code) }
        let measured = try await MeasurementRepository(store: store).wholeAreaFigures(indicatorIDs: listings.map(\.indicator.id))
        var tally: [TrackStatus: Int] = [:]
        var without = 0
        for listing in listings {
            let indicator = listing.indicator
            let figures = IndicatorFigures(measured: measured[indicator.id] ?? [:], areas: areas, aggregation: indicator.aggregation)
            if let status = figures.assessment(path: indicator.path, direction: indicator.direction)?.status {
                tally[status, default: 0] += 1
            } else {
                without += 1
            }
        }
        return (tally, without)
    }

    /// Open actions past their due date; a team filter as on /acties (chosen for the team or owned by a member).
    private func overdueActions(organisationID: UUID, filter: LoopFilter, now: Date) async throws -> Int {
        var query: SQLQueryString = """
            SELECT COUNT(*) AS n FROM meeting_actions a WHERE a.organisation_id = \(bind: organisationID)
              AND a.status IN (\(binds: ActionStatus.allCases.filter(\.isOpen).map(\.rawValue))) AND a.due_at < \(bind: now)
            """
        if let team = filter.teamID {
            query = """
                \(query) AND (a.team_id = \(bind: team) OR a.owner_id IN (SELECT tm.user_id FROM team_members tm WHERE tm.team_id = \(bind: team)))
                """
        }
        return try await store.sql.raw(query).first(decoding: CountRow.self)?.n ?? 0
    }
}

/// De lus's figures for half a minute per organisation and filter, as long as this process wrote nothing: a dashboard
/// many people open needs not be counted again for each of them. Keyed on the application's moment as well, because
/// tests move their clock.
final class LoopFiguresCache: Sendable {
    static let shared = LoopFiguresCache()
    static let lifetime: TimeInterval = 30
    private struct Key: Hashable {
        let organisationID: UUID
        let domainID: UUID?
        let teamID: UUID?
        let from: Period
        let until: Period
    }
    private let entries = GenerationCache<Key, LoopFigures>(lifetime: LoopFiguresCache.lifetime)
    private struct Pending {
        let generation: Int
        let now: Date
        let task: Task<LoopFigures, any Error>
    }
    private let pending = Mutex<[Key: Pending]>([:])

    /// Runs `compute` unless a count for the same filter, moment and generation is already under way, and then
    /// answers with that one's figures.
    func computeOnce(
        _ organisationID: UUID, _ filter: LoopFilter, now: Date, generation: Int,
        _ compute: @escaping @Sendable () async throws -> LoopFigures
    ) async throws -> LoopFigures {
        let key = Self.key(organisationID, filter)
        let task = pending.withLock { pending in
            if let running = pending[key], running.generation == generation, abs(running.now.timeIntervalSince(now)) < Self.lifetime {
                return running.task
            }
            let task = Task { [weak self] in
                defer { self?.pending.withLock { pending in if pending[key]?.now == now, pending[key]?.generation == generation { pending[key] = nil } } }
                return try await compute()
            }
            pending[key] = Pending(generation: generation, now: now, task: task)
            return task
        }
        return try await task.value
    }

    private static func key(_ organisationID: UUID, _ filter: LoopFilter) -> Key {
        Key(organisationID: organisationID, domainID: filter.domainID, teamID: filter.teamID, from: filter.period.from, until: filter.period.until)
    }

    func get(_ organisationID: UUID, _ filter: LoopFilter, now: Date, generation: Int) -> LoopFigures? {
        guard let figures = entries.get(Self.key(organisationID, filter), generation: generation),
            abs(figures.now.timeIntervalSince(now)) < Self.lifetime
        else { return nil }
        return figures
    }

    func set(_ organisationID: UUID, _ figures: LoopFigures, generation: Int) {
        entries.set(Self.key(organisationID, figures.filter), figures, generation: generation)
    }
}

struct IndicatorTallyKey: Hashable {
    let organisationID: UUID
    let domainID: UUID?
}

/// De lus's indicator tally per organisation and domain filter: indicators per status, and how many there are.
struct IndicatorTally: Sendable {
    let statuses: [TrackStatus: Int]
    let total: Int
}

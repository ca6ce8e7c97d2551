// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Builds the *Staat van de Uitvoering* with aggregate queries: the loop's figures come from `LoopMetricsRepository`,
/// so the report and *De lus* agree; the rest are a handful of statements, none per record.
public struct StateReportRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public struct UnknownDomain: Error {}

    /// `progress` is told after each of `StateReport.steps` steps how many are done.
    public func build(
        organisationID: UUID, period: ReportPeriod, domainID: UUID?, now: Date, progress: @Sendable (Int) -> Void = { _ in }
    ) async throws -> StateReport {
        guard let organisation = try await OrganisationModel.find(organisationID, on: store.database) else { throw UnknownDomain() }
        var domainName: String?
        if let domainID {
            guard let domain = try await DomainModel.find(domainID, on: store.database), domain.organisationID == organisationID else {
                throw UnknownDomain()
            }
            domainName = domain.name
        }
        let loop = LoopMetricsRepository(store: store)
        let filter = LoopFilter(domainID: domainID, period: period.months)
        let previousFilter = LoopFilter(domainID: domainID, period: period.previous.months)
        let current = try await loop.figures(organisationID: organisationID, filter: filter, now: now, contactUntil: min(now, filter.period.end))
        progress(1)
        let previous = try await loop.figures(
            organisationID: organisationID, filter: previousFilter, now: now, contactUntil: min(now, previousFilter.period.end))
        progress(2)
        let domains = domainID == nil ? try await domainRows(organisationID: organisationID, period: period.months) : []
        progress(3)
        let themes = try await themeRows(organisationID: organisationID, figures: current)
        progress(4)
        let scope = LoopMetricsRepository.signalScope(organisationID: organisationID, filter: filter)
        let answered = try await signalRows(
            "\(scope) AND s.answered_at >= \(bind: filter.period.start) AND s.answered_at < \(bind: filter.period.end)", now: now)
        let open = try await signalRows("\(scope) AND s.status IN (\(binds: LoopMetricsRepository.openStatuses))", now: now)
        progress(5)
        let changes = try await changeRows(organisationID: organisationID, filter: filter)
        progress(6)
        let indicators = try await indicatorRows(organisationID: organisationID, filter: filter)
        progress(7)
        let lessons = try await lessonRows(organisationID: organisationID, filter: filter)
        progress(8)
        let until = min(now, filter.period.end)
        let map = try await ContactMapRepository(store: store).cachedMap(organisationID: organisationID, window: .twelveMonths, now: until)
        progress(9)
        var report = StateReport(
            organisationName: organisation.name, domainID: domainID, domainName: domainName, period: period, generatedAt: now,
            current: current, previous: previous, domains: domains, themes: themes, answered: answered, open: open,
            policyChanges: changes, indicators: indicators, lessons: lessons, contactSince: map.since, contactUntil: map.until,
            teamPairs: map.pairs.count, noContact: map.noContact.map { StateReport.TeamPair(policyTeam: $0.policy.name, practiceTeam: $0.practice.name) })
        report.consultations = try await consultationRows(organisationID: organisationID, domainID: domainID, filter: filter)
        return report
    }

    private struct ConsultationRowData: Decodable {
        let id: UUID
        let title: String
        let policy_title: String
        let opens_at: Date
        let closes_at: Date
        let public_answer: String?
        let n: Int
    }

    /// Raadplegingen open at some time in the period, with their number of responses.
    private func consultationRows(organisationID: UUID, domainID: UUID?, filter: LoopFilter) async throws -> [StateReport.ConsultationRow] {
        let domain: SQLQueryString =
            domainID.map { "AND c.policy_id IN (SELECT pd.policy_id FROM policy_domains pd WHERE pd.domain_id = \(bind: $0))" } ?? ""
        return try await store.sql.raw(
            """
            SELECT c.id AS id, c.title AS title, p.title AS policy_title, c.opens_at AS opens_at, c.closes_at AS closes_at,
                c.public_answer AS public_answer, (SELECT COUNT(*) FROM consultation_responses r WHERE r.consultation_id = c.id) AS n
            FROM consultations c JOIN policies p ON p.id = c.policy_id
            WHERE c.organisation_id = \(bind: organisationID) AND c.opens_at < \(bind: filter.period.end)
                AND c.closes_at >= \(bind: filter.period.start) \(domain)
            ORDER BY c.opens_at, c.title
            """
        ).all(decoding: ConsultationRowData.self).map {
            StateReport.ConsultationRow(
                id: $0.id, title: $0.title, policyTitle: $0.policy_title, opensAt: $0.opens_at, closesAt: $0.closes_at, responses: $0.n,
                answered: $0.public_answer != nil)
        }
    }

    private struct DomainCount: Decodable {
        let domain_id: UUID?
        let n: Int
    }

    /// Submitted, answered, answered on time and open per domain: one grouped count each, over an index range.
    private func domainRows(organisationID: UUID, period: LoopPeriod) async throws -> [StateReport.DomainRow] {
        let sql = store.sql
        func grouped(_ condition: SQLQueryString) async throws -> [UUID: Int] {
            let rows = try await sql.raw(
                "SELECT s.domain_id AS domain_id, COUNT(*) AS n FROM signals s WHERE s.organisation_id = \(bind: organisationID) AND \(condition) GROUP BY s.domain_id"
            ).all(decoding: DomainCount.self)
            return Dictionary(rows.compactMap { row in row.domain_id.map { ($0, row.n) } }, uniquingKeysWith: +)
        }
        let inPeriod: SQLQueryString = "s.answered_at >= \(bind: period.start) AND s.answered_at < \(bind: period.end)"
        let submitted = try await grouped("s.submitted_at >= \(bind: period.start) AND s.submitted_at < \(bind: period.end)")
        let answered = try await grouped(inPeriod)
        let onTime = try await grouped("\(inPeriod) AND s.answered_at <= s.due_at")
        let open = try await grouped("s.status IN (\(binds: LoopMetricsRepository.openStatuses))")
        let domains = try await OrganisationRepository(store: store).domainNames(organisationID: organisationID)
        return domains.map {
            StateReport.DomainRow(
                id: $0.id, name: $0.name, submitted: submitted[$0.id] ?? 0, answered: answered[$0.id] ?? 0, answeredOnTime: onTime[$0.id] ?? 0,
                open: open[$0.id] ?? 0)
        }
    }

    private struct ThemeState: Decodable {
        let id: UUID
        let status: String
        let answer: String?
    }

    private struct ThemeDecision: Decodable {
        let theme_id: UUID
        let text: String
        let created_at: Date
    }

    /// The themes *De lus* names for the period, with their answer and the decisions taken on them or their signals.
    private func themeRows(organisationID: UUID, figures: LoopFigures) async throws -> [StateReport.ThemeRow] {
        let ids = figures.themes.map(\.id)
        guard !ids.isEmpty else { return [] }
        let sql = store.sql
        let states = try await sql.raw("SELECT id, status, answer FROM themes WHERE id IN (\(binds: ids))").all(decoding: ThemeState.self)
        let state = Dictionary(uniqueKeysWithValues: states.map { ($0.id, $0) })
        let period = figures.filter.period
        let decisions = try await sql.raw(
            """
            SELECT DISTINCT i.source_id AS theme_id, d.text AS text, d.created_at AS created_at, d.id AS id
            FROM meeting_decisions d JOIN meeting_decision_items i ON i.decision_id = d.id
            WHERE d.organisation_id = \(bind: organisationID) AND d.created_at >= \(bind: period.start) AND d.created_at < \(bind: period.end)
              AND i.source_kind = \(bind: AgendaSource.theme.rawValue) AND i.source_id IN (\(binds: ids))
            UNION
            SELECT DISTINCT s.theme_id AS theme_id, d.text AS text, d.created_at AS created_at, d.id AS id
            FROM meeting_decisions d JOIN meeting_decision_items i ON i.decision_id = d.id JOIN signals s ON s.id = i.source_id
            WHERE d.organisation_id = \(bind: organisationID) AND d.created_at >= \(bind: period.start) AND d.created_at < \(bind: period.end)
              AND i.source_kind = \(bind: AgendaSource.signal.rawValue) AND s.theme_id IN (\(binds: ids))
            """
        ).all(decoding: ThemeDecision.self)
        let byTheme = Dictionary(grouping: decisions, by: \.theme_id)
        return figures.themes.map { theme in
            let taken = (byTheme[theme.id] ?? []).sorted { $0.created_at > $1.created_at }
            return StateReport.ThemeRow(
                id: theme.id, title: theme.title, signals: theme.signals, recognitions: theme.recognitions,
                finished: state[theme.id]?.status == "afgerond", answer: state[theme.id]?.answer, decisions: taken.count,
                latestDecision: taken.first?.text)
        }
    }

    private struct SignalRowData: Decodable {
        let id: UUID
        let number: Int
        let title: String
        let status: String
        let recognition_count: Int
        let submitted_at: Date
        let due_at: Date
        let answered_at: Date?
        let answer: String?
    }

    /// The ten most recognised signals under `condition` (alias `s`); ties go to the oldest.
    private func signalRows(_ condition: SQLQueryString, now: Date) async throws -> [StateReport.SignalRow] {
        try await store.sql.raw(
            """
            SELECT s.id AS id, s.number AS number, s.title AS title, s.status AS status, s.recognition_count AS recognition_count,
              s.submitted_at AS submitted_at, s.due_at AS due_at, s.answered_at AS answered_at, s.answer AS answer
            FROM signals s WHERE \(condition) ORDER BY s.recognition_count DESC, s.submitted_at, s.number LIMIT 10
            """
        ).all(decoding: SignalRowData.self).map { row in
            let status = SignalStatus(rawValue: row.status) ?? .new
            return StateReport.SignalRow(
                id: row.id, number: row.number, title: row.title, status: status, recognitions: row.recognition_count, submittedAt: row.submitted_at,
                late: row.answered_at.map { $0 > row.due_at } ?? (status.isOpen && row.due_at < now), answer: row.answer)
        }
    }

    private struct ChangeData: Decodable {
        let id: UUID
        let created_at: Date
        let policy_id: UUID
        let policy_title: String
        let policy_change: String?
        let text: String
        let meeting_id: UUID
        let meeting_title: String
    }

    /// Decisions in the period that changed a policy on an agenda item about a signal or a theme — the policy
    /// changes *De lus* counts per quarter. A domain filter keeps changes to a policy of the domain.
    private func changeRows(organisationID: UUID, filter: LoopFilter) async throws -> [StateReport.ChangeRow] {
        let practice = [AgendaSource.signal.rawValue, AgendaSource.theme.rawValue]
        var query: SQLQueryString = """
            SELECT d.id AS id, d.created_at AS created_at, d.policy_id AS policy_id, p.title AS policy_title, d.policy_change AS policy_change,
              d.text AS text, m.id AS meeting_id, m.title AS meeting_title
            FROM meeting_decisions d JOIN policies p ON p.id = d.policy_id JOIN meetings m ON m.id = d.meeting_id
            WHERE d.organisation_id = \(bind: organisationID) AND d.created_at >= \(bind: filter.period.start) AND d.created_at < \(bind: filter.period.end)
              AND EXISTS (SELECT 1 FROM meeting_decision_items i WHERE i.decision_id = d.id AND i.source_kind IN (\(binds: practice)))
            """
        if let domain = filter.domainID {
            query = "\(query) AND EXISTS (SELECT 1 FROM policy_domains pd WHERE pd.policy_id = d.policy_id AND pd.domain_id = \(bind: domain))"
        }
        return try await store.sql.raw("\(query) ORDER BY d.created_at, d.id").all(decoding: ChangeData.self).map {
            StateReport.ChangeRow(
                decisionID: $0.id, at: $0.created_at, policyID: $0.policy_id, policyTitle: $0.policy_title, change: $0.policy_change ?? $0.text,
                meetingID: $0.meeting_id, meetingTitle: $0.meeting_title)
        }
    }

    private struct CommentData: Decodable {
        let indicator_id: UUID
        let body: String
        let created_at: Date
        let author: String?
    }

    /// Every indicator (of the domain's policies) with the status of its latest figure up to the end of the period,
    /// and the comments made on it in the period.
    private func indicatorRows(organisationID: UUID, filter: LoopFilter) async throws -> [StateReport.IndicatorRow] {
        let listings = try await IndicatorRepository(store: store).list(organisationID: organisationID, filter: .init(domainID: filter.domainID))
        guard !listings.isEmpty else { return [] }
        let ids = listings.map(\.indicator.id)
        let areas = try await AreaRepository(store: store).names(organisationID: organisationID).compactMap { AreaCode($0.code) }
        let measured = try await MeasurementRepository(store: store).wholeAreaFigures(indicatorIDs: ids)
        let lastMonth = filter.period.until.endMonth
        let comments = try await store.sql.raw(
            """
            SELECT c.indicator_id AS indicator_id, c.body AS body, c.created_at AS created_at, u.name AS author
            FROM indicator_comments c LEFT JOIN users u ON u.id = c.author_id
            WHERE c.organisation_id = \(bind: organisationID) AND c.indicator_id IN (\(binds: ids))
              AND c.created_at >= \(bind: filter.period.start) AND c.created_at < \(bind: filter.period.end)
            ORDER BY c.created_at DESC
            """
        ).all(decoding: CommentData.self)
        let commentsByIndicator = Dictionary(grouping: comments, by: \.indicator_id)
        return listings.map { listing in
            let indicator = listing.indicator
            let upToPeriod = (measured[indicator.id] ?? [:]).filter { $0.key.endMonth <= lastMonth }
            let figures = IndicatorFigures(measured: upToPeriod, areas: areas, aggregation: indicator.aggregation)
            return StateReport.IndicatorRow(
                id: indicator.id, name: indicator.name, policyTitle: listing.policyTitle,
                status: figures.assessment(path: indicator.path, direction: indicator.direction)?.status, latestPeriod: figures.latest?.period,
                comments: (commentsByIndicator[indicator.id] ?? []).prefix(3).map { .init(body: $0.body, at: $0.created_at, author: $0.author) })
        }
    }

    private struct LessonData: Decodable {
        let id: UUID
        let title: String
        let kind: String
        let learned: String
        let created_at: Date
    }

    /// Lessons written in the period; a domain filter keeps those linked to a policy of the domain or to a signal of it.
    private func lessonRows(organisationID: UUID, filter: LoopFilter) async throws -> [StateReport.LessonRow] {
        var query: SQLQueryString = """
            SELECT l.id AS id, l.title AS title, l.kind AS kind, l.learned AS learned, l.created_at AS created_at FROM lessons l
            WHERE l.organisation_id = \(bind: organisationID) AND l.created_at >= \(bind: filter.period.start) AND l.created_at < \(bind: filter.period.end)
            """
        if let domain = filter.domainID {
            query = """
                \(query) AND (EXISTS (SELECT 1 FROM lesson_policies lp JOIN policy_domains pd ON pd.policy_id = lp.policy_id
                    WHERE lp.lesson_id = l.id AND pd.domain_id = \(bind: domain))
                  OR EXISTS (SELECT 1 FROM lesson_signals ls JOIN signals s ON s.id = ls.signal_id WHERE ls.lesson_id = l.id AND s.domain_id = \(bind: domain)))
                """
        }
        return try await store.sql.raw("\(query) ORDER BY l.created_at, l.id").all(decoding: LessonData.self).map {
            StateReport.LessonRow(id: $0.id, title: $0.title, kind: LessonKind(rawValue: $0.kind) ?? .experiment, learned: $0.learned, createdAt: $0.created_at)
        }
    }
}

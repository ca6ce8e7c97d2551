// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Builds the knelpuntenbrief: the one place the page, the Markdown, the API and the command line get it from.
///
/// Which records it holds:
/// - every knelpunt (a signal's or a theme's) forwarded in the period and to the addressee kind asked for;
/// - without details ("Regeling nog niet vastgelegd", only when no addressee kind is asked for, as they have none):
///   every signal in status doorgezet outside a theme, and every theme without a knelpunt of its own that holds a
///   signal in status doorgezet. A forwarded signal in a theme belongs to its theme, unless it has a knelpunt itself.
///
/// Four statements, each reading an index range: the knelpunten (`bottlenecks_report`), the forwarded signals without
/// one (`signals_status`), the ids of themes with one, and the per-status counts of the themes shown (`signals_theme`).
public struct BottleneckReportRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// Who may read the knelpuntenbrief: the readers of De lus.
    public static func mayRead(_ user: SignedInUser) -> Bool { user.has(.manager) || user.has(.policyOfficer) || user.has(.administrator) }

    private struct RecordedRow: Decodable {
        let signal_id: UUID?
        let theme_id: UUID?
        let addressee_kind: String
        let addressee: String
        let regulation: String
        let article: String?
        let practice: String
        let proposed_solution: String
        let forwarded_at: Date
        let number: Int?
        let signal_title: String?
        let signal_status: String?
        let recognition_count: Int?
        let theme_title: String?
    }

    private struct LooseRow: Decodable {
        let id: UUID
        let number: Int
        let title: String
        let description: String
        let theme_id: UUID?
        let recognition_count: Int
        let forwarded_at: Date?
    }

    private struct ThemeCountRow: Decodable {
        let theme_id: UUID
        let status: String
        let n: Int
        let r: Int?
    }

    private struct ThemeRow: Decodable {
        let id: UUID
        let title: String
        let description: String
    }

    private struct IDRow: Decodable { let theme_id: UUID }

    public func letter(organisationID: UUID, filter: BottleneckLetter.Filter) async throws -> BottleneckLetter {
        let sql = store.sql
        let organisation = try await OrganisationModel.find(organisationID, on: store.database)?.name ?? ""
        var recordedQuery = sql.select()
            .columns(
                SQLColumn("signal_id", table: "b"), SQLColumn("theme_id", table: "b"), SQLColumn("addressee_kind", table: "b"),
                SQLColumn("addressee", table: "b"), SQLColumn("regulation", table: "b"), SQLColumn("article", table: "b"),
                SQLColumn("practice", table: "b"), SQLColumn("proposed_solution", table: "b"), SQLColumn("forwarded_at", table: "b"),
                SQLColumn("number", table: "s"), SQLColumn("recognition_count", table: "s")
            )
            .column(SQLColumn("title", table: "s"), as: "signal_title").column(SQLColumn("status", table: "s"), as: "signal_status")
            .column(SQLColumn("title", table: "t"), as: "theme_title")
            .from(SQLAlias(SQLIdentifier("bottlenecks"), as: SQLIdentifier("b")))
            .join(
                SQLAlias(SQLIdentifier("signals"), as: SQLIdentifier("s")), method: SQLJoinMethod.left, on: SQLColumn("id", table: "s"), .equal,
                SQLColumn("signal_id", table: "b")
            )
            .join(
                SQLAlias(SQLIdentifier("themes"), as: SQLIdentifier("t")), method: SQLJoinMethod.left, on: SQLColumn("id", table: "t"), .equal,
                SQLColumn("theme_id", table: "b")
            )
            .where(SQLColumn("organisation_id", table: "b"), .equal, SQLBind(organisationID))
        if let from = filter.from { recordedQuery = recordedQuery.where(SQLColumn("forwarded_at", table: "b"), .greaterThanOrEqual, SQLBind(from)) }
        if let until = filter.until { recordedQuery = recordedQuery.where(SQLColumn("forwarded_at", table: "b"), .lessThan, SQLBind(until)) }
        if let kind = filter.addresseeKind {
            recordedQuery = recordedQuery.where(SQLColumn("addressee_kind", table: "b"), .equal, SQLBind(kind.rawValue))
        }
        let recorded = try await recordedQuery.all(decoding: RecordedRow.self)

        var loose: [LooseRow] = []
        var recordedThemes: Set<UUID> = []
        if filter.addresseeKind == nil {
            let forwarded = SignalStatus.forwarded.rawValue
            let query: SQLQueryString = """
                SELECT s.id, s.number, s.title, s.description, s.theme_id, s.recognition_count,
                  (SELECT MAX(e.at) FROM signal_events e WHERE e.signal_id = s.id AND e.to_status = \(bind: forwarded)) AS forwarded_at
                FROM signals s
                WHERE s.organisation_id = \(bind: organisationID) AND s.status = \(bind: forwarded)
                  AND NOT EXISTS (SELECT 1 FROM bottlenecks k WHERE k.signal_id = s.id)
                """
            loose = try await sql.raw(query).all(decoding: LooseRow.self)
            recordedThemes = Set(
                try await sql.select().column("theme_id").from("bottlenecks").where("organisation_id", .equal, SQLBind(organisationID))
                    .where("theme_id", .isNot, SQLLiteral.null).all(decoding: IDRow.self).map(\.theme_id))
        }

        // Themes shown: those with a knelpunt in the letter, and those without one that hold a forwarded signal.
        let looseByTheme = Dictionary(grouping: loose.filter { $0.theme_id != nil && !recordedThemes.contains($0.theme_id!) }) { $0.theme_id! }
        let themeIDs = Array(Set(recorded.compactMap(\.theme_id)).union(looseByTheme.keys))
        var counts: [UUID: [ThemeCountRow]] = [:]
        var themes: [UUID: ThemeRow] = [:]
        if !themeIDs.isEmpty {
            counts = Dictionary(
                // PostgreSQL sums a BIGINT column to NUMERIC: cast back so both databases give an integer.
                grouping: try await sql.select().column("theme_id").column("status")
                    .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").column(SQLRaw("CAST(SUM(recognition_count) AS BIGINT)"), as: "r")
                    .from("signals").where("theme_id", .in, SQLBind.group(themeIDs)).groupBy("theme_id").groupBy("status")
                    .all(decoding: ThemeCountRow.self)
            ) { $0.theme_id }
        }
        if !looseByTheme.isEmpty {
            let rows = try await sql.select().column("id").column("title").column("description").from("themes")
                .where("id", .in, SQLBind.group(Array(looseByTheme.keys))).all(decoding: ThemeRow.self)
            themes = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        }
        func themeFigures(_ id: UUID) -> (signals: Int, recognitions: Int, statuses: [(status: SignalStatus, count: Int)]) {
            let rows = counts[id] ?? []
            let statuses = rows.compactMap { row in SignalStatus(rawValue: row.status).map { (status: $0, count: row.n) } }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.status.label < $1.status.label }
            return (rows.reduce(0) { $0 + $1.n }, rows.reduce(0) { $0 + ($1.r ?? 0) }, statuses)
        }

        var items: [BottleneckLetter.Item] = []
        for row in recorded {
            let kind = AddresseeKind(rawValue: row.addressee_kind)
            if let signalID = row.signal_id {
                items.append(
                    .init(
                        kind: .signal, id: signalID, number: row.number, title: row.signal_title ?? "", addresseeKind: kind, addressee: row.addressee,
                        regulation: row.regulation, article: row.article, practice: row.practice, signals: 1,
                        recognitions: row.recognition_count ?? 0,
                        proposedSolution: row.proposed_solution, forwardedAt: row.forwarded_at,
                        statuses: row.signal_status.flatMap(SignalStatus.init(rawValue:)).map { [(status: $0, count: 1)] } ?? []))
            } else if let themeID = row.theme_id {
                let figures = themeFigures(themeID)
                items.append(
                    .init(
                        kind: .theme, id: themeID, number: nil, title: row.theme_title ?? "", addresseeKind: kind, addressee: row.addressee,
                        regulation: row.regulation, article: row.article, practice: row.practice, signals: figures.signals,
                        recognitions: figures.recognitions, proposedSolution: row.proposed_solution, forwardedAt: row.forwarded_at,
                        statuses: figures.statuses))
            }
        }
        for row in loose where row.theme_id == nil && filter.contains(row.forwarded_at) {
            items.append(
                .init(
                    kind: .signal, id: row.id, number: row.number, title: row.title, addresseeKind: nil, addressee: nil, regulation: nil,
                    article: nil, practice: row.description, signals: 1, recognitions: row.recognition_count, proposedSolution: nil,
                    forwardedAt: row.forwarded_at, statuses: [(status: .forwarded, count: 1)]))
        }
        for (themeID, members) in looseByTheme {
            guard let theme = themes[themeID] else { continue }
            let forwardedAt = members.compactMap(\.forwarded_at).max()
            guard filter.contains(forwardedAt) else { continue }
            let figures = themeFigures(themeID)
            items.append(
                .init(
                    kind: .theme, id: themeID, number: nil, title: theme.title, addresseeKind: nil, addressee: nil, regulation: nil, article: nil,
                    practice: theme.description, signals: figures.signals, recognitions: figures.recognitions, proposedSolution: nil,
                    forwardedAt: forwardedAt, statuses: figures.statuses))
        }
        let threshold = try await IndicatorRepository(store: store).smallNumberThreshold(organisationID: organisationID)
        return BottleneckLetter(organisation: organisation, filter: filter, items: items, smallNumberThreshold: threshold)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Dutch full-text search over lessons and signals, one interface over two databases: FTS5 with `bm25` and
/// `highlight`/`snippet` on SQLite, `to_tsvector('dutch', …)` with `ts_rank` and `ts_headline` on PostgreSQL (the
/// indexes are M0029's). A search is reduced to plain words first (`SearchQuery`), so no typed character is syntax
/// for either database; every word must occur, as a word or the start of one.
public struct SearchRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let defaultLimit = 20
    public static let maximumLimit = 100

    public enum Kind: String, CaseIterable, Sendable {
        case lesson = "les"
        case signal = "signaal"
    }

    public struct Hit: Sendable {
        public let kind: Kind
        public let id: UUID
        /// The signal's number; nil for a lesson.
        public let number: Int?
        /// The lesson's `LessonKind` raw value; nil for a signal.
        public let lessonKind: String?
        public let title: [TextSegment]
        public let snippet: [TextSegment]
        /// Higher is better. Comparable within one database, not between SQLite and PostgreSQL.
        public let rank: Double
    }

    /// Checks the typed text: nil-free words, or a validation failure on `field` with a Dutch reason.
    public static func query(_ text: String, field: String = "zoek") throws -> SearchQuery {
        guard let query = SearchQuery(text) else {
            throw ValidationFailure([InvalidParam(name: field, code: "leeg", reason: SearchQuery.emptyReason)])
        }
        return query
    }

    /// The organisation's lessons and signals that hold every word, best first (lessons and signals merged by rank).
    public func search(
        _ text: String, organisationID: UUID, kinds: Set<Kind> = Set(Kind.allCases), limit: Int = defaultLimit
    ) async throws -> [Hit] {
        let query = try Self.query(text)
        let limit = min(max(limit, 1), Self.maximumLimit)
        var hits: [Hit] = []
        if kinds.contains(.lesson) { hits += try await lessons(query, organisationID: organisationID, limit: limit) }
        if kinds.contains(.signal) { hits += try await signals(query, organisationID: organisationID, limit: limit) }
        return Array(hits.sorted { $0.rank > $1.rank }.prefix(limit))
    }

    private struct Row: Decodable {
        let id: UUID
        let kind: String?
        let number: Int?
        let title: String
        let snippet: String
        let rank: Double
    }

    private func hits(_ rows: [Row], _ kind: Kind) -> [Hit] {
        rows.map {
            Hit(
                kind: kind, id: $0.id, number: $0.number, lessonKind: $0.kind, title: TextSegment.parse($0.title),
                snippet: TextSegment.parse($0.snippet), rank: $0.rank)
        }
    }

    /// `to_tsquery('dutch', 'woord:* & woord:*')`: the words are letters and digits only, so they are safe as tsquery
    /// text; the prefix match keeps PostgreSQL's results in line with FTS5's.
    static func tsquery(_ query: SearchQuery) -> String {
        query.terms.map { $0 + ":*" }.joined(separator: " & ")
    }

    /// ts_headline's options, with the same markers as FTS5's highlight.
    private static let headline = "'StartSel=' || chr(1) || ', StopSel=' || chr(2)"

    private func lessonRows(_ query: SearchQuery, organisationID: UUID, limit: Int) async throws -> [Row] {
        let sql = store.sql
        let rows: [Row]
        if store.kind == .sqlite {
            rows = try await sql.raw(
                """
                SELECT l.id AS id, l.kind AS kind, NULL AS number, highlight(lessons_fts, 0, char(1), char(2)) AS title,
                  snippet(lessons_fts, -1, char(1), char(2), '…', 24) AS snippet, -bm25(lessons_fts, 5.0, 1.0, 1.0, 1.0, 1.0) AS rank
                FROM lessons_fts JOIN lessons l ON l.rowid = lessons_fts.rowid
                WHERE lessons_fts MATCH \(bind: query.fts5) AND l.organisation_id = \(bind: organisationID)
                ORDER BY rank DESC, l.title LIMIT \(unsafeRaw: String(limit))
                """
            ).all(decoding: Row.self)
        } else {
            let text = M0029_AddSearchIndexes.lessonText
            rows = try await sql.raw(
                """
                SELECT l.id AS id, l.kind AS kind, CAST(NULL AS BIGINT) AS number,
                  ts_headline('dutch', l.title, q, 'HighlightAll=true, ' || \(unsafeRaw: Self.headline)) AS title,
                  ts_headline('dutch', l.situation || ' ' || l.what_happened || ' ' || l.learned || ' ' || l.changes, q,
                    'MaxWords=30, MinWords=12, ' || \(unsafeRaw: Self.headline)) AS snippet,
                  CAST(ts_rank(to_tsvector('dutch', \(unsafeRaw: text)), q) AS DOUBLE PRECISION) AS rank
                FROM lessons l, to_tsquery('dutch', \(bind: Self.tsquery(query))) q
                WHERE l.organisation_id = \(bind: organisationID) AND to_tsvector('dutch', \(unsafeRaw: text)) @@ q
                ORDER BY rank DESC, l.title LIMIT \(unsafeRaw: String(limit))
                """
            ).all(decoding: Row.self)
        }
        return rows
    }

    private func lessons(_ query: SearchQuery, organisationID: UUID, limit: Int) async throws -> [Hit] {
        hits(try await lessonRows(query, organisationID: organisationID, limit: limit), .lesson)
    }

    private func signals(_ query: SearchQuery, organisationID: UUID, limit: Int) async throws -> [Hit] {
        let sql = store.sql
        let rows: [Row]
        if store.kind == .sqlite {
            rows = try await sql.raw(
                """
                SELECT s.id AS id, NULL AS kind, s.number AS number, highlight(signals_fts, 0, char(1), char(2)) AS title,
                  snippet(signals_fts, 1, char(1), char(2), '…', 24) AS snippet, -bm25(signals_fts, 5.0, 1.0) AS rank
                FROM signals_fts JOIN signals s ON s.rowid = signals_fts.rowid
                WHERE signals_fts MATCH \(bind: query.fts5) AND s.organisation_id = \(bind: organisationID)
                ORDER BY rank DESC, s.number DESC LIMIT \(unsafeRaw: String(limit))
                """
            ).all(decoding: Row.self)
        } else {
            let text = M0029_AddSearchIndexes.signalText
            rows = try await sql.raw(
                """
                SELECT s.id AS id, CAST(NULL AS TEXT) AS kind, CAST(s.number AS BIGINT) AS number,
                  ts_headline('dutch', s.title, q, 'HighlightAll=true, ' || \(unsafeRaw: Self.headline)) AS title,
                  ts_headline('dutch', s.description, q, 'MaxWords=30, MinWords=12, ' || \(unsafeRaw: Self.headline)) AS snippet,
                  CAST(ts_rank(to_tsvector('dutch', \(unsafeRaw: text)), q) AS DOUBLE PRECISION) AS rank
                FROM signals s, to_tsquery('dutch', \(bind: Self.tsquery(query))) q
                WHERE s.organisation_id = \(bind: organisationID) AND to_tsvector('dutch', \(unsafeRaw: text)) @@ q
                ORDER BY rank DESC, s.number DESC LIMIT \(unsafeRaw: String(limit))
                """
            ).all(decoding: Row.self)
        }
        return hits(rows, .signal)
    }
}

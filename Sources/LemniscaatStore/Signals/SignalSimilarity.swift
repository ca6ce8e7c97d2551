// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// One similarity index of open signals per organisation, held in memory: built from the database the first time
/// an organisation asks, then kept up to date on every change, so a query never scans all signals.
public actor SignalSimilarity {
    let store: Store
    private var indexes: [UUID: SimilarityIndex] = [:]

    public init(store: Store) { self.store = store }

    static let warmPageSize = 2_000

    private struct WarmRow: Decodable {
        let number: Int
        let id: UUID
        let status: String
    }

    private struct TextRow: Decodable {
        let id: UUID
        let title: String
        let description: String
    }

    static func text(_ signal: SignalModel) -> String { signal.title + "\n" + signal.signalDescription }

    private func index(for organisationID: UUID) async throws -> SimilarityIndex {
        if let index = indexes[organisationID] { return index }
        let index = SimilarityIndex()
        // In pages along the (organisation, number) index, as plain rows: all open signals as models at once held
        // hundreds of MB, which the allocator kept; filtering on status in SQL made SQLite walk the status index and
        // sort every page (20 s of CPU at 200 000 signals). The text is fetched for the open ones only.
        let open = Set(SignalStatus.allCases.filter(\.isOpen).map(\.rawValue))
        var after = 0
        while true {
            guard store.isOpen else { break }
            let rows = try await store.sql.select().column("number").column("id").column("status").from("signals")
                .where("organisation_id", .equal, SQLBind(organisationID)).where("number", .greaterThan, SQLBind(after))
                .orderBy("number").limit(Self.warmPageSize).all(decoding: WarmRow.self)
            let ids = rows.filter { open.contains($0.status) }.map { SQLBind($0.id) as any SQLExpression }
            if !ids.isEmpty {
                let texts = try await store.sql.select().column("id").column("title").column("description").from("signals")
                    .where("id", .in, SQLGroupExpression(SQLList(ids))).all(decoding: TextRow.self)
                for text in texts { index.upsert(id: text.id, text: text.title + "\n" + text.description) }
            }
            guard let last = rows.last, rows.count == Self.warmPageSize else { break }
            after = last.number
        }
        // Another caller may have built it while this one waited on the database; keep the first.
        if let existing = indexes[organisationID] { return existing }
        indexes[organisationID] = index
        return index
    }

    /// Builds every organisation's index, so the first reporter does not wait for it (seconds at 200 000 signals).
    public func warm() async throws {
        guard store.isOpen else { return }
        for organisation in try await OrganisationModel.query(on: store.database).all() {
            guard store.isOpen else { return }
            _ = try await index(for: organisation.id!)
        }
    }

    /// Keeps the index in step with one signal: open signals are in it, others are not.
    public func changed(_ signal: SignalModel) {
        guard let index = indexes[signal.organisationID], let id = signal.id else { return }
        if SignalStatus(rawValue: signal.status)?.isOpen == true {
            index.upsert(id: id, text: Self.text(signal))
        } else {
            index.remove(id: id)
        }
    }

    private struct ChangedRow: Decodable {
        let id: UUID
        let organisation_id: UUID
        let title: String
        let description: String
        let status: String
        let updated_at: Date
    }

    /// The newest `updated_at` this process has taken in from the database; nil until the first catch-up.
    private var caughtUpTo: Date?

    /// Takes in signals that another server process sharing the database changed: every signal changed since the
    /// last look, less `overlap` (writers' clocks differ a little, and a transaction may commit after a later one).
    /// Returns how many signals it looked at.
    @discardableResult
    public func catchUp(overlap: TimeInterval = 60) async throws -> Int {
        guard store.isOpen else { return 0 }
        guard let since = caughtUpTo else {
            // The indexes are built from the database as it is, so only what changes from here on matters.
            let newest = try await store.sql.select().column(SQLFunction("MAX", args: SQLColumn("updated_at")), as: "newest")
                .from("signals").first()
            caughtUpTo = (try newest?.decode(column: "newest", as: Date?.self) ?? nil) ?? Date(timeIntervalSince1970: 0)
            return 0
        }
        // In pages along (updated_at, id): a bulk load by another process must not be read in one piece.
        var seen = 0
        var after: (at: Date, id: UUID)?
        var newest = since
        while store.isOpen {
            var query = store.sql.select().columns("id", "organisation_id", "title", "description", "status", "updated_at")
                .from("signals")
            if let after {
                query = query.where {
                    $0.where("updated_at", .greaterThan, SQLBind(after.at))
                        .orWhere { $0.where("updated_at", .equal, SQLBind(after.at)).where("id", .greaterThan, SQLBind(after.id)) }
                }
            } else {
                query = query.where("updated_at", .greaterThanOrEqual, SQLBind(since.addingTimeInterval(-overlap)))
            }
            let rows = try await query.orderBy("updated_at").orderBy("id").limit(Self.warmPageSize).all(decoding: ChangedRow.self)
            for row in rows {
                guard let index = indexes[row.organisation_id] else { continue }
                if SignalStatus(rawValue: row.status)?.isOpen == true {
                    index.upsert(id: row.id, text: row.title + "\n" + row.description)
                } else {
                    index.remove(id: row.id)
                }
            }
            seen += rows.count
            if let last = rows.last {
                newest = max(newest, last.updated_at)
                after = (last.updated_at, last.id)
            }
            if rows.count < Self.warmPageSize { break }
        }
        caughtUpTo = newest
        return seen
    }

    /// Drops deleted signals (the retention run): only open signals are indexed, so this is a safeguard, but a deleted
    /// signal's words must not linger in memory whatever its status was.
    public func forget(_ ids: [UUID], organisationID: UUID) {
        guard let index = indexes[organisationID] else { return }
        for id in ids { index.remove(id: id) }
    }

    /// Up to `limit` open signals like `text`, best first.
    public func similar(to text: String, organisationID: UUID, limit: Int = 5, excluding: Set<UUID> = []) async throws -> [(id: UUID, score: Double)] {
        try await index(for: organisationID).mostSimilar(to: text, limit: limit, excluding: excluding)
    }
}

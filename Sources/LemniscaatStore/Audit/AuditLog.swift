// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit
import Synchronization

/// Who did something, from where. Written into every audit entry.
public struct AuditActor: Sendable, Equatable {
    public var organisationID: UUID?
    public var userID: UUID?
    public var label: String
    public var origin: String

    public init(organisationID: UUID?, userID: UUID?, label: String, origin: String) {
        self.organisationID = organisationID
        self.userID = userID
        self.label = label
        self.origin = origin
    }

    /// The daily retention run inside the server, acting for an organisation.
    public static func retentionJob(organisationID: UUID?) -> AuditActor {
        AuditActor(organisationID: organisationID, userID: nil, label: "lemniscaat (bewaartermijnen)", origin: "taak")
    }

    /// The command line, acting for an organisation.
    public static func commandLine(organisationID: UUID?) -> AuditActor {
        AuditActor(organisationID: organisationID, userID: nil, label: "lemniscaat (opdrachtregel)", origin: "cli")
    }
}

/// Appends to the hash-chained audit log, inside the caller's transaction so the entry and the change it
/// describes are written together or not at all.
public enum AuditLog {
    public static func append(
        on database: any Database, actor: AuditActor, action: String, entityType: String, entityID: String,
        summary: String, at now: Date
    ) async throws {
        if let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" {
            // One chain for every process sharing this PostgreSQL: appends take turns until commit.
            try await sql.raw(SQLQueryString(chainLockSQL)).run()
        }
        // Plain SQL on the hot path (every change passes here): Fluent's per-model reflection cost more than the I/O.
        let sql = database as! any SQLDatabase
        let last: Tail?
        if let known = AuditTail.current?.value {
            last = known
        } else {
            last = try await sql.select().column("sequence").column("hash").from(AuditEntryModel.schema)
                .orderBy("sequence", .descending).limit(1).first(decoding: Tail.self)
        }
        let content = AuditContent(
            sequence: (last?.sequence ?? 0) + 1,
            occurredAt: AuditChain.timestamp(now),
            organisationID: actor.organisationID?.uuidString.lowercased() ?? "",
            actorID: actor.userID?.uuidString.lowercased() ?? "",
            actorLabel: actor.label,
            action: action,
            entityType: entityType,
            entityID: entityID,
            origin: actor.origin,
            summary: String(summary.prefix(2000)))
        let link = AuditChain.link(previous: last?.hash ?? AuditChain.genesis, content: content)
        let c = link.content
        try await sql.insert(into: AuditEntryModel.schema)
            .columns(
                "id", "sequence", "occurred_at", "organisation_id", "actor_id", "actor_label", "action", "entity_type", "entity_id", "origin",
                "summary", "previous_hash", "hash"
            )
            .values(
                SQLBind(UUID()), SQLBind(c.sequence), SQLBind(c.occurredAt), SQLBind(c.organisationID), SQLBind(c.actorID),
                SQLBind(c.actorLabel), SQLBind(c.action), SQLBind(c.entityType), SQLBind(c.entityID), SQLBind(c.origin), SQLBind(c.summary),
                SQLBind(link.previousHash), SQLBind(link.hash)
            ).run()
        AuditTail.current?.value = Tail(sequence: c.sequence, hash: link.hash)
    }

    /// The lock every append (and the retention's trim of the chain's front) takes: one per schema, the chain's home,
    /// as the migration lock is. One key for the whole database made every schema's writes wait for each other: the
    /// PostgreSQL test run, a schema per test, serialised its writes on it until a pool gave up waiting.
    static let chainLockSQL = "SELECT pg_advisory_xact_lock(7245361, hashtext(current_schema()))"

    struct Tail: Decodable, Sendable {
        let sequence: Int64
        let hash: String
    }
}

/// The chain's last link, remembered for the rest of one SQLite group-commit transaction: once a job in it has
/// written, the transaction holds the database's only write lock, so no other writer can extend the chain until it
/// commits, and each following append saves a query. Only the group commit's all-or-nothing run sets this; where a
/// job could be rolled back alone (the savepoint run) or another process could append (PostgreSQL), it is absent and
/// every append reads the tail from the database.
final class AuditTail: Sendable {
    @TaskLocal static var current: AuditTail?
    private let tail = Mutex<AuditLog.Tail?>(nil)

    var value: AuditLog.Tail? {
        get { tail.withLock { $0 } }
        set { tail.withLock { $0 = newValue } }
    }
}

/// Serialises writers that number things per organisation (signal numbers): on PostgreSQL two transactions would
/// otherwise read the same maximum. SQLite writes one at a time already.
func lockOrganisation(_ organisationID: UUID, on database: any Database) async throws {
    guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
    let bytes = organisationID.uuid
    let key = [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5, bytes.6, bytes.7].reduce(Int64(0)) { $0 << 8 | Int64($1) }
    try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: key))").run()
}

extension AuditEntryModel {
    convenience init(_ link: AuditLink) {
        self.init()
        let c = link.content
        sequence = c.sequence
        occurredAt = c.occurredAt
        organisationID = c.organisationID
        actorID = c.actorID
        actorLabel = c.actorLabel
        action = c.action
        entityType = c.entityType
        entityID = c.entityID
        origin = c.origin
        summary = c.summary
        previousHash = link.previousHash
        hash = link.hash
    }

    var link: AuditLink {
        AuditLink(
            content: AuditContent(
                sequence: sequence, occurredAt: occurredAt, organisationID: organisationID, actorID: actorID,
                actorLabel: actorLabel, action: action, entityType: entityType, entityID: entityID, origin: origin,
                summary: summary),
            previousHash: previousHash, hash: hash)
    }
}

/// Reading the audit log: filtered pages for the beheerder, and a full verification of the chain.
public struct AuditRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public struct Filter: Sendable, Equatable {
        public var action: String?
        public var entityType: String?
        public var actor: String?
        public var from: Date?
        public var until: Date?

        public init(action: String? = nil, entityType: String? = nil, actor: String? = nil, from: Date? = nil, until: Date? = nil) {
            self.action = action
            self.entityType = entityType
            self.actor = actor
            self.from = from
            self.until = until
        }
    }

    /// Newest first, scoped to one organisation.
    public func page(organisationID: UUID, filter: Filter, page: Int, pageSize: Int) async throws -> (entries: [AuditEntryModel], total: Int) {
        let query = AuditEntryModel.query(on: store.database)
            .filter(\.$organisationID == organisationID.uuidString.lowercased())
        if let action = filter.action, !action.isEmpty { query.filter(\.$action == action) }
        if let entityType = filter.entityType, !entityType.isEmpty { query.filter(\.$entityType == entityType) }
        if let actor = filter.actor, !actor.isEmpty { query.filter(\.$actorLabel, .custom("LIKE"), "%\(actor)%") }
        if let from = filter.from { query.filter(\.$occurredAt >= AuditChain.timestamp(from)) }
        if let until = filter.until { query.filter(\.$occurredAt < AuditChain.timestamp(until)) }
        let total = try await query.count()
        let entries = try await query.sort(\.$sequence, .descending)
            .range(((page - 1) * pageSize)..<(page * pageSize)).all()
        return (entries, total)
    }

    /// Reading the log is itself a sensitive read, so it is logged too.
    public func recordView(actor: AuditActor, summary: String, now: Date) async throws {
        try await store.write { db in
            try await AuditLog.append(
                on: db, actor: actor, action: "auditlog.geraadpleegd", entityType: "auditlog", entityID: "", summary: summary, at: now)
        }
    }

    public func actions(organisationID: UUID) async throws -> [String] {
        try await AuditEntryModel.query(on: store.database)
            .filter(\.$organisationID == organisationID.uuidString.lowercased())
            .unique().all(\.$action).sorted()
    }

    public func entries(entityType: String, entityID: String, organisationID: UUID) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: store.database)
            .filter(\.$organisationID == organisationID.uuidString.lowercased())
            .filter(\.$entityType == entityType).filter(\.$entityID == entityID)
            .sort(\.$sequence, .descending).all()
    }

    /// Verifies the whole chain in pages, so a long log does not have to fit in memory.
    /// After a retention trim the chain starts at the newest checkpoint: the entries before it are gone, its hash is
    /// what the first remaining entry must follow on from, and an entry in the chain must announce it with that hash.
    public func verify(batchSize: Int = 5000) async throws -> (checked: Int, breaks: [AuditChain.Break]) {
        var previousHash = AuditChain.genesis
        var previousSequence: Int64 = 0
        var checked = 0
        var breaks: [AuditChain.Break] = []
        if let checkpoint = try await AuditTrim.latestCheckpoint(on: store.sql) {
            previousHash = checkpoint.hash
            previousSequence = checkpoint.through
            let announced = try await AuditEntryModel.query(on: store.database).filter(\.$action == AuditTrim.action)
                .filter(\.$entityID == String(checkpoint.through)).filter(\.$sequence > checkpoint.through).all()
                .contains { $0.summary.hasSuffix("hash \(checkpoint.hash)") }
            if !announced { breaks.append(.unconfirmedCheckpoint(through: checkpoint.through)) }
        }
        while true {
            let batch = try await AuditEntryModel.query(on: store.database)
                .filter(\.$sequence > previousSequence)
                .sort(\.$sequence, .ascending).limit(batchSize).all()
            guard let lastEntry = batch.last else { break }
            breaks += AuditChain.verify(batch.map(\.link), previousHash: previousHash, previousSequence: previousSequence)
            checked += batch.count
            previousHash = lastEntry.hash
            previousSequence = lastEntry.sequence
        }
        return (checked, breaks)
    }
}

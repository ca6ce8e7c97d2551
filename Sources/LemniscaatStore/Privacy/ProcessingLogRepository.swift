// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The processing log (Logboek Dataverwerkingen, docs/logboek-dataverwerkingen.md): who read a record naming a
/// person, for which processing activity, when, and whether it succeeded. The person is stored as a salted hash.
public struct ProcessingLogRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// One read. `traceID` is the request's id when there is one; each row gets a span id of its own.
    public struct Read: Sendable {
        public var activity: ProcessingActivity
        public var subjectID: UUID
        public var organisationID: UUID
        public var actor: AuditActor
        public var traceID: String?
        public var outcome: ProcessingOutcome
        public var startedAt: Date
        public var endedAt: Date

        public init(
            activity: ProcessingActivity, subjectID: UUID, organisationID: UUID, actor: AuditActor, traceID: String?, outcome: ProcessingOutcome = .success,
            startedAt: Date, endedAt: Date? = nil
        ) {
            self.activity = activity
            self.subjectID = subjectID
            self.organisationID = organisationID
            self.actor = actor
            self.traceID = traceID
            self.outcome = outcome
            self.startedAt = startedAt
            self.endedAt = endedAt ?? startedAt
        }
    }

    static func hex(_ bytes: Int) -> String {
        (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// Writes the row inside the caller's transaction, so a read that is also audited is logged with it or not at all.
    static func append(_ read: Read, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let salt = try await RetentionRepository.ensureRow(organisationID: read.organisationID, now: read.startedAt, on: sql).subject_salt
        // Trace ids as W3C trace context has them: 32 hex digits; a request id that is not one is hashed into one.
        let trace = read.traceID.map { id in id.count == 32 && id.allSatisfy(\.isHexDigit) ? id.lowercased() : Self.traceID(from: id) } ?? hex(16)
        try await sql.insert(into: "processing_log")
            .columns(
                "id", "organisation_id", "trace_id", "span_id", "activity_id", "activity_name", "subject_hash", "subject_type", "actor_id", "actor_label",
                "started_at", "ended_at", "outcome"
            )
            .values(
                SQLBind(UUID()), SQLBind(read.organisationID), SQLBind(trace), SQLBind(hex(8)), SQLBind(read.activity.rawValue),
                SQLBind(read.activity.name), SQLBind(ProcessingSubject.hash(subjectID: read.subjectID, salt: salt)), SQLBind("gebruiker-id"),
                SQLBind(read.actor.userID?.uuidString.lowercased() ?? ""), SQLBind(read.actor.label), SQLBind(read.startedAt), SQLBind(read.endedAt),
                SQLBind(read.outcome.rawValue)
            ).run()
    }

    /// A request id of another shape, made into 32 hex digits deterministically, so rows of one request still share it.
    static func traceID(from id: String) -> String {
        SHA256.hash(data: Data(id.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// Records a read on its own (a page view that changes nothing else).
    public func record(_ read: Read) async throws {
        try await store.write { db in try await Self.append(read, on: db) }
    }

    public struct Entry: Sendable, Decodable, Equatable {
        public let trace_id: String
        public let span_id: String
        public let activity_id: String
        public let activity_name: String
        public let subject_hash: String
        public let subject_type: String
        public let actor_id: String
        public let actor_label: String
        public let started_at: Date
        public let ended_at: Date
        public let outcome: String
    }

    public struct Filter: Sendable, Equatable {
        public var activity: ProcessingActivity?
        /// Only reads about this person (hashed with the organisation's salt before it is compared).
        public var subjectID: UUID?
        public var from: Date?
        public var until: Date?

        public init(activity: ProcessingActivity? = nil, subjectID: UUID? = nil, from: Date? = nil, until: Date? = nil) {
            self.activity = activity
            self.subjectID = subjectID
            self.from = from
            self.until = until
        }
    }

    struct CountRow: Decodable { let n: Int }

    /// Newest first, one organisation.
    public func page(organisationID: UUID, filter: Filter, page: Int, pageSize: Int) async throws -> (entries: [Entry], total: Int) {
        let sql = store.sql
        var subjectHash: String?
        if let subject = filter.subjectID {
            let salt = try await RetentionRepository.row(organisationID: organisationID, on: sql)?.subject_salt
            guard let salt else { return ([], 0) }
            subjectHash = ProcessingSubject.hash(subjectID: subject, salt: salt)
        }
        func filtered(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = query.from("processing_log").where("organisation_id", .equal, SQLBind(organisationID))
            if let activity = filter.activity { query = query.where("activity_id", .equal, SQLBind(activity.rawValue)) }
            if let subjectHash { query = query.where("subject_hash", .equal, SQLBind(subjectHash)) }
            if let from = filter.from { query = query.where("started_at", .greaterThanOrEqual, SQLBind(from)) }
            if let until = filter.until { query = query.where("started_at", .lessThan, SQLBind(until)) }
            return query
        }
        let total = try await filtered(sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")).first(decoding: CountRow.self)?.n ?? 0
        let entries = try await filtered(
            sql.select().columns(
                "trace_id", "span_id", "activity_id", "activity_name", "subject_hash", "subject_type", "actor_id", "actor_label", "started_at", "ended_at",
                "outcome")
        ).orderBy("started_at", .descending).limit(pageSize).offset((page - 1) * pageSize).all(decoding: Entry.self)
        return (entries, total)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Bewaartermijnen (docs/bewaartermijnen.md): the periods per organisation, and the run that applies them —
/// reporters of finished signals anonymised, finished and set-aside signals deleted (a tombstone stays), minutes
/// emptied, and the front of the audit chain trimmed behind a checkpoint.
///
/// Safe to run in several processes at once: each organisation is one transaction that first takes the
/// organisation's lock (PostgreSQL; SQLite has one writer), and every step selects only what is still to do, so a
/// second run finds nothing and changes nothing.
public struct RetentionRepository: Sendable {
    let store: Store
    let similarity: SignalSimilarity?

    public init(store: Store, similarity: SignalSimilarity? = nil) {
        self.store = store
        self.similarity = similarity
    }

    // MARK: settings

    struct SettingsRow: Decodable {
        let reporter_months: Int
        let closed_signal_months: Int
        let withdrawn_signal_months: Int
        let minutes_months: Int
        let audit_months: Int
        let subject_salt: String

        var periods: RetentionPeriods {
            RetentionPeriods(
                reporterMonths: reporter_months, closedSignalMonths: closed_signal_months, withdrawnSignalMonths: withdrawn_signal_months,
                minutesMonths: minutes_months, auditMonths: audit_months)
        }
    }

    static func row(organisationID: UUID, on sql: any SQLDatabase) async throws -> SettingsRow? {
        try await sql.select().columns("reporter_months", "closed_signal_months", "withdrawn_signal_months", "minutes_months", "audit_months", "subject_salt")
            .from("privacy_settings").where("organisation_id", .equal, SQLBind(organisationID)).first(decoding: SettingsRow.self)
    }

    /// The organisation's periods; the defaults until a beheerder changes them.
    public func periods(organisationID: UUID) async throws -> RetentionPeriods {
        try await Self.row(organisationID: organisationID, on: store.sql)?.periods ?? .defaults
    }

    /// The row, written with the defaults and a fresh salt if there is none yet. Two writers racing both insert; the
    /// second's insert does nothing, and both read the one that won.
    static func ensureRow(organisationID: UUID, now: Date, on sql: any SQLDatabase) async throws -> SettingsRow {
        if let row = try await row(organisationID: organisationID, on: sql) { return row }
        let d = RetentionPeriods.defaults
        try await sql.raw("""
            INSERT INTO privacy_settings (organisation_id, reporter_months, closed_signal_months, withdrawn_signal_months, minutes_months,
              audit_months, subject_salt, updated_at)
            VALUES (\(bind: organisationID), \(bind: d.reporterMonths), \(bind: d.closedSignalMonths), \(bind: d.withdrawnSignalMonths),
              \(bind: d.minutesMonths), \(bind: d.auditMonths), \(bind: SecretToken.generate()), \(bind: now))
            ON CONFLICT (organisation_id) DO NOTHING
            """).run()
        return try await row(organisationID: organisationID, on: sql)!
    }

    /// Saves the periods a beheerder chose, validated, with one audit entry naming old and new.
    public func save(_ periods: RetentionPeriods, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        let problems = periods.problems()
        if !problems.isEmpty { throw ValidationFailure(problems) }
        try await store.write { db in
            let sql = db as! any SQLDatabase
            let old = try await Self.ensureRow(organisationID: organisationID, now: now, on: sql).periods
            try await sql.update("privacy_settings")
                .set("reporter_months", to: SQLBind(periods.reporterMonths)).set("closed_signal_months", to: SQLBind(periods.closedSignalMonths))
                .set("withdrawn_signal_months", to: SQLBind(periods.withdrawnSignalMonths)).set("minutes_months", to: SQLBind(periods.minutesMonths))
                .set("audit_months", to: SQLBind(periods.auditMonths)).set("updated_at", to: SQLBind(now))
                .where("organisation_id", .equal, SQLBind(organisationID)).run()
            func text(_ p: RetentionPeriods) -> String {
                "melder \(p.reporterMonths), afgehandeld \(p.closedSignalMonths), niet opgepakt \(p.withdrawnSignalMonths), notulen \(p.minutesMonths), auditlog \(p.auditMonths) maanden"
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "bewaartermijnen.gewijzigd", entityType: "organisatie", entityID: organisationID.uuidString.lowercased(),
                summary: "\(text(old)) → \(text(periods))", at: now)
        }
    }

    // MARK: the run

    /// What a run did or would do for one organisation.
    public struct OrganisationResult: Sendable, Equatable {
        public let organisationID: UUID
        public let name: String
        public let counts: RetentionCounts
    }

    /// What a whole run did or would do.
    public struct Result: Sendable, Equatable {
        public var organisations: [OrganisationResult]
        /// Audit entries removed from the front of the chain (or that would be).
        public var auditEntriesRemoved: Int
    }

    /// The signals of one organisation past a term, with what a tombstone keeps.
    struct Candidate: Decodable {
        let id: UUID
        let number: Int
        let domain_id: UUID
        let status: String
        let submitted_at: Date
        let reporter_id: UUID
        let finished_at: Date?
        let updated_at: Date
    }

    /// Finished (or set-aside) signals with the moment they got there: the last status change, or, for a signal
    /// without history, its last update.
    static func finishedSignals(organisationID: UUID, statuses: [SignalStatus], finishedBefore cutoff: Date, on sql: any SQLDatabase) async throws
        -> [Candidate]
    {
        let list = SQLGroupExpression(SQLList(statuses.map { SQLBind($0.rawValue) as any SQLExpression }))
        let rows = try await sql.raw("""
            SELECT s.id, s.number, s.domain_id, s.status, s.submitted_at, s.reporter_id, s.updated_at,
              (SELECT MAX(e.at) FROM signal_events e WHERE e.signal_id = s.id AND e.to_status IS NOT NULL) AS finished_at
            FROM signals s
            WHERE s.organisation_id = \(bind: organisationID) AND s.status IN \(list)
            """).all(decoding: Candidate.self)
        return rows.filter { ($0.finished_at ?? $0.updated_at) < cutoff }.sorted { $0.number < $1.number }
    }

    /// The organisation's placeholder account that anonymised signals point to: inactive, without roles, teams or
    /// password, hidden from user lists, named so that a page showing it names nobody.
    static func placeholder(organisationID: UUID, now: Date, on sql: any SQLDatabase) async throws -> UUID {
        struct Row: Decodable { let id: UUID }
        if let row = try await sql.select().column("id").from("users").where("organisation_id", .equal, SQLBind(organisationID))
            .where("placeholder", .equal, SQLBind(true)).first(decoding: Row.self)
        {
            return row.id
        }
        let id = UUID()
        try await sql.insert(into: "users")
            .columns("id", "organisation_id", "email", "name", "is_active", "created_at", "placeholder")
            .values(
                SQLBind(id), SQLBind(organisationID), SQLBind("geanonimiseerd.\(organisationID.uuidString.lowercased())@lemniscaat.invalid"),
                SQLBind("Geanonimiseerde melder"), SQLBind(false), SQLBind(now), SQLBind(true)
            ).run()
        return id
    }

    struct IDRow: Decodable { let id: UUID }
    struct CountRow: Decodable { let n: Int }

    /// One organisation's run, inside its transaction. With `apply` false it only counts.
    static func run(
        organisationID: UUID, periods: RetentionPeriods, now: Date, apply: Bool, on db: any Database
    ) async throws -> (counts: RetentionCounts, deleted: [UUID]) {
        let sql = db as! any SQLDatabase
        var counts = RetentionCounts()
        var deleted: [UUID] = []
        let placeholderID: UUID? = try await sql.select().column("id").from("users").where("organisation_id", .equal, SQLBind(organisationID))
            .where("placeholder", .equal, SQLBind(true)).first(decoding: IDRow.self)?.id

        // 1. Signals past their deletion term: a tombstone, then the row (events, recognitions, knelpunt, links to
        // drafts and lessons go with it by cascade; the full-text index by trigger on SQLite, by itself on PostgreSQL).
        let closed = try await finishedSignals(
            organisationID: organisationID, statuses: SignalStatus.retainedAsClosed,
            finishedBefore: RetentionClock.cutoff(now: now, months: periods.closedSignalMonths), on: sql)
        let withdrawn = try await finishedSignals(
            organisationID: organisationID, statuses: SignalStatus.retainedAsWithdrawn,
            finishedBefore: RetentionClock.cutoff(now: now, months: periods.withdrawnSignalMonths), on: sql)
        counts.closedSignalsDeleted = closed.count
        counts.withdrawnSignalsDeleted = withdrawn.count
        let doomed = closed.map { ($0, "afgehandeld") } + withdrawn.map { ($0, "niet-opgepakt") }
        let doomedIDs = Set(doomed.map { $0.0.id })
        if apply && !doomed.isEmpty {
            let domains = try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).all()
            let domainNames = Dictionary(uniqueKeysWithValues: domains.map { ($0.id!, $0.name) })
            // Set-based, a few hundred rows per statement: a first run over years of a large municipality's signals
            // holds the single writer for seconds, not the minute a statement per signal took.
            for chunk in doomed.chunked(200) {
                var insert = sql.insert(into: "signal_tombstones")
                    .columns("id", "organisation_id", "number", "domain_id", "domain_name", "status", "submitted_at", "finished_at", "deleted_at", "reason")
                for (signal, reason) in chunk {
                    insert = insert.values(
                        SQLBind(signal.id), SQLBind(organisationID), SQLBind(signal.number), SQLBind(signal.domain_id),
                        SQLBind(domainNames[signal.domain_id] ?? ""), SQLBind(signal.status), SQLBind(signal.submitted_at),
                        SQLBind(signal.finished_at ?? signal.updated_at), SQLBind(now), SQLBind(reason))
                }
                try await insert.run()
            }
            for chunk in doomed.map({ $0.0.id }).chunked(500) {
                let ids = SQLGroupExpression(SQLList(chunk.map { SQLBind($0) as any SQLExpression }))
                // Notifications about it name its title and link to it.
                let links = SQLGroupExpression(SQLList(chunk.map { SQLBind("/signalen/" + $0.uuidString.lowercased()) as any SQLExpression }))
                try await sql.delete(from: "notifications").where("organisation_id", .equal, SQLBind(organisationID)).where("link", .in, links).run()
                try await sql.delete(from: "signals").where("organisation_id", .equal, SQLBind(organisationID)).where("id", .in, ids).run()
            }
            deleted = doomed.map { $0.0.id }
        }

        // 2. Reporters of finished signals past the shorter term, unless already anonymised or deleted just now.
        let finished = try await finishedSignals(
            organisationID: organisationID, statuses: SignalStatus.retainedAsClosed + SignalStatus.retainedAsWithdrawn,
            finishedBefore: RetentionClock.cutoff(now: now, months: periods.reporterMonths), on: sql)
            .filter { !doomedIDs.contains($0.id) && $0.reporter_id != placeholderID }
        counts.reportersAnonymised = finished.count
        if apply && !finished.isEmpty {
            let anonymous = try await placeholder(organisationID: organisationID, now: now, on: sql)
            for chunk in finished.chunked(200) {
                // The reporter's own steps (submitted, verdict) now belong to the placeholder as well, and their
                // notifications about it go: they tied the person to the signal.
                let ids = SQLGroupExpression(SQLList(chunk.map { SQLBind($0.id) as any SQLExpression }))
                let ownSteps = Self.anyOf(chunk.map { Self.both("signal_id", $0.id, "actor_id", $0.reporter_id) })
                try await sql.update("signal_events").set("actor_id", to: SQLBind(anonymous)).where("signal_id", .in, ids).where(ownSteps).run()
                let ownNotifications = Self.anyOf(chunk.map { Self.both("user_id", $0.reporter_id, "link", "/signalen/" + $0.id.uuidString.lowercased()) })
                try await sql.delete(from: "notifications").where("organisation_id", .equal, SQLBind(organisationID)).where(ownNotifications).run()
                try await sql.update("signals").set("reporter_id", to: SQLBind(anonymous)).set("anonymous", to: SQLBind(true))
                    .where("id", .in, ids).run()
            }
        }

        // 3. Minutes of sessions that ended before the term.
        let minutesCutoff = RetentionClock.cutoff(now: now, months: periods.minutesMonths)
        let meetings = SQLQueryString("SELECT id FROM meetings WHERE organisation_id = \(bind: organisationID) AND ends_at < \(bind: minutesCutoff)")
        counts.minutesEmptied = try await sql.raw("""
            SELECT COUNT(*) AS n FROM meeting_agenda_items WHERE minutes <> '' AND meeting_id IN (\(meetings))
            """).first(decoding: CountRow.self)?.n ?? 0
        if apply && counts.minutesEmptied > 0 {
            try await sql.raw("""
                UPDATE meeting_agenda_items SET minutes = '', updated_at = \(bind: now) WHERE minutes <> '' AND meeting_id IN (\(meetings))
                """).run()
        }

        // 4. Names and addresses of panel members and contact details left with answers, of raadplegingen closed
        // longer ago than the fixed term.
        let contactCutoff = RetentionClock.cutoff(now: now, months: RetentionCounts.consultationContactMonths)
        let closedConsultations = SQLQueryString(
            "SELECT id FROM consultations WHERE organisation_id = \(bind: organisationID) AND closes_at < \(bind: contactCutoff)")
        let invitations = try await sql.raw("""
            SELECT COUNT(*) AS n FROM consultation_invitations
            WHERE (name <> '' OR email IS NOT NULL) AND consultation_id IN (\(closedConsultations))
            """).first(decoding: CountRow.self)?.n ?? 0
        let contacts = try await sql.raw("""
            SELECT COUNT(*) AS n FROM consultation_responses WHERE contact IS NOT NULL AND consultation_id IN (\(closedConsultations))
            """).first(decoding: CountRow.self)?.n ?? 0
        counts.consultationContactsErased = invitations + contacts
        if apply && counts.consultationContactsErased > 0 {
            try await sql.raw("""
                UPDATE consultation_invitations SET name = '', email = NULL
                WHERE (name <> '' OR email IS NOT NULL) AND consultation_id IN (\(closedConsultations))
                """).run()
            try await sql.raw("""
                UPDATE consultation_responses SET contact = NULL WHERE contact IS NOT NULL AND consultation_id IN (\(closedConsultations))
                """).run()
        }
        return (counts, deleted)
    }

    /// `(a = x AND b = y)`
    static func both(_ a: String, _ x: some Encodable & Sendable, _ b: String, _ y: some Encodable & Sendable) -> any SQLExpression {
        SQLGroupExpression(SQLBinaryExpression(
            SQLBinaryExpression(SQLColumn(a), .equal, SQLBind(x)), .and, SQLBinaryExpression(SQLColumn(b), .equal, SQLBind(y))))
    }

    /// `(e1 OR e2 OR …)` of at least one expression.
    static func anyOf(_ expressions: [any SQLExpression]) -> any SQLExpression {
        SQLGroupExpression(expressions.dropFirst().reduce(expressions[0]) { SQLBinaryExpression($0, .or, $1) })
    }

    /// Counts what the next run would touch, changing nothing.
    public func plan(now: Date) async throws -> Result {
        var result = Result(organisations: [], auditEntriesRemoved: 0)
        for organisation in try await OrganisationModel.query(on: store.database).sort(\.$name).all() {
            let periods = try await periods(organisationID: organisation.id!)
            let (counts, _) = try await Self.run(organisationID: organisation.id!, periods: periods, now: now, apply: false, on: store.database)
            result.organisations.append(OrganisationResult(organisationID: organisation.id!, name: organisation.name, counts: counts))
        }
        result.auditEntriesRemoved = Int(try await AuditTrim.plan(now: now, on: store.sql)?.removed ?? 0)
        return result
    }

    /// Applies every organisation's periods, one transaction per organisation, then trims the audit chain. Each
    /// organisation where something changed gets one audit entry with the counts.
    public func run(now: Date, actor: (UUID) -> AuditActor) async throws -> Result {
        var result = Result(organisations: [], auditEntriesRemoved: 0)
        for organisation in try await OrganisationModel.query(on: store.database).sort(\.$name).all() {
            let organisationID = organisation.id!
            let entryActor = actor(organisationID)
            let (counts, deleted) = try await store.write { db in
                try await lockOrganisation(organisationID, on: db)
                let periods = try await Self.row(organisationID: organisationID, on: db as! any SQLDatabase)?.periods ?? .defaults
                let outcome = try await Self.run(organisationID: organisationID, periods: periods, now: now, apply: true, on: db)
                if outcome.counts.total > 0 {
                    try await AuditLog.append(
                        on: db, actor: entryActor, action: "bewaartermijnen.toegepast", entityType: "organisatie",
                        entityID: organisationID.uuidString.lowercased(), summary: outcome.counts.summary, at: now)
                }
                return outcome
            }
            if !deleted.isEmpty {
                CountsCache.shared.clear()
                await similarity?.forget(deleted, organisationID: organisationID)
            }
            result.organisations.append(OrganisationResult(organisationID: organisationID, name: organisation.name, counts: counts))
        }
        result.auditEntriesRemoved = Int(try await store.write { db in
            try await AuditTrim.apply(now: now, actor: .commandLine(organisationID: nil), on: db)
        })
        return result
    }

    // MARK: tombstones

    public struct Tombstone: Sendable, Decodable, Equatable {
        public let id: UUID
        public let number: Int
        public let domain_name: String
        public let status: String
        public let submitted_at: Date
        public let finished_at: Date
        public let deleted_at: Date
        public let reason: String
    }

    /// What is kept of a deleted signal, found by its former id.
    public func tombstone(id: UUID, organisationID: UUID) async throws -> Tombstone? {
        try await store.sql.select().columns("id", "number", "domain_name", "status", "submitted_at", "finished_at", "deleted_at", "reason")
            .from("signal_tombstones").where("id", .equal, SQLBind(id)).where("organisation_id", .equal, SQLBind(organisationID))
            .first(decoding: Tombstone.self)
    }

    public func tombstones(organisationID: UUID) async throws -> [Tombstone] {
        try await store.sql.select().columns("id", "number", "domain_name", "status", "submitted_at", "finished_at", "deleted_at", "reason")
            .from("signal_tombstones").where("organisation_id", .equal, SQLBind(organisationID)).orderBy("number")
            .all(decoding: Tombstone.self)
    }
}

extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import SQLKit

/// How a run of a background job ended.
public enum JobOutcome: String, Sendable, Codable {
    case running = "bezig"
    case done = "klaar"
    case failed = "mislukt"
}

/// A process's hold on one due run of a job, until `until` unless renewed.
public struct JobLease: Sendable, Equatable {
    public let job: String
    public let slot: Date
    public let attempt: Int
    public let runID: UUID
    public let owner: String
}

/// One attempt at a job run, as kept in job_runs.
public struct JobRun: Sendable, Decodable, Equatable {
    public let id: UUID
    public let job: String
    public let slotAt: Date
    public let attempt: Int
    public let owner: String
    public let startedAt: Date
    public let finishedAt: Date?
    public let outcome: String
    public let summary: String

    enum CodingKeys: String, CodingKey {
        case id, job, attempt, owner, outcome, summary
        case slotAt = "slot_at", startedAt = "started_at", finishedAt = "finished_at"
    }
}

/// A recurring job as the scheduler table holds it.
public struct ScheduledJob: Sendable, Decodable, Equatable {
    public let name: String
    public let nextRunAt: Date
    public let leaseOwner: String?
    public let leaseUntil: Date?
    public let attempt: Int
    public let runs: Int
    public let lastFinishedAt: Date?
    public let lastOutcome: String?

    enum CodingKeys: String, CodingKey {
        case name, attempt, runs
        case nextRunAt = "next_run_at", leaseOwner = "lease_owner", leaseUntil = "lease_until"
        case lastFinishedAt = "last_finished_at", lastOutcome = "last_outcome"
    }
}

/// Background jobs that run once across every server process sharing the database. A process claims a due job with
/// one conditional UPDATE — the database lets exactly one claimant through, on SQLite (one writer) and on PostgreSQL
/// (the row lock, and the condition checked again after waiting for it) — and holds it under a lease it renews while
/// the job runs. A process killed mid-job stops renewing; when the lease has run out another process claims the same
/// slot as a next attempt. Jobs are written to be repeatable, so a run taken over after a kill does the rest once.
public struct JobQueue: Sendable {
    let store: Store
    /// Names this process in leases and runs: host, process id and a random part (a restarted process is another).
    public let owner: String

    public init(store: Store, owner: String = JobQueue.processOwner()) {
        self.store = store
        self.owner = owner
    }

    public static func processOwner() -> String {
        let host = ProcessInfo.processInfo.hostName
        return "\(host):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Makes sure the job exists, first due at `firstRun`; an existing job keeps its schedule.
    public func register(_ job: String, firstRun: Date) async throws {
        // A server whose database closed (at shutdown, or a test's) has nothing to schedule.
        guard store.isOpen else { return }
        let sql = store.sql
        let existing = try await sql.select().column("name").from("scheduled_jobs").where("name", .equal, SQLBind(job)).first()
        guard existing == nil else { return }
        do {
            try await store.write { db in
                try await (db as! any SQLDatabase).insert(into: "scheduled_jobs")
                    .columns("name", "next_run_at", "attempt", "runs")
                    .values(SQLBind(job), SQLBind(firstRun), SQLBind(0), SQLBind(0))
                    .run()
            }
        } catch {
            // Another process registered it at the same moment: that is the one wanted.
            if try await sql.select().column("name").from("scheduled_jobs").where("name", .equal, SQLBind(job)).first() == nil { throw error }
        }
    }

    private struct Claimed: Decodable {
        let next_run_at: Date
        let attempt: Int
    }

    /// Claims the job if it is due and nobody holds a live lease on it; records the attempt in job_runs.
    public func claim(_ job: String, now: Date, lease: Duration) async throws -> JobLease? {
        guard store.isOpen else { return nil }
        let until = now.addingTimeInterval(lease.seconds)
        let owner = owner
        let runID = UUID()
        // Every process asks every second; a read answers the usual "not yet" without a commit (an fsync on SQLite).
        // The UPDATE below still decides between processes that both saw the job due.
        let due = try await store.sql.raw("""
            SELECT name FROM scheduled_jobs
            WHERE name = \(bind: job) AND next_run_at <= \(bind: now) AND (lease_until IS NULL OR lease_until < \(bind: now))
            """).first()
        guard due != nil else { return nil }
        return try await store.write(bookkeeping: true) { db in
            let sql = db as! any SQLDatabase
            // A lease still set means the last claimant did not finish: this is a further attempt at its slot.
            let claimed = try await sql.raw("""
                UPDATE scheduled_jobs SET lease_owner = \(bind: owner), lease_until = \(bind: until),
                    attempt = CASE WHEN lease_owner IS NULL THEN 1 ELSE attempt + 1 END
                WHERE name = \(bind: job) AND next_run_at <= \(bind: now) AND (lease_until IS NULL OR lease_until < \(bind: now))
                RETURNING next_run_at, attempt
                """).first(decoding: Claimed.self)
            guard let claimed else { return nil }
            // A run is only ever in progress for the slot just claimed, so one still marked running was cut off.
            try await sql.update("job_runs").set("outcome", to: SQLBind(JobOutcome.failed.rawValue))
                .set("summary", to: SQLBind("afgebroken: de lease liep af, een ander proces nam het over"))
                .where("job", .equal, SQLBind(job)).where("outcome", .equal, SQLBind(JobOutcome.running.rawValue))
                .run()
            try await sql.insert(into: "job_runs")
                .columns("id", "job", "slot_at", "attempt", "owner", "started_at", "outcome", "summary")
                .values(
                    SQLBind(runID), SQLBind(job), SQLBind(claimed.next_run_at), SQLBind(claimed.attempt), SQLBind(owner), SQLBind(now),
                    SQLBind(JobOutcome.running.rawValue), SQLBind(""))
                .run()
            return JobLease(job: job, slot: claimed.next_run_at, attempt: claimed.attempt, runID: runID, owner: owner)
        }
    }

    /// Extends the lease of a job still running; false when it was lost (it ran out and another process took over).
    /// Leases are matched on owner and attempt, not on the slot's time: a date read back from SQLite is not always the
    /// exact double that was written.
    public func renew(_ lease: JobLease, now: Date, by duration: Duration) async throws -> Bool {
        guard store.isOpen else { return false }
        let until = now.addingTimeInterval(duration.seconds)
        return try await store.write(bookkeeping: true) { db in
            let rows = try await (db as! any SQLDatabase).raw("""
                UPDATE scheduled_jobs SET lease_until = \(bind: until)
                WHERE name = \(bind: lease.job) AND lease_owner = \(bind: lease.owner) AND attempt = \(bind: lease.attempt)
                RETURNING name
                """).all()
            return !rows.isEmpty
        }
    }

    /// Ends a run: the job is next due at `nextRun` and free. A run whose lease was taken over only records its end.
    public func finish(_ lease: JobLease, outcome: JobOutcome, summary: String, now: Date, nextRun: Date) async throws {
        // Unfinished, the run is taken over when its lease runs out.
        guard store.isOpen else { return }
        try await store.write(bookkeeping: true) { db in
            let sql = db as! any SQLDatabase
            let released = try await sql.raw("""
                UPDATE scheduled_jobs SET next_run_at = \(bind: nextRun), lease_owner = NULL, lease_until = NULL, attempt = 0,
                    runs = runs + 1, last_finished_at = \(bind: now), last_outcome = \(bind: outcome.rawValue)
                WHERE name = \(bind: lease.job) AND lease_owner = \(bind: lease.owner) AND attempt = \(bind: lease.attempt)
                RETURNING name
                """).all()
            let text = released.isEmpty ? "overgenomen door een ander proces; " + summary : summary
            try await sql.update("job_runs").set("finished_at", to: SQLBind(now))
                .set("outcome", to: SQLBind(released.isEmpty ? JobOutcome.failed.rawValue : outcome.rawValue))
                .set("summary", to: SQLBind(String(text.prefix(1_000))))
                .where("id", .equal, SQLBind(lease.runID))
                .run()
        }
    }

    public func jobs() async throws -> [ScheduledJob] {
        try await store.sql.select().column("*").from("scheduled_jobs").orderBy("name").all(decoding: ScheduledJob.self)
    }

    /// The latest runs, newest first.
    public func runs(job: String? = nil, limit: Int = 50) async throws -> [JobRun] {
        var query = store.sql.select().column("*").from("job_runs")
        if let job { query = query.where("job", .equal, SQLBind(job)) }
        return try await query.orderBy("started_at", .descending).limit(limit).all(decoding: JobRun.self)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

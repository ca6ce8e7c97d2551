// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import SQLKit
import Synchronization

/// SQLite group commit. Writes that arrive while a commit is on its way to disk are joined into the next transaction,
/// each in a savepoint of its own: one fsync then carries many writes, and a write that fails takes back only itself.
/// A caller is answered only after the transaction holding its write has committed, so an acknowledged write is on
/// disk (synchronous=FULL). SQLite has one writer at a time anyway; this makes each of its commits count.
actor GroupCommit {
    typealias Job = @Sendable (any Database) async throws -> Void

    private struct Pending {
        let job: Job
        let done: CheckedContinuation<Void, any Error>
        /// A bulk load: runs in a transaction of its own with foreign keys off (see `Store.bulkWrite`).
        var bulk = false
    }

    private var queue: [Pending] = []
    private var draining = false
    /// Bounds a transaction's length, so one batch cannot hold the write lock for long.
    private let maximumBatch = 128
    private let database: @Sendable () -> any Database

    init(database: @escaping @Sendable () -> any Database) {
        self.database = database
    }

    func submit(bulk: Bool = false, _ job: @escaping Job) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            queue.append(Pending(job: job, done: continuation, bulk: bulk))
            if !draining {
                draining = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !queue.isEmpty {
            if queue[0].bulk {
                let pending = queue.removeFirst()
                do {
                    try await runBulk(pending.job)
                    pending.done.resume()
                } catch {
                    pending.done.resume(throwing: error)
                }
                continue
            }
            let batch = Array(queue.prefix(maximumBatch).prefix { !$0.bulk })
            queue.removeFirst(batch.count)
            let jobs = batch.map(\.job)
            do {
                let outcomes = try await run(jobs)
                for (pending, outcome) in zip(batch, outcomes) { pending.done.resume(with: outcome) }
            } catch {
                // The commit itself failed: none of the batch is written, and every caller hears so.
                for pending in batch { pending.done.resume(throwing: error) }
            }
        }
        draining = false
    }
}

extension GroupCommit {
    /// A bulk load alone in its transaction, on a connection with foreign keys off: with them on, every multi-row
    /// INSERT had to keep a statement journal (a copy of each page it touched, so it could take itself back), which
    /// was a third of a large import's time. The job checks its references itself. Foreign keys can only be switched
    /// outside a transaction, so on the connection before BEGIN, and back on before the connection returns to the pool.
    fileprivate func runBulk(_ job: @escaping Job) async throws {
        try await database().withConnection { connection in
            let sql = connection as! any SQLDatabase
            try await sql.raw("PRAGMA foreign_keys = OFF").run()
            let outcome: Result<Void, any Error>
            do {
                try await Self.allOrNothing(on: connection, job)
                outcome = .success(())
            } catch {
                outcome = .failure(error)
            }
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            try outcome.get()
        }
    }

    /// One transaction for jobs that are written together or not at all; the audit chain's tail is remembered from one
    /// job to the next (`AuditTail`).
    private static func allOrNothing(on database: any Database, _ body: @escaping Job) async throws {
        try await AuditTail.$current.withValue(AuditTail()) {
            try await database.transaction { db in
                // No checkpoint inside a commit: at a large file, copying the log into it stalled the writes that
                // waited behind it for a second. `WALCheckpoint` does it beside them instead.
                try await (db as! any SQLDatabase).raw("PRAGMA wal_autocheckpoint = 0").run()
                try await body(db)
            }
        }
    }

    /// Almost every job succeeds (input is checked before the write), so a batch first runs as one plain transaction:
    /// a savepoint around each job cost two of a write's round trips to SQLite. Should a job fail, that transaction is
    /// rolled back whole and the batch runs again with a savepoint per job, so the failing job takes back only itself.
    /// Jobs only write to the database, so running one twice leaves nothing of the first run.
    fileprivate func run(_ jobs: [Job]) async throws -> [Result<Void, any Error>] {
        struct JobFailed: Error { let error: any Error }
        do {
            try await Self.allOrNothing(on: database()) { db in
                for job in jobs {
                    do { try await job(db) } catch { throw JobFailed(error: error) }
                }
            }
            return jobs.map { _ in .success(()) }
        } catch let failed as JobFailed {
            // Alone in its batch, the job's failure is the whole answer: its transaction is already rolled back.
            if jobs.count == 1 { return [.failure(failed.error)] }
        }
        return try await database().transaction { db -> [Result<Void, any Error>] in
            let sql = db as! any SQLDatabase
            try await sql.raw("PRAGMA wal_autocheckpoint = 0").run()
            var outcomes: [Result<Void, any Error>] = []
            for (index, job) in jobs.enumerated() {
                try await sql.raw("SAVEPOINT w\(unsafeRaw: String(index))").run()
                do {
                    try await job(db)
                    try await sql.raw("RELEASE w\(unsafeRaw: String(index))").run()
                    outcomes.append(.success(()))
                } catch {
                    try await sql.raw("ROLLBACK TO w\(unsafeRaw: String(index))").run()
                    try await sql.raw("RELEASE w\(unsafeRaw: String(index))").run()
                    outcomes.append(.failure(error))
                }
            }
            return outcomes
        }
    }
}

/// Carries a job's result out of the batch.
final class ResultSlot<T: Sendable>: Sendable {
    private let value = Mutex<T?>(nil)
    func set(_ new: T) { value.withLock { $0 = new } }
    func get() -> T? { value.withLock { $0 } }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatStore
import Synchronization

/// Reports being built beside the requests that asked for them, so a large one does not hold a browser waiting:
/// the page shows how far it is, and asking again for the same report joins the build instead of starting another.
/// A finished report is handed to the next request for it and then forgotten; a report nobody fetches is dropped
/// after `keep`. Kept in this process: another server would just build its own.
final class ReportJobs: Sendable {
    struct Key: Hashable, Sendable {
        let organisationID: UUID
        let period: String
        let domainID: UUID?
    }

    enum Outcome: Sendable {
        case ready(StateReport)
        case building(done: Int)
    }

    private final class Job: Sendable {
        let started: Date
        let done = Atomic<Int>(0)
        let result = Mutex<Result<StateReport, any Error>?>(nil)

        init(started: Date) { self.started = started }
    }

    static let keep: TimeInterval = 600
    private let jobs = Mutex<[Key: Job]>([:])

    /// The report for `key` if it is ready within `wait`, else how far its build is.
    func report(
        _ key: Key, wait: Duration, build: @escaping @Sendable (_ progress: @escaping @Sendable (Int) -> Void) async throws -> StateReport
    ) async throws -> Outcome {
        let (job, isNew) = jobs.withLock { jobs -> (Job, Bool) in
            let now = Date()
            jobs = jobs.filter { now.timeIntervalSince($0.value.started) < Self.keep }
            if let job = jobs[key] { return (job, false) }
            let job = Job(started: now)
            jobs[key] = job
            return (job, true)
        }
        if isNew {
            Task {
                let result: Result<StateReport, any Error>
                do {
                    result = .success(try await build { job.done.store($0, ordering: .relaxed) })
                } catch {
                    result = .failure(error)
                }
                job.result.withLock { $0 = result }
            }
        }
        let deadline = ContinuousClock.now.advanced(by: wait)
        // With no time to wait a new build always shows its progress first, whatever the scheduler does.
        if !(isNew && wait == .zero) {
            while true {
                if let result = job.result.withLock({ $0 }) {
                    jobs.withLock { jobs in
                        if jobs[key] === job { jobs[key] = nil }
                    }
                    return .ready(try result.get())
                }
                if ContinuousClock.now >= deadline { break }
                try await Task.sleep(for: .milliseconds(20))
            }
        }
        return .building(done: job.done.load(ordering: .relaxed))
    }
}

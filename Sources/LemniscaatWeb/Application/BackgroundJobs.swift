// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatStore
import Logging
import ServiceLifecycle

/// A recurring job: how often it runs and what it does; `run` answers with a one-line summary for the job log.
struct BackgroundJob: Sendable {
    let name: String
    let interval: Duration
    /// How long after the first start of any server the job first runs.
    var firstRunDelay: Duration = .zero
    let run: @Sendable (Date) async throws -> String
}

/// Runs the recurring jobs through the job table, so that several server processes on one database run each due job
/// once between them (see `JobQueue`); every process polls, the database decides which one runs it.
struct BackgroundJobs: Service {
    let queue: JobQueue
    let jobs: [BackgroundJob]
    let clock: AppClock
    let lease: Duration
    let tick: Duration
    let logger: Logger

    func run() async throws {
        for job in jobs {
            do {
                try await queue.register(job.name, firstRun: clock.now().addingTimeInterval(job.firstRunDelay.timeInterval))
            } catch {
                logger.warning("background job not registered", metadata: ["job": "\(job.name)", "error": "\(error)"])
            }
        }
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            for job in jobs where !Task.isShuttingDownGracefully {
                await runIfDue(job)
            }
            // A long wait must not hold up a shutdown.
            _ = try? await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) }
        }
    }

    /// Claims the job if it is due and runs it under a lease renewed beside it; true when this process ran it.
    @discardableResult
    func runIfDue(_ job: BackgroundJob) async -> Bool {
        let claimed: JobLease?
        do {
            claimed = try await queue.claim(job.name, now: clock.now(), lease: lease)
        } catch {
            logger.warning("background job claim failed", metadata: ["job": "\(job.name)", "error": "\(error)"])
            return false
        }
        guard let claimed else { return false }
        let queue = queue, clock = clock, lease = lease, logger = logger
        let (outcome, summary) = await withTaskGroup(of: (JobOutcome, String)?.self) { group in
            group.addTask {
                // Renews at a third of the lease, so one slow renewal does not lose it.
                while !Task.isCancelled {
                    try? await Task.sleep(for: lease / 3)
                    if Task.isCancelled { break }
                    if (try? await queue.renew(claimed, now: clock.now(), by: lease)) == false {
                        logger.warning("background job lease lost", metadata: ["job": "\(claimed.job)"])
                    }
                }
                return nil
            }
            group.addTask {
                do {
                    return (.done, try await job.run(clock.now()))
                } catch {
                    return (.failed, "\(error)")
                }
            }
            var result: (JobOutcome, String) = (.failed, "")
            for await value in group {
                if let value {
                    result = value
                    group.cancelAll()
                }
            }
            return result
        }
        let now = clock.now()
        do {
            try await queue.finish(claimed, outcome: outcome, summary: summary, now: now, nextRun: now.addingTimeInterval(job.interval.timeInterval))
        } catch {
            logger.warning("background job not finished", metadata: ["job": "\(job.name)", "error": "\(error)"])
        }
        if outcome == .failed {
            logger.warning("background job failed", metadata: ["job": "\(job.name)", "error": "\(summary)"])
        } else {
            logger.debug("background job done", metadata: ["job": "\(job.name)", "summary": "\(summary)"])
        }
        return true
    }
}

/// Keeps this process's similarity index in step with signals other server processes write to the same database.
struct SimilarityCatchUp: Service {
    let similarity: SignalSimilarity
    let interval: Duration
    let logger: Logger

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await similarity.catchUp()
            } catch {
                logger.warning("similarity catch-up failed", metadata: ["error": "\(error)"])
            }
            _ = try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}

/// Keeps this process's samenwerkingskaart of the last twelve months fresh for every organisation: De lus and the
/// Staat van de Uitvoering read it from a five-minute cache, and computing it reads a year of answers (0,7–0,9 s at
/// 200 000 signals), which the first reader after a start or an expiry would otherwise wait for.
struct ContactMapWarmer: Service {
    let store: Store
    let clock: AppClock
    var interval: Duration = .seconds(240)
    let logger: Logger

    func run() async throws {
        let maps = ContactMapRepository(store: store)
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                guard store.isOpen else { return }
                try await maps.refreshCachedMaps(window: .twelveMonths, now: clock.now)
            } catch {
                logger.warning("contact map warm-up failed", metadata: ["error": "\(error)"])
            }
            _ = try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }
}

extension Duration {
    var timeInterval: TimeInterval { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

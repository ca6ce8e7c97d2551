// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatStore
import LemniscaatTestSupport
import Logging
import Synchronization
import Testing

@testable import LemniscaatWeb

/// The scheduler two server processes run: each due job once between them, a failing job kept and retried later.
@Suite struct BackgroundJobsTests {
    @Test func twoProcessesRunEachDueJobOnce() async throws {
        try await withTestStore { store in
            // setup: two "processes" with the same job, on one clock
            let clock = ManualClock()
            let count = Mutex(0)
            let job = BackgroundJob(name: "tellen", interval: .seconds(60)) { _ in
                count.withLock { $0 += 1 }
                return "geteld"
            }
            let processes = ["a", "b"].map {
                BackgroundJobs(
                    queue: JobQueue(store: store, owner: $0), jobs: [job], clock: clock.appClock, lease: .seconds(30), tick: .seconds(1),
                    logger: Logger(label: "test"))
            }
            try await JobQueue(store: store).register("tellen", firstRun: clock.now)
            // act: both ask, three times a minute apart, and once more in between
            var ran: [Bool] = []
            for minute in 0..<3 {
                if minute > 0 { clock.advance(60) }
                async let first = processes[0].runIfDue(job)
                async let second = processes[1].runIfDue(job)
                ran += [await first, await second]
                clock.advance(10)
                ran.append(await processes[1].runIfDue(job))
                clock.advance(-10)
            }
            // check
            #expect(count.withLock { $0 } == 3)
            #expect(ran.filter { $0 }.count == 3)
            let runs = try await JobQueue(store: store).runs(job: "tellen")
            #expect(runs.count == 3 && runs.allSatisfy { $0.outcome == "klaar" && $0.summary == "geteld" })
        }
    }

    @Test func aFailingJobIsRecordedAndRunsAgainNextTime() async throws {
        try await withTestStore { store in
            // setup
            struct Broken: Error, CustomStringConvertible { var description: String { "de schijf is vol" } }
            let clock = ManualClock()
            let attempts = Mutex(0)
            let job = BackgroundJob(name: "breekt", interval: .seconds(60)) { _ in
                if attempts.withLock({ $0 += 1; return $0 }) == 1 { throw Broken() }
                return "gelukt"
            }
            let jobs = BackgroundJobs(
                queue: JobQueue(store: store, owner: "a"), jobs: [job], clock: clock.appClock, lease: .seconds(30), tick: .seconds(1),
                logger: Logger(label: "test"))
            try await JobQueue(store: store).register("breekt", firstRun: clock.now)
            // act
            let first = await jobs.runIfDue(job)
            let tooSoon = await jobs.runIfDue(job)
            clock.advance(61)
            let second = await jobs.runIfDue(job)
            // check
            #expect(first && !tooSoon && second)
            let runs = try await JobQueue(store: store).runs(job: "breekt")
            #expect(runs.map(\.outcome) == ["klaar", "mislukt"])
            #expect(runs.last?.summary == "de schijf is vol")
        }
    }
}

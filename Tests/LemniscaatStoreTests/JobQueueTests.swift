// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Synchronization
import Testing

@testable import LemniscaatStore

/// Background jobs shared by server processes: each queue here stands for one process on the same database.
@Suite struct JobQueueTests {
    @Test func aDueJobIsClaimedByOneProcessOnly() async throws {
        try await withTestStore { store in
            // setup
            let now = Date()
            let queues = (0..<6).map { JobQueue(store: store, owner: "proces-\($0)") }
            try await queues[0].register("opruimen", firstRun: now)
            try await queues[1].register("opruimen", firstRun: now.addingTimeInterval(999))  // keeps the first schedule
            // act: all at once
            let leases = try await withThrowingTaskGroup(of: JobLease?.self) { group in
                for queue in queues { group.addTask { try await queue.claim("opruimen", now: now, lease: .seconds(60)) } }
                return try await group.reduce(into: [JobLease]()) { if let lease = $1 { $0.append(lease) } }
            }
            // check
            #expect(leases.count == 1)
            #expect(leases.first?.attempt == 1)
            let runs = try await queues[0].runs(job: "opruimen")
            #expect(runs.count == 1 && runs.first?.outcome == "bezig" && runs.first?.owner == leases.first?.owner)
        }
    }

    @Test func aJobThatIsNotDueIsNotClaimed() async throws {
        try await withTestStore { store in
            // setup
            let now = Date()
            let queue = JobQueue(store: store, owner: "a")
            try await queue.register("opruimen", firstRun: now.addingTimeInterval(10))
            // act
            let early = try await queue.claim("opruimen", now: now, lease: .seconds(60))
            let due = try await queue.claim("opruimen", now: now.addingTimeInterval(10), lease: .seconds(60))
            // check
            #expect(early == nil)
            #expect(due != nil)
        }
    }

    @Test func aRunCutOffByAKillIsTakenOverAfterTheLeaseAndDoneOnce() async throws {
        try await withTestStore { store in
            // setup: an action due in two days, whose reminder the job sends
            let held = try await DecisionActionStoreTests.held(store)
            let org = held.setup.fixture.organisationID
            let actions = ActionRepository(store: store)
            let now = Date()
            _ = try await actions.create(
                sessionID: held.sessionID,
                .init(description: "Werkinstructie aanpassen", ownerID: held.setup.fixture.practitioner.id!, due: ReviewDeadline.code(now.addingTimeInterval(2 * 86_400))),
                organisationID: org, actor: held.setup.actor, now: now)
            let a = JobQueue(store: store, owner: "a")
            let b = JobQueue(store: store, owner: "b")
            try await a.register("actie-herinneringen", firstRun: now)
            // act: A claims the run and is killed before it finishes (it never renews nor finishes)
            let cut = try #require(try await a.claim("actie-herinneringen", now: now, lease: .seconds(60)))
            let whileHeld = try await b.claim("actie-herinneringen", now: now.addingTimeInterval(30), lease: .seconds(60))
            let taken = try #require(try await b.claim("actie-herinneringen", now: now.addingTimeInterval(61), lease: .seconds(60)))
            let run = try await actions.remind(now: now.addingTimeInterval(61))
            try await b.finish(taken, outcome: .done, summary: "\(run.reminders) herinneringen", now: now.addingTimeInterval(62), nextRun: now.addingTimeInterval(362))
            // A comes back from the dead and tries to finish its old run
            try await a.finish(cut, outcome: .done, summary: "te laat", now: now.addingTimeInterval(63), nextRun: now.addingTimeInterval(99))
            let again = try await b.claim("actie-herinneringen", now: now.addingTimeInterval(70), lease: .seconds(60))
            // check: B took over the same slot as a second attempt; one run done, the cut-off one marked as failed
            #expect(whileHeld == nil)
            #expect(abs(taken.slot.timeIntervalSince(cut.slot)) < 0.001 && taken.attempt == 2)
            #expect(run.reminders == 1)
            #expect(again == nil)
            let runs = try await a.runs(job: "actie-herinneringen")
            #expect(runs.filter { abs($0.slotAt.timeIntervalSince(cut.slot)) < 0.001 && $0.outcome == JobOutcome.done.rawValue }.map(\.owner) == ["b"])
            #expect(runs.filter { $0.owner == "a" }.map(\.outcome) == [JobOutcome.failed.rawValue])
            let job = try #require(try await a.jobs().first { $0.name == "actie-herinneringen" })
            #expect(job.runs == 1 && job.leaseOwner == nil && job.lastOutcome == "klaar")
            #expect(abs(job.nextRunAt.timeIntervalSince(now.addingTimeInterval(362))) < 0.01)
            let reminders = try await NotificationModel.query(on: store.database).all().filter { $0.text.hasPrefix("Herinnering") }
            #expect(reminders.count == 1)
        }
    }

    @Test func aRenewedLeaseIsNotTakenOver() async throws {
        try await withTestStore { store in
            // setup
            let now = Date()
            let a = JobQueue(store: store, owner: "a")
            let b = JobQueue(store: store, owner: "b")
            try await a.register("groot", firstRun: now)
            let lease = try #require(try await a.claim("groot", now: now, lease: .seconds(60)))
            // act
            let renewed = try await a.renew(lease, now: now.addingTimeInterval(50), by: .seconds(60))
            let byB = try await b.claim("groot", now: now.addingTimeInterval(61), lease: .seconds(60))
            let lateB = try await b.claim("groot", now: now.addingTimeInterval(111), lease: .seconds(60))
            let renewedAfterLoss = try await a.renew(lease, now: now.addingTimeInterval(112), by: .seconds(60))
            // check
            #expect(renewed)
            #expect(byB == nil)
            #expect(lateB?.attempt == 2)
            #expect(!renewedAfterLoss)
        }
    }

    @Test func manyProcessesClaimingTogetherRunEverySlotOnce() async throws {
        try await withTestStore { store in
            // setup: four processes ask every "second" for a job due every two
            let start = Date()
            let queues = (0..<4).map { JobQueue(store: store, owner: "p\($0)") }
            try await queues[0].register("vaak", firstRun: start)
            // act
            for tick in 0..<20 {
                let now = start.addingTimeInterval(Double(tick))
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for queue in queues {
                        group.addTask {
                            guard let lease = try await queue.claim("vaak", now: now, lease: .seconds(30)) else { return }
                            try await queue.finish(lease, outcome: .done, summary: "", now: now, nextRun: now.addingTimeInterval(2))
                        }
                    }
                    try await group.waitForAll()
                }
            }
            // check: ten slots, each run once
            let runs = try await queues[0].runs(job: "vaak", limit: 100)
            #expect(runs.count == 10)
            #expect(Set(runs.map { Int($0.slotAt.timeIntervalSince(start).rounded()) }) == Set(stride(from: 0, to: 20, by: 2)))
            #expect(runs.allSatisfy { $0.outcome == "klaar" && $0.attempt == 1 })
        }
    }
}

/// Each server process has its own similarity index; it takes in what other processes wrote.
@Suite struct SimilarityCatchUpTests {
    @Test func aProcessFindsSignalsAnotherProcessWrote() async throws {
        try await withTestStore { store in
            // setup: two processes' indexes, both built before the signal exists
            let fixture = try await Fixture.make(store)
            let org = fixture.organisationID
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first).domain.id!
            let reporter = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
            let here = SignalSimilarity(store: store)
            let there = SignalSimilarity(store: store)
            try await here.warm()
            try await there.warm()
            try await there.catchUp()
            let signals = SignalRepository(store: store, similarity: here)
            let text = "Zonnepanelen op huurwoningen verhogen de servicekosten onverwacht"
            // act: written here
            let signal = try await signals.submit(
                .init(
                    title: text, description: "Huurders krijgen een naheffing.", domainID: domain, policyID: nil, areaCode: nil,
                    affected: "2-10", urgency: "normaal", solution: nil, anonymous: false),
                reporter: reporter, origin: "test", now: Date())
            let before = try await there.similar(to: text, organisationID: org)
            let seen = try await there.catchUp()
            let after = try await there.similar(to: text, organisationID: org)
            // closed here: gone there after the next catch-up
            try await SignalModel.query(on: store.database).filter(\.$id == signal.id!)
                .set(\.$status, to: SignalStatus.closed.rawValue).set(\.$updatedAt, to: Date().addingTimeInterval(1)).update()
            try await there.catchUp()
            let gone = try await there.similar(to: text, organisationID: org)
            // check
            #expect(before.isEmpty)
            #expect(seen >= 1)
            #expect(after.first?.id == signal.id)
            #expect(gone.isEmpty)
        }
    }
}

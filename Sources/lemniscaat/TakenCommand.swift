// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import Foundation
import LemniscaatStore

/// What the background jobs did, for the people who run the servers: which process holds what, and the last runs.
struct TakenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taken",
        abstract: "Toon de achtergrondtaken: wanneer ze weer draaien, welk proces ze nu uitvoert en de laatste keren.")

    @Option(name: .customLong("aantal"), help: "Hoeveel van de laatste uitvoeringen (standaard 20).") var limit = 20

    func validate() throws {
        guard (1...1000).contains(limit) else { throw ValidationError("--aantal moet tussen 1 en 1000 liggen.") }
    }

    func run() async throws {
        let env = Environment()
        let store = try await env.openStore()
        let queue = JobQueue(store: store, owner: "cli")
        let jobs = try await queue.jobs()
        let runs = try await queue.runs(limit: limit)
        await store.shutdown()
        let time = Date.ISO8601FormatStyle(timeZone: .current).year().month().day().time(includingFractionalSeconds: false)
        if jobs.isEmpty { print("Er zijn nog geen achtergrondtaken: ze verschijnen zodra een server draait.") }
        for job in jobs {
            let until = job.leaseUntil.map { " tot \($0.formatted(time))" } ?? ""
            let holder = job.leaseOwner.map { " · nu bezig: \($0)\(until)" } ?? ""
            print("\(job.name): volgende keer \(job.nextRunAt.formatted(time)), \(job.runs) keer gedraaid, laatste uitkomst \(job.lastOutcome ?? "-")\(holder)")
        }
        if !runs.isEmpty { print("\nLaatste uitvoeringen:") }
        for run in runs {
            let end = run.finishedAt.map { $0.formatted(time) } ?? "-"
            print("  \(run.startedAt.formatted(time))  \(run.job)  poging \(run.attempt)  \(run.owner)  \(run.outcome)  tot \(end)  \(run.summary)")
        }
    }
}

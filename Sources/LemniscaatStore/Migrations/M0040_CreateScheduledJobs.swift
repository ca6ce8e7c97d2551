// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Background jobs shared by every server process on one database: one row per recurring job holds when it is next
/// due and which process holds it (a lease that expires, so a killed process's job is taken over), and every attempt
/// at a run is kept in job_runs, so "done once" can be checked and a beheerder can see what ran.
struct M0040_CreateScheduledJobs: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("scheduled_jobs")
            .field("name", .string, .identifier(auto: false))
            .field("next_run_at", .datetime, .required)
            .field("lease_owner", .string)
            .field("lease_until", .datetime)
            // The attempt at the current slot: 1 for the first process that claims it, 2 for one taking over, …
            .field("attempt", .int, .required)
            .field("runs", .int, .required)
            .field("last_finished_at", .datetime)
            .field("last_outcome", .string)
            .create()
        try await database.schema("job_runs")
            .id()
            .field("job", .string, .required)
            // The due time the run was for: one slot, one successful run.
            .field("slot_at", .datetime, .required)
            .field("attempt", .int, .required)
            .field("owner", .string, .required)
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime)
            // `JobOutcome`: bezig, klaar, mislukt.
            .field("outcome", .string, .required)
            .field("summary", .string, .required)
            .create()
        try await createIndex("job_runs_job_started", on: "job_runs", columns: ["job", "started_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("job_runs").delete()
        try await database.schema("scheduled_jobs").delete()
    }
}

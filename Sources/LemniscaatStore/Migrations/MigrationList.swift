// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

extension Migrations {
    /// Every migration in the order it runs. Append only: a migration that has landed is never edited.
    static let ordered: [any Migration] = [
        M0001_CreateOrganisations(),  // organisations
        M0002_CreateDomains(),  // beleidsterreinen per organisation
        M0003_CreateUsers(),  // accounts, invitations
        M0004_CreateRoleAssignments(),  // roles a user holds (several allowed)
        M0005_CreateTeams(),  // teams (beleid / uitvoering / verbinding)
        M0006_CreateTeamMembers(),  // who is in which team
        M0007_CreateAreas(),  // gemeente → wijk → buurt by CBS code
        M0008_CreateSessions(),  // browser sessions, shared by all server processes
        M0009_CreateAPITokens(),  // bearer tokens for /api/v1, stored hashed
        M0010_CreateAuditEntries(),  // the hash-chained audit log
        M0011_CreateSignInFailures(),  // failed sign-ins, for throttling across processes
        M0012_CreatePolicies(),  // policy register: policies, domains, driehoek roles, teams, goals
        M0013_CreateThemes(),  // themes that group signals
        M0014_CreateSignals(),  // the reporting point
        M0015_CreateSignalEvents(),  // a signal's history and its recognitions ("herken ik")
        M0016_CreateRoutingRules(),  // routing rules, response terms, optional holidays
        M0017_CreateNotifications(),  // in-app notifications and the e-mail outbox
        M0018_AddSignalListIndexes(),  // list sort orders, escalation and per-policy counts at 200 000 signals
        M0019_AddAuditEntityIndex(),  // a record's timeline without reading the whole audit log
        M0020_CreateIndicators(),  // monitor: indicators per goal and their targets
        M0021_CreateMeasurements(),  // monitor: figures per indicator, period, area and breakdown
        M0022_CreateIndicatorComments(),  // monitor: het verhaal achter het getal
        M0023_AddSmallNumberThreshold(),  // small-number protection's k per organisation
        M0024_CreateDrafts(),  // concept texts of a policy: versions, sections, signals linked to a section
        M0025_CreateReviewRounds(),  // uitvoeringstoets: rounds, invitations, reviews, scores, remarks and answers
        M0026_CreateSessions(),  // overleg: sessions, participants and attendance, linked policies and domains, agenda with minutes
        M0027_CreateDecisionsAndActions(),  // overleg: decisions (concerned items, effect on signals and themes, policy change) and actions
        M0028_CreateLessons(),  // lessen: the learning log, its links to policies, themes, signals and sessions, tags
        M0029_AddSearchIndexes(),  // Dutch full-text search over lessons and signals (FTS5 on SQLite, GIN tsvector on PostgreSQL)
        M0030_CreateMKBAs(),  // MKBA: social cost-benefit analyses per intervention, their cost and benefit lines with yearly amounts
        M0031_AddLoopIndexes(),  // de lus: covering indexes for the signals submitted and answered in a period
        M0032_CreateBottlenecks(),  // knelpuntenbrief: to whom, under which regulation and article a signal or theme was forwarded
        M0033_AddSignalEventKindIndex(),  // samenwerkingskaart: the answers of a period without reading every event
        M0034_AddWholeAreaMeasurementIndex(),  // monitor, de lus: the figures without a breakdown without reading the breakdowns
        M0035_CreateRetention(),  // bewaartermijnen per organisation, tombstones of deleted signals, the anonymous reporter's placeholder mark
        M0036_CreateAuditCheckpoints(),  // where the retention run cut the front off the audit chain, so verify starts there
        M0037_CreateProcessingLog(),  // logboek dataverwerkingen: reads of records that name a person, the subject hashed
        M0038_CreateSingleSignOn(),  // single sign-on: an organisation's OpenID provider, role mapping, password sign-in on or off
        M0039_CreateSingleSignOnLinks(),  // single sign-on: accounts linked by (issuer, sub), sign-ins under way (state, nonce, PKCE)
        M0040_CreateScheduledJobs(),  // background jobs run once across server processes: leases and the runs kept
        M0041_AddSignalUpdatedIndex(),  // similarity: each process catches up with signals another one changed
        M0042_CreateConsultations(),  // raadplegingen: consultations, questions, panel invitations (hashed), anonymous responses, rate-limit events
        M0043_ReplacePolicySignalIndexes(),  // a policy's signals: newest first and its loop's figures from an index
        M0044_MakeWholeAreaMeasurementIndexPartial(),  // an import of breakdowns no longer writes the whole-area index
        M0045_NarrowMeasurementKey(),  // measurements refer to indicators and imports by small numbers: half the bytes per row
    ]
}

import SQLKit

/// Fluent's schema builder has no CREATE INDEX; both SQLite and PostgreSQL accept this form.
func createIndex(_ name: String, on table: String, columns: [String], unique: Bool = false, database: any Database) async throws {
    let sql = database as! any SQLDatabase
    var builder = sql.create(index: name).on(table)
    if unique { builder = builder.unique() }
    for column in columns { builder = builder.column(column) }
    try await builder.run()
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Removes the oldest audit entries once every one of them has passed its organisation's audit term, keeping the
/// chain verifiable. The chain is one for all organisations, so only a prefix can go: the run stops at the first
/// entry still within its term, and an entry may stay longer than its own term behind an older one that must stay.
/// Entries without an organisation (the command line acting for none) keep the longest term any organisation has.
/// The last entry always stays, so the chain's tail never moves.
enum AuditTrim {
    struct Plan {
        let through: Int64
        let hash: String
        let removed: Int64
        let oldest: String
        let newest: String
    }

    struct SequenceRow: Decodable { let s: Int64? }
    struct SettingRow: Decodable {
        let organisation_id: UUID
        let audit_months: Int
    }
    struct RangeRow: Decodable {
        let n: Int64
        let oldest: String?
        let newest: String?
    }
    struct HashRow: Decodable { let hash: String }

    static func latestCheckpoint(on sql: any SQLDatabase) async throws -> (through: Int64, hash: String)? {
        struct Row: Decodable {
            let through_sequence: Int64
            let through_hash: String
        }
        return try await sql.select().columns("through_sequence", "through_hash").from("audit_checkpoints")
            .orderBy("through_sequence", .descending).limit(1).first(decoding: Row.self).map { ($0.through_sequence, $0.through_hash) }
    }

    static func plan(now: Date, on sql: any SQLDatabase) async throws -> Plan? {
        let after = try await latestCheckpoint(on: sql)?.through ?? 0
        guard let last = try await sql.raw("SELECT MAX(sequence) AS s FROM audit_entries").first(decoding: SequenceRow.self)?.s else { return nil }
        let settings = try await sql.select().columns("organisation_id", "audit_months").from("privacy_settings").all(decoding: SettingRow.self)
        func cutoff(_ months: Int) -> String { AuditChain.timestamp(RetentionClock.cutoff(now: now, months: months)) }
        func firstKept(_ condition: SQLQueryString, months: Int) async throws -> Int64? {
            try await sql.raw("""
                SELECT MIN(sequence) AS s FROM audit_entries WHERE sequence > \(bind: after) AND occurred_at >= \(bind: cutoff(months)) AND \(condition)
                """).first(decoding: SequenceRow.self)?.s
        }
        var kept: [Int64] = []
        let own = settings.map { SQLBind($0.organisation_id.uuidString.lowercased()) as any SQLExpression }
        for setting in settings {
            if let s = try await firstKept("organisation_id = \(bind: setting.organisation_id.uuidString.lowercased())", months: setting.audit_months) { kept.append(s) }
        }
        let others: SQLQueryString = own.isEmpty
            ? "organisation_id <> ''" : "organisation_id <> '' AND organisation_id NOT IN \(SQLGroupExpression(SQLList(own)))"
        if let s = try await firstKept(others, months: RetentionPeriods.defaults.auditMonths) { kept.append(s) }
        let longest = ([RetentionPeriods.defaults.auditMonths] + settings.map(\.audit_months)).max()!
        if let s = try await firstKept("organisation_id = ''", months: longest) { kept.append(s) }
        let through = min((kept.min() ?? last + 1) - 1, last - 1)
        guard through > after else { return nil }
        let range = try await sql.raw("""
            SELECT COUNT(*) AS n, MIN(occurred_at) AS oldest, MAX(occurred_at) AS newest FROM audit_entries
            WHERE sequence > \(bind: after) AND sequence <= \(bind: through)
            """).first(decoding: RangeRow.self)
        guard let range, range.n > 0,
            let hash = try await sql.select().column("hash").from("audit_entries").where("sequence", .equal, SQLBind(through)).first(decoding: HashRow.self)?.hash
        else { return nil }
        return Plan(through: through, hash: hash, removed: range.n, oldest: range.oldest ?? "", newest: range.newest ?? "")
    }

    static let action = "auditlog.ingekort"

    /// Cuts the chain's front behind a checkpoint and announces it in the chain itself; returns how many went.
    static func apply(now: Date, actor: AuditActor, on db: any Database) async throws -> Int64 {
        let sql = db as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            // The same lock every append takes: no entry is added while the front is cut.
            try await sql.raw(SQLQueryString(AuditLog.chainLockSQL)).run()
        }
        guard let plan = try await plan(now: now, on: sql) else { return 0 }
        try await sql.insert(into: "audit_checkpoints")
            .columns("id", "through_sequence", "through_hash", "removed", "oldest_removed_at", "newest_removed_at", "created_at")
            .values(
                SQLBind(UUID()), SQLBind(plan.through), SQLBind(plan.hash), SQLBind(plan.removed), SQLBind(plan.oldest), SQLBind(plan.newest),
                SQLBind(now)
            ).run()
        try await sql.delete(from: "audit_entries").where("sequence", .lessThanOrEqual, SQLBind(plan.through)).run()
        try await AuditLog.append(
            on: db, actor: actor, action: action, entityType: "auditlog", entityID: String(plan.through),
            summary: "\(plan.removed) regels tot en met \(plan.through) verwijderd na de bewaartermijn (\(plan.oldest) tot \(plan.newest)); hash \(plan.hash)",
            at: now)
        return plan.removed
    }
}

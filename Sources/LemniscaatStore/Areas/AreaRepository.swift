// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Areas by CBS code: gemeente → wijk → buurt. The parent follows from the code and must exist.
public struct AreaRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// Sorted so each gemeente is followed by its wijken, each wijk by its buurten: a parent's digits are a prefix
    /// of its children's, so ordering by the digits alone gives the tree.
    /// Codes and names in CBS order, as plain rows: the filter of every signal list shows them.
    public func names(organisationID: UUID) async throws -> [(code: String, name: String)] {
        struct Row: Decodable {
            let code: String
            let name: String
        }
        return try await store.sql.select().column("code").column("name").from("areas").where("organisation_id", .equal, SQLBind(organisationID))
            .all(decoding: Row.self)
            .sorted { $0.code.dropFirst(2).lexicographicallyPrecedes($1.code.dropFirst(2)) }.map { ($0.code, $0.name) }
    }

    public func list(organisationID: UUID) async throws -> [AreaModel] {
        try await AreaModel.query(on: store.database).filter(\.$organisationID == organisationID).all()
            .sorted { $0.code.dropFirst(2).lexicographicallyPrecedes($1.code.dropFirst(2)) }
    }

    public func area(code: String, organisationID: UUID) async throws -> AreaModel? {
        try await AreaModel.query(on: store.database).filter(\.$organisationID == organisationID)
            .filter(\.$code == code.uppercased()).first()
    }

    public struct ImportResult: Sendable, Equatable {
        public let created: Int
        public let renamed: Int
        public let unchanged: Int
    }

    /// Adds one area, checked like an import of one row.
    public func add(code: String, name: String, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        var validator = Validator()
        let name = validator.text("naam", name, label: "de naam van het gebied", maximum: 200)
        let parsed = AreaCode(code)
        if parsed == nil { validator.add("code", "ongeldig", "Vul een CBS-code in, zoals GM0363, WK036301 of BU03630101.") }
        try validator.check()
        let existing = try await area(code: parsed!.description, organisationID: organisationID)
        if existing != nil {
            throw ValidationFailure([InvalidParam(name: "code", code: "bestaat-al", reason: "Gebied \(parsed!) bestaat al.")])
        }
        _ = try await importRows([AreaRow(code: parsed!, name: name)], organisationID: organisationID, actor: actor, now: now, fieldName: "code")
    }

    /// Imports rows in one transaction: new codes are added, known codes get the new name. A row whose parent is
    /// neither in the file nor already known refuses the whole import.
    public func importRows(_ rows: [AreaRow], organisationID: UUID, actor: AuditActor, now: Date, fieldName: String = "bestand") async throws -> ImportResult {
        try await store.write { db in
            let existing = try await AreaModel.query(on: db).filter(\.$organisationID == organisationID).all()
            var byCode = Dictionary(uniqueKeysWithValues: existing.map { ($0.code, $0) })
            let known = Set(existing.map(\.code)).union(rows.map(\.code.description))
            let orphans = rows.filter { row in row.code.parent.map { !known.contains($0.description) } ?? false }
            if !orphans.isEmpty {
                throw ValidationFailure(orphans.prefix(20).map { row in
                    InvalidParam(
                        name: fieldName, code: "onbekende-ouder",
                        reason: "\(row.code) (\(row.name)) hoort bij \(row.code.parent!), maar dat gebied bestaat niet. Voeg het eerst toe of neem het op in het bestand.")
                })
            }
            var created = 0
            var renamed = 0
            var unchanged = 0
            for row in rows {
                if let area = byCode[row.code.description] {
                    if area.name == row.name {
                        unchanged += 1
                    } else {
                        area.name = row.name
                        try await area.update(on: db)
                        renamed += 1
                    }
                } else {
                    let area = AreaModel(
                        organisationID: organisationID, code: row.code.description, name: row.name, level: row.code.level.rawValue,
                        parentCode: row.code.parent?.description, createdAt: now)
                    try await area.create(on: db)
                    byCode[area.code] = area
                    created += 1
                }
            }
            try await AuditLog.append(
                on: db, actor: actor, action: rows.count == 1 && created == 1 ? "gebied.aangemaakt" : "gebieden.geimporteerd",
                entityType: "gebied", entityID: rows.count == 1 ? rows[0].code.description : "",
                summary: "\(created) nieuw, \(renamed) hernoemd, \(unchanged) ongewijzigd", at: now)
            return ImportResult(created: created, renamed: renamed, unchanged: unchanged)
        }
    }
}

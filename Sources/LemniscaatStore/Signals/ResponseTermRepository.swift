// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The beheerder's response terms: a default for the organisation, overrides per domain, and the two holidays an
/// organisation may or may not observe. New signals use them; existing signals keep the term they started with.
public struct ResponseTermRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public struct Settings: Sendable, Equatable {
        public var defaultDays: Int
        public var domainDays: [UUID: Int]
        public var includesGoodFriday: Bool
        public var includesLiberationDay: Bool

        public init(defaultDays: Int, domainDays: [UUID: Int], includesGoodFriday: Bool, includesLiberationDay: Bool) {
            self.defaultDays = defaultDays
            self.domainDays = domainDays
            self.includesGoodFriday = includesGoodFriday
            self.includesLiberationDay = includesLiberationDay
        }
    }

    public func settings(organisationID: UUID) async throws -> Settings {
        let terms = try await ResponseTermModel.query(on: store.database).filter(\.$organisationID == organisationID).all()
        let organisation = try await OrganisationModel.find(organisationID, on: store.database)
        var domains: [UUID: Int] = [:]
        for term in terms { if let domain = term.domainID { domains[domain] = term.workingDays } }
        return Settings(
            defaultDays: terms.first { $0.domainID == nil }?.workingDays ?? ResponseDeadline.defaultWorkingDays, domainDays: domains,
            includesGoodFriday: organisation?.includesGoodFriday ?? false, includesLiberationDay: organisation?.includesLiberationDay ?? false)
    }

    public static let allowedDays = 1...60

    public func save(_ settings: Settings, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        var validator = Validator()
        if !Self.allowedDays.contains(settings.defaultDays) {
            validator.add("standaard", "buiten-bereik", "Een termijn ligt tussen 1 en 60 werkdagen.")
        }
        for (_, days) in settings.domainDays where !Self.allowedDays.contains(days) {
            validator.add("domeinen", "buiten-bereik", "Een termijn ligt tussen 1 en 60 werkdagen.")
            break
        }
        try validator.check()
        try await store.write { db in
            let known = Set(try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).all().compactMap(\.id))
            guard Set(settings.domainDays.keys).isSubset(of: known) else { throw NotFound() }
            try await ResponseTermModel.query(on: db).filter(\.$organisationID == organisationID).delete()
            for (domain, days) in [(UUID?.none, settings.defaultDays)] + settings.domainDays.map({ (Optional($0.key), $0.value) }) {
                let term = ResponseTermModel()
                term.organisationID = organisationID
                term.domainID = domain
                term.workingDays = days
                try await term.create(on: db)
            }
            guard let organisation = try await OrganisationModel.find(organisationID, on: db) else { throw NotFound() }
            organisation.includesGoodFriday = settings.includesGoodFriday
            organisation.includesLiberationDay = settings.includesLiberationDay
            try await organisation.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "termijnen.gewijzigd", entityType: "organisatie", entityID: organisationID.uuidString.lowercased(),
                summary: "standaard \(settings.defaultDays) werkdagen; \(settings.domainDays.count) afwijkend; Goede Vrijdag \(settings.includesGoodFriday ? "ja" : "nee"), Bevrijdingsdag \(settings.includesLiberationDay ? "ja" : "nee")",
                at: now)
        }
    }
}

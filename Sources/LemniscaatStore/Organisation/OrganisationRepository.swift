// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Organisations, their domains (beleidsterreinen) and teams.
public struct OrganisationRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public func organisation(id: UUID) async throws -> OrganisationModel? {
        try await OrganisationModel.find(id, on: store.database)
    }

    /// By slug or by name, as typed on the command line.
    public func organisation(named name: String) async throws -> OrganisationModel? {
        if let bySlug = try await OrganisationModel.query(on: store.database).filter(\.$slug == Slug.make(name)).first() {
            return bySlug
        }
        return try await OrganisationModel.query(on: store.database).filter(\.$name == name).first()
    }

    public func isDatabaseEmpty() async throws -> Bool {
        try await OrganisationModel.query(on: store.database).count() == 0
    }

    /// A new organisation with the default domains.
    public func create(name: String, actor: AuditActor, now: Date) async throws -> OrganisationModel {
        var validator = Validator()
        let name = validator.text("naam", name, label: "de naam van de organisatie", maximum: 120)
        try validator.check()
        return try await store.write { db in
            let slug = Slug.make(name)
            if try await OrganisationModel.query(on: db).filter(\.$slug == slug).first() != nil {
                throw ValidationFailure([InvalidParam(name: "naam", code: "bestaat-al", reason: "Er is al een organisatie met deze naam.")])
            }
            let organisation = OrganisationModel(name: name, slug: slug, createdAt: now)
            try await organisation.create(on: db)
            var orgActor = actor
            orgActor.organisationID = organisation.id
            try await AuditLog.append(
                on: db, actor: orgActor, action: "organisatie.aangemaakt", entityType: "organisatie",
                entityID: organisation.id!.uuidString.lowercased(), summary: name, at: now)
            for domain in DefaultDomains.all {
                try await DomainModel(organisationID: organisation.id!, slug: domain.slug, name: domain.name, createdAt: now).create(on: db)
            }
            return organisation
        }
    }

    // MARK: domains

    public struct DomainListing: Sendable {
        public let domain: DomainModel
        public let teamCount: Int
    }

    public func domains(organisationID: UUID) async throws -> [DomainListing] {
        let domains = try await DomainModel.query(on: store.database).filter(\.$organisationID == organisationID).sort(\.$name).all()
        let teams = try await TeamModel.query(on: store.database).filter(\.$organisationID == organisationID).all()
        let counts = Dictionary(grouping: teams.compactMap(\.domainID), by: { $0 }).mapValues(\.count)
        return domains.map { DomainListing(domain: $0, teamCount: counts[$0.id!] ?? 0) }
    }

    public func createDomain(name: String, organisationID: UUID, actor: AuditActor, now: Date) async throws -> DomainModel {
        var validator = Validator()
        let name = validator.text("naam", name, label: "de naam van het beleidsterrein", maximum: 80)
        let slug = Slug.make(name)
        if !name.isEmpty && slug.isEmpty { validator.add("naam", "ongeldig", "Gebruik letters of cijfers in de naam.") }
        try validator.check()
        return try await store.write { db in
            if try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$slug == slug).first() != nil {
                throw ValidationFailure([InvalidParam(name: "naam", code: "bestaat-al", reason: "Dit beleidsterrein bestaat al.")])
            }
            let domain = DomainModel(organisationID: organisationID, slug: slug, name: name, createdAt: now)
            try await domain.create(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "domein.aangemaakt", entityType: "domein", entityID: domain.id!.uuidString.lowercased(),
                summary: name, at: now)
            return domain
        }
    }

    public func renameDomain(id: UUID, name: String, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        // Another organisation's domain does not exist, whatever the input: look it up before judging the name.
        guard try await DomainModel.query(on: store.database).filter(\.$id == id).filter(\.$organisationID == organisationID).first() != nil else {
            throw NotFound()
        }
        var validator = Validator()
        let name = validator.text("naam", name, label: "de naam van het beleidsterrein", maximum: 80)
        try validator.check()
        try await store.write { db in
            guard let domain = try await DomainModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let old = domain.name
            domain.name = name
            try await domain.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "domein.gewijzigd", entityType: "domein", entityID: id.uuidString.lowercased(),
                summary: "\(old) → \(name)", at: now)
        }
    }

    public func deleteDomain(id: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let domain = try await DomainModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            if try await TeamModel.query(on: db).filter(\.$domainID == id).count() > 0 {
                throw ValidationFailure([
                    InvalidParam(name: "domein", code: "in-gebruik", reason: "Teams werken aan dit beleidsterrein. Haal het eerst bij die teams weg.")
                ])
            }
            // Signals and policies keep their domain: a domain they use stays.
            let signals = try await SignalModel.query(on: db).filter(\.$domainID == id).count()
            let policies = try await PolicyDomainModel.query(on: db).filter(\.$domainID == id).count()
            if signals + policies > 0 {
                throw ValidationFailure([
                    InvalidParam(name: "domein", code: "in-gebruik", reason: "Er zijn signalen of beleid op dit beleidsterrein. U kunt het hernoemen, maar niet verwijderen.")
                ])
            }
            try await domain.delete(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "domein.verwijderd", entityType: "domein", entityID: id.uuidString.lowercased(),
                summary: domain.name, at: now)
        }
    }

    // MARK: teams

    public struct TeamListing: Sendable {
        public let team: TeamModel
        public let domain: DomainModel?
        public let memberCount: Int
    }

    public struct Facts: Decodable, Sendable {
        public let users: Int
        public let teams: Int
        public let domains: Int
        public let areas: Int
    }

    /// Active users, teams, domains and areas of an organisation, counted in one query for the start page.
    public func facts(organisationID: UUID) async throws -> Facts {
        let query: SQLQueryString = """
            SELECT (SELECT COUNT(*) FROM users WHERE organisation_id = \(bind: organisationID) AND is_active = \(bind: true)) AS users,
              (SELECT COUNT(*) FROM teams WHERE organisation_id = \(bind: organisationID)) AS teams,
              (SELECT COUNT(*) FROM domains WHERE organisation_id = \(bind: organisationID)) AS domains,
              (SELECT COUNT(*) FROM areas WHERE organisation_id = \(bind: organisationID)) AS areas
            """
        return try await store.sql.raw(query).first(decoding: Facts.self)!
    }

    /// Domain ids and names by name, in one plain query, for lists and choices on every signal page.
    public func domainNames(organisationID: UUID) async throws -> [(id: UUID, name: String)] {
        try await store.sql.select().column("id").column("name").from("domains").where("organisation_id", .equal, SQLBind(organisationID))
            .orderBy("name").all(decoding: AccountRepository.NameRow.self).map { ($0.id, $0.name) }
    }

    /// Team ids and names by name, in one plain query, for choice lists and naming a handler.
    public func teamNames(organisationID: UUID) async throws -> [(id: UUID, name: String)] {
        try await store.sql.select().column("id").column("name").from("teams").where("organisation_id", .equal, SQLBind(organisationID))
            .orderBy("name").all(decoding: AccountRepository.NameRow.self).map { ($0.id, $0.name) }
    }

    public func teams(organisationID: UUID) async throws -> [TeamListing] {
        let teams = try await TeamModel.query(on: store.database).filter(\.$organisationID == organisationID).sort(\.$name).all()
        let domains = try await DomainModel.query(on: store.database).filter(\.$organisationID == organisationID).all()
        let domainsByID = Dictionary(uniqueKeysWithValues: domains.map { ($0.id!, $0) })
        let members = try await TeamMemberModel.query(on: store.database).filter(\.$teamID ~~ teams.compactMap(\.id)).all()
        let counts = Dictionary(grouping: members, by: \.teamID).mapValues(\.count)
        return teams.map { TeamListing(team: $0, domain: $0.domainID.flatMap { domainsByID[$0] }, memberCount: counts[$0.id!] ?? 0) }
    }

    public func team(id: UUID, organisationID: UUID) async throws -> TeamModel? {
        try await TeamModel.query(on: store.database).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
    }

    public func members(teamID: UUID, organisationID: UUID) async throws -> [UserModel] {
        try await UserModel.query(on: store.database)
            .join(TeamMemberModel.self, on: \UserModel.$id == \TeamMemberModel.$userID)
            .filter(TeamMemberModel.self, \.$teamID == teamID)
            .filter(\.$organisationID == organisationID)
            .sort(\.$name).all()
    }

    public struct TeamInput: Sendable {
        public var name: String
        public var kind: String
        public var domainID: UUID?

        public init(name: String, kind: String, domainID: UUID?) {
            self.name = name
            self.kind = kind
            self.domainID = domainID
        }
    }

    private func validate(_ input: TeamInput) throws -> (String, TeamKind) {
        var validator = Validator()
        let name = validator.text("naam", input.name, label: "de naam van het team", maximum: 120)
        let kind = TeamKind(rawValue: input.kind)
        if kind == nil { validator.add("soort", "ongeldig", "Kies beleid, uitvoering of verbinding.") }
        try validator.check()
        return (name, kind!)
    }

    private static func requireDomain(_ id: UUID?, organisationID: UUID, on db: any Database) async throws {
        guard let id else { return }
        if try await DomainModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() == nil {
            throw ValidationFailure([InvalidParam(name: "domein", code: "onbekend", reason: "Kies een beleidsterrein uit de lijst.")])
        }
    }

    private static func requireUniqueName(_ name: String, except id: UUID?, organisationID: UUID, on db: any Database) async throws {
        let query = TeamModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$name == name)
        if let id { query.filter(\.$id != id) }
        if try await query.first() != nil {
            throw ValidationFailure([InvalidParam(name: "naam", code: "bestaat-al", reason: "Er is al een team met deze naam.")])
        }
    }

    public func createTeam(_ input: TeamInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> TeamModel {
        let (name, kind) = try validate(input)
        return try await store.write { db in
            try await Self.requireDomain(input.domainID, organisationID: organisationID, on: db)
            try await Self.requireUniqueName(name, except: nil, organisationID: organisationID, on: db)
            let team = TeamModel(organisationID: organisationID, name: name, kind: kind.rawValue, domainID: input.domainID, createdAt: now)
            try await team.create(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "team.aangemaakt", entityType: "team", entityID: team.id!.uuidString.lowercased(),
                summary: "\(name) (\(kind.rawValue))", at: now)
            return team
        }
    }

    public func updateTeam(id: UUID, _ input: TeamInput, memberIDs: [UUID], organisationID: UUID, actor: AuditActor, now: Date) async throws {
        let (name, kind) = try validate(input)
        try await store.write { db in
            guard let team = try await TeamModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            try await Self.requireDomain(input.domainID, organisationID: organisationID, on: db)
            try await Self.requireUniqueName(name, except: id, organisationID: organisationID, on: db)
            let members = Set(memberIDs)
            if !members.isEmpty {
                let found = try await UserModel.query(on: db).filter(\.$id ~~ Array(members)).filter(\.$organisationID == organisationID).count()
                if found != members.count {
                    throw ValidationFailure([InvalidParam(name: "leden", code: "onbekend", reason: "Kies alleen mensen van uw eigen organisatie.")])
                }
            }
            let before = "\(team.name) (\(team.kind))"
            team.name = name
            team.kind = kind.rawValue
            team.domainID = input.domainID
            try await team.update(on: db)
            try await TeamMemberModel.query(on: db).filter(\.$teamID == id).delete()
            for member in members { try await TeamMemberModel(teamID: id, userID: member).create(on: db) }
            try await AuditLog.append(
                on: db, actor: actor, action: "team.gewijzigd", entityType: "team", entityID: id.uuidString.lowercased(),
                summary: "\(before) → \(name) (\(kind.rawValue)); \(members.count) leden", at: now)
        }
    }

    public func deleteTeam(id: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let team = try await TeamModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            try await TeamMemberModel.query(on: db).filter(\.$teamID == id).delete()
            try await team.delete(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "team.verwijderd", entityType: "team", entityID: id.uuidString.lowercased(),
                summary: team.name, at: now)
        }
    }
}

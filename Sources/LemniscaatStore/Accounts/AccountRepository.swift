// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// A user as the beheerder sees them: the account, its roles and its teams.
public struct UserListing: Sendable {
    public let user: UserModel
    public let roles: [Role]
    public let teams: [TeamModel]
}

/// Users, their roles and team memberships, invitations and passwords. Every query is scoped to one organisation.
public struct AccountRepository: Sendable {
    let store: Store
    public static let invitationLifetime: TimeInterval = 7 * 24 * 3600

    public init(store: Store) { self.store = store }

    // MARK: reading

    public func user(id: UUID, organisationID: UUID) async throws -> UserModel? {
        try await UserModel.query(on: store.database)
            .filter(\.$id == id).filter(\.$organisationID == organisationID).first()
    }

    public func user(email: String) async throws -> UserModel? {
        guard let address = EmailAddress(email) else { return nil }
        return try await UserModel.query(on: store.database).filter(\.$email == address.value).first()
    }

    public func roles(userID: UUID, on database: (any Database)? = nil) async throws -> [Role] {
        try await RoleAssignmentModel.query(on: database ?? store.database).filter(\.$userID == userID).all()
            .compactMap { Role(rawValue: $0.role) }.sorted()
    }

    /// The user a session or token acts for; nil when the account is gone or deactivated.
    public func signedInUser(userID: UUID) async throws -> SignedInUser? {
        guard let user = try await UserModel.find(userID, on: store.database), user.isActive,
            let organisation = try await OrganisationModel.find(user.organisationID, on: store.database)
        else { return nil }
        return SignedInUser(
            userID: userID, organisationID: organisation.id!, organisationName: organisation.name, name: user.name,
            email: user.email, roles: Set(try await roles(userID: userID)), locale: user.locale)
    }

    /// Active people with at least one role, by name: whom a signal can be assigned to. Plain rows, because a signal
    /// page shows this list and 300 users with their roles and teams as Fluent models took most of its time.
    public func assignable(organisationID: UUID) async throws -> [(id: UUID, name: String)] {
        let query: SQLQueryString = """
            SELECT u.id, u.name FROM users u
            WHERE u.organisation_id = \(bind: organisationID) AND u.is_active = \(bind: true)
              AND EXISTS (SELECT 1 FROM role_assignments r WHERE r.user_id = u.id)
            ORDER BY u.name
            """
        return try await store.sql.raw(query).all(decoding: NameRow.self).map { ($0.id, $0.name) }
    }

    /// Names of some people of an organisation, by id, in one plain query.
    public func names(ids: [UUID], organisationID: UUID) async throws -> [(id: UUID, name: String)] {
        guard !ids.isEmpty else { return [] }
        return try await store.sql.select().column("id").column("name").column("organisation_id").from("users")
            .where("id", .in, SQLGroupExpression(SQLList(ids.map { SQLBind($0) as any SQLExpression })))
            .all(decoding: OwnedNameRow.self).filter { $0.organisation_id == organisationID }.map { ($0.id, $0.name) }
    }

    struct OwnedNameRow: Decodable {
        let id: UUID
        let name: String
        let organisation_id: UUID
    }

    struct NameRow: Decodable {
        let id: UUID
        let name: String
    }

    public func list(organisationID: UUID) async throws -> [UserListing] {
        // Not the placeholder that anonymised signals point to (bewaartermijnen): it is nobody.
        struct IDRow: Decodable { let id: UUID }
        let placeholders = Set(try await store.sql.select().column("id").from("users").where("organisation_id", .equal, SQLBind(organisationID))
            .where("placeholder", .equal, SQLBind(true)).all(decoding: IDRow.self).map(\.id))
        let users = try await UserModel.query(on: store.database)
            .filter(\.$organisationID == organisationID).sort(\.$name).all().filter { !placeholders.contains($0.id!) }
        let ids = users.compactMap(\.id)
        let assignments = try await RoleAssignmentModel.query(on: store.database).filter(\.$userID ~~ ids).all()
        let memberships = try await TeamMemberModel.query(on: store.database).filter(\.$userID ~~ ids).all()
        let teams = try await TeamModel.query(on: store.database).filter(\.$organisationID == organisationID).all()
        let teamsByID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id!, $0) })
        let rolesByUser = Dictionary(grouping: assignments, by: \.userID)
        let teamsByUser = Dictionary(grouping: memberships, by: \.userID)
        return users.map { user in
            UserListing(
                user: user,
                roles: (rolesByUser[user.id!] ?? []).compactMap { Role(rawValue: $0.role) }.sorted(),
                teams: (teamsByUser[user.id!] ?? []).compactMap { teamsByID[$0.teamID] }.sorted { $0.name < $1.name })
        }
    }

    public func teamIDs(userID: UUID) async throws -> [UUID] {
        try await TeamMemberModel.query(on: store.database).filter(\.$userID == userID).all().map(\.teamID)
    }

    // MARK: changing

    public struct NewUser: Sendable {
        public var email: String
        public var name: String
        public var roles: [Role]
        public var teamIDs: [UUID]
        /// nil: the user gets an invitation link and chooses a password themselves.
        public var password: String?

        public init(email: String, name: String, roles: [Role], teamIDs: [UUID] = [], password: String?) {
            self.email = email
            self.name = name
            self.roles = roles
            self.teamIDs = teamIDs
            self.password = password
        }
    }

    /// Creates an account. Returns the invitation token (to be shown once) when no password was given.
    public func create(_ new: NewUser, organisationID: UUID, actor: AuditActor, now: Date) async throws -> (user: UserModel, invitation: String?) {
        var validator = Validator()
        let name = validator.text("naam", new.name, label: "de naam", maximum: 120)
        let email = EmailAddress(new.email)
        if email == nil { validator.add("email", "ongeldig", "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.") }
        if new.roles.isEmpty { validator.add("rollen", "verplicht", "Kies minstens één rol.") }
        if let password = new.password { Self.checkPassword(password, field: "wachtwoord", into: &validator) }
        try validator.check()
        let passwordHash: String? = if let password = new.password { try await PasswordHasher.hash(password) } else { nil }
        let invitation = new.password == nil ? SecretToken.generate() : nil
        let email_ = email!.value
        return try await store.write { db in
            if try await UserModel.query(on: db).filter(\.$email == email_).first() != nil {
                throw ValidationFailure([InvalidParam(name: "email", code: "bestaat-al", reason: "Er is al een account met dit e-mailadres.")])
            }
            try await Self.requireTeams(new.teamIDs, organisationID: organisationID, on: db)
            let user = UserModel(organisationID: organisationID, email: email_, name: name, passwordHash: passwordHash, createdAt: now)
            if let invitation {
                user.invitationHash = SecretToken.hash(invitation)
                user.invitationExpiresAt = now.addingTimeInterval(Self.invitationLifetime)
            }
            try await user.create(on: db)
            for role in Set(new.roles) { try await RoleAssignmentModel(userID: user.id!, role: role.rawValue).create(on: db) }
            for teamID in Set(new.teamIDs) { try await TeamMemberModel(teamID: teamID, userID: user.id!).create(on: db) }
            try await AuditLog.append(
                on: db, actor: actor, action: invitation == nil ? "gebruiker.aangemaakt" : "gebruiker.uitgenodigd",
                entityType: "gebruiker", entityID: user.id!.uuidString.lowercased(),
                summary: "\(email_); rollen: \(new.roles.map(\.rawValue).sorted().joined(separator: ", "))", at: now)
            return (user, invitation)
        }
    }

    /// Changes name, roles and teams. Taking away the last beheerder of an organisation is refused.
    public func update(userID: UUID, organisationID: UUID, name: String, roles: [Role], teamIDs: [UUID], actor: AuditActor, now: Date) async throws {
        var validator = Validator()
        let name = validator.text("naam", name, label: "de naam", maximum: 120)
        if roles.isEmpty { validator.add("rollen", "verplicht", "Kies minstens één rol.") }
        try validator.check()
        try await store.write { db in
            guard let user = try await UserModel.query(on: db).filter(\.$id == userID).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            try await Self.requireTeams(teamIDs, organisationID: organisationID, on: db)
            let before = try await RoleAssignmentModel.query(on: db).filter(\.$userID == userID).all().compactMap { Role(rawValue: $0.role) }
            if before.contains(.administrator), !roles.contains(.administrator) {
                try await Self.requireAnotherAdministrator(besides: userID, organisationID: organisationID, on: db)
            }
            let oldName = user.name
            user.name = name
            try await user.update(on: db)
            try await RoleAssignmentModel.query(on: db).filter(\.$userID == userID).delete()
            for role in Set(roles) { try await RoleAssignmentModel(userID: userID, role: role.rawValue).create(on: db) }
            try await TeamMemberModel.query(on: db).filter(\.$userID == userID).delete()
            for teamID in Set(teamIDs) { try await TeamMemberModel(teamID: teamID, userID: userID).create(on: db) }
            try await AuditLog.append(
                on: db, actor: actor, action: "gebruiker.gewijzigd", entityType: "gebruiker", entityID: userID.uuidString.lowercased(),
                summary: "naam: \(oldName) → \(name); rollen: \(before.map(\.rawValue).sorted().joined(separator: ", ")) → \(roles.map(\.rawValue).sorted().joined(separator: ", ")); teams: \(teamIDs.count)",
                at: now)
        }
    }

    /// Deactivating ends every session of the user at once; their API tokens stop working too.
    public func setActive(_ active: Bool, userID: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let user = try await UserModel.query(on: db).filter(\.$id == userID).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            if !active {
                let roles = try await RoleAssignmentModel.query(on: db).filter(\.$userID == userID).all()
                if roles.contains(where: { $0.role == Role.administrator.rawValue }) {
                    try await Self.requireAnotherAdministrator(besides: userID, organisationID: organisationID, on: db)
                }
                try await BrowserSessionModel.query(on: db).filter(\.$userID == userID).delete()
            }
            user.isActive = active
            try await user.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: active ? "gebruiker.geactiveerd" : "gebruiker.gedeactiveerd",
                entityType: "gebruiker", entityID: userID.uuidString.lowercased(),
                summary: active ? "\(user.email) kan weer aanmelden" : "\(user.email) gedeactiveerd; alle sessies beëindigd", at: now)
        }
    }

    /// A new invitation link for an account that has not chosen a password yet (or must choose a new one).
    public func reinvite(userID: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws -> String {
        let token = SecretToken.generate()
        try await store.write { db in
            guard let user = try await UserModel.query(on: db).filter(\.$id == userID).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            user.invitationHash = SecretToken.hash(token)
            user.invitationExpiresAt = now.addingTimeInterval(Self.invitationLifetime)
            try await user.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "gebruiker.uitgenodigd", entityType: "gebruiker", entityID: userID.uuidString.lowercased(),
                summary: "nieuwe uitnodiging voor \(user.email)", at: now)
        }
        return token
    }

    public func invitedUser(token: String, now: Date) async throws -> UserModel? {
        guard let user = try await UserModel.query(on: store.database).filter(\.$invitationHash == SecretToken.hash(token)).first(),
            let expiry = user.invitationExpiresAt, expiry > now, user.isActive
        else { return nil }
        return user
    }

    /// The invited user sets their password; the link then no longer works.
    public func acceptInvitation(token: String, password: String, origin: String, now: Date) async throws -> UserModel {
        var validator = Validator()
        Self.checkPassword(password, field: "wachtwoord", into: &validator)
        try validator.check()
        let hash = try await PasswordHasher.hash(password)
        return try await store.write { db in
            guard let user = try await UserModel.query(on: db).filter(\.$invitationHash == SecretToken.hash(token)).first(),
                let expiry = user.invitationExpiresAt, expiry > now, user.isActive
            else { throw NotFound() }
            user.passwordHash = hash
            user.invitationHash = nil
            user.invitationExpiresAt = nil
            try await user.update(on: db)
            try await AuditLog.append(
                on: db, actor: AuditActor(organisationID: user.organisationID, userID: user.id, label: user.email, origin: origin),
                action: "gebruiker.wachtwoord-gekozen", entityType: "gebruiker", entityID: user.id!.uuidString.lowercased(),
                summary: "uitnodiging aanvaard", at: now)
            return user
        }
    }

    /// Changing one's password ends one's other sessions.
    public func changePassword(userID: UUID, current: String, new: String, keepSessionID: UUID?, actor: AuditActor, now: Date) async throws {
        guard let user = try await UserModel.find(userID, on: store.database), let hash = user.passwordHash else { throw NotFound() }
        var validator = Validator()
        if !(try await PasswordHasher.verify(current, hash: hash)) {
            validator.add("huidigWachtwoord", "onjuist", "Het huidige wachtwoord klopt niet.")
        }
        Self.checkPassword(new, field: "nieuwWachtwoord", into: &validator)
        try validator.check()
        let newHash = try await PasswordHasher.hash(new)
        try await store.write { db in
            user.passwordHash = newHash
            try await user.update(on: db)
            let others = BrowserSessionModel.query(on: db).filter(\.$userID == userID)
            if let keepSessionID { others.filter(\.$id != keepSessionID) }
            try await others.delete()
            try await AuditLog.append(
                on: db, actor: actor, action: "gebruiker.wachtwoord-gewijzigd", entityType: "gebruiker",
                entityID: userID.uuidString.lowercased(), summary: "andere sessies beëindigd", at: now)
        }
    }

    public func setLocale(_ locale: String?, userID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let user = try await UserModel.find(userID, on: db) else { throw NotFound() }
            user.locale = locale
            try await user.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "gebruiker.taal-gewijzigd", entityType: "gebruiker",
                entityID: userID.uuidString.lowercased(), summary: "taal: \(locale ?? "automatisch")", at: now)
        }
    }

    static func checkPassword(_ password: String, field: String, into validator: inout Validator) {
        switch PasswordPolicy.check(password) {
        case .tooShort:
            validator.add(field, "te-kort", "Een wachtwoord heeft minstens \(PasswordPolicy.minimumLength) tekens. Een zin van een paar woorden werkt goed.")
        case .tooLong:
            validator.add(field, "te-lang", "Een wachtwoord heeft hoogstens \(PasswordPolicy.maximumLength) tekens.")
        case nil:
            break
        }
    }

    static func requireTeams(_ teamIDs: [UUID], organisationID: UUID, on db: any Database) async throws {
        guard !teamIDs.isEmpty else { return }
        let found = try await TeamModel.query(on: db).filter(\.$id ~~ teamIDs).filter(\.$organisationID == organisationID).count()
        if found != Set(teamIDs).count {
            throw ValidationFailure([InvalidParam(name: "teams", code: "onbekend", reason: "Kies alleen teams van uw eigen organisatie.")])
        }
    }

    static func requireAnotherAdministrator(besides userID: UUID, organisationID: UUID, on db: any Database) async throws {
        let admins = try await RoleAssignmentModel.query(on: db)
            .join(UserModel.self, on: \RoleAssignmentModel.$userID == \UserModel.$id)
            .filter(RoleAssignmentModel.self, \.$role == Role.administrator.rawValue)
            .filter(UserModel.self, \.$organisationID == organisationID)
            .filter(UserModel.self, \.$isActive == true)
            .filter(UserModel.self, \.$id != userID)
            .count()
        if admins == 0 {
            throw ValidationFailure([
                InvalidParam(name: "rollen", code: "laatste-beheerder", reason: "Dit is de laatste beheerder van de organisatie. Maak eerst iemand anders beheerder.")
            ])
        }
    }
}

/// The record does not exist, or belongs to another organisation: callers cannot tell which.
public struct NotFound: Error, Sendable {
    public init() {}
}

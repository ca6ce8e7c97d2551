// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

public final class SSOConfigurationModel: Model, @unchecked Sendable {
    public static let schema = "sso_configurations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    /// What the sign-in button says: "Inloggen met <displayName>".
    @Field(key: "display_name") public var displayName: String
    @Field(key: "issuer") public var issuer: String
    @Field(key: "client_id") public var clientID: String
    @Field(key: "client_secret") public var clientSecret: String
    @Field(key: "scopes") public var scopes: String
    /// A claim name or dotted path (`roles`, `groups`, `realm_access.roles`); empty: roles are assigned in Lemniscaat only.
    @Field(key: "role_claim") public var roleClaim: String
    /// `waarde = rol` per line (RoleMapping).
    @Field(key: "role_mapping") public var roleMapping: String
    /// Links an existing account of the same organisation on its e-mail address at the first sign-in.
    @Field(key: "link_by_email") public var linkByEmail: Bool
    @Field(key: "is_enabled") public var isEnabled: Bool
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _displayName, _issuer, _clientID, _clientSecret, _scopes, _roleClaim, _roleMapping, _linkByEmail, _isEnabled,
         _updatedAt]
    }

    public init() {}

    /// The secret as a page may show it: its last four characters.
    public var maskedSecret: String { clientSecret.isEmpty ? "" : "••••••" + String(clientSecret.suffix(4)) }
}

public final class SSOIdentityModel: Model, @unchecked Sendable {
    public static let schema = "sso_identities"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "issuer") public var issuer: String
    @Field(key: "subject") public var subject: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_sign_in_at") public var lastSignInAt: Date
    public var properties: [any AnyProperty] { [_id, _userID, _organisationID, _issuer, _subject, _createdAt, _lastSignInAt] }

    public init() {}
}

public final class SSOAttemptModel: Model, @unchecked Sendable {
    public static let schema = "sso_attempts"

    @ID(key: .id) public var id: UUID?
    @Field(key: "state_hash") public var stateHash: String
    @Field(key: "browser_hash") public var browserHash: String
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "nonce") public var nonce: String
    @Field(key: "code_verifier") public var codeVerifier: String
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _stateHash, _browserHash, _organisationID, _nonce, _codeVerifier, _createdAt] }

    public init() {}
}

/// What the beheerder fills in on the organisation-inlog page.
public struct SSOSettings: Sendable {
    public var displayName: String
    public var issuer: String
    public var clientID: String
    /// Empty keeps the stored secret.
    public var clientSecret: String
    public var scopes: String
    public var roleClaim: String
    public var roleMapping: String
    public var linkByEmail: Bool
    public var isEnabled: Bool
    public var passwordSignIn: Bool

    public init(
        displayName: String, issuer: String, clientID: String, clientSecret: String, scopes: String, roleClaim: String, roleMapping: String,
        linkByEmail: Bool, isEnabled: Bool, passwordSignIn: Bool
    ) {
        self.displayName = displayName
        self.issuer = issuer
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scopes = scopes
        self.roleClaim = roleClaim
        self.roleMapping = roleMapping
        self.linkByEmail = linkByEmail
        self.isEnabled = isEnabled
        self.passwordSignIn = passwordSignIn
    }
}

/// Why a single sign-on was refused after the provider vouched for the person.
public enum SSORefusal: Error, Sendable, Equatable {
    case deactivated
    case emailTaken
    case otherOrganisation
    case noEmail

    public var code: String {
        switch self {
        case .deactivated: "gedeactiveerd"
        case .emailTaken: "e-mailadres-bestaat"
        case .otherOrganisation: "andere-organisatie"
        case .noEmail: "geen-e-mailadres"
        }
    }
}

/// Single sign-on per organisation: its configuration, the sign-ins under way, and the accounts linked by (issuer, sub).
public struct SingleSignOnRepository: Sendable {
    let store: Store
    /// A sign-in at the provider has this long to come back.
    public static let attemptLifetime: TimeInterval = 10 * 60
    public static let defaultScopes = "openid email profile"

    public init(store: Store) { self.store = store }

    // MARK: configuration

    public func configuration(organisationID: UUID) async throws -> SSOConfigurationModel? {
        try await SSOConfigurationModel.query(on: store.database).filter(\.$organisationID == organisationID).first()
    }

    /// Organisations whose sign-in button the sign-in page shows.
    public func enabledButtons() async throws -> [(slug: String, displayName: String)] {
        let query: SQLQueryString = """
            SELECT o.slug, c.display_name FROM sso_configurations c JOIN organisations o ON o.id = c.organisation_id
            WHERE c.is_enabled = \(bind: true) ORDER BY c.display_name
            """
        return try await store.sql.raw(query).all(decoding: ButtonRow.self).map { ($0.slug, $0.display_name) }
    }

    struct ButtonRow: Decodable {
        let slug: String
        let display_name: String
    }

    /// The enabled configuration of the organisation with this slug.
    public func enabledConfiguration(slug: String) async throws -> SSOConfigurationModel? {
        guard let organisation = try await OrganisationModel.query(on: store.database).filter(\.$slug == slug).first() else { return nil }
        return try await SSOConfigurationModel.query(on: store.database)
            .filter(\.$organisationID == organisation.id!).filter(\.$isEnabled == true).first()
    }

    public func passwordSignIn(organisationID: UUID) async throws -> Bool {
        let row = try await store.sql.select().column("password_sign_in").from("organisations").where("id", .equal, organisationID)
            .first(decoding: PasswordRow.self)
        return row?.password_sign_in ?? true
    }

    struct PasswordRow: Decodable { let password_sign_in: Bool }

    public func save(_ settings: SSOSettings, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        var validator = Validator()
        let displayName = validator.text("naam", settings.displayName, label: "de naam op de knop", maximum: 80)
        let issuer = settings.issuer.trimmingCharacters(in: .whitespacesAndNewlines)
        if !Self.isValidIssuer(issuer) {
            validator.add(
                "issuer", "ongeldig",
                "Vul het adres van de uitgever in, zoals https://login.microsoftonline.com/<tenant>/v2.0 (https; http alleen op deze computer).")
        }
        let clientID = validator.text("clientId", settings.clientID, label: "de client-id", maximum: 200)
        let secret = settings.clientSecret.trimmingCharacters(in: .whitespacesAndNewlines)
        if secret.count > 500 { validator.add("clientSecret", "te-lang", "Het clientgeheim heeft hoogstens 500 tekens.") }
        var scopes = settings.scopes.split(whereSeparator: \.isWhitespace).map(String.init)
        if !scopes.contains("openid") { scopes.insert("openid", at: 0) }
        let scopeText = scopes.joined(separator: " ")
        if scopeText.count > 300 { validator.add("scopes", "te-lang", "De scopes zijn samen hoogstens 300 tekens.") }
        let roleClaim = settings.roleClaim.trimmingCharacters(in: .whitespaces)
        if roleClaim.count > 200 || roleClaim.contains(where: { $0.isWhitespace }) {
            validator.add("rolclaim", "ongeldig", "Vul de naam van één claim in, zoals roles of groups (zonder spaties).")
        }
        let (mapping, badLines) = RoleMapping.parse(settings.roleMapping)
        if !badLines.isEmpty {
            validator.add(
                "rollen", "ongeldig",
                "Regel \(badLines.map(String.init).joined(separator: ", ")) is niet te lezen. Schrijf per regel: waarde = rol (rol is uitvoerder, beleidsmedewerker, verbinder, manager of beheerder).")
        }
        if !mapping.entries.isEmpty && roleClaim.isEmpty {
            validator.add("rolclaim", "verplicht", "Vul in welke claim de rollen draagt, of laat de vertaling van rollen leeg.")
        }
        if !settings.passwordSignIn && !settings.isEnabled {
            validator.add("wachtwoord", "niet-zonder-sso", "Wachtwoorden kunnen alleen uit als de organisatie-inlog aan staat.")
        }
        try validator.check()
        try await store.write { db in
            let existing = try await SSOConfigurationModel.query(on: db).filter(\.$organisationID == organisationID).first()
            if existing == nil && secret.isEmpty {
                throw ValidationFailure([InvalidParam(name: "clientSecret", code: "verplicht", reason: "Vul het clientgeheim in.")])
            }
            let model = existing ?? SSOConfigurationModel()
            let secretChanged = !secret.isEmpty && secret != existing?.clientSecret
            model.organisationID = organisationID
            model.displayName = displayName
            model.issuer = issuer
            model.clientID = clientID
            if !secret.isEmpty { model.clientSecret = secret }
            model.scopes = scopeText
            model.roleClaim = roleClaim
            model.roleMapping = mapping.text
            model.linkByEmail = settings.linkByEmail
            model.isEnabled = settings.isEnabled
            model.updatedAt = now
            try await model.save(on: db)
            try await (db as! any SQLDatabase).update("organisations").set("password_sign_in", to: settings.passwordSignIn)
                .where("id", .equal, organisationID).run()
            // Never the secret itself: the audit log is read by every beheerder and exported.
            try await AuditLog.append(
                on: db, actor: actor, action: "sso.ingesteld", entityType: "organisatie", entityID: organisationID.uuidString.lowercased(),
                summary: "organisatie-inlog \(settings.isEnabled ? "aan" : "uit") (\(displayName), \(issuer), client-id \(clientID)"
                    + "\(secretChanged ? ", clientgeheim gewijzigd" : "")); rolclaim: \(roleClaim.isEmpty ? "geen" : roleClaim), \(mapping.entries.count) vertaling(en); "
                    + "wachtwoorden \(settings.passwordSignIn ? "aan" : "uit"); koppelen op e-mailadres \(settings.linkByEmail ? "aan" : "uit")",
                at: now)
        }
    }

    /// The way back in when the provider fails: `lemniscaat sso wachtwoorden --aan`.
    public func setPasswordSignIn(_ allowed: Bool, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            try await (db as! any SQLDatabase).update("organisations").set("password_sign_in", to: allowed)
                .where("id", .equal, organisationID).run()
            try await AuditLog.append(
                on: db, actor: actor, action: "sso.wachtwoorden", entityType: "organisatie", entityID: organisationID.uuidString.lowercased(),
                summary: "aanmelden met wachtwoord \(allowed ? "aangezet" : "uitgezet")", at: now)
        }
    }

    static func isValidIssuer(_ issuer: String) -> Bool {
        guard issuer.count <= 300, let url = URL(string: issuer), let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil else {
            return false
        }
        if url.scheme == "https" { return true }
        // Plain http only on loopback: a test provider, or a provider behind a proxy on the same machine.
        return url.scheme == "http" && (host == "127.0.0.1" || host == "localhost" || host == "::1")
    }

    // MARK: sign-ins under way

    public struct Attempt: Sendable {
        public let organisationID: UUID
        public let nonce: String
        public let codeVerifier: String
        public let createdAt: Date
    }

    /// A new attempt: returns the `state` for the provider (stored only as a hash), the nonce and the PKCE verifier.
    public func start(organisationID: UUID, browserSecret: String, now: Date) async throws -> (state: String, nonce: String, codeVerifier: String) {
        let state = SecretToken.generate()
        let nonce = SecretToken.generate()
        let verifier = PKCE.verifier()
        try await store.write { db in
            try await SSOAttemptModel.query(on: db).filter(\.$createdAt < now.addingTimeInterval(-3600)).delete()
            let attempt = SSOAttemptModel()
            attempt.stateHash = SecretToken.hash(state)
            attempt.browserHash = SecretToken.hash(browserSecret)
            attempt.organisationID = organisationID
            attempt.nonce = nonce
            attempt.codeVerifier = verifier
            attempt.createdAt = now
            try await attempt.create(on: db)
        }
        return (state, nonce, verifier)
    }

    public enum AttemptProblem: Error, Sendable, Equatable {
        /// Unknown or already used: a replayed callback.
        case unknown
        case expired
        case otherBrowser
    }

    /// Takes the attempt out, so a callback works once only; then checks its age and its browser.
    public func consume(state: String, browserSecret: String?, now: Date) async throws -> Result<Attempt, AttemptProblem> {
        let hash = SecretToken.hash(state)
        let found: SSOAttemptModel? = try await store.write { db in
            guard let attempt = try await SSOAttemptModel.query(on: db).filter(\.$stateHash == hash).first() else { return nil }
            try await attempt.delete(on: db)
            return attempt
        }
        guard let found else { return .failure(.unknown) }
        guard let browserSecret, SecretToken.equal(found.browserHash, SecretToken.hash(browserSecret)) else { return .failure(.otherBrowser) }
        guard now.timeIntervalSince(found.createdAt) <= Self.attemptLifetime else { return .failure(.expired) }
        return .success(Attempt(organisationID: found.organisationID, nonce: found.nonce, codeVerifier: found.codeVerifier, createdAt: found.createdAt))
    }

    // MARK: outcomes

    /// Every refusal leaves an audit entry: what was tried, for which organisation, and why.
    /// `throttleKeys` count the refusal as a failed sign-in too, so refusals cannot be used to probe addresses unthrottled.
    public func recordRefusal(
        organisationID: UUID?, userID: UUID? = nil, label: String, code: String, summary: String, origin: String, now: Date, throttleKeys: [String] = []
    ) async throws {
        try await store.write { db in
            for key in throttleKeys { try await SignInFailureModel(key: key, occurredAt: now).create(on: db) }
            try await AuditLog.append(
                on: db, actor: AuditActor(organisationID: organisationID, userID: userID, label: String(label.prefix(254)), origin: origin),
                action: "aanmelden.sso-geweigerd", entityType: "organisatie", entityID: organisationID?.uuidString.lowercased() ?? "",
                summary: "\(code): \(summary)", at: now)
        }
    }

    public struct SignedIn: Sendable {
        public let token: String
        public let userID: UUID
        public let isNew: Bool
        public let roles: Set<Role>
    }

    /// Finds the account linked to (issuer, sub), or links or creates one, updates its roles from the role claim, and
    /// starts a session: one transaction, one audit entry. Refusals come back as `SSORefusal`, with nothing written.
    public func signIn(
        claims: IDTokenClaims, configuration: SSOConfigurationModel, origin: String, now: Date, replacing oldToken: String?
    ) async throws -> Result<SignedIn, SSORefusal> {
        let mapped: Set<Role> =
            configuration.roleClaim.isEmpty
            ? [] : RoleMapping.parse(configuration.roleMapping).mapping.roles(for: claims.values(at: configuration.roleClaim))
        let organisationID = configuration.organisationID
        let issuer = configuration.issuer
        return try await store.write { db -> Result<SignedIn, SSORefusal> in
            var user: UserModel
            var isNew = false
            var how: String
            if let identity = try await SSOIdentityModel.query(on: db).filter(\.$issuer == issuer).filter(\.$subject == claims.subject).first() {
                guard let linked = try await UserModel.find(identity.userID, on: db) else { return .failure(.deactivated) }
                guard linked.organisationID == organisationID else { return .failure(.otherOrganisation) }
                user = linked
                identity.lastSignInAt = now
                try await identity.update(on: db)
                how = "gekoppeld account"
            } else {
                guard let email = claims.email.flatMap(EmailAddress.init)?.value else { return .failure(.noEmail) }
                if let existing = try await UserModel.query(on: db).filter(\.$email == email).first() {
                    guard existing.organisationID == organisationID else { return .failure(.otherOrganisation) }
                    let alreadyLinked = try await SSOIdentityModel.query(on: db).filter(\.$userID == existing.id!).filter(\.$issuer == issuer).count() > 0
                    guard configuration.linkByEmail, !alreadyLinked else { return .failure(.emailTaken) }
                    user = existing
                    how = "bestaand account gekoppeld op e-mailadres"
                } else {
                    user = UserModel(organisationID: organisationID, email: email, name: String((claims.name ?? email).prefix(120)), passwordHash: nil, createdAt: now)
                    try await user.create(on: db)
                    isNew = true
                    how = "nieuw account"
                }
                let identity = SSOIdentityModel()
                identity.userID = user.id!
                identity.organisationID = organisationID
                identity.issuer = issuer
                identity.subject = claims.subject
                identity.createdAt = now
                identity.lastSignInAt = now
                try await identity.create(on: db)
            }
            guard user.isActive else { return .failure(.deactivated) }
            let userID = user.id!
            var roles = Set(try await RoleAssignmentModel.query(on: db).filter(\.$userID == userID).all().compactMap { Role(rawValue: $0.role) })
            if !mapped.isEmpty && mapped != roles {
                // The provider is the source of roles once the beheerder maps them; a last beheerder keeps that role.
                var target = mapped
                if roles.contains(.administrator) && !mapped.contains(.administrator) {
                    let others = try await RoleAssignmentModel.query(on: db)
                        .join(UserModel.self, on: \RoleAssignmentModel.$userID == \UserModel.$id)
                        .filter(RoleAssignmentModel.self, \.$role == Role.administrator.rawValue)
                        .filter(UserModel.self, \.$organisationID == organisationID).filter(UserModel.self, \.$isActive == true)
                        .filter(UserModel.self, \.$id != userID).count()
                    if others == 0 { target.insert(.administrator) }
                }
                try await RoleAssignmentModel.query(on: db).filter(\.$userID == userID).delete()
                for role in target { try await RoleAssignmentModel(userID: userID, role: role.rawValue).create(on: db) }
                how += "; rollen uit de claim: \(target.map(\.rawValue).sorted().joined(separator: ", "))"
                roles = target
            } else if isNew {
                how += "; nog geen rollen"
            }
            let session = try await BrowserSessionRepository.insert(
                on: db, userID: userID, organisationID: organisationID, origin: origin, now: now, replacing: oldToken)
            try await AuditLog.append(
                on: db, actor: AuditActor(organisationID: organisationID, userID: userID, label: user.email, origin: origin),
                action: "aanmelden", entityType: "gebruiker", entityID: userID.uuidString.lowercased(),
                summary: "aangemeld via organisatie-inlog (\(issuer)); \(how)", at: now)
            return .success(SignedIn(token: session.token, userID: userID, isNew: isNew, roles: roles))
        }
    }

    public func identities(userID: UUID) async throws -> [SSOIdentityModel] {
        try await SSOIdentityModel.query(on: store.database).filter(\.$userID == userID).all()
    }
}

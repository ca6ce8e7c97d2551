// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Browser sessions, kept in the database so several server processes can share them.
public struct BrowserSessionRepository: Sendable {
    let store: Store
    let accounts: AccountRepository
    public static let idleTimeout: TimeInterval = 30 * 60
    public static let absoluteTimeout: TimeInterval = 12 * 3600
    /// last_seen_at is written at most this often, so reading a page is not a write each time.
    static let touchInterval: TimeInterval = 60

    public init(store: Store) {
        self.store = store
        self.accounts = AccountRepository(store: store)
    }

    public struct Active: Sendable {
        public let sessionID: UUID
        public let csrfToken: String
        public let user: SignedInUser
        /// Unread in-app notifications, for the count in the menu.
        public var unreadNotifications: Int = 0
    }

    /// A new session with a new id: a session id is never carried over across sign-in.
    public func create(user: SignedInUser, origin: String, now: Date, replacing oldToken: String?) async throws -> (token: String, csrf: String) {
        return try await store.write { db in
            let created = try await Self.insert(on: db, userID: user.userID, organisationID: user.organisationID, origin: origin, now: now, replacing: oldToken)
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "aanmelden", entityType: "gebruiker",
                entityID: user.userID.uuidString.lowercased(), summary: "aangemeld met wachtwoord", at: now)
            return created
        }
    }

    /// The session row itself, inside the caller's transaction (which writes the audit entry): password sign-in and
    /// single sign-on start sessions the same way.
    static func insert(
        on db: any Database, userID: UUID, organisationID: UUID, origin: String, now: Date, replacing oldToken: String?
    ) async throws -> (token: String, csrf: String) {
        let token = SecretToken.generate()
        let csrf = SecretToken.generate()
        if let oldToken {
            try await BrowserSessionModel.query(on: db).filter(\.$tokenHash == SecretToken.hash(oldToken)).delete()
        }
        try await BrowserSessionModel(
            tokenHash: SecretToken.hash(token), userID: userID, organisationID: organisationID,
            csrfToken: csrf, createdAt: now, origin: origin
        ).create(on: db)
        return (token, csrf)
    }

    /// The session for a cookie value, if it is still valid; an expired session is removed.
    public func resolve(token: String, now: Date) async throws -> Active? {
        // Every page asks this, so it is one query: the session, its user and organisation, the user's roles and the
        // number of unread notifications.
        let roles = SignedInUserRow.rolesColumn(store.kind)
        let query: SQLQueryString = """
            SELECT s.id AS session_id, s.csrf_token, s.created_at, s.last_seen_at, u.id AS user_id, u.name, u.email, u.locale,
              u.is_active, o.id AS organisation_id, o.name AS organisation_name, \(unsafeRaw: roles) AS roles,
              (SELECT COUNT(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread
            FROM sessions s JOIN users u ON u.id = s.user_id JOIN organisations o ON o.id = u.organisation_id
            WHERE s.token_hash = \(bind: SecretToken.hash(token))
            """
        guard let row = try await store.sql.raw(query).first(decoding: ResolvedRow.self) else { return nil }
        let idle = now.timeIntervalSince(row.last_seen_at) > Self.idleTimeout
        let tooOld = now.timeIntervalSince(row.created_at) > Self.absoluteTimeout
        guard !idle, !tooOld, row.is_active else {
            _ = try await store.write { db in try await BrowserSessionModel.query(on: db).filter(\.$id == row.session_id).delete() }
            return nil
        }
        if now.timeIntervalSince(row.last_seen_at) > Self.touchInterval {
            let id = row.session_id
            try await store.write(bookkeeping: true) { db in
                try await BrowserSessionModel.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: now).update()
            }
        }
        let user = SignedInUserRow.user(
            userID: row.user_id, organisationID: row.organisation_id, organisationName: row.organisation_name, name: row.name,
            email: row.email, roles: row.roles, locale: row.locale)
        return Active(sessionID: row.session_id, csrfToken: row.csrf_token, user: user, unreadNotifications: row.unread)
    }

    private struct ResolvedRow: Decodable {
        let session_id: UUID
        let csrf_token: String
        let created_at: Date
        let last_seen_at: Date
        let user_id: UUID
        let name: String
        let email: String
        let locale: String?
        let is_active: Bool
        let organisation_id: UUID
        let organisation_name: String
        let roles: String?
        let unread: Int
    }

    /// Sign-out: the session is gone on the server, whatever the browser keeps.
    public func end(token: String, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            try await BrowserSessionModel.query(on: db).filter(\.$tokenHash == SecretToken.hash(token)).delete()
            try await AuditLog.append(
                on: db, actor: actor, action: "afmelden", entityType: "gebruiker", entityID: actor.userID?.uuidString.lowercased() ?? "",
                summary: "afgemeld", at: now)
        }
    }

    public func count(userID: UUID) async throws -> Int {
        try await BrowserSessionModel.query(on: store.database).filter(\.$userID == userID).count()
    }
}

/// Counts failed sign-ins per account and per address over the last minute, in the database so every server
/// process sees the same count. It slows an attacker down without locking the account.
public struct SignInThrottle: Sendable {
    let store: Store
    public static let limit = 10
    public static let window: TimeInterval = 60

    public init(store: Store) { self.store = store }

    public static func keys(email: String, address: String) -> [String] {
        ["account:" + (EmailAddress(email)?.value ?? email.lowercased()), "address:" + address]
    }

    /// Seconds to wait when any key has reached the limit within the window; nil when sign-in may proceed.
    public func retryAfter(keys: [String], now: Date) async throws -> Int? {
        let since = now.addingTimeInterval(-Self.window)
        var wait: Int? = nil
        for key in keys {
            let recent = try await SignInFailureModel.query(on: store.database)
                .filter(\.$key == key).filter(\.$occurredAt > since).sort(\.$occurredAt, .ascending).all()
            if recent.count >= Self.limit {
                // The window frees up when the oldest failure that still counts drops out of it.
                let oldest = recent[recent.count - Self.limit].occurredAt
                // A millisecond of slack: stored times may come back a hair off after a round trip through the database.
                let seconds = max(1, Int((Self.window - now.timeIntervalSince(oldest) - 0.001).rounded(.up)))
                wait = max(wait ?? 0, seconds)
            }
        }
        return wait
    }

    public func recordFailure(keys: [String], actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            for key in keys { try await SignInFailureModel(key: key, occurredAt: now).create(on: db) }
            try await SignInFailureModel.query(on: db).filter(\.$occurredAt < now.addingTimeInterval(-3600)).delete()
            try await AuditLog.append(
                on: db, actor: actor, action: "aanmelden.mislukt", entityType: "gebruiker", entityID: actor.userID?.uuidString.lowercased() ?? "",
                summary: "onjuist e-mailadres of wachtwoord (\(actor.label))", at: now)
        }
    }
}

/// Bearer tokens for the API: shown once, stored as a SHA-256 hash, revocable.
public struct TokenRepository: Sendable {
    let store: Store
    let accounts: AccountRepository
    static let prefix = "lmn_"

    public init(store: Store) {
        self.store = store
        self.accounts = AccountRepository(store: store)
    }

    public func create(userID: UUID, organisationID: UUID, name: String, actor: AuditActor, now: Date) async throws -> (model: APITokenModel, token: String) {
        var validator = Validator()
        let name = validator.text("naam", name, label: "een naam voor de sleutel", maximum: 80)
        try validator.check()
        let token = SecretToken.generate(prefix: Self.prefix)
        let model = APITokenModel(
            userID: userID, organisationID: organisationID, name: name, tokenHash: SecretToken.hash(token),
            prefix: String(token.prefix(Self.prefix.count + 6)), createdAt: now)
        try await store.write { db in
            try await model.create(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "api-sleutel.aangemaakt", entityType: "api-sleutel",
                entityID: model.id!.uuidString.lowercased(), summary: "\(name) (\(model.prefix)…)", at: now)
        }
        return (model, token)
    }

    public func list(userID: UUID) async throws -> [APITokenModel] {
        try await APITokenModel.query(on: store.database).filter(\.$userID == userID).sort(\.$createdAt, .descending).all()
    }

    public func revoke(id: UUID, userID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let token = try await APITokenModel.query(on: db).filter(\.$id == id).filter(\.$userID == userID).first() else {
                throw NotFound()
            }
            guard token.revokedAt == nil else { return }
            token.revokedAt = now
            try await token.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "api-sleutel.ingetrokken", entityType: "api-sleutel",
                entityID: id.uuidString.lowercased(), summary: "\(token.name) (\(token.prefix)…)", at: now)
        }
    }

    /// The user behind a bearer token, if the token is valid and the user active.
    public func authenticate(_ token: String, now: Date) async throws -> SignedInUser? {
        guard token.hasPrefix(Self.prefix) else { return nil }
        // Every API call asks this: one query for the token, its user, organisation and roles.
        let roles = SignedInUserRow.rolesColumn(store.kind)
        let query: SQLQueryString = """
            SELECT t.id AS token_id, t.last_used_at, u.id AS user_id, u.name, u.email, u.locale, o.id AS organisation_id,
              o.name AS organisation_name, \(unsafeRaw: roles) AS roles
            FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id
            WHERE t.token_hash = \(bind: SecretToken.hash(token)) AND t.revoked_at IS NULL AND u.is_active = \(bind: true)
            """
        guard let row = try await store.sql.raw(query).first(decoding: TokenRow.self) else { return nil }
        if (row.last_used_at.map { now.timeIntervalSince($0) > 300 } ?? true) {
            let id = row.token_id
            try await store.write { db in
                try await APITokenModel.query(on: db).filter(\.$id == id).set(\.$lastUsedAt, to: now).update()
            }
        }
        return SignedInUserRow.user(
            userID: row.user_id, organisationID: row.organisation_id, organisationName: row.organisation_name, name: row.name,
            email: row.email, roles: row.roles, locale: row.locale)
    }

    private struct TokenRow: Decodable {
        let token_id: UUID
        let last_used_at: Date?
        let user_id: UUID
        let name: String
        let email: String
        let locale: String?
        let organisation_id: UUID
        let organisation_name: String
        let roles: String?
    }
}

/// What resolving a session and a bearer token share: a user's roles read in the same query as the user.
enum SignedInUserRow {
    /// A subquery giving the roles of user `u` as one comma-separated text.
    static func rolesColumn(_ kind: Store.Kind) -> String {
        let aggregate = kind == .postgres ? "string_agg(r.role, ',')" : "group_concat(r.role, ',')"
        return "(SELECT \(aggregate) FROM role_assignments r WHERE r.user_id = u.id)"
    }

    static func user(
        userID: UUID, organisationID: UUID, organisationName: String, name: String, email: String, roles: String?, locale: String?
    ) -> SignedInUser {
        SignedInUser(
            userID: userID, organisationID: organisationID, organisationName: organisationName, name: name, email: email,
            roles: Set((roles ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) }), locale: locale)
    }
}

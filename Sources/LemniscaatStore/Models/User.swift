// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

public final class UserModel: Model, @unchecked Sendable {
    public static let schema = "users"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "email") public var email: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "password_hash") public var passwordHash: String?
    @Field(key: "is_active") public var isActive: Bool
    @OptionalField(key: "locale") public var locale: String?
    /// SHA-256 of a pending invitation's token; the token itself is shown once to the beheerder.
    @OptionalField(key: "invitation_hash") public var invitationHash: String?
    @OptionalField(key: "invitation_expires_at") public var invitationExpiresAt: Date?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _email, _name, _passwordHash, _isActive, _locale, _invitationHash, _invitationExpiresAt, _createdAt]
    }

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, email: String, name: String, passwordHash: String?, createdAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.isActive = true
        self.createdAt = createdAt
    }
}

public final class RoleAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "role_assignments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "role") public var role: String
    public var properties: [any AnyProperty] { [_id, _userID, _role] }

    public init() {}

    public init(id: UUID? = nil, userID: UUID, role: String) {
        self.id = id
        self.userID = userID
        self.role = role
    }
}

public final class BrowserSessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "csrf_token") public var csrfToken: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date
    @Field(key: "origin") public var origin: String
    public var properties: [any AnyProperty] { [_id, _tokenHash, _userID, _organisationID, _csrfToken, _createdAt, _lastSeenAt, _origin] }

    public init() {}

    public init(id: UUID? = nil, tokenHash: String, userID: UUID, organisationID: UUID, csrfToken: String, createdAt: Date, origin: String) {
        self.id = id
        self.tokenHash = tokenHash
        self.userID = userID
        self.organisationID = organisationID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = createdAt
        self.origin = origin
    }
}

public final class APITokenModel: Model, @unchecked Sendable {
    public static let schema = "api_tokens"

    @ID(key: .id) public var id: UUID?
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "name") public var name: String
    @Field(key: "token_hash") public var tokenHash: String
    /// The first characters of the token, so a user can tell their tokens apart.
    @Field(key: "prefix") public var prefix: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "last_used_at") public var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") public var revokedAt: Date?
    public var properties: [any AnyProperty] { [_id, _userID, _organisationID, _name, _tokenHash, _prefix, _createdAt, _lastUsedAt, _revokedAt] }

    public init() {}

    public init(id: UUID? = nil, userID: UUID, organisationID: UUID, name: String, tokenHash: String, prefix: String, createdAt: Date) {
        self.id = id
        self.userID = userID
        self.organisationID = organisationID
        self.name = name
        self.tokenHash = tokenHash
        self.prefix = prefix
        self.createdAt = createdAt
    }
}

public final class SignInFailureModel: Model, @unchecked Sendable {
    public static let schema = "sign_in_failures"

    @ID(key: .id) public var id: UUID?
    /// "account:<email>" or "address:<ip>".
    @Field(key: "key") public var key: String
    @Field(key: "occurred_at") public var occurredAt: Date
    public var properties: [any AnyProperty] { [_id, _key, _occurredAt] }

    public init() {}

    public init(id: UUID? = nil, key: String, occurredAt: Date) {
        self.id = id
        self.key = key
        self.occurredAt = occurredAt
    }
}

public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "sequence") public var sequence: Int64
    @Field(key: "occurred_at") public var occurredAt: String
    @Field(key: "organisation_id") public var organisationID: String
    @Field(key: "actor_id") public var actorID: String
    @Field(key: "actor_label") public var actorLabel: String
    @Field(key: "action") public var action: String
    @Field(key: "entity_type") public var entityType: String
    @Field(key: "entity_id") public var entityID: String
    @Field(key: "origin") public var origin: String
    @Field(key: "summary") public var summary: String
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String
    public var properties: [any AnyProperty] {
        [_id, _sequence, _occurredAt, _organisationID, _actorID, _actorLabel, _action, _entityType, _entityID, _origin, _summary, _previousHash,
         _hash]
    }

    public init() {}
}

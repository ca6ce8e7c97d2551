// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

public final class PolicyModel: Model, @unchecked Sendable {
    public static let schema = "policies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "title") public var title: String
    @Field(key: "summary") public var summary: String
    @Field(key: "status") public var status: String
    @Field(key: "legal_basis") public var legalBasis: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _title, _summary, _status, _legalBasis, _createdAt, _updatedAt] }

    public init() {}
}

public final class PolicyDomainModel: Model, @unchecked Sendable {
    public static let schema = "policy_domains"
    @ID(key: .id) public var id: UUID?
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "domain_id") public var domainID: UUID
    public var properties: [any AnyProperty] { [_id, _policyID, _domainID] }
    public init() {}
    public init(policyID: UUID, domainID: UUID) {
        self.policyID = policyID
        self.domainID = domainID
    }
}

public final class PolicyRoleModel: Model, @unchecked Sendable {
    public static let schema = "policy_roles"
    @ID(key: .id) public var id: UUID?
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "role") public var role: String
    @Field(key: "user_id") public var userID: UUID
    public var properties: [any AnyProperty] { [_id, _policyID, _role, _userID] }
    public init() {}
    public init(policyID: UUID, role: String, userID: UUID) {
        self.policyID = policyID
        self.role = role
        self.userID = userID
    }
}

public final class PolicyTeamModel: Model, @unchecked Sendable {
    public static let schema = "policy_teams"
    @ID(key: .id) public var id: UUID?
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "team_id") public var teamID: UUID
    public var properties: [any AnyProperty] { [_id, _policyID, _teamID] }
    public init() {}
    public init(policyID: UUID, teamID: UUID) {
        self.policyID = policyID
        self.teamID = teamID
    }
}

public final class PolicyGoalModel: Model, @unchecked Sendable {
    public static let schema = "policy_goals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "title") public var title: String
    @Field(key: "description") public var goalDescription: String
    public var properties: [any AnyProperty] { [_id, _policyID, _position, _title, _goalDescription] }
    public init() {}
    public init(policyID: UUID, position: Int, title: String, description: String) {
        self.policyID = policyID
        self.position = position
        self.title = title
        self.goalDescription = description
    }
}

public final class ThemeModel: Model, @unchecked Sendable {
    public static let schema = "themes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "title") public var title: String
    @Field(key: "description") public var themeDescription: String
    @OptionalField(key: "owner_id") public var ownerID: UUID?
    /// "open" or "afgerond".
    @Field(key: "status") public var status: String
    @OptionalField(key: "answer") public var answer: String?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _title, _themeDescription, _ownerID, _status, _answer, _createdAt] }
    public init() {}
}

/// One numbered version of a policy's concept text, as written, with what changed since the one before.
public final class DraftVersionModel: Model, @unchecked Sendable {
    public static let schema = "draft_versions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "policy_id") public var policyID: UUID
    /// 1, 2, … per policy.
    @Field(key: "number") public var number: Int
    @Field(key: "markdown") public var markdown: String
    /// Empty for the first version.
    @Field(key: "change_note") public var changeNote: String
    @OptionalField(key: "author_id") public var authorID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _policyID, _number, _markdown, _changeNote, _authorID, _createdAt] }

    public init() {}
}

/// A section of a version, as `DraftText.sections` split it.
public final class DraftSectionModel: Model, @unchecked Sendable {
    public static let schema = "draft_sections"

    @ID(key: .id) public var id: UUID?
    @Field(key: "version_id") public var versionID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "level") public var level: Int
    @Field(key: "title") public var title: String
    @Field(key: "body") public var body: String
    public var properties: [any AnyProperty] { [_id, _versionID, _position, _key, _level, _title, _body] }

    public init() {}
}

/// A signal linked to a section of a policy's draft, by the section's key.
public final class DraftSectionSignalModel: Model, @unchecked Sendable {
    public static let schema = "draft_section_signals"

    @ID(key: .id) public var id: UUID?
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "section_key") public var sectionKey: String
    @Field(key: "signal_id") public var signalID: UUID
    @OptionalField(key: "linked_by") public var linkedBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _policyID, _sectionKey, _signalID, _linkedBy, _createdAt] }

    public init() {}
}

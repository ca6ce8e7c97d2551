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

    public init() {}
}

public final class PolicyDomainModel: Model, @unchecked Sendable {
    public static let schema = "policy_domains"
    @ID(key: .id) public var id: UUID?
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "domain_id") public var domainID: UUID
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
    public init() {}
}

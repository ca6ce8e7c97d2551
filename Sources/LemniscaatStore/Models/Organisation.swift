// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

public final class OrganisationModel: Model, @unchecked Sendable {
    public static let schema = "organisations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "slug") public var slug: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "includes_good_friday") public var includesGoodFriday: Bool
    @Field(key: "includes_liberation_day") public var includesLiberationDay: Bool
    public var properties: [any AnyProperty] { [_id, _name, _slug, _createdAt, _includesGoodFriday, _includesLiberationDay] }

    public init() {}

    public init(id: UUID? = nil, name: String, slug: String, createdAt: Date) {
        self.includesGoodFriday = false
        self.includesLiberationDay = false
        self.id = id
        self.name = name
        self.slug = slug
        self.createdAt = createdAt
    }
}

public final class DomainModel: Model, @unchecked Sendable {
    public static let schema = "domains"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "slug") public var slug: String
    @Field(key: "name") public var name: String
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _slug, _name, _createdAt] }

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, slug: String, name: String, createdAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.slug = slug
        self.name = name
        self.createdAt = createdAt
    }
}

public final class TeamModel: Model, @unchecked Sendable {
    public static let schema = "teams"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "name") public var name: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "domain_id") public var domainID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _name, _kind, _domainID, _createdAt] }

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, name: String, kind: String, domainID: UUID?, createdAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.name = name
        self.kind = kind
        self.domainID = domainID
        self.createdAt = createdAt
    }
}

public final class TeamMemberModel: Model, @unchecked Sendable {
    public static let schema = "team_members"

    @ID(key: .id) public var id: UUID?
    @Field(key: "team_id") public var teamID: UUID
    @Field(key: "user_id") public var userID: UUID
    public var properties: [any AnyProperty] { [_id, _teamID, _userID] }

    public init() {}

    public init(id: UUID? = nil, teamID: UUID, userID: UUID) {
        self.id = id
        self.teamID = teamID
        self.userID = userID
    }
}

public final class AreaModel: Model, @unchecked Sendable {
    public static let schema = "areas"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "level") public var level: String
    @OptionalField(key: "parent_code") public var parentCode: String?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _code, _name, _level, _parentCode, _createdAt] }

    public init() {}

    public init(id: UUID? = nil, organisationID: UUID, code: String, name: String, level: String, parentCode: String?, createdAt: Date) {
        self.id = id
        self.organisationID = organisationID
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.createdAt = createdAt
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

/// A social cost-benefit analysis (MKBA) of one intervention, linked to a policy.
public final class MKBAModel: Model, @unchecked Sendable {
    public static let schema = "mkbas"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "title") public var title: String
    @Field(key: "description") public var description: String
    @Field(key: "horizon_years") public var horizonYears: Int
    /// Hundredths of a percent: 225 is 2,25 %.
    @Field(key: "rate_basis_points") public var rateBasisPoints: Int
    @Field(key: "start_year") public var startYear: Int
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _policyID, _title, _description, _horizonYears, _rateBasisPoints, _startYear, _createdBy, _createdAt, _updatedAt]
    }

    public init() {}
}

/// One cost or benefit line of an MKBA.
public final class MKBALineModel: Model, @unchecked Sendable {
    public static let schema = "mkba_lines"

    @ID(key: .id) public var id: UUID?
    @Field(key: "mkba_id") public var mkbaID: UUID
    /// `MKBALineKind`.
    @Field(key: "kind") public var kind: String
    @Field(key: "category") public var category: String
    /// `MKBAStakeholder`.
    @Field(key: "stakeholder") public var stakeholder: String
    /// Whole euros separated by ";", the first for the start year.
    @Field(key: "amounts") public var amounts: String
    @Field(key: "low_percent") public var lowPercent: Int
    @Field(key: "high_percent") public var highPercent: Int
    @Field(key: "position") public var position: Int
    public var properties: [any AnyProperty] { [_id, _mkbaID, _kind, _category, _stakeholder, _amounts, _lowPercent, _highPercent, _position] }

    public init() {}
}

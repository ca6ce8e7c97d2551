// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

public final class IndicatorModel: Model, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "goal_id") public var goalID: UUID
    /// Short and stable: the key an import file names the indicator by.
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    @Field(key: "definition") public var definition: String
    @Field(key: "kind") public var kind: String
    @Field(key: "unit") public var unit: String
    @Field(key: "direction") public var direction: String
    @Field(key: "source") public var source: String
    @OptionalField(key: "owner_id") public var ownerID: UUID?
    @Field(key: "frequency") public var frequency: String
    @Field(key: "aggregation") public var aggregation: String
    @OptionalField(key: "baseline_period") public var baselinePeriod: String?
    @OptionalField(key: "baseline_value") public var baselineValue: Double?
    /// Overrides the organisation's k for small-number protection.
    @OptionalField(key: "small_number_threshold") public var smallNumberThreshold: Int?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _goalID, _code, _name, _definition, _kind, _unit, _direction, _source, _ownerID, _frequency, _aggregation,
         _baselinePeriod, _baselineValue, _smallNumberThreshold, _createdAt, _updatedAt]
    }

    public init() {}
}

public final class IndicatorTargetModel: Model, @unchecked Sendable {
    public static let schema = "indicator_targets"

    @ID(key: .id) public var id: UUID?
    @Field(key: "indicator_id") public var indicatorID: UUID
    @Field(key: "period") public var period: String
    @Field(key: "value") public var value: Double
    public var properties: [any AnyProperty] { [_id, _indicatorID, _period, _value] }

    public init() {}

    public init(indicatorID: UUID, period: String, value: Double) {
        self.indicatorID = indicatorID
        self.period = period
        self.value = value
    }
}

public final class IndicatorCommentModel: Model, @unchecked Sendable {
    public static let schema = "indicator_comments"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "indicator_id") public var indicatorID: UUID
    @OptionalField(key: "period") public var period: String?
    @OptionalField(key: "area_code") public var areaCode: String?
    @OptionalField(key: "author_id") public var authorID: UUID?
    @Field(key: "body") public var body: String
    @OptionalField(key: "signal_id") public var signalID: UUID?
    @OptionalField(key: "theme_id") public var themeID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _indicatorID, _period, _areaCode, _authorID, _body, _signalID, _themeID, _createdAt]
    }

    public init() {}
}

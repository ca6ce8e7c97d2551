// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

/// A knelpunt: the details of forwarding a signal or a theme (*doorgezet*) that the knelpuntenbrief reports.
public final class BottleneckModel: Model, @unchecked Sendable {
    public static let schema = "bottlenecks"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    /// Exactly one of the signal and the theme is set.
    @OptionalField(key: "signal_id") public var signalID: UUID?
    @OptionalField(key: "theme_id") public var themeID: UUID?
    // data
    @Field(key: "addressee_kind") public var addresseeKind: String
    @Field(key: "addressee") public var addressee: String
    @Field(key: "regulation") public var regulation: String
    @OptionalField(key: "article") public var article: String?
    @Field(key: "practice") public var practice: String
    @Field(key: "proposed_solution") public var proposedSolution: String
    @Field(key: "forwarded_at") public var forwardedAt: Date
    @OptionalField(key: "recorded_by") public var recordedBy: UUID?
    @Field(key: "recorded_at") public var recordedAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _signalID, _themeID, _addresseeKind, _addressee, _regulation, _article, _practice, _proposedSolution, _forwardedAt,
         _recordedBy, _recordedAt, _updatedAt]
    }

    public init() {}
}

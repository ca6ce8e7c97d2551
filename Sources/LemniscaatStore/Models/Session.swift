// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

/// An overleg (session) between policy and practice. Stored as `meetings`: `sessions` are browser sessions.
public final class MeetingModel: Model, @unchecked Sendable {
    public static let schema = "meetings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    /// `SessionType`.
    @Field(key: "type") public var type: String
    @Field(key: "title") public var title: String
    @Field(key: "starts_at") public var startsAt: Date
    @Field(key: "ends_at") public var endsAt: Date
    @Field(key: "place") public var place: String
    /// A video-call address; empty when the session is only in a room.
    @Field(key: "link") public var link: String
    @OptionalField(key: "organiser_id") public var organiserID: UUID?
    @Field(key: "description") public var description: String
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _type, _title, _startsAt, _endsAt, _place, _link, _organiserID, _description, _createdBy, _createdAt, _updatedAt]
    }

    public init() {}
}

public final class MeetingParticipantModel: Model, @unchecked Sendable {
    public static let schema = "meeting_participants"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "user_id") public var userID: UUID
    @OptionalField(key: "team_id") public var teamID: UUID?
    @Field(key: "direct") public var direct: Bool
    /// Nil until attendance is recorded.
    @OptionalField(key: "attended") public var attended: Bool?
    public var properties: [any AnyProperty] { [_id, _meetingID, _userID, _teamID, _direct, _attended] }

    public init() {}
}

public final class MeetingPolicyModel: Model, @unchecked Sendable {
    public static let schema = "meeting_policies"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "policy_id") public var policyID: UUID
    public var properties: [any AnyProperty] { [_id, _meetingID, _policyID] }

    public init() {}
}

public final class MeetingDomainModel: Model, @unchecked Sendable {
    public static let schema = "meeting_domains"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "domain_id") public var domainID: UUID
    public var properties: [any AnyProperty] { [_id, _meetingID, _domainID] }

    public init() {}
}

/// One point on a session's agenda, with its minutes.
public final class AgendaItemModel: Model, @unchecked Sendable {
    public static let schema = "meeting_agenda_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "position") public var position: Int
    @Field(key: "title") public var title: String
    @Field(key: "note") public var note: String
    @Field(key: "minutes") public var minutes: String
    /// `AgendaItemKind`.
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "source_kind") public var sourceKind: String?
    @OptionalField(key: "source_id") public var sourceID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _meetingID, _position, _title, _note, _minutes, _kind, _sourceKind, _sourceID, _createdAt, _updatedAt]
    }

    public init() {}
}

/// A decision taken in a session.
public final class DecisionModel: Model, @unchecked Sendable {
    public static let schema = "meeting_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "text") public var text: String
    /// `DecisionEffect`.
    @Field(key: "effect") public var effect: String
    @OptionalField(key: "policy_id") public var policyID: UUID?
    @OptionalField(key: "policy_change") public var policyChange: String?
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _organisationID, _meetingID, _text, _effect, _policyID, _policyChange, _createdBy, _createdAt] }

    public init() {}
}

/// An agenda item a decision concerns, with the record the item came from.
public final class DecisionItemModel: Model, @unchecked Sendable {
    public static let schema = "meeting_decision_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "decision_id") public var decisionID: UUID
    @OptionalField(key: "agenda_item_id") public var agendaItemID: UUID?
    @OptionalField(key: "source_kind") public var sourceKind: String?
    @OptionalField(key: "source_id") public var sourceID: UUID?
    public var properties: [any AnyProperty] { [_id, _decisionID, _agendaItemID, _sourceKind, _sourceID] }

    public init() {}
}

/// An action agreed in a session.
public final class ActionModel: Model, @unchecked Sendable {
    public static let schema = "meeting_actions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "meeting_id") public var meetingID: UUID
    @OptionalField(key: "decision_id") public var decisionID: UUID?
    @Field(key: "description") public var description: String
    @OptionalField(key: "owner_id") public var ownerID: UUID?
    @OptionalField(key: "team_id") public var teamID: UUID?
    @Field(key: "due_at") public var dueAt: Date
    /// `ActionStatus`.
    @Field(key: "status") public var status: String
    @OptionalField(key: "reminded_at") public var remindedAt: Date?
    @OptionalField(key: "overdue_notified_at") public var overdueNotifiedAt: Date?
    @OptionalField(key: "completed_at") public var completedAt: Date?
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _meetingID, _decisionID, _description, _ownerID, _teamID, _dueAt, _status, _remindedAt, _overdueNotifiedAt,
         _completedAt, _createdBy, _createdAt, _updatedAt]
    }

    public init() {}
}

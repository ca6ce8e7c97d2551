// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

public final class SignalModel: Model, @unchecked Sendable {
    public static let schema = "signals"

    // managed
    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    /// A short number per organisation that people can say out loud ("signaal 42").
    @Field(key: "number") public var number: Int
    // data
    @Field(key: "title") public var title: String
    @Field(key: "description") public var signalDescription: String
    @Field(key: "domain_id") public var domainID: UUID
    @OptionalField(key: "policy_id") public var policyID: UUID?
    @OptionalField(key: "area_code") public var areaCode: String?
    @Field(key: "affected") public var affected: String
    @Field(key: "urgency") public var urgency: String
    @OptionalField(key: "solution") public var solution: String?
    @Field(key: "anonymous") public var anonymous: Bool
    @Field(key: "reporter_id") public var reporterID: UUID
    @Field(key: "status") public var status: String
    @OptionalField(key: "assigned_team_id") public var assignedTeamID: UUID?
    @OptionalField(key: "assigned_user_id") public var assignedUserID: UUID?
    @OptionalField(key: "theme_id") public var themeID: UUID?
    @Field(key: "working_days") public var workingDays: Int
    @Field(key: "submitted_at") public var submittedAt: Date
    @Field(key: "due_at") public var dueAt: Date
    @Field(key: "escalation_at") public var escalationAt: Date
    @OptionalField(key: "answer") public var answer: String?
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @OptionalField(key: "answered_by") public var answeredBy: UUID?
    @OptionalField(key: "verdict") public var verdict: String?
    @OptionalField(key: "verdict_comment") public var verdictComment: String?
    @OptionalField(key: "verdict_at") public var verdictAt: Date?
    @Field(key: "recognition_count") public var recognitionCount: Int
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _number, _title, _signalDescription, _domainID, _policyID, _areaCode, _affected, _urgency, _solution, _anonymous,
         _reporterID, _status, _assignedTeamID, _assignedUserID, _themeID, _workingDays, _submittedAt, _dueAt, _escalationAt, _answer, _answeredAt,
         _answeredBy, _verdict, _verdictComment, _verdictAt, _recognitionCount, _updatedAt]
    }

    public init() {}
}

public final class SignalEventModel: Model, @unchecked Sendable {
    public static let schema = "signal_events"
    @ID(key: .id) public var id: UUID?
    @Field(key: "signal_id") public var signalID: UUID
    @Field(key: "at") public var at: Date
    @OptionalField(key: "actor_id") public var actorID: UUID?
    /// "ingediend", "status", "antwoord", "oordeel", "toegewezen", "thema", "herkend".
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "from_status") public var fromStatus: String?
    @OptionalField(key: "to_status") public var toStatus: String?
    @OptionalField(key: "text") public var text: String?
    public var properties: [any AnyProperty] { [_id, _signalID, _at, _actorID, _kind, _fromStatus, _toStatus, _text] }
    public init() {}
    public init(signalID: UUID, at: Date, actorID: UUID?, kind: String, fromStatus: String? = nil, toStatus: String? = nil, text: String? = nil) {
        self.signalID = signalID
        self.at = at
        self.actorID = actorID
        self.kind = kind
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.text = text
    }
}

public final class SignalRecognitionModel: Model, @unchecked Sendable {
    public static let schema = "signal_recognitions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "signal_id") public var signalID: UUID
    @Field(key: "user_id") public var userID: UUID
    @OptionalField(key: "comment") public var comment: String?
    @Field(key: "at") public var at: Date
    public var properties: [any AnyProperty] { [_id, _signalID, _userID, _comment, _at] }
    public init() {}
}

public final class RoutingRuleModel: Model, @unchecked Sendable {
    public static let schema = "routing_rules"
    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "position") public var position: Int
    @OptionalField(key: "domain_id") public var domainID: UUID?
    @OptionalField(key: "policy_id") public var policyID: UUID?
    @OptionalField(key: "area_code") public var areaCode: String?
    @OptionalField(key: "urgency") public var urgency: String?
    @OptionalField(key: "text_contains") public var textContains: String?
    @OptionalField(key: "target_team_id") public var targetTeamID: UUID?
    @OptionalField(key: "target_user_id") public var targetUserID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _position, _domainID, _policyID, _areaCode, _urgency, _textContains, _targetTeamID, _targetUserID, _createdAt]
    }
    public init() {}
}

public final class ResponseTermModel: Model, @unchecked Sendable {
    public static let schema = "response_terms"
    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    /// nil: the organisation's default term.
    @OptionalField(key: "domain_id") public var domainID: UUID?
    @Field(key: "working_days") public var workingDays: Int
    public var properties: [any AnyProperty] { [_id, _organisationID, _domainID, _workingDays] }
    public init() {}
}

public final class NotificationModel: Model, @unchecked Sendable {
    public static let schema = "notifications"
    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "user_id") public var userID: UUID
    @Field(key: "at") public var at: Date
    @Field(key: "text") public var text: String
    @Field(key: "link") public var link: String
    @OptionalField(key: "read_at") public var readAt: Date?
    public var properties: [any AnyProperty] { [_id, _organisationID, _userID, _at, _text, _link, _readAt] }
    public init() {}
}

public final class OutboxMessageModel: Model, @unchecked Sendable {
    public static let schema = "outbox"
    @ID(key: .id) public var id: UUID?
    @OptionalField(key: "organisation_id") public var organisationID: UUID?
    @Field(key: "recipient") public var recipient: String
    @Field(key: "subject") public var subject: String
    @Field(key: "body") public var body: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "attempts") public var attempts: Int
    @Field(key: "next_attempt_at") public var nextAttemptAt: Date
    @OptionalField(key: "sent_at") public var sentAt: Date?
    @OptionalField(key: "last_error") public var lastError: String?
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _recipient, _subject, _body, _createdAt, _attempts, _nextAttemptAt, _sentAt, _lastError]
    }
    public init() {}
}

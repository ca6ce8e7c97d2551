// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

/// A raadpleging: residents or a panel of ervaringsdeskundigen answer a few questions about a policy.
public final class ConsultationModel: Model, @unchecked Sendable {
    public static let schema = "consultations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "policy_id") public var policyID: UUID
    @OptionalField(key: "theme_id") public var themeID: UUID?
    @Field(key: "title") public var title: String
    /// The explanation in plain language (B1) residents read first.
    @Field(key: "explanation") public var explanation: String
    /// `ConsultationAudience`.
    @Field(key: "audience") public var audience: String
    /// The token of the public link (`/doe-mee/<token>`); random, stored as is because it is printed on posters.
    @Field(key: "public_token") public var publicToken: String
    @Field(key: "opens_at") public var opensAt: Date
    @Field(key: "closes_at") public var closesAt: Date
    /// *Wat we met uw reacties doen*: written after it closes, shown on the public page.
    @OptionalField(key: "public_answer") public var publicAnswer: String?
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _policyID, _themeID, _title, _explanation, _audience, _publicToken, _opensAt, _closesAt, _publicAnswer, _createdBy,
         _createdAt, _updatedAt]
    }

    public init() {}
}

public final class ConsultationQuestionModel: Model, @unchecked Sendable {
    public static let schema = "consultation_questions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "consultation_id") public var consultationID: UUID
    @Field(key: "position") public var position: Int
    /// `ConsultationQuestionKind`.
    @Field(key: "kind") public var kind: String
    @Field(key: "text") public var text: String
    /// The options of a choice question, one per line.
    @Field(key: "options") public var options: String
    public var properties: [any AnyProperty] { [_id, _consultationID, _position, _kind, _text, _options] }
    public init() {}
}

/// A personal invitation of a panel member. Only the hash of the code is kept; `used` says it was spent, not which
/// response it gave, so the answers stay apart from the person.
public final class ConsultationInvitationModel: Model, @unchecked Sendable {
    public static let schema = "consultation_invitations"
    @ID(key: .id) public var id: UUID?
    @Field(key: "consultation_id") public var consultationID: UUID
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "code_hash") public var codeHash: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "email") public var email: String?
    @Field(key: "used") public var used: Bool
    @Field(key: "created_at") public var createdAt: Date
    public var properties: [any AnyProperty] { [_id, _consultationID, _organisationID, _codeHash, _name, _email, _used, _createdAt] }
    public init() {}
}

/// One set of answers. Only the day it came in is kept, so it cannot be matched to an invitation by the time.
public final class ConsultationResponseModel: Model, @unchecked Sendable {
    public static let schema = "consultation_responses"
    @ID(key: .id) public var id: UUID?
    @Field(key: "consultation_id") public var consultationID: UUID
    /// `jjjj-mm-dd`.
    @Field(key: "day") public var day: String
    /// Contact details, only when the resident chose to leave them.
    @OptionalField(key: "contact") public var contact: String?
    public var properties: [any AnyProperty] { [_id, _consultationID, _day, _contact] }
    public init() {}
}

public final class ConsultationAnswerModel: Model, @unchecked Sendable {
    public static let schema = "consultation_answers"
    @ID(key: .id) public var id: UUID?
    @Field(key: "response_id") public var responseID: UUID
    @Field(key: "question_id") public var questionID: UUID
    @OptionalField(key: "text") public var text: String?
    /// The option's index (choice) or the value 1–5 (scale).
    @OptionalField(key: "value") public var value: Int?
    /// The signal an open answer became (*stem van de doelgroep*).
    @OptionalField(key: "signal_id") public var signalID: UUID?
    public var properties: [any AnyProperty] { [_id, _responseID, _questionID, _text, _value, _signalID] }
    public init() {}
}

/// Accepted answers per hashed key (the address, hashed with the server's secret, or the raadpleging) in the last
/// hour, for the rate limits; rows older than an hour are deleted.
public final class ConsultationRateEventModel: Model, @unchecked Sendable {
    public static let schema = "consultation_rate_events"
    @ID(key: .id) public var id: UUID?
    @Field(key: "key") public var key: String
    @Field(key: "occurred_at") public var occurredAt: Date
    public var properties: [any AnyProperty] { [_id, _key, _occurredAt] }
    public init() {}
}

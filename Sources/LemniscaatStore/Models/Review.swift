// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

/// A round of the uitvoeringstoets on one version of a policy's draft.
public final class ReviewRoundModel: Model, @unchecked Sendable {
    public static let schema = "review_rounds"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    @Field(key: "policy_id") public var policyID: UUID
    @Field(key: "version_id") public var versionID: UUID
    /// `ReviewRoundStatus`.
    @Field(key: "status") public var status: String
    @Field(key: "deadline") public var deadline: Date
    @Field(key: "introduction") public var introduction: String
    /// One question per line.
    @Field(key: "questions") public var questions: String
    @OptionalField(key: "opened_by") public var openedBy: UUID?
    @Field(key: "opened_at") public var openedAt: Date
    @OptionalField(key: "closed_by") public var closedBy: UUID?
    @OptionalField(key: "closed_at") public var closedAt: Date?
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _policyID, _versionID, _status, _deadline, _introduction, _questions, _openedBy, _openedAt, _closedBy, _closedAt]
    }

    public init() {}
}

public final class ReviewInvitationModel: Model, @unchecked Sendable {
    public static let schema = "review_invitations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "round_id") public var roundID: UUID
    @Field(key: "user_id") public var userID: UUID
    @OptionalField(key: "team_id") public var teamID: UUID?
    public var properties: [any AnyProperty] { [_id, _roundID, _userID, _teamID] }

    public init() {}
}

/// One reviewer's review in a round: saved while they work on it, read-only once submitted.
public final class ReviewModel: Model, @unchecked Sendable {
    public static let schema = "reviews"

    @ID(key: .id) public var id: UUID?
    @Field(key: "round_id") public var roundID: UUID
    @Field(key: "reviewer_id") public var reviewerID: UUID
    /// `ReviewVerdict`; nil until chosen.
    @OptionalField(key: "verdict") public var verdict: String?
    /// The conditions (uitvoerbaar mits) or reasons (niet uitvoerbaar).
    @Field(key: "verdict_note") public var verdictNote: String
    /// `CapabilityDemand` codes, comma-separated.
    @Field(key: "demands") public var demands: String
    /// For whom the demands are hard.
    @Field(key: "demands_note") public var demandsNote: String
    @Field(key: "updated_at") public var updatedAt: Date
    @OptionalField(key: "submitted_at") public var submittedAt: Date?
    public var properties: [any AnyProperty] {
        [_id, _roundID, _reviewerID, _verdict, _verdictNote, _demands, _demandsNote, _updatedAt, _submittedAt]
    }

    public init() {}
}

public final class ReviewScoreModel: Model, @unchecked Sendable {
    public static let schema = "review_scores"

    @ID(key: .id) public var id: UUID?
    @Field(key: "review_id") public var reviewID: UUID
    @Field(key: "section_key") public var sectionKey: String
    @Field(key: "dimension") public var dimension: String
    /// 1…5; nil is n.v.t.
    @OptionalField(key: "score") public var score: Int?
    public var properties: [any AnyProperty] { [_id, _reviewID, _sectionKey, _dimension, _score] }

    public init() {}
}

/// A reviewer's remark on a section, optionally quoting it, and the policy officer's answer.
public final class ReviewRemarkModel: Model, @unchecked Sendable {
    public static let schema = "review_remarks"

    @ID(key: .id) public var id: UUID?
    @Field(key: "round_id") public var roundID: UUID
    @Field(key: "review_id") public var reviewID: UUID
    @Field(key: "section_key") public var sectionKey: String
    @Field(key: "quote") public var quote: String
    @Field(key: "text") public var text: String
    @Field(key: "created_at") public var createdAt: Date
    /// `RemarkAnswer`; nil while unanswered.
    @OptionalField(key: "answer") public var answer: String?
    @OptionalField(key: "answer_text") public var answerText: String?
    /// A section of a later version where the remark was dealt with.
    @OptionalField(key: "answer_section_key") public var answerSectionKey: String?
    @OptionalField(key: "answered_by") public var answeredBy: UUID?
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    public var properties: [any AnyProperty] {
        [_id, _roundID, _reviewID, _sectionKey, _quote, _text, _createdAt, _answer, _answerText, _answerSectionKey, _answeredBy, _answeredAt]
    }

    public init() {}
}

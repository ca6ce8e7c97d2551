// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation

/// A lesson in the learning log: from an incident, a good practice or an experiment.
public final class LessonModel: Model, @unchecked Sendable {
    public static let schema = "lessons"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organisation_id") public var organisationID: UUID
    /// `LessonKind`.
    @Field(key: "kind") public var kind: String
    @Field(key: "title") public var title: String
    @Field(key: "situation") public var situation: String
    @Field(key: "what_happened") public var whatHappened: String
    @Field(key: "learned") public var learned: String
    @Field(key: "changes") public var changes: String
    @OptionalField(key: "author_id") public var authorID: UUID?
    @OptionalField(key: "discussed_at") public var discussedAt: Date?
    @OptionalField(key: "discussed_in_meeting_id") public var discussedInMeetingID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public var properties: [any AnyProperty] {
        [_id, _organisationID, _kind, _title, _situation, _whatHappened, _learned, _changes, _authorID, _discussedAt, _discussedInMeetingID,
         _createdAt, _updatedAt]
    }

    public init() {}
}

/// A lesson's link to a policy, theme, signal or session: one table per kind of record, so each has its foreign key.
public final class LessonPolicyModel: Model, @unchecked Sendable {
    public static let schema = "lesson_policies"
    @ID(key: .id) public var id: UUID?
    @Field(key: "lesson_id") public var lessonID: UUID
    @Field(key: "policy_id") public var policyID: UUID
    public var properties: [any AnyProperty] { [_id, _lessonID, _policyID] }
    public init() {}
}

public final class LessonThemeModel: Model, @unchecked Sendable {
    public static let schema = "lesson_themes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "lesson_id") public var lessonID: UUID
    @Field(key: "theme_id") public var themeID: UUID
    public var properties: [any AnyProperty] { [_id, _lessonID, _themeID] }
    public init() {}
}

public final class LessonSignalModel: Model, @unchecked Sendable {
    public static let schema = "lesson_signals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "lesson_id") public var lessonID: UUID
    @Field(key: "signal_id") public var signalID: UUID
    public var properties: [any AnyProperty] { [_id, _lessonID, _signalID] }
    public init() {}
}

public final class LessonMeetingModel: Model, @unchecked Sendable {
    public static let schema = "lesson_meetings"
    @ID(key: .id) public var id: UUID?
    @Field(key: "lesson_id") public var lessonID: UUID
    @Field(key: "meeting_id") public var meetingID: UUID
    public var properties: [any AnyProperty] { [_id, _lessonID, _meetingID] }
    public init() {}
}

public final class LessonTagModel: Model, @unchecked Sendable {
    public static let schema = "lesson_tags"
    @ID(key: .id) public var id: UUID?
    @Field(key: "lesson_id") public var lessonID: UUID
    /// Lower case, trimmed.
    @Field(key: "tag") public var tag: String
    public var properties: [any AnyProperty] { [_id, _lessonID, _tag] }
    public init() {}
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Lessen: the learning log. A lesson says what the situation was, what happened, what we learned and what we change;
/// it links to policies, themes, signals and sessions, carries tags, and is marked discussed in a held session.
///
/// Who may do what: everyone in the organisation reads and writes lessons (practitioners learn too); a lesson's
/// author and the editors (policy officers, managers, administrators) change it and mark it discussed. Pages and the
/// API check that with `mayEdit` before they call in.
public struct LessonRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let maximumTitle = 200
    public static let maximumText = 5000
    public static let maximumTag = 40
    public static let maximumTags = 10

    /// Who may change a lesson and mark it discussed: its author and the editors.
    public static func mayEdit(_ user: SignedInUser, authorID: UUID?) -> Bool {
        user.has(.policyOfficer) || user.has(.manager) || user.has(.administrator) || (authorID != nil && authorID == user.userID)
    }

    static func entity(_ id: UUID) -> String { id.uuidString.lowercased() }

    // MARK: reading

    public struct Summary: Sendable {
        public let id: UUID
        public let kind: LessonKind
        public let title: String
        public let authorName: String?
        public let tags: [String]
        public let discussedAt: Date?
        public let createdAt: Date
    }

    public struct Lesson: Sendable {
        public let summary: Summary
        public let authorID: UUID?
        public let situation: String
        public let whatHappened: String
        public let learned: String
        public let changes: String
        public let policies: [(id: UUID, title: String)]
        public let themes: [(id: UUID, title: String)]
        public let signals: [(id: UUID, number: Int, title: String)]
        public let sessions: [(id: UUID, title: String, startsAt: Date)]
        public let discussedIn: (id: UUID, title: String, startsAt: Date)?
        public let updatedAt: Date
    }

    public struct Filter: Sendable {
        public var kind: LessonKind?
        public var tag: String?
        public var policyID: UUID?
        /// Only lessons not discussed yet (true) or only discussed ones (false).
        public var open: Bool?

        public init(kind: LessonKind? = nil, tag: String? = nil, policyID: UUID? = nil, open: Bool? = nil) {
            self.kind = kind
            self.tag = tag
            self.policyID = policyID
            self.open = open
        }
    }

    func summaries(_ lessons: [LessonModel], organisationID: UUID, on db: any Database) async throws -> [Summary] {
        guard !lessons.isEmpty else { return [] }
        let ids = lessons.compactMap(\.id)
        var tags: [UUID: [String]] = [:]
        for tag in try await LessonTagModel.query(on: db).filter(\.$lessonID ~~ ids).sort(\.$tag).all() {
            tags[tag.lessonID, default: []].append(tag.tag)
        }
        let names = try await ReviewRepository.names(lessons.compactMap(\.authorID), organisationID: organisationID, on: db)
        return lessons.map {
            Summary(
                id: $0.id!, kind: LessonKind(rawValue: $0.kind) ?? .incident, title: $0.title, authorName: $0.authorID.flatMap { names[$0] },
                tags: tags[$0.id!] ?? [], discussedAt: $0.discussedAt, createdAt: $0.createdAt)
        }
    }

    /// The organisation's lessons, newest first.
    public func list(organisationID: UUID, filter: Filter = Filter()) async throws -> [Summary] {
        let db = store.database
        var query = LessonModel.query(on: db).filter(\.$organisationID == organisationID)
        if let kind = filter.kind { query = query.filter(\.$kind == kind.rawValue) }
        if let tag = filter.tag.map(Self.normalise), !tag.isEmpty {
            let ids = try await LessonTagModel.query(on: db).filter(\.$tag == tag).all().map(\.lessonID)
            guard !ids.isEmpty else { return [] }
            query = query.filter(\.$id ~~ ids)
        }
        if let policyID = filter.policyID {
            let ids = try await LessonPolicyModel.query(on: db).filter(\.$policyID == policyID).all().map(\.lessonID)
            guard !ids.isEmpty else { return [] }
            query = query.filter(\.$id ~~ ids)
        }
        switch filter.open {
        case true?: query = query.filter(\.$discussedAt == nil)
        case false?: query = query.filter(\.$discussedAt != nil)
        case nil: break
        }
        return try await summaries(try await query.sort(\.$createdAt, .descending).sort(\.$title).all(), organisationID: organisationID, on: db)
    }

    /// Every tag in use in the organisation, alphabetically.
    public func tags(organisationID: UUID) async throws -> [String] {
        struct Row: Decodable { let tag: String }
        return try await store.sql.raw(
            """
            SELECT DISTINCT t.tag AS tag FROM lesson_tags t JOIN lessons l ON l.id = t.lesson_id
            WHERE l.organisation_id = \(bind: organisationID) ORDER BY t.tag
            """
        ).all(decoding: Row.self).map(\.tag)
    }

    /// One lesson with everything its page shows; nil when it is not the organisation's.
    public func lesson(id: UUID, organisationID: UUID) async throws -> Lesson? {
        let db = store.database
        guard let model = try await LessonModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first(),
            let summary = try await summaries([model], organisationID: organisationID, on: db).first
        else { return nil }
        let policyIDs = try await LessonPolicyModel.query(on: db).filter(\.$lessonID == id).all().map(\.policyID)
        let policies = policyIDs.isEmpty ? [] : try await PolicyModel.query(on: db).filter(\.$id ~~ policyIDs).sort(\.$title).all()
        let themeIDs = try await LessonThemeModel.query(on: db).filter(\.$lessonID == id).all().map(\.themeID)
        let themes = themeIDs.isEmpty ? [] : try await ThemeModel.query(on: db).filter(\.$id ~~ themeIDs).sort(\.$title).all()
        let signalIDs = try await LessonSignalModel.query(on: db).filter(\.$lessonID == id).all().map(\.signalID)
        let signals = signalIDs.isEmpty ? [] : try await SignalModel.query(on: db).filter(\.$id ~~ signalIDs).sort(\.$number).all()
        let meetingIDs = try await LessonMeetingModel.query(on: db).filter(\.$lessonID == id).all().map(\.meetingID)
        let meetings = meetingIDs.isEmpty ? [] : try await MeetingModel.query(on: db).filter(\.$id ~~ meetingIDs).sort(\.$startsAt).all()
        var discussed: MeetingModel?
        if let meetingID = model.discussedInMeetingID { discussed = try await MeetingModel.find(meetingID, on: db) }
        return Lesson(
            summary: summary, authorID: model.authorID, situation: model.situation, whatHappened: model.whatHappened, learned: model.learned,
            changes: model.changes, policies: policies.map { ($0.id!, $0.title) }, themes: themes.map { ($0.id!, $0.title) },
            signals: signals.map { ($0.id!, $0.number, $0.title) }, sessions: meetings.map { ($0.id!, $0.title, $0.startsAt) },
            discussedIn: discussed.map { ($0.id!, $0.title, $0.startsAt) }, updatedAt: model.updatedAt)
    }

    // MARK: writing

    public struct Input: Sendable {
        /// A `LessonKind` raw value.
        public var kind: String
        public var title: String
        public var situation: String
        public var whatHappened: String
        public var learned: String
        public var changes: String
        public var policyIDs: [UUID]
        public var themeIDs: [UUID]
        /// Signals by their short number, as people know them.
        public var signalNumbers: [Int]
        public var sessionIDs: [UUID]
        public var tags: [String]

        public init(
            kind: String, title: String, situation: String, whatHappened: String, learned: String, changes: String, policyIDs: [UUID] = [],
            themeIDs: [UUID] = [], signalNumbers: [Int] = [], sessionIDs: [UUID] = [], tags: [String] = []
        ) {
            self.kind = kind
            self.title = title
            self.situation = situation
            self.whatHappened = whatHappened
            self.learned = learned
            self.changes = changes
            self.policyIDs = policyIDs
            self.themeIDs = themeIDs
            self.signalNumbers = signalNumbers
            self.sessionIDs = sessionIDs
            self.tags = tags
        }
    }

    struct Checked {
        let kind: LessonKind
        let title: String
        let situation: String
        let whatHappened: String
        let learned: String
        let changes: String
        let policyIDs: [UUID]
        let themeIDs: [UUID]
        let signalIDs: [UUID]
        let sessionIDs: [UUID]
        let tags: [String]
    }

    /// "Wachtlijst  Wmo " → "wachtlijst wmo".
    public static func normalise(_ tag: String) -> String {
        tag.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Newlines as "\n", no search markers (U+0001, U+0002), trimmed.
    static func clean(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").filter { $0 != TextSegment.start && $0 != TextSegment.stop }
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func check(_ input: Input, organisationID: UUID, on db: any Database) async throws -> Checked {
        var validator = Validator()
        let kind = LessonKind(rawValue: input.kind.trimmingCharacters(in: .whitespaces))
        if kind == nil {
            validator.add("soort", input.kind.trimmingCharacters(in: .whitespaces).isEmpty ? "verplicht" : "ongeldig",
                "Kies wat voor les het is: incident, goede praktijk of experiment.")
        }
        let title = validator.text("titel", clean(input.title), label: "een titel", maximum: maximumTitle)
        let situation = validator.text("situatie", clean(input.situation), label: "de situatie", maximum: maximumText)
        let whatHappened = validator.text("gebeurd", clean(input.whatHappened), label: "wat er gebeurde", maximum: maximumText)
        let learned = validator.text("geleerd", clean(input.learned), label: "wat we leerden", maximum: maximumText)
        let changes = clean(input.changes)
        if changes.count > maximumText {
            validator.add("veranderen", "te-lang", "Wat we veranderen mag hoogstens \(maximumText) tekens hebben.")
        }
        ReviewRepository.privacy(title, field: "titel", what: "de titel", into: &validator)
        ReviewRepository.privacy(situation, field: "situatie", what: "de situatie", into: &validator)
        ReviewRepository.privacy(whatHappened, field: "gebeurd", what: "wat er gebeurde", into: &validator)
        ReviewRepository.privacy(learned, field: "geleerd", what: "wat we leerden", into: &validator)
        ReviewRepository.privacy(changes, field: "veranderen", what: "wat we veranderen", into: &validator)
        var tags: [String] = []
        for tag in input.tags.map(normalise) where !tag.isEmpty && !tags.contains(tag) { tags.append(tag) }
        if tags.count > maximumTags {
            validator.add("labels", "te-veel", "Geef hoogstens \(maximumTags) labels.")
        }
        if tags.contains(where: { $0.count > maximumTag }) {
            validator.add("labels", "te-lang", "Een label mag hoogstens \(maximumTag) tekens hebben.")
        }
        ReviewRepository.privacy(tags.joined(separator: ", "), field: "labels", what: "de labels", into: &validator)

        let policyIDs = Array(Set(input.policyIDs))
        if !policyIDs.isEmpty,
            try await PolicyModel.query(on: db).filter(\.$id ~~ policyIDs).filter(\.$organisationID == organisationID).count() != policyIDs.count
        {
            validator.add("beleid", "onbekend", "Kies beleid uit de lijst.")
        }
        let themeIDs = Array(Set(input.themeIDs))
        if !themeIDs.isEmpty,
            try await ThemeModel.query(on: db).filter(\.$id ~~ themeIDs).filter(\.$organisationID == organisationID).count() != themeIDs.count
        {
            validator.add("themas", "onbekend", "Kies thema’s uit de lijst.")
        }
        let numbers = Array(Set(input.signalNumbers))
        var signalIDs: [UUID] = []
        if !numbers.isEmpty {
            let found = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$number ~~ numbers).all()
            let missing = Set(numbers).subtracting(found.map(\.number)).sorted()
            if !missing.isEmpty {
                validator.add(
                    "signalen", "onbekend",
                    "Deze signaalnummers bestaan niet: \(missing.map(String.init).joined(separator: ", ")). Controleer de nummers.")
            }
            signalIDs = found.compactMap(\.id)
        }
        let sessionIDs = Array(Set(input.sessionIDs))
        if !sessionIDs.isEmpty,
            try await MeetingModel.query(on: db).filter(\.$id ~~ sessionIDs).filter(\.$organisationID == organisationID).count() != sessionIDs.count
        {
            validator.add("overleggen", "onbekend", "Kies overleggen uit de lijst.")
        }
        try validator.check()
        return Checked(
            kind: kind!, title: title, situation: situation, whatHappened: whatHappened, learned: learned, changes: changes, policyIDs: policyIDs,
            themeIDs: themeIDs, signalIDs: signalIDs, sessionIDs: sessionIDs, tags: tags)
    }

    static func apply(_ checked: Checked, to lesson: LessonModel) {
        lesson.kind = checked.kind.rawValue
        lesson.title = checked.title
        lesson.situation = checked.situation
        lesson.whatHappened = checked.whatHappened
        lesson.learned = checked.learned
        lesson.changes = checked.changes
    }

    /// Replaces the lesson's links and tags with the checked ones.
    static func writeLinks(_ checked: Checked, lessonID: UUID, on db: any Database) async throws {
        try await LessonPolicyModel.query(on: db).filter(\.$lessonID == lessonID).delete()
        try await LessonThemeModel.query(on: db).filter(\.$lessonID == lessonID).delete()
        try await LessonSignalModel.query(on: db).filter(\.$lessonID == lessonID).delete()
        try await LessonMeetingModel.query(on: db).filter(\.$lessonID == lessonID).delete()
        try await LessonTagModel.query(on: db).filter(\.$lessonID == lessonID).delete()
        for id in checked.policyIDs {
            let link = LessonPolicyModel()
            (link.lessonID, link.policyID) = (lessonID, id)
            try await link.create(on: db)
        }
        for id in checked.themeIDs {
            let link = LessonThemeModel()
            (link.lessonID, link.themeID) = (lessonID, id)
            try await link.create(on: db)
        }
        for id in checked.signalIDs {
            let link = LessonSignalModel()
            (link.lessonID, link.signalID) = (lessonID, id)
            try await link.create(on: db)
        }
        for id in checked.sessionIDs {
            let link = LessonMeetingModel()
            (link.lessonID, link.meetingID) = (lessonID, id)
            try await link.create(on: db)
        }
        for tag in checked.tags {
            let row = LessonTagModel()
            (row.lessonID, row.tag) = (lessonID, tag)
            try await row.create(on: db)
        }
    }

    /// Writes a new lesson; the actor is its author. The search index follows in the same transaction (M0029's
    /// triggers on SQLite, the expression index on PostgreSQL).
    @discardableResult
    public func create(_ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        try await store.write { db in
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            let lesson = LessonModel()
            lesson.organisationID = organisationID
            Self.apply(checked, to: lesson)
            lesson.authorID = actor.userID
            lesson.createdAt = now
            lesson.updatedAt = now
            try await lesson.create(on: db)
            try await Self.writeLinks(checked, lessonID: lesson.id!, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "les.aangemaakt", entityType: "les", entityID: Self.entity(lesson.id!),
                summary: "\(checked.kind.label): \(checked.title)", at: now)
            return lesson.id!
        }
    }

    /// Changes a lesson's texts, links and tags. Whether it was discussed stays as it is.
    public func update(id: UUID, _ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let lesson = try await LessonModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            Self.apply(checked, to: lesson)
            lesson.updatedAt = now
            try await lesson.save(on: db)
            try await Self.writeLinks(checked, lessonID: id, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "les.gewijzigd", entityType: "les", entityID: Self.entity(id),
                summary: "\(checked.kind.label): \(checked.title)", at: now)
        }
    }

    /// Marks a lesson discussed in a session that has begun: when is the session's start, and the session is linked.
    /// Marking it again in another session moves the mark.
    public func markDiscussed(id: UUID, sessionID: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let lesson = try await LessonModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            guard let meeting = try await MeetingModel.query(on: db).filter(\.$id == sessionID).filter(\.$organisationID == organisationID).first()
            else {
                throw ValidationFailure([InvalidParam(name: "overleg", code: "onbekend", reason: "Kies een overleg uit de lijst.")])
            }
            guard meeting.startsAt <= now else {
                throw ValidationFailure([
                    InvalidParam(name: "overleg", code: "te-vroeg", reason: "Dit overleg is nog niet geweest. Kies een overleg dat al is begonnen.")
                ])
            }
            lesson.discussedAt = meeting.startsAt
            lesson.discussedInMeetingID = sessionID
            lesson.updatedAt = now
            try await lesson.save(on: db)
            if try await LessonMeetingModel.query(on: db).filter(\.$lessonID == id).filter(\.$meetingID == sessionID).first() == nil {
                let link = LessonMeetingModel()
                (link.lessonID, link.meetingID) = (id, sessionID)
                try await link.create(on: db)
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "les.besproken", entityType: "les", entityID: Self.entity(id),
                summary: "\(lesson.title): besproken in ‘\(meeting.title)’", at: now)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Overleggen: sessions where policy and practice meet — who takes part, the policies and domains they are about,
/// the agenda with minutes per item, and afterwards who was there.
///
/// Who may do what: everyone in the organisation reads every session; policy officers, liaisons, managers and
/// administrators plan sessions, and they and a session's organiser keep its agenda, minutes and attendance.
public struct SessionRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let maximumTitle = 200
    public static let maximumPlace = 200
    public static let maximumLink = 500
    public static let maximumDescription = 5000
    public static let maximumItemTitle = 200
    public static let maximumNote = 2000
    public static let maximumMinutes = 10000

    /// The people who plan sessions.
    public static func mayPlan(_ user: SignedInUser) -> Bool {
        user.has(.policyOfficer) || user.has(.liaison) || user.has(.manager) || user.has(.administrator)
    }

    /// Who may change a session, its agenda, minutes and attendance: the planners and its organiser.
    public static func mayEdit(_ user: SignedInUser, organiserID: UUID?) -> Bool {
        mayPlan(user) || (organiserID != nil && organiserID == user.userID)
    }

    static func entity(_ id: UUID) -> String { id.uuidString.lowercased() }
    static func link(_ id: UUID) -> String { "/overleggen/" + entity(id) }

    // MARK: reading

    public struct Summary: Sendable {
        public let id: UUID
        public let type: SessionType
        public let title: String
        public let startsAt: Date
        public let endsAt: Date
        public let place: String
        public let link: String
        public let organiserID: UUID?
        public let organiserName: String?
        public let participants: Int
    }

    public struct Participant: Sendable {
        public let userID: UUID
        public let name: String
        public let email: String
        public let teamID: UUID?
        public let teamName: String?
        public let direct: Bool
        public let attended: Bool?
    }

    public struct AgendaItem: Sendable {
        public let id: UUID
        public let position: Int
        public let title: String
        public let note: String
        public let minutes: String
        public let kind: AgendaItemKind
        public let sourceKind: String?
        public let sourceID: UUID?
    }

    public struct Session: Sendable {
        public let summary: Summary
        public let description: String
        public let organiserEmail: String?
        public let participants: [Participant]
        public let policies: [(id: UUID, title: String)]
        public let domains: [(id: UUID, name: String)]
        public let agenda: [AgendaItem]
        public let createdAt: Date
        public let updatedAt: Date
        /// Whether attendance has been recorded for anyone.
        public var attendanceRecorded: Bool { participants.contains { $0.attended != nil } }
    }

    public enum When: String, Sendable {
        case upcoming = "komend"
        case past = "eerder"
    }

    public struct Filter: Sendable {
        public var type: SessionType?
        public var policyID: UUID?
        /// Only the sessions this person takes part in or organises.
        public var userID: UUID?

        public init(type: SessionType? = nil, policyID: UUID? = nil, userID: UUID? = nil) {
            self.type = type
            self.policyID = policyID
            self.userID = userID
        }
    }

    private struct CountRow: Decodable {
        let meeting_id: UUID
        let n: Int
    }

    private struct IDRow: Decodable { let meeting_id: UUID }

    func summaries(_ meetings: [MeetingModel], organisationID: UUID, on db: any Database) async throws -> [Summary] {
        guard !meetings.isEmpty else { return [] }
        let ids = meetings.compactMap(\.id)
        let list = SQLGroupExpression(SQLList(ids.map { SQLBind($0) as any SQLExpression }))
        let counts = Dictionary(
            uniqueKeysWithValues: try await (db as! any SQLDatabase).raw(
                "SELECT meeting_id, COUNT(*) AS n FROM meeting_participants WHERE meeting_id IN \(list) GROUP BY meeting_id"
            ).all(decoding: CountRow.self).map { ($0.meeting_id, $0.n) })
        let names = try await ReviewRepository.names(meetings.compactMap(\.organiserID), organisationID: organisationID, on: db)
        return meetings.map { meeting in
            Summary(
                id: meeting.id!, type: SessionType(rawValue: meeting.type) ?? .workingSession, title: meeting.title, startsAt: meeting.startsAt,
                endsAt: meeting.endsAt, place: meeting.place, link: meeting.link, organiserID: meeting.organiserID,
                organiserName: meeting.organiserID.flatMap { names[$0] }, participants: counts[meeting.id!] ?? 0)
        }
    }

    /// The organisation's sessions that have not ended yet (soonest first) or that have (latest first).
    public func list(organisationID: UUID, when: When, filter: Filter = Filter(), now: Date) async throws -> [Summary] {
        let db = store.database
        var query = MeetingModel.query(on: db).filter(\.$organisationID == organisationID)
        switch when {
        case .upcoming: query = query.filter(\.$endsAt >= now).sort(\.$startsAt).sort(\.$title)
        case .past: query = query.filter(\.$endsAt < now).sort(\.$startsAt, .descending).sort(\.$title)
        }
        if let type = filter.type { query = query.filter(\.$type == type.rawValue) }
        if let policyID = filter.policyID {
            let ids = try await MeetingPolicyModel.query(on: db).filter(\.$policyID == policyID).all().map(\.meetingID)
            guard !ids.isEmpty else { return [] }
            query = query.filter(\.$id ~~ ids)
        }
        if let userID = filter.userID {
            let ids = try await MeetingParticipantModel.query(on: db).filter(\.$userID == userID).all().map(\.meetingID)
            query =
                ids.isEmpty ? query.filter(\.$organiserID == userID) : query.group(.or) { $0.filter(\.$id ~~ ids).filter(\.$organiserID == userID) }
        }
        return try await summaries(try await query.all(), organisationID: organisationID, on: db)
    }

    /// A policy page's sessions: the next `count` on the policy (soonest first) and the latest `count` held (latest
    /// first), as `list` orders them, from one read of the policy's sessions and summaries of those shown only.
    public func aroundPolicy(_ policyID: UUID, organisationID: UUID, count: Int, now: Date) async throws -> (upcoming: [Summary], held: [Summary]) {
        let db = store.database
        let ids = try await MeetingPolicyModel.query(on: db).filter(\.$policyID == policyID).all().map(\.meetingID)
        guard !ids.isEmpty else { return ([], []) }
        let meetings = try await MeetingModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$id ~~ ids).all()
        let upcoming = meetings.filter { $0.endsAt >= now }
            .sorted { ($0.startsAt, $0.title) < ($1.startsAt, $1.title) }.prefix(count)
        let held = meetings.filter { $0.endsAt < now }
            .sorted { $0.startsAt != $1.startsAt ? $0.startsAt > $1.startsAt : $0.title < $1.title }.prefix(count)
        let summaries = try await summaries(Array(upcoming) + Array(held), organisationID: organisationID, on: db)
        return (Array(summaries.prefix(upcoming.count)), Array(summaries.dropFirst(upcoming.count)))
    }

    /// One session with everything its page shows; nil when it is not the organisation's.
    public func session(id: UUID, organisationID: UUID) async throws -> Session? {
        let db = store.database
        guard let meeting = try await MeetingModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first(),
            let summary = try await summaries([meeting], organisationID: organisationID, on: db).first
        else { return nil }
        return try await Self.detail(meeting, summary: summary, on: db)
    }

    static func detail(_ meeting: MeetingModel, summary: Summary, on db: any Database) async throws -> Session {
        let id = meeting.id!
        let participants = try await MeetingParticipantModel.query(on: db).filter(\.$meetingID == id).all()
        let people = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(
                \.$id ~~ (participants.map(\.userID) + [meeting.organiserID].compactMap { $0 })
            )
            .filter(\.$organisationID == meeting.organisationID).all().map { ($0.id!, $0) })
        let teams = try await ReviewRepository.teamNames(participants.compactMap(\.teamID), on: db)
        let policyIDs = try await MeetingPolicyModel.query(on: db).filter(\.$meetingID == id).all().map(\.policyID)
        let policies = policyIDs.isEmpty ? [] : try await PolicyModel.query(on: db).filter(\.$id ~~ policyIDs).sort(\.$title).all()
        let domainIDs = try await MeetingDomainModel.query(on: db).filter(\.$meetingID == id).all().map(\.domainID)
        let domains = domainIDs.isEmpty ? [] : try await DomainModel.query(on: db).filter(\.$id ~~ domainIDs).sort(\.$name).all()
        let items = try await AgendaItemModel.query(on: db).filter(\.$meetingID == id).sort(\.$position).all()
        return Session(
            summary: summary, description: meeting.description, organiserEmail: meeting.organiserID.flatMap { people[$0]?.email },
            participants: participants.map { participant in
                Participant(
                    userID: participant.userID, name: people[participant.userID]?.name ?? "–", email: people[participant.userID]?.email ?? "",
                    teamID: participant.teamID, teamName: participant.teamID.flatMap { teams[$0] }, direct: participant.direct,
                    attended: participant.attended)
            }.sorted { ($0.teamName ?? "\u{10FFFF}", $0.name) < ($1.teamName ?? "\u{10FFFF}", $1.name) },
            policies: policies.map { ($0.id!, $0.title) }, domains: domains.map { ($0.id!, $0.name) },
            agenda: items.map {
                AgendaItem(
                    id: $0.id!, position: $0.position, title: $0.title, note: $0.note, minutes: $0.minutes,
                    kind: AgendaItemKind(rawValue: $0.kind) ?? .manual, sourceKind: $0.sourceKind, sourceID: $0.sourceID)
            },
            createdAt: meeting.createdAt, updatedAt: meeting.updatedAt)
    }

    /// The sessions a person takes part in or organises, for their calendar feed: from a month back onwards.
    public func calendar(userID: UUID, organisationID: UUID, now: Date) async throws -> [Session] {
        let db = store.database
        let participating = try await MeetingParticipantModel.query(on: db).filter(\.$userID == userID).all().map(\.meetingID)
        var query = MeetingModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$endsAt >= now.addingTimeInterval(-31 * 86_400))
        query =
            participating.isEmpty
            ? query.filter(\.$organiserID == userID) : query.group(.or) { $0.filter(\.$id ~~ participating).filter(\.$organiserID == userID) }
        let meetings = try await query.sort(\.$startsAt).all()
        let summaries = try await summaries(meetings, organisationID: organisationID, on: db)
        var sessions: [Session] = []
        for (meeting, summary) in zip(meetings, summaries) {
            sessions.append(try await Self.detail(meeting, summary: summary, on: db))
        }
        return sessions
    }

    // MARK: planning a session

    public struct SessionInput: Sendable {
        /// A `SessionType` raw value.
        public var type: String
        public var title: String
        /// "2027-01-31"
        public var day: String
        /// "09:30"
        public var startTime: String
        public var endTime: String
        public var place: String
        public var link: String
        public var description: String
        public var organiserID: UUID?
        public var teamIDs: [UUID]
        public var userIDs: [UUID]
        public var policyIDs: [UUID]
        public var domainIDs: [UUID]

        public init(
            type: String, title: String, day: String, startTime: String, endTime: String, place: String = "", link: String = "",
            description: String = "", organiserID: UUID? = nil, teamIDs: [UUID] = [], userIDs: [UUID] = [], policyIDs: [UUID] = [],
            domainIDs: [UUID] = []
        ) {
            self.type = type
            self.title = title
            self.day = day
            self.startTime = startTime
            self.endTime = endTime
            self.place = place
            self.link = link
            self.description = description
            self.organiserID = organiserID
            self.teamIDs = teamIDs
            self.userIDs = userIDs
            self.policyIDs = policyIDs
            self.domainIDs = domainIDs
        }
    }

    /// What a checked input becomes: the fields and everyone taking part, with the team they came with.
    struct Checked {
        let type: SessionType
        let title: String
        let start: Date
        let end: Date
        let place: String
        let link: String
        let description: String
        let organiserID: UUID?
        /// User → (the team they were invited with, chosen by name).
        let participants: [UUID: (team: UUID?, direct: Bool)]
        let policyIDs: [UUID]
        let domainIDs: [UUID]
    }

    static func check(_ input: SessionInput, organisationID: UUID, on db: any Database) async throws -> Checked {
        var validator = Validator()
        let typeCode = input.type.trimmingCharacters(in: .whitespaces)
        let type = SessionType(rawValue: typeCode)
        if type == nil {
            validator.add("soort", typeCode.isEmpty ? "verplicht" : "ongeldig", "Kies wat voor overleg het is.")
        }
        let title = validator.text("titel", input.title, label: "een titel", maximum: maximumTitle)
        ReviewRepository.privacy(title, field: "titel", what: "de titel", into: &validator)
        var start: Date?
        var end: Date?
        if input.day.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.add("datum", "verplicht", "Vul de datum van het overleg in.")
        } else if SessionTime.parse(day: input.day, time: "00:00") == nil {
            validator.add("datum", "ongeldig", "Vul een geldige datum in, bijvoorbeeld 2027-01-31.")
        } else {
            if input.startTime.trimmingCharacters(in: .whitespaces).isEmpty {
                validator.add("begin", "verplicht", "Vul in hoe laat het overleg begint.")
            } else if let parsed = SessionTime.parse(day: input.day, time: input.startTime) {
                start = parsed
            } else {
                validator.add("begin", "ongeldig", "Vul een geldige tijd in, bijvoorbeeld 09:30.")
            }
            if input.endTime.trimmingCharacters(in: .whitespaces).isEmpty {
                validator.add("einde", "verplicht", "Vul in hoe laat het overleg eindigt.")
            } else if let parsed = SessionTime.parse(day: input.day, time: input.endTime) {
                end = parsed
            } else {
                validator.add("einde", "ongeldig", "Vul een geldige tijd in, bijvoorbeeld 11:00.")
            }
            if let start, let end, end <= start {
                validator.add("einde", "voor-begin", "Het overleg moet eindigen na het begin. Kies een latere eindtijd.")
            }
        }
        let place = input.place.trimmingCharacters(in: .whitespacesAndNewlines)
        let link = input.link.trimmingCharacters(in: .whitespacesAndNewlines)
        if place.count > maximumPlace {
            validator.add("plaats", "te-lang", "De plaats mag hoogstens \(maximumPlace) tekens hebben.")
        }
        ReviewRepository.privacy(place, field: "plaats", what: "de plaats", into: &validator)
        if !link.isEmpty {
            let lower = link.lowercased()
            if link.count > maximumLink {
                validator.add("link", "te-lang", "De link mag hoogstens \(maximumLink) tekens hebben.")
            } else if !(lower.hasPrefix("https://") || lower.hasPrefix("http://")) || link.contains(where: \.isWhitespace)
                || URL(string: link)?.host == nil
            {
                validator.add("link", "ongeldig", "Vul een volledige link in die begint met https://.")
            }
        }
        if place.isEmpty && link.isEmpty {
            validator.add("plaats", "verplicht", "Vul in waar het overleg is, of een link naar het online overleg.")
        }
        let description = input.description.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if description.count > maximumDescription {
            validator.add("omschrijving", "te-lang", "De omschrijving mag hoogstens \(maximumDescription) tekens hebben.")
        }
        ReviewRepository.privacy(description, field: "omschrijving", what: "de omschrijving", into: &validator)
        if let organiserID = input.organiserID,
            try await UserModel.query(on: db).filter(\.$id == organiserID).filter(\.$organisationID == organisationID).filter(\.$isActive == true)
                .first() == nil
        {
            validator.add("organisator", "onbekend", "Deze organisator bestaat niet (meer). Kies opnieuw.")
        }
        let policies = Set(input.policyIDs)
        if !policies.isEmpty,
            try await PolicyModel.query(on: db).filter(\.$id ~~ Array(policies)).filter(\.$organisationID == organisationID).count() != policies.count
        {
            validator.add("beleid", "onbekend", "Een van de gekozen beleidsstukken bestaat niet (meer). Kies opnieuw.")
        }
        let domains = Set(input.domainIDs)
        if !domains.isEmpty,
            try await DomainModel.query(on: db).filter(\.$id ~~ Array(domains)).filter(\.$organisationID == organisationID).count() != domains.count
        {
            validator.add("domeinen", "onbekend", "Een van de gekozen beleidsterreinen bestaat niet (meer). Kies opnieuw.")
        }
        // Who takes part: the people chosen by name, and every active member of the chosen teams, expanded now so a
        // later change to a team does not change who was invited.
        let teams = try await TeamModel.query(on: db).filter(\.$id ~~ input.teamIDs).filter(\.$organisationID == organisationID).all()
        let users = try await UserModel.query(on: db).filter(\.$id ~~ input.userIDs).filter(\.$organisationID == organisationID)
            .filter(\.$isActive == true).all()
        if teams.count != Set(input.teamIDs).count || users.count != Set(input.userIDs).count {
            validator.add("deelnemers", "onbekend", "Een van de gekozen teams of personen bestaat niet (meer). Kies opnieuw.")
        }
        var participants: [UUID: (team: UUID?, direct: Bool)] = [:]
        for team in teams.sorted(by: { $0.name < $1.name }) {
            for member in try await NotificationRepository.teamRecipients(team.id!, on: db) where participants[member.id] == nil {
                participants[member.id] = (team.id!, false)
            }
        }
        for user in users { participants[user.id!] = (participants[user.id!]?.team, true) }
        if participants.isEmpty && validator.problems.allSatisfy({ $0.name != "deelnemers" }) {
            validator.add("deelnemers", "verplicht", "Kies minstens één team of persoon die meedoet. Een gekozen team moet leden hebben.")
        }
        try validator.check()
        return Checked(
            type: type!, title: title, start: start!, end: end!, place: place, link: link, description: description,
            organiserID: input.organiserID, participants: participants, policyIDs: Array(policies), domainIDs: Array(domains))
    }

    static func describe(_ start: Date, _ end: Date) -> String {
        let (day, from) = SessionTime.codes(start)
        let parts = day.split(separator: "-")
        return "\(parts[2])-\(parts[1])-\(parts[0]) van \(from) tot \(SessionTime.codes(end).time)"
    }

    static func writeLinks(_ checked: Checked, meetingID: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await MeetingPolicyModel.query(on: db).filter(\.$meetingID == meetingID).delete()
        try await MeetingDomainModel.query(on: db).filter(\.$meetingID == meetingID).delete()
        if !checked.policyIDs.isEmpty {
            try await sql.insert(into: MeetingPolicyModel.schema).columns("id", "meeting_id", "policy_id")
                .rows(checked.policyIDs.map { [SQLBind(UUID()), SQLBind(meetingID), SQLBind($0)] }).run()
        }
        if !checked.domainIDs.isEmpty {
            try await sql.insert(into: MeetingDomainModel.schema).columns("id", "meeting_id", "domain_id")
                .rows(checked.domainIDs.map { [SQLBind(UUID()), SQLBind(meetingID), SQLBind($0)] }).run()
        }
    }

    static func insertParticipants(_ participants: [UUID: (team: UUID?, direct: Bool)], meetingID: UUID, on db: any Database) async throws {
        guard !participants.isEmpty else { return }
        try await (db as! any SQLDatabase).insert(into: MeetingParticipantModel.schema).columns(
            "id", "meeting_id", "user_id", "team_id", "direct", "attended"
        )
        .rows(
            participants.map { user, entry in
                [
                    SQLBind(UUID()), SQLBind(meetingID), SQLBind(user), entry.team.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                    SQLBind(entry.direct), SQLLiteral.null,
                ]
            }
        ).run()
    }

    /// Plans a session and tells everyone taking part, except the person planning it.
    @discardableResult
    public func create(_ input: SessionInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        try await store.write { db in
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            let meeting = MeetingModel()
            meeting.organisationID = organisationID
            Self.apply(checked, to: meeting)
            meeting.createdBy = actor.userID
            meeting.createdAt = now
            meeting.updatedAt = now
            try await meeting.create(on: db)
            let id = meeting.id!
            try await Self.insertParticipants(checked.participants, meetingID: id, on: db)
            try await Self.writeLinks(checked, meetingID: id, on: db)
            let when = Self.describe(checked.start, checked.end)
            try await NotificationRepository.notify(
                Set(checked.participants.keys).subtracting([actor.userID].compactMap { $0 }), organisationID: organisationID,
                text: "U bent uitgenodigd voor \(checked.type.label.lowercased()) ‘\(checked.title)’ op \(when).",
                link: Self.link(id), subject: "Uitnodiging: \(checked.title)", now: now, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "overleg.gepland", entityType: "overleg", entityID: Self.entity(id),
                summary: "\(checked.type.label): \(checked.title), \(when), \(checked.participants.count) deelnemers", at: now)
            return id
        }
    }

    static func apply(_ checked: Checked, to meeting: MeetingModel) {
        meeting.type = checked.type.rawValue
        meeting.title = checked.title
        meeting.startsAt = checked.start
        meeting.endsAt = checked.end
        meeting.place = checked.place
        meeting.link = checked.link
        meeting.organiserID = checked.organiserID
        meeting.description = checked.description
    }

    /// Changes a session. Who is newly invited gets an invitation; when the time or place changes, everyone else
    /// still taking part hears of it. Attendance already recorded for people who stay is kept.
    public func update(id: UUID, _ input: SessionInput, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let meeting = try await MeetingModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            let moved =
                meeting.startsAt != checked.start || meeting.endsAt != checked.end || meeting.place != checked.place || meeting.link != checked.link
            Self.apply(checked, to: meeting)
            meeting.updatedAt = now
            try await meeting.save(on: db)
            let existing = try await MeetingParticipantModel.query(on: db).filter(\.$meetingID == id).all()
            let before = Set(existing.map(\.userID))
            let after = Set(checked.participants.keys)
            let leaving = before.subtracting(after)
            if !leaving.isEmpty {
                try await MeetingParticipantModel.query(on: db).filter(\.$meetingID == id).filter(\.$userID ~~ Array(leaving)).delete()
            }
            for participant in existing where after.contains(participant.userID) {
                let entry = checked.participants[participant.userID]!
                if participant.teamID != entry.team || participant.direct != entry.direct {
                    participant.teamID = entry.team
                    participant.direct = entry.direct
                    try await participant.save(on: db)
                }
            }
            let joining = after.subtracting(before)
            try await Self.insertParticipants(checked.participants.filter { joining.contains($0.key) }, meetingID: id, on: db)
            try await Self.writeLinks(checked, meetingID: id, on: db)
            let when = Self.describe(checked.start, checked.end)
            let me = Set([actor.userID].compactMap { $0 })
            try await NotificationRepository.notify(
                joining.subtracting(me), organisationID: organisationID,
                text: "U bent uitgenodigd voor \(checked.type.label.lowercased()) ‘\(checked.title)’ op \(when).",
                link: Self.link(id), subject: "Uitnodiging: \(checked.title)", now: now, on: db)
            if moved {
                let place = checked.place.isEmpty ? "online" : checked.place
                try await NotificationRepository.notify(
                    after.subtracting(joining).subtracting(me), organisationID: organisationID,
                    text: "Het overleg ‘\(checked.title)’ is gewijzigd. Het is nu op \(when), \(place).",
                    link: Self.link(id), subject: "Gewijzigd: \(checked.title)", now: now, on: db)
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "overleg.gewijzigd", entityType: "overleg", entityID: Self.entity(id),
                summary: "\(checked.title), \(when), \(after.count) deelnemers (+\(joining.count) −\(leaving.count))", at: now)
        }
    }

    // MARK: the agenda

    public struct ItemInput: Sendable {
        public var title: String
        public var note: String
        public var minutes: String

        public init(title: String, note: String = "", minutes: String = "") {
            self.title = title
            self.note = note
            self.minutes = minutes
        }
    }

    static func checkItem(_ input: ItemInput) throws -> ItemInput {
        var validator = Validator()
        let title = validator.text("punt", input.title, label: "het onderwerp van het agendapunt", maximum: maximumItemTitle)
        let note = input.note.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let minutes = input.minutes.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > maximumNote {
            validator.add("toelichting", "te-lang", "De toelichting mag hoogstens \(maximumNote) tekens hebben.")
        }
        if minutes.count > maximumMinutes {
            validator.add("verslag", "te-lang", "Het verslag mag hoogstens \(maximumMinutes) tekens hebben.")
        }
        ReviewRepository.privacy(title, field: "punt", what: "het onderwerp", into: &validator)
        ReviewRepository.privacy(note, field: "toelichting", what: "de toelichting", into: &validator)
        ReviewRepository.privacy(minutes, field: "verslag", what: "het verslag", into: &validator)
        try validator.check()
        return ItemInput(title: title, note: note, minutes: minutes)
    }

    static func meeting(_ id: UUID, organisationID: UUID, on db: any Database) async throws -> MeetingModel {
        guard let meeting = try await MeetingModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
            throw NotFound()
        }
        return meeting
    }

    /// Adds an item at the end of the agenda.
    @discardableResult
    public func addItem(sessionID: UUID, _ input: ItemInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        try await store.write { db in
            try await Self.insertItem(
                sessionID: sessionID, input, kind: .manual, source: nil, organisationID: organisationID, actor: actor, now: now, on: db)
        }
    }

    /// One item at the end of the agenda and its audit entry, inside the caller's transaction.
    static func insertItem(
        sessionID: UUID, _ input: ItemInput, kind: AgendaItemKind, source: (kind: AgendaSource, id: UUID)?, organisationID: UUID,
        actor: AuditActor, now: Date, on db: any Database
    ) async throws -> UUID {
        let meeting = try await Self.meeting(sessionID, organisationID: organisationID, on: db)
        let checked = try Self.checkItem(input)
        let last = try await AgendaItemModel.query(on: db).filter(\.$meetingID == sessionID).sort(\.$position, .descending).first()?.position ?? 0
        let item = AgendaItemModel()
        item.meetingID = sessionID
        item.position = last + 1
        item.title = checked.title
        item.note = checked.note
        item.minutes = checked.minutes
        item.kind = kind.rawValue
        item.sourceKind = source?.kind.rawValue
        item.sourceID = source?.id
        item.createdAt = now
        item.updatedAt = now
        try await item.create(on: db)
        let origin = source.map { " (voorstel: \($0.kind.rawValue))" } ?? ""
        try await AuditLog.append(
            on: db, actor: actor, action: "overleg.agendapunt-toegevoegd", entityType: "overleg", entityID: Self.entity(sessionID),
            summary: "\(meeting.title): punt \(item.position) ‘\(checked.title)’\(origin)", at: now)
        return item.id!
    }

    static func item(_ itemID: UUID, sessionID: UUID, organisationID: UUID, on db: any Database) async throws -> (MeetingModel, AgendaItemModel) {
        let meeting = try await meeting(sessionID, organisationID: organisationID, on: db)
        guard let item = try await AgendaItemModel.query(on: db).filter(\.$id == itemID).filter(\.$meetingID == sessionID).first() else {
            throw NotFound()
        }
        return (meeting, item)
    }

    /// Changes an item's subject, note and minutes.
    public func updateItem(sessionID: UUID, itemID: UUID, _ input: ItemInput, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let (meeting, item) = try await Self.item(itemID, sessionID: sessionID, organisationID: organisationID, on: db)
            let checked = try Self.checkItem(input)
            let minutesChanged = item.minutes != checked.minutes
            item.title = checked.title
            item.note = checked.note
            item.minutes = checked.minutes
            item.updatedAt = now
            try await item.save(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: minutesChanged ? "overleg.verslag" : "overleg.agendapunt-gewijzigd", entityType: "overleg",
                entityID: Self.entity(sessionID), summary: "\(meeting.title): punt ‘\(checked.title)’", at: now)
        }
    }

    public enum Direction: String, Sendable {
        case up = "omhoog"
        case down = "omlaag"
    }

    /// Swaps an item with its neighbour. At the top (or bottom) already, nothing changes and nothing is logged.
    public func moveItem(sessionID: UUID, itemID: UUID, _ direction: Direction, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let (meeting, item) = try await Self.item(itemID, sessionID: sessionID, organisationID: organisationID, on: db)
            var query = AgendaItemModel.query(on: db).filter(\.$meetingID == sessionID)
            switch direction {
            case .up: query = query.filter(\.$position < item.position).sort(\.$position, .descending)
            case .down: query = query.filter(\.$position > item.position).sort(\.$position)
            }
            guard let neighbour = try await query.first() else { return }
            let (mine, theirs) = (item.position, neighbour.position)
            // Through a free position first, in case a later migration makes positions unique per session.
            item.position = -1
            try await item.save(on: db)
            neighbour.position = mine
            try await neighbour.save(on: db)
            item.position = theirs
            try await item.save(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "overleg.agendapunt-verplaatst", entityType: "overleg", entityID: Self.entity(sessionID),
                summary: "\(meeting.title): ‘\(item.title)’ \(direction.rawValue) naar punt \(theirs)", at: now)
        }
    }

    /// Removes an item; the items after it move up.
    public func removeItem(sessionID: UUID, itemID: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let (meeting, item) = try await Self.item(itemID, sessionID: sessionID, organisationID: organisationID, on: db)
            try await item.delete(on: db)
            let rest = try await AgendaItemModel.query(on: db).filter(\.$meetingID == sessionID).sort(\.$position).all()
            for (index, other) in rest.enumerated() where other.position != index + 1 {
                other.position = index + 1
                try await other.save(on: db)
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "overleg.agendapunt-verwijderd", entityType: "overleg", entityID: Self.entity(sessionID),
                summary: "\(meeting.title): ‘\(item.title)’", at: now)
        }
    }

    // MARK: attendance

    /// Records who was there: the participants in `present`, and everyone else as absent. Only once the session has
    /// begun.
    public func recordAttendance(sessionID: UUID, present: Set<UUID>, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let meeting = try await Self.meeting(sessionID, organisationID: organisationID, on: db)
            var validator = Validator()
            if meeting.startsAt > now {
                validator.add("aanwezig", "te-vroeg", "Het overleg is nog niet begonnen. U legt de aanwezigheid vast als het begonnen is.")
            }
            let participants = try await MeetingParticipantModel.query(on: db).filter(\.$meetingID == sessionID).all()
            if !present.isSubset(of: Set(participants.map(\.userID))) {
                validator.add("aanwezig", "onbekend", "Kies alleen mensen die deelnemen aan dit overleg.")
            }
            try validator.check()
            let sql = db as! any SQLDatabase
            try await sql.update(MeetingParticipantModel.schema).set("attended", to: SQLBind(false))
                .where("meeting_id", .equal, SQLBind(sessionID)).run()
            if !present.isEmpty {
                try await sql.update(MeetingParticipantModel.schema).set("attended", to: SQLBind(true))
                    .where("meeting_id", .equal, SQLBind(sessionID))
                    .where("user_id", .in, SQLGroupExpression(SQLList(present.map { SQLBind($0) as any SQLExpression }))).run()
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "overleg.aanwezigheid", entityType: "overleg", entityID: Self.entity(sessionID),
                summary: "\(meeting.title): \(present.count) van \(participants.count) aanwezig", at: now)
        }
    }
}

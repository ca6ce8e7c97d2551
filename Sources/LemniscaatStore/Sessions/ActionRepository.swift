// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Actions agreed in sessions: who does what by when, where it stands, a reminder before the due date and a notice
/// once it has passed, and the lists of what is overdue per person and per team.
///
/// Who may do what: a session's editors (`SessionRepository.mayEdit`) add and change its actions; an action's owner
/// also moves its status.
public struct ActionRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let maximumDescription = 1000

    static func entity(_ id: UUID) -> String { id.uuidString.lowercased() }
    static func link(_ id: UUID) -> String { "/acties/" + entity(id) }

    public struct Action: Sendable {
        public let id: UUID
        public let sessionID: UUID
        public let sessionTitle: String
        public let sessionOrganiserID: UUID?
        public let decisionID: UUID?
        public let description: String
        public let ownerID: UUID?
        public let ownerName: String?
        public let teamID: UUID?
        public let teamName: String?
        public let dueAt: Date
        public let status: ActionStatus
        public let remindedAt: Date?
        public let completedAt: Date?
        public let createdAt: Date
        public let updatedAt: Date

        public func isOverdue(now: Date) -> Bool { status.isOpen && dueAt < now }
    }

    public struct Filter: Sendable {
        public var ownerID: UUID?
        /// The actions of a team: chosen for the team, or owned by one of its members.
        public var teamID: UUID?
        public var sessionID: UUID?
        public var statuses: Set<ActionStatus>
        public var overdueOnly: Bool

        public init(ownerID: UUID? = nil, teamID: UUID? = nil, sessionID: UUID? = nil, statuses: Set<ActionStatus> = [], overdueOnly: Bool = false) {
            self.ownerID = ownerID
            self.teamID = teamID
            self.sessionID = sessionID
            self.statuses = statuses
            self.overdueOnly = overdueOnly
        }
    }

    // MARK: reading

    /// The organisation's actions matching the filter: open ones by due date first, then the rest newest first.
    public func list(organisationID: UUID, filter: Filter = Filter(), now: Date, limit: Int = 500) async throws -> [Action] {
        let db = store.database
        var query = ActionModel.query(on: db).filter(\.$organisationID == organisationID)
        if let ownerID = filter.ownerID { query = query.filter(\.$ownerID == ownerID) }
        if let sessionID = filter.sessionID { query = query.filter(\.$meetingID == sessionID) }
        if let teamID = filter.teamID {
            let members = try await TeamMemberModel.query(on: db).filter(\.$teamID == teamID).all().map(\.userID)
            query =
                members.isEmpty
                ? query.filter(\.$teamID == teamID) : query.group(.or) { $0.filter(\.$teamID == teamID).filter(\.$ownerID ~~ members) }
        }
        var statuses = filter.statuses
        if filter.overdueOnly {
            statuses = statuses.isEmpty ? Set(ActionStatus.allCases.filter(\.isOpen)) : statuses.filter(\.isOpen)
            query = query.filter(\.$dueAt < now)
        }
        if !statuses.isEmpty { query = query.filter(\.$status ~~ statuses.map(\.rawValue)) }
        let actions = try await query.sort(\.$dueAt).sort(\.$createdAt).limit(limit).all()
        let described = try await Self.describe(actions, organisationID: organisationID, on: db)
        return described.filter { $0.status.isOpen } + described.filter { !$0.status.isOpen }.sorted { $0.updatedAt > $1.updatedAt }
    }

    /// One action; nil when it is not the organisation's.
    public func action(id: UUID, organisationID: UUID) async throws -> Action? {
        let db = store.database
        guard let action = try await ActionModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
            return nil
        }
        return try await Self.describe([action], organisationID: organisationID, on: db).first
    }

    static func describe(_ actions: [ActionModel], organisationID: UUID, on db: any Database) async throws -> [Action] {
        guard !actions.isEmpty else { return [] }
        let meetings = Dictionary(
            uniqueKeysWithValues: try await MeetingModel.query(on: db).filter(\.$id ~~ Array(Set(actions.map(\.meetingID)))).all().map {
                ($0.id!, $0)
            })
        let names = try await ReviewRepository.names(actions.compactMap(\.ownerID), organisationID: organisationID, on: db)
        let teams = try await ReviewRepository.teamNames(actions.compactMap(\.teamID), on: db)
        return actions.map { action in
            Action(
                id: action.id!, sessionID: action.meetingID, sessionTitle: meetings[action.meetingID]?.title ?? "–",
                sessionOrganiserID: meetings[action.meetingID]?.organiserID, decisionID: action.decisionID, description: action.description,
                ownerID: action.ownerID, ownerName: action.ownerID.flatMap { names[$0] }, teamID: action.teamID,
                teamName: action.teamID.flatMap { teams[$0] }, dueAt: action.dueAt, status: ActionStatus(rawValue: action.status) ?? .open,
                remindedAt: action.remindedAt, completedAt: action.completedAt, createdAt: action.createdAt, updatedAt: action.updatedAt)
        }
    }

    /// Overdue actions counted per person and per team (an action counts for its chosen team and for every team its
    /// owner is a member of), most overdue first.
    public struct OverdueGroup: Sendable {
        public let id: UUID
        public let name: String
        public let count: Int
        /// The due date of the longest overdue action.
        public let oldest: Date
    }

    public func overdue(organisationID: UUID, now: Date) async throws -> (people: [OverdueGroup], teams: [OverdueGroup]) {
        let db = store.database
        let actions = try await ActionModel.query(on: db).filter(\.$organisationID == organisationID)
            .filter(\.$status ~~ ActionStatus.allCases.filter(\.isOpen).map(\.rawValue)).filter(\.$dueAt < now).all()
        guard !actions.isEmpty else { return ([], []) }
        let owners = Array(Set(actions.compactMap(\.ownerID)))
        let memberships = owners.isEmpty ? [] : try await TeamMemberModel.query(on: db).filter(\.$userID ~~ owners).all()
        let teamsOf = Dictionary(grouping: memberships, by: \.userID).mapValues { Set($0.map(\.teamID)) }
        var people: [UUID: [ActionModel]] = [:]
        var teams: [UUID: [ActionModel]] = [:]
        for action in actions {
            if let owner = action.ownerID { people[owner, default: []].append(action) }
            var own = action.ownerID.flatMap { teamsOf[$0] } ?? []
            if let team = action.teamID { own.insert(team) }
            for team in own { teams[team, default: []].append(action) }
        }
        let names = try await ReviewRepository.names(Array(people.keys), organisationID: organisationID, on: db)
        let teamNames = try await ReviewRepository.teamNames(Array(teams.keys), on: db)
        func groups(_ map: [UUID: [ActionModel]], _ names: [UUID: String]) -> [OverdueGroup] {
            map.compactMap { id, list in
                names[id].map { OverdueGroup(id: id, name: $0, count: list.count, oldest: list.map(\.dueAt).min()!) }
            }.sorted { ($0.oldest, $0.name) < ($1.oldest, $1.name) }
        }
        return (groups(people, names), groups(teams, teamNames))
    }

    // MARK: writing

    public struct ActionInput: Sendable {
        public var description: String
        public var ownerID: UUID?
        public var teamID: UUID?
        /// "2027-01-31"
        public var due: String
        public var decisionID: UUID?

        public init(description: String, ownerID: UUID?, teamID: UUID? = nil, due: String, decisionID: UUID? = nil) {
            self.description = description
            self.ownerID = ownerID
            self.teamID = teamID
            self.due = due
            self.decisionID = decisionID
        }
    }

    struct Checked {
        let description: String
        let ownerID: UUID
        let teamID: UUID?
        let dueAt: Date
        let decisionID: UUID?
    }

    static func check(_ input: ActionInput, sessionID: UUID, organisationID: UUID, previousDue: Date?, now: Date, on db: any Database) async throws
        -> Checked
    {
        var validator = Validator()
        let description = validator.text("omschrijving", input.description, label: "wat er moet gebeuren", maximum: maximumDescription)
        ReviewRepository.privacy(description, field: "omschrijving", what: "de omschrijving", into: &validator)
        if let ownerID = input.ownerID {
            if try await UserModel.query(on: db).filter(\.$id == ownerID).filter(\.$organisationID == organisationID).filter(\.$isActive == true)
                .first() == nil
            {
                validator.add("eigenaar", "onbekend", "Deze persoon bestaat niet (meer). Kies opnieuw.")
            }
        } else {
            validator.add("eigenaar", "verplicht", "Kies wie de actie uitvoert.")
        }
        if let teamID = input.teamID,
            try await TeamModel.query(on: db).filter(\.$id == teamID).filter(\.$organisationID == organisationID).first() == nil
        {
            validator.add("team", "onbekend", "Dit team bestaat niet (meer). Kies opnieuw.")
        }
        let due = ReviewDeadline.parse(input.due)
        if input.due.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.add("datum", "verplicht", "Vul in wanneer de actie klaar moet zijn.")
        } else if let due {
            // A date already passed is refused, unless it is the date the action already had.
            if due < now && due != previousDue {
                validator.add("datum", "verleden", "Deze datum is al voorbij. Kies vandaag of een latere dag.")
            }
        } else {
            validator.add("datum", "ongeldig", "Vul een geldige datum in, bijvoorbeeld 2027-01-31.")
        }
        if let decisionID = input.decisionID,
            try await DecisionModel.query(on: db).filter(\.$id == decisionID).filter(\.$meetingID == sessionID).first() == nil
        {
            validator.add("besluit", "onbekend", "Kies een besluit van dit overleg.")
        }
        try validator.check()
        return Checked(description: description, ownerID: input.ownerID!, teamID: input.teamID, dueAt: due!, decisionID: input.decisionID)
    }

    /// Adds an action to a session and tells its owner (unless they added it themselves).
    @discardableResult
    public func create(sessionID: UUID, _ input: ActionInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        try await store.write { db in
            let meeting = try await SessionRepository.meeting(sessionID, organisationID: organisationID, on: db)
            let checked = try await Self.check(input, sessionID: sessionID, organisationID: organisationID, previousDue: nil, now: now, on: db)
            let action = ActionModel()
            action.organisationID = organisationID
            action.meetingID = sessionID
            action.decisionID = checked.decisionID
            action.description = checked.description
            action.ownerID = checked.ownerID
            action.teamID = checked.teamID
            action.dueAt = checked.dueAt
            action.status = ActionStatus.open.rawValue
            action.createdBy = actor.userID
            action.createdAt = now
            action.updatedAt = now
            try await action.create(on: db)
            let id = action.id!
            if checked.ownerID != actor.userID {
                try await NotificationRepository.notify(
                    [checked.ownerID], organisationID: organisationID,
                    text: "U hebt een actie uit ‘\(meeting.title)’: \(checked.description) (klaar op \(DutchCalendar.day(checked.dueAt))).",
                    link: Self.link(id), subject: "Nieuwe actie voor u", now: now, on: db)
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "actie.aangemaakt", entityType: "actie", entityID: Self.entity(id),
                summary: "\(meeting.title): actie klaar op \(DutchCalendar.day(checked.dueAt))", at: now)
            return id
        }
    }

    static func model(_ id: UUID, organisationID: UUID, on db: any Database) async throws -> ActionModel {
        guard let action = try await ActionModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
            throw NotFound()
        }
        return action
    }

    static func setStatus(_ status: ActionStatus, on action: ActionModel, now: Date) {
        action.status = status.rawValue
        action.completedAt = status == .done ? now : nil
    }

    /// Changes what the action is, who does it and when it is due, and its status. A new owner is told; a new due
    /// date earns a new reminder.
    public func update(id: UUID, _ input: ActionInput, status: ActionStatus, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let action = try await Self.model(id, organisationID: organisationID, on: db)
            let meeting = try await SessionRepository.meeting(action.meetingID, organisationID: organisationID, on: db)
            let checked = try await Self.check(
                input, sessionID: action.meetingID, organisationID: organisationID, previousDue: action.dueAt, now: now, on: db)
            let newOwner = checked.ownerID != action.ownerID
            if checked.dueAt != action.dueAt {
                action.remindedAt = nil
                action.overdueNotifiedAt = nil
            }
            action.description = checked.description
            action.ownerID = checked.ownerID
            action.teamID = checked.teamID
            action.dueAt = checked.dueAt
            action.decisionID = checked.decisionID
            if action.status != status.rawValue { Self.setStatus(status, on: action, now: now) }
            action.updatedAt = now
            try await action.save(on: db)
            if newOwner && checked.ownerID != actor.userID {
                try await NotificationRepository.notify(
                    [checked.ownerID], organisationID: organisationID,
                    text: "U hebt een actie uit ‘\(meeting.title)’: \(checked.description) (klaar op \(DutchCalendar.day(checked.dueAt))).",
                    link: Self.link(id), subject: "Nieuwe actie voor u", now: now, on: db)
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "actie.gewijzigd", entityType: "actie", entityID: Self.entity(id),
                summary: "\(meeting.title): \(status.label.lowercased()), klaar op \(DutchCalendar.day(checked.dueAt))", at: now)
        }
    }

    /// Moves only the status: what the owner does. Unchanged status, nothing written.
    public func changeStatus(id: UUID, to status: ActionStatus, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let action = try await Self.model(id, organisationID: organisationID, on: db)
            guard action.status != status.rawValue else { return }
            let from = ActionStatus(rawValue: action.status) ?? .open
            Self.setStatus(status, on: action, now: now)
            action.updatedAt = now
            try await action.save(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "actie.status", entityType: "actie", entityID: Self.entity(id),
                summary: "\(from.label) → \(status.label)", at: now)
        }
    }

    // MARK: reminders

    public struct ReminderRun: Sendable, Equatable {
        public var reminders = 0
        public var overdue = 0
    }

    /// Sends what is due at `now`, once per action: a reminder to the owner in the last days before the due date,
    /// and a notice to the owner and the session's organiser once the due date has passed. Per organisation, the
    /// notices, the marks that they went out and one audit entry saying how many are one transaction.
    @discardableResult
    public func remind(now: Date) async throws -> ReminderRun {
        // A server that lost or closed its database has nothing to send.
        guard store.isOpen else { return ReminderRun() }
        let open = ActionStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let soon = try await ActionModel.query(on: store.database).filter(\.$status ~~ open).filter(\.$remindedAt == nil)
            .filter(\.$dueAt >= now).filter(\.$dueAt <= now.addingTimeInterval(Double(ActionReminder.daysBefore) * 86_400)).all()
        let late = try await ActionModel.query(on: store.database).filter(\.$status ~~ open).filter(\.$overdueNotifiedAt == nil)
            .filter(\.$dueAt < now).all()
        let organisations = Set((soon + late).map(\.organisationID)).sorted { $0.uuidString < $1.uuidString }
        var total = ReminderRun()
        for organisationID in organisations {
            let ids = (soon + late).filter { $0.organisationID == organisationID }.compactMap(\.id)
            let run = try await store.write { db -> ReminderRun in
                var run = ReminderRun()
                // Read again inside the transaction, so two servers sharing a database do not both send.
                for action in try await ActionModel.query(on: db).filter(\.$id ~~ ids).sort(\.$dueAt).all() {
                    guard ActionStatus(rawValue: action.status)?.isOpen == true else { continue }
                    let overdue = action.dueAt < now
                    if overdue ? action.overdueNotifiedAt != nil : action.remindedAt != nil { continue }
                    let meeting = try await MeetingModel.find(action.meetingID, on: db)
                    let day = DutchCalendar.day(action.dueAt)
                    if overdue {
                        action.overdueNotifiedAt = now
                        // An action found overdue straight away gets no "soon" reminder after.
                        action.remindedAt = action.remindedAt ?? now
                        try await NotificationRepository.notify(
                            Set([action.ownerID, meeting?.organiserID].compactMap { $0 }), organisationID: organisationID,
                            text: "De actie ‘\(action.description)’ uit ‘\(meeting?.title ?? "–")’ had op \(day) klaar moeten zijn.",
                            link: Self.link(action.id!), subject: "Actie over de datum", now: now, on: db)
                        run.overdue += 1
                    } else {
                        action.remindedAt = now
                        try await NotificationRepository.notify(
                            Set([action.ownerID].compactMap { $0 }), organisationID: organisationID,
                            text: "Herinnering: de actie ‘\(action.description)’ moet op \(day) klaar zijn.",
                            link: Self.link(action.id!), subject: "Herinnering: actie klaar op \(day)", now: now, on: db)
                        run.reminders += 1
                    }
                    try await action.save(on: db)
                }
                if run != ReminderRun() {
                    try await AuditLog.append(
                        on: db, actor: AuditActor(organisationID: organisationID, userID: nil, label: "lemniscaat (herinneringen)", origin: "systeem"),
                        action: "actie.herinneringen", entityType: "organisatie", entityID: organisationID.uuidString.lowercased(),
                        summary: "\(run.reminders) herinneringen, \(run.overdue) meldingen over de datum", at: now)
                }
                return run
            }
            total.reminders += run.reminders
            total.overdue += run.overdue
        }
        return total
    }
}

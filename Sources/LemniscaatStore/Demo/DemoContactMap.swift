// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// What makes the demo's samenwerkingskaart tell a story: a young practice team (Vroeg Eropaf, two schuldhulp
/// people who visit households with early payment arrears) that nobody of Beleid Zorg en Jeugd has met yet, and a
/// recent meeloopdag of a policy officer of Werk en Inkomen with Schuldhulpverlening. Loaded after the sessions, in
/// the demo loader's transaction.
enum DemoContactMap {
    static let newTeam = "Vroeg Eropaf"
    static let newTeamMembers = ["ingrid.bos@demo.test", "sem.vos@demo.test"]

    static let shadowDay = (
        title: "Meeloopdag schuldhulpverlening: huisbezoeken", daysAgo: 45, organiser: "zeynep.kaya@demo.test",
        people: ["bas.degroot@demo.test", "sophie.jacobs@demo.test"], place: "Schuldhulpverlening, intake en huisbezoeken",
        description: "Een dag mee met twee schuldhulpverleners: een intakegesprek in de ochtend, twee huisbezoeken in de middag.",
        agenda: [
            ("Intakegesprek", "De aanvraag vraagt twaalf bewijsstukken. De inwoner had er vier bij zich en moest terugkomen."),
            ("Huisbezoeken", "Bij beide gezinnen lag een stapel ongeopende post. Samen openen kostte een uur en gaf meteen overzicht."),
            ("Wat neem ik mee", "Minder bewijsstukken vooraf; de rest kan later. Ik neem dit mee naar de evaluatie van het beleidsplan."),
        ])

    static var texts: [String] {
        [newTeam, shadowDay.title, shadowDay.place, shadowDay.description] + shadowDay.agenda.flatMap { [$0.0, $0.1] }
    }

    static func load(organisationID: UUID, now: Date, on db: any Database) async throws {
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.email, $0.id!) })
        let schulden = try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$slug == "schulden").first()
        let team = TeamModel(organisationID: organisationID, name: newTeam, kind: TeamKind.practice.rawValue, domainID: schulden?.id, createdAt: now)
        try await team.create(on: db)
        for email in newTeamMembers {
            guard let user = users[email] else { continue }
            try await TeamMemberModel(teamID: team.id!, userID: user).create(on: db)
        }

        let day = SessionTime.codes(now.addingTimeInterval(-Double(shadowDay.daysAgo) * 86_400)).day
        guard let start = SessionTime.parse(day: day, time: "09:00"), let end = SessionTime.parse(day: day, time: "16:00") else { return }
        let meeting = MeetingModel()
        meeting.organisationID = organisationID
        meeting.type = SessionType.shadowDay.rawValue
        meeting.title = shadowDay.title
        meeting.startsAt = start
        meeting.endsAt = end
        meeting.place = shadowDay.place
        meeting.link = ""
        meeting.organiserID = users[shadowDay.organiser]
        meeting.description = shadowDay.description
        meeting.createdBy = users[shadowDay.organiser]
        meeting.createdAt = start.addingTimeInterval(-21 * 86_400)
        meeting.updatedAt = end
        try await meeting.create(on: db)
        for email in [shadowDay.organiser] + shadowDay.people {
            guard let user = users[email] else { continue }
            let participant = MeetingParticipantModel()
            participant.meetingID = meeting.id!
            participant.userID = user
            participant.direct = true
            participant.attended = true
            try await participant.create(on: db)
        }
        for (position, item) in shadowDay.agenda.enumerated() {
            let model = AgendaItemModel()
            model.meetingID = meeting.id!
            model.position = position + 1
            model.title = item.0
            model.note = ""
            model.minutes = item.1
            model.kind = AgendaItemKind.manual.rawValue
            model.createdAt = meeting.createdAt
            model.updatedAt = end
            try await model.create(on: db)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// What the demo's held sessions decided and agreed: decisions on agenda items, three of which changed a policy (the
/// Aanpak 18-/18+ twice, both times on the signals of a theme), three that scheduled, answered or forwarded a theme's
/// signals, and actions in every state — done, under way, cancelled, due soon
/// and past their date.
enum DemoDecisions {
    struct Action {
        let description: String
        let owner: String
        let team: String?
        /// Days after the session the action was due.
        let dueAfter: Int
        let status: ActionStatus
    }

    struct Decision {
        /// The session (by title) and the agenda item (by title) it is about.
        let session: String
        let item: String
        let text: String
        /// A theme put on the agenda as a proposal, whose signals the decision moves.
        let theme: String?
        let effect: DecisionEffect
        let policy: String?
        let policyChange: String?
        let actions: [Action]
        /// An indicator (by code) put on the agenda as a proposal because it is off course, which the decision is about too.
        var indicator: String? = nil
    }

    static let decisions: [Decision] = [
        Decision(
            session: "Evaluatie bijzondere bijstand: eerste halfjaar", item: "Afspraken",
            text: "Er komt een spoedroute voor bijzondere bijstand. Bij spoed beslist de klantmanager zelf tot 500 euro, binnen drie werkdagen.",
            theme: nil, effect: .none, policy: DemoSessions.bijstand,
            policyChange: "Nieuw artikel: spoedroute, de klantmanager beslist zelf tot 500 euro binnen drie werkdagen.",
            actions: [
                Action(description: "Voorstel voor de spoedroute schrijven en bespreken met de klantmanagers", owner: "beleid@demo.test", team: "Beleid Werk en Inkomen", dueAfter: 30, status: .done),
                Action(description: "Drie maanden bijhouden hoe vaak een aanvraag spoed heeft", owner: "eva.smit@demo.test", team: "Klantmanagers Werk en Inkomen", dueAfter: 90, status: .done),
            ]),
        Decision(
            session: "Werksessie wachttijden schuldhulp", item: "Snelle route",
            text: "Op dinsdag is er een inloopspreekuur voor eenvoudige geldvragen, zonder wachtlijst.", theme: nil, effect: .none, policy: nil,
            policyChange: nil,
            actions: [
                Action(description: "Inloopspreekuur op dinsdag starten en bekendmaken in de wijk", owner: "bas.degroot@demo.test", team: "Schuldhulpverlening", dueAfter: 45, status: .done),
                Action(description: "Indicator voor de wachttijd tot het eerste gesprek in de monitor zetten", owner: "lotte.peters@demo.test", team: "Beleid Werk en Inkomen", dueAfter: 60, status: .done),
            ]),
        Decision(
            session: "Themabijeenkomst doenvermogen", item: "Wat nemen we mee",
            text: "Elke nieuwe regel krijgt een doenvermogentoets als onderdeel van de uitvoeringstoets.", theme: nil, effect: .none, policy: nil,
            policyChange: nil,
            actions: [
                Action(description: "De doenvermogentoets opnemen in het sjabloon van de uitvoeringstoets", owner: "marieke.hendriks@demo.test", team: "Beleid Zorg en Jeugd", dueAfter: 60, status: .done),
                Action(description: "Drie aanvraagformulieren samenvoegen tot één formulier", owner: "zeynep.kaya@demo.test", team: "Beleid Werk en Inkomen", dueAfter: 120, status: .cancelled),
            ]),
        Decision(
            session: "Evaluatie jeugdhulp in de wijk", item: "Afspraken",
            text: "Beleid maakt met de huisartsen een afspraak over een warme overdracht naar het wijkteam.", theme: nil, effect: .none, policy: nil,
            policyChange: nil,
            actions: [
                Action(description: "Afspraak met de huisartsen over een warme overdracht vastleggen", owner: "ahmed.bouzid@demo.test", team: "Beleid Zorg en Jeugd", dueAfter: 90, status: .inProgress)
            ]),
        Decision(
            session: "Meeloopdag wijkteam Noord", item: "Teamoverleg",
            text: "Het wijkteam krijgt een vaste contactpersoon bij schuldhulp, zodat het snel kan doorverwijzen.", theme: nil, effect: .none,
            policy: nil, policyChange: nil,
            actions: [
                Action(description: "Een vaste contactpersoon bij schuldhulp regelen voor Wijkteam Noord", owner: "ruud.brouwer@demo.test", team: "Schuldhulpverlening", dueAfter: 60, status: .open)
            ]),
        Decision(
            session: "Werksessie Aanpak 18-/18+ met het wijkteam en de jongerenraad", item: "Artikel 2: het toekomstplan",
            text: "Het gesprek over het toekomstplan begint bij 16 jaar in plaats van 17 jaar. De signalen over jongeren rond hun achttiende staan daarmee op de agenda van de Aanpak.",
            theme: "Jongeren vallen tussen wal en schip rond hun achttiende", effect: .scheduled, policy: DemoSessions.aanpak18,
            policyChange: "Artikel 2: het gesprek over het toekomstplan begint bij 16 jaar.",
            actions: [
                Action(description: "Artikel 2 aanpassen in versie 2 van de concepttekst", owner: "beleid@demo.test", team: "Beleid Werk en Inkomen", dueAfter: 21, status: .done)
            ]),
        Decision(
            session: "Driehoeksoverleg Aanpak 18-/18+", item: "Besluit over versie 3",
            text: "Er komt een versie 3 met een vaste contactpersoon tot 23 jaar. Artikel 5 over wonen gaat naar de huisvestingsverordening. Dit is ook ons antwoord op de signalen over jongeren rond hun achttiende.",
            theme: "Jongeren vallen tussen wal en schip rond hun achttiende", effect: .answered, policy: DemoSessions.aanpak18,
            policyChange: "Vaste contactpersoon tot 23 jaar; artikel 5 over wonen verhuist naar de huisvestingsverordening.",
            actions: [
                Action(description: "Versie 3 van de concepttekst schrijven", owner: "beleid@demo.test", team: "Beleid Werk en Inkomen", dueAfter: 32, status: .inProgress),
                Action(description: "Capaciteit van het Jongerenloket opnemen in de begroting", owner: "manager@demo.test", team: nil, dueAfter: 60, status: .open),
                Action(description: "Jongerenraad laten weten wat er met hun inbreng is gebeurd", owner: "verbinder@demo.test", team: "Verbindingsteam Beleid en Uitvoering", dueAfter: 14, status: .open),
            ],
            // The contact person up to 23 answers the indicator on help that stops at 18, off course for a year.
            indicator: "JV-02"),
        Decision(
            session: "Evaluatiegesprek signalen werk en inkomen", item: "Signalen van dit kwartaal",
            text: "De gemeente kan dit niet zelf oplossen: de systemen van UWV en gemeente wisselen geen gegevens uit. We zetten de signalen door naar het ministerie van SZW en de VNG, in de knelpuntenbrief.",
            theme: "Systemen die niet met elkaar praten", effect: .forwarded, policy: nil, policyChange: nil,
            actions: [
                Action(description: "Knelpuntenbrief over de gegevensuitwisseling aan SZW en de VNG sturen", owner: "lotte.peters@demo.test", team: "Beleid Werk en Inkomen", dueAfter: 14, status: .open),
                Action(description: "Terugkoppeling aan de klantmanagers in het teamoverleg", owner: "verbinder@demo.test", team: "Klantmanagers Werk en Inkomen", dueAfter: 7, status: .done),
            ]),
    ]

    struct Counts {
        var decisions = 0
        var actions = 0
        var answered = 0
    }

    static func load(organisationID: UUID, now: Date, on db: any Database) async throws -> Counts {
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.email, $0.id!) })
        let teams = Dictionary(
            uniqueKeysWithValues: try await TeamModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.name, $0.id!) })
        let policies = Dictionary(
            uniqueKeysWithValues: try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.title, $0.id!) })
        let meetings = Dictionary(
            try await MeetingModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.title, $0) }, uniquingKeysWith: { a, _ in a })
        var counts = Counts()
        for content in decisions {
            guard let meeting = meetings[content.session], meeting.endsAt < now,
                let item = try await AgendaItemModel.query(on: db).filter(\.$meetingID == meeting.id!).filter(\.$title == content.item).first()
            else { continue }
            let decided = meeting.endsAt
            let decision = DecisionModel()
            decision.organisationID = organisationID
            decision.meetingID = meeting.id!
            decision.text = content.text
            decision.effect = content.effect.rawValue
            decision.policyID = content.policy.flatMap { policies[$0] }
            decision.policyChange = decision.policyID == nil ? nil : content.policyChange
            decision.createdBy = meeting.organiserID
            decision.createdAt = decided
            try await decision.create(on: db)
            var concerned = [item]
            if let title = content.theme, let status = content.effect.signalStatus,
                let theme = try await ThemeModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$title == title).first()
            {
                // The theme came onto the agenda as a proposal from the loop.
                let last = try await AgendaItemModel.query(on: db).filter(\.$meetingID == meeting.id!).sort(\.$position, .descending).first()?.position ?? 0
                let themed = AgendaItemModel()
                themed.meetingID = meeting.id!
                themed.position = last + 1
                themed.title = "Thema: \(title)"
                themed.note = "Dit thema heeft veel herkende signalen."
                themed.minutes = "De signalen van dit thema zijn besproken. Zie het besluit hieronder."
                themed.kind = AgendaItemKind.proposed.rawValue
                themed.sourceKind = AgendaSource.theme.rawValue
                themed.sourceID = theme.id
                themed.createdAt = meeting.createdAt
                themed.updatedAt = decided
                try await themed.create(on: db)
                concerned.append(themed)
                // Only what had been reported by the day of the session.
                for signal in try await SignalModel.query(on: db).filter(\.$themeID == theme.id!).filter(\.$submittedAt < meeting.startsAt).all() {
                    guard (SignalStatus(rawValue: signal.status) ?? .new).canMove(to: status) else { continue }
                    try await SignalRepository.apply(status, text: content.text, to: signal, actorID: meeting.organiserID, now: decided, on: db)
                    counts.answered += 1
                }
                if status == .answered {
                    theme.answer = content.text
                    try await theme.update(on: db)
                }
            }
            if let code = content.indicator,
                let indicator = try await IndicatorModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$code == code).first()
            {
                let last = try await AgendaItemModel.query(on: db).filter(\.$meetingID == meeting.id!).sort(\.$position, .descending).first()?.position ?? 0
                let measured = AgendaItemModel()
                measured.meetingID = meeting.id!
                measured.position = last + 1
                measured.title = "Indicator \(code): \(indicator.name)"
                measured.note = "De laatste meting is uit koers."
                measured.minutes = "Besproken bij versie 3: de vaste contactpersoon moet voorkomen dat de hulp stopt op 18."
                measured.kind = AgendaItemKind.proposed.rawValue
                measured.sourceKind = AgendaSource.indicator.rawValue
                measured.sourceID = indicator.id
                measured.createdAt = meeting.createdAt
                measured.updatedAt = decided
                try await measured.create(on: db)
                concerned.append(measured)
            }
            for item in concerned {
                let link = DecisionItemModel()
                link.decisionID = decision.id!
                link.agendaItemID = item.id
                link.sourceKind = item.sourceKind
                link.sourceID = item.sourceID
                try await link.create(on: db)
            }
            counts.decisions += 1
            for action in content.actions {
                let model = ActionModel()
                model.organisationID = organisationID
                model.meetingID = meeting.id!
                model.decisionID = decision.id
                model.description = action.description
                model.ownerID = users[action.owner]
                model.teamID = action.team.flatMap { teams[$0] }
                let due = decided.addingTimeInterval(Double(action.dueAfter) * 86_400)
                model.dueAt = ReviewDeadline.parse(ReviewDeadline.code(due)) ?? due
                model.status = action.status.rawValue
                let finished = min(model.dueAt.addingTimeInterval(-2 * 86_400), now)
                model.completedAt = action.status == .done ? finished : nil
                // Past the date and still open: the reminder and the overdue notice have gone out.
                let reminder = model.dueAt.addingTimeInterval(-Double(ActionReminder.daysBefore) * 86_400)
                model.remindedAt = reminder < now ? reminder : nil
                model.overdueNotifiedAt = action.status.isOpen && model.dueAt < now ? model.dueAt.addingTimeInterval(3600) : nil
                model.createdBy = meeting.organiserID
                model.createdAt = decided
                model.updatedAt = action.status.isOpen ? decided : finished
                try await model.create(on: db)
                counts.actions += 1
            }
        }
        return counts
    }
}

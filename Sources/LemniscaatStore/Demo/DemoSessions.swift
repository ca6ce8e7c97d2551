// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The demo's sessions over the last two years and the weeks ahead: every kind, with the teams and people who took
/// part, the policies and domains they were about, an agenda with minutes for the ones held, and who was there.
enum DemoSessions {
    struct Item {
        let title: String
        let note: String
        /// Empty for a session still to come.
        let minutes: String
    }

    struct Session {
        let type: SessionType
        let title: String
        /// Negative: in the future.
        let daysAgo: Int
        let startHour: Int
        let hours: Int
        let place: String
        let organiser: String
        let teams: [String]
        let people: [String]
        let policies: [String]
        let domains: [String]
        let description: String
        let agenda: [Item]
    }

    static let bijstand = "Beleidsregels bijzondere bijstand Dijkerveen 2025"
    static let schulden = "Beleidsplan schuldhulpverlening 2024–2027"
    static let aanpak18 = "Aanpak 18-/18+: doorlopende lijn naar volwassenheid"
    static let wmo = "Verordening maatschappelijke ondersteuning Dijkerveen 2023"
    static let jeugd = "Beleidsplan Jeugd 2024–2027: Gewoon opgroeien"
    static let werk = "Programma Werk dat past 2024–2026"

    static let sessions: [Session] = [
        Session(
            type: .evaluation, title: "Evaluatie bijzondere bijstand: eerste halfjaar", daysAgo: 690, startHour: 13, hours: 2,
            place: "Stadskantoor, zaal 2.14", organiser: "beleid@demo.test", teams: ["Klantmanagers Werk en Inkomen"],
            people: ["lotte.peters@demo.test", "verbinder@demo.test"], policies: [bijstand], domains: ["inkomen"],
            description: "Wat werkt in de nieuwe beleidsregels, en waar lopen klantmanagers vast?",
            agenda: [
                Item(title: "Cijfers eerste halfjaar", note: "Aantal aanvragen, doorlooptijd, afwijzingen.", minutes: "De doorlooptijd is gemiddeld 31 dagen. Dat is langer dan de 21 dagen die we wilden."),
                Item(title: "Ervaringen van klantmanagers", note: "", minutes: "Spoedaanvragen (koelkast, wasmachine) wachten even lang als gewone aanvragen. Klantmanagers willen zelf kunnen beslissen tot 500 euro."),
                Item(title: "Afspraken", note: "", minutes: "Beleid schrijft een voorstel voor een spoedroute. Klantmanagers houden drie maanden bij hoe vaak spoed nodig is."),
            ]),
        Session(
            type: .shadowDay, title: "Meeloopdag klantmanagers inkomen", daysAgo: 640, startHour: 9, hours: 7,
            place: "Werkplein, balie en huisbezoeken", organiser: "lotte.peters@demo.test", teams: [],
            people: ["eva.smit@demo.test", "kevin.mulder@demo.test"], policies: [bijstand, werk], domains: ["inkomen", "werk"],
            description: "Een dag mee met twee klantmanagers: spreekuur in de ochtend, huisbezoeken in de middag.",
            agenda: [
                Item(title: "Spreekuur", note: "", minutes: "Vier van de zes bezoekers kwamen voor een formulier dat ze niet begrepen."),
                Item(title: "Huisbezoeken", note: "", minutes: "Een gezin wachtte al zes weken op een besluit over een bed voor een kind."),
                Item(title: "Wat neem ik mee", note: "", minutes: "De aanvraag voor bijzondere bijstand moet korter. Een bewijsstuk opvragen kan ook later."),
            ]),
        Session(
            type: .triangle, title: "Driehoeksoverleg schuldhulpverlening", daysAgo: 600, startHour: 10, hours: 1,
            place: "Kamer van de wethouder", organiser: "manager@demo.test", teams: [],
            people: ["beleid@demo.test", "ruud.brouwer@demo.test", "zeynep.kaya@demo.test"], policies: [schulden], domains: ["schulden"],
            description: "Eigenaar, opdrachtgever en opdrachtnemer over de wachttijd bij schuldhulp.",
            agenda: [
                Item(title: "Wachttijd eerste gesprek", note: "Signalen uit het team: wachttijd loopt op.", minutes: "De wachttijd is nu zeven weken. Het doel is vier weken."),
                Item(title: "Rollen", note: "", minutes: "De opdrachtgever maakt geld vrij voor een tijdelijke kracht. Het team bepaalt zelf hoe het de wachtlijst aanpakt."),
            ]),
        Session(
            type: .workingSession, title: "Werksessie wachttijden schuldhulp", daysAgo: 560, startHour: 13, hours: 3,
            place: "Bibliotheek Centrum, zaal Oost", organiser: "verbinder@demo.test", teams: ["Schuldhulpverlening"],
            people: ["zeynep.kaya@demo.test", "beleid@demo.test"], policies: [schulden], domains: ["schulden"],
            description: "Samen met het team de wachtlijst doorlopen en zoeken naar wat sneller kan.",
            agenda: [
                Item(title: "De wachtlijst per week", note: "", minutes: "Een derde van de wachtenden heeft alleen een betalingsregeling nodig."),
                Item(title: "Snelle route", note: "", minutes: "Afgesproken: een inloopspreekuur op dinsdag voor eenvoudige vragen, zonder wachtlijst."),
                Item(title: "Wat meten we", note: "", minutes: "De monitor krijgt een indicator voor de wachttijd tot het eerste gesprek."),
            ]),
        Session(
            type: .themeMeeting, title: "Themabijeenkomst doenvermogen", daysAgo: 480, startHour: 15, hours: 2,
            place: "Theater De Schouw, foyer", organiser: "verbinder@demo.test", teams: ["Wijkteam Noord", "Klantmanagers Werk en Inkomen", "Beleid Werk en Inkomen"],
            people: [], policies: [bijstand, wmo], domains: ["inkomen", "zorg-en-ondersteuning"],
            description: "Wat vragen onze regels van inwoners, en wat kunnen ze echt? Met een korte inleiding over het WRR-rapport.",
            agenda: [
                Item(title: "Inleiding: weten is nog geen doen", note: "", minutes: "Ook mensen die alles weten, lukt het soms niet om te doen wat een regel vraagt, zeker onder stress."),
                Item(title: "Voorbeelden uit de praktijk", note: "", minutes: "Herinneringsbrieven werken beter als ze één ding vragen. Drie formulieren kunnen samen tot één."),
                Item(title: "Wat nemen we mee", note: "", minutes: "Elke nieuwe regel krijgt een doenvermogentoets in de uitvoeringstoets."),
            ]),
        Session(
            type: .evaluation, title: "Evaluatie jeugdhulp in de wijk", daysAgo: 420, startHour: 9, hours: 2,
            place: "Wijkcentrum Noord", organiser: "ahmed.bouzid@demo.test", teams: ["Wijkteam Noord"],
            people: ["marieke.hendriks@demo.test"], policies: [jeugd], domains: ["jeugd"],
            description: "Hoe loopt de toegang tot jeugdhulp via het wijkteam na een jaar?",
            agenda: [
                Item(title: "Wachttijden en verwijzingen", note: "", minutes: "Verwijzingen via de huisarts gaan vaak buiten het wijkteam om. Het team hoort het pas laat."),
                Item(title: "Afspraken", note: "", minutes: "Beleid maakt een afspraak met de huisartsen over een warme overdracht."),
            ]),
        Session(
            type: .shadowDay, title: "Meeloopdag wijkteam Noord", daysAgo: 350, startHour: 8, hours: 8,
            place: "Wijkteam Noord, Kastanjelaan", organiser: "marieke.hendriks@demo.test", teams: [],
            people: ["uitvoerder@demo.test", "fatima.elamrani@demo.test"], policies: [wmo, jeugd], domains: ["zorg-en-ondersteuning", "jeugd"],
            description: "Een dag mee met het wijkteam: keukentafelgesprekken en het teamoverleg.",
            agenda: [
                Item(title: "Keukentafelgesprekken", note: "", minutes: "Twee van de drie gesprekken gingen vooral over geldzorgen, niet over zorg."),
                Item(title: "Teamoverleg", note: "", minutes: "Het team wil een vaste contactpersoon bij schuldhulp om snel door te verwijzen."),
            ]),
        Session(
            type: .workingSession, title: "Werksessie Aanpak 18-/18+ met het wijkteam en de jongerenraad", daysAgo: 90, startHour: 14, hours: 3,
            place: "Jongerencentrum De Loods", organiser: "beleid@demo.test", teams: ["Wijkteam Noord", "Jongerenloket"],
            people: ["ahmed.bouzid@demo.test"], policies: [aanpak18], domains: ["jeugd", "inkomen"],
            description: "De eerste versie van de Aanpak 18-/18+ samen doorlopen, artikel voor artikel.",
            agenda: [
                Item(title: "Artikel 2: het toekomstplan", note: "", minutes: "Beginnen bij 17 jaar is te laat. Het gesprek over het toekomstplan moet bij 16 jaar starten."),
                Item(title: "Artikel 4: inkomen", note: "", minutes: "De klantmanager zet de aanvraag klaar vóór de 18e verjaardag, zodat er geen gat in inkomen valt."),
                Item(title: "Vervolg", note: "", minutes: "Versie 2 gaat in een uitvoeringstoets langs de teams die het moeten doen."),
            ]),
        Session(
            type: .triangle, title: "Driehoeksoverleg Aanpak 18-/18+", daysAgo: 30, startHour: 11, hours: 1,
            place: "Stadskantoor, zaal 4.02", organiser: "manager@demo.test", teams: [],
            people: ["beleid@demo.test", "esther.dewit@demo.test", "ruud.brouwer@demo.test"], policies: [aanpak18], domains: ["jeugd"],
            description: "De uitkomst van de uitvoeringstoets en wat er nog nodig is voor versie 3.",
            agenda: [
                Item(title: "Uitkomst uitvoeringstoets", note: "", minutes: "Tien van de vijftien reacties: uitvoerbaar mits. De grootste zorg is capaciteit bij het Jongerenloket."),
                Item(title: "Besluit over versie 3", note: "", minutes: "Versie 3 komt er, met een vaste contactpersoon tot 23 jaar. Artikel 5 over wonen gaat naar de huisvestingsverordening."),
            ]),
        Session(
            type: .evaluation, title: "Evaluatiegesprek signalen werk en inkomen", daysAgo: 12, startHour: 10, hours: 2,
            place: "Werkplein, zaal 1", organiser: "verbinder@demo.test", teams: ["Klantmanagers Werk en Inkomen", "Beleid Werk en Inkomen"],
            people: [], policies: [bijstand, werk], domains: ["werk", "inkomen"],
            description: "Welke signalen kwamen er dit kwartaal, welke zijn beantwoord, en wat leerden we ervan?",
            agenda: [
                Item(title: "Signalen van dit kwartaal", note: "", minutes: "Achttien signalen, waarvan vijf te laat beantwoord. Drie gingen over de spoedroute."),
                Item(title: "Spoedroute na een jaar", note: "", minutes: "Bij spoed wordt nu binnen drie werkdagen besloten. Klantmanagers zijn tevreden, inwoners ook."),
            ]),
        Session(
            type: .workingSession, title: "Werksessie gezondheidsnota: ouderen en geldzorgen", daysAgo: -6, startHour: 13, hours: 2,
            place: "Wijkcentrum Oost", organiser: "beleid@demo.test", teams: ["Wijkteam Noord", "Schuldhulpverlening"],
            people: ["marieke.hendriks@demo.test"], policies: ["Nota lokaal gezondheidsbeleid 2025–2028: Gezond in Dijkerveen"],
            domains: ["gezondheid", "schulden"],
            description: "De opmerkingen uit de lopende uitvoeringstoets bespreken en de tekst samen beter maken.",
            agenda: [
                Item(title: "Opmerkingen uit de toets", note: "Zie de open uitvoeringstoets.", minutes: ""),
                Item(title: "Vrijwilligers en huisbezoeken", note: "", minutes: ""),
            ]),
        Session(
            type: .shadowDay, title: "Meeloopdag Jongerenloket", daysAgo: -13, startHour: 9, hours: 6,
            place: "Jongerenloket, Stationsplein 4", organiser: "beleid@demo.test", teams: [],
            people: ["romy.verbeek@demo.test", "samira.ouali@demo.test"], policies: [aanpak18], domains: ["jeugd"],
            description: "Een dag mee met het Jongerenloket, om te zien hoe de overgang naar 18 in de praktijk gaat.",
            agenda: [Item(title: "Programma van de dag", note: "Spreekuur, intake, teamoverleg.", minutes: "")]),
        Session(
            type: .themeMeeting, title: "Themabijeenkomst: leren van signalen", daysAgo: -27, startHour: 15, hours: 2,
            place: "https://meet.dijkerveen.example/leren-van-signalen", organiser: "verbinder@demo.test",
            teams: ["Verbindingsteam Beleid en Uitvoering", "Beleid Zorg en Jeugd", "Wijkteam Noord"], people: ["uitvoerder@demo.test"],
            policies: [], domains: ["zorg-en-ondersteuning", "jeugd"],
            description: "Wat leerden we dit jaar van de signalen uit de praktijk? Online, voor iedereen die wil aansluiten.",
            agenda: [
                Item(title: "Drie signalen die beleid veranderden", note: "", minutes: ""),
                Item(title: "Wat kan beter in de terugkoppeling", note: "", minutes: ""),
            ]),
    ]

    /// Writes the sessions inside the demo loader's transaction; returns how many there are.
    static func load(organisationID: UUID, now: Date, on db: any Database) async throws -> Int {
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.email, $0.id!) })
        let teams = Dictionary(
            uniqueKeysWithValues: try await TeamModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.name, $0.id!) })
        let members = Dictionary(grouping: try await TeamMemberModel.query(on: db).filter(\.$teamID ~~ Array(teams.values)).all(), by: \.teamID)
        let policies = Dictionary(
            uniqueKeysWithValues: try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.title, $0.id!) })
        let domains = Dictionary(
            uniqueKeysWithValues: try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.slug, $0.id!) })
        var random = DemoLoop.Random(state: 20_261_124)
        for (index, content) in sessions.enumerated() {
            // Whole days back at a fixed hour in Dutch time, so a session never lands in the night.
            let day = SessionTime.codes(now.addingTimeInterval(-Double(content.daysAgo) * 86_400)).day
            guard let start = SessionTime.parse(day: day, time: String(format: "%02d:00", content.startHour)),
                let end = SessionTime.parse(day: day, time: String(format: "%02d:00", content.startHour + content.hours))
            else { continue }
            let meeting = MeetingModel()
            meeting.organisationID = organisationID
            meeting.type = content.type.rawValue
            meeting.title = content.title
            meeting.startsAt = start
            meeting.endsAt = end
            let isLink = content.place.hasPrefix("https://")
            meeting.place = isLink ? "" : content.place
            meeting.link = isLink ? content.place : ""
            meeting.organiserID = users[content.organiser]
            meeting.description = content.description
            meeting.createdBy = users[content.organiser]
            let planned = start.addingTimeInterval(-Double(14 + index % 10) * 86_400)
            meeting.createdAt = min(planned, now)
            meeting.updatedAt = min(planned, now)
            try await meeting.create(on: db)
            let held = end < now
            // The people chosen, then the members of the teams; the organiser always takes part.
            var participants: [(user: UUID, team: UUID?, direct: Bool)] = []
            var seen: Set<UUID> = []
            for email in [content.organiser] + content.people {
                guard let user = users[email], seen.insert(user).inserted else { continue }
                participants.append((user, nil, true))
            }
            for name in content.teams {
                guard let team = teams[name] else { continue }
                for member in members[team] ?? [] where seen.insert(member.userID).inserted {
                    participants.append((member.userID, team, false))
                }
            }
            for participant in participants {
                let model = MeetingParticipantModel()
                model.meetingID = meeting.id!
                model.userID = participant.user
                model.teamID = participant.team
                model.direct = participant.direct
                // Most come; now and then someone is ill or called away.
                model.attended = held ? (participant.direct || !random.chance(0.15)) : nil
                try await model.create(on: db)
            }
            for title in content.policies {
                guard let policy = policies[title] else { continue }
                let link = MeetingPolicyModel()
                link.meetingID = meeting.id!
                link.policyID = policy
                try await link.create(on: db)
            }
            for slug in content.domains {
                guard let domain = domains[slug] else { continue }
                let link = MeetingDomainModel()
                link.meetingID = meeting.id!
                link.domainID = domain
                try await link.create(on: db)
            }
            for (position, item) in content.agenda.enumerated() {
                let model = AgendaItemModel()
                model.meetingID = meeting.id!
                model.position = position + 1
                model.title = item.title
                model.note = item.note
                model.minutes = held ? item.minutes : ""
                model.kind = AgendaItemKind.manual.rawValue
                model.createdAt = meeting.createdAt
                model.updatedAt = held ? end : meeting.createdAt
                try await model.create(on: db)
            }
        }
        return sessions.count
    }
}

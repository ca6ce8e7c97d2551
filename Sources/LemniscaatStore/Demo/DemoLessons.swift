// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The demo's learning log: thirty lessons from incidents, good practices and experiments in the social domain,
/// linked to the demo's policies, themes, signals and sessions; several discussed in sessions already held.
enum DemoLessons {
    struct Lesson {
        let kind: LessonKind
        let title: String
        let situation: String
        let happened: String
        let learned: String
        let changes: String
        let policies: [String]
        let tags: [String]
        /// The title of the held session it was discussed in; nil when not discussed yet.
        let discussedIn: String?
        let daysAgo: Int
    }

    static let bijstand = DemoSessions.bijstand
    static let schulden = DemoSessions.schulden
    static let aanpak18 = DemoSessions.aanpak18
    static let wmo = DemoSessions.wmo
    static let jeugd = DemoSessions.jeugd
    static let werk = DemoSessions.werk

    static let lessons: [Lesson] = [
        Lesson(
            kind: .incident, title: "Spoedaanvraag wasmachine wachtte zes weken",
            situation: "Een gezin met drie kinderen had geen werkende wasmachine meer en vroeg bijzondere bijstand aan.",
            happened: "De aanvraag liep via de gewone route. Er ontbrak één bankafschrift, dus de termijn werd opgeschort. Na zes weken kwam het besluit.",
            learned: "Voor noodzakelijke spullen is de gewone route te traag. Een ontbrekend stuk mag het besluit niet ophouden als de nood duidelijk is.",
            changes: "Klantmanagers mogen bij spoed tot 500 euro direct beslissen en het ontbrekende stuk later opvragen.",
            policies: [bijstand], tags: ["spoed", "doorlooptijd", "bijzondere bijstand"],
            discussedIn: "Evaluatie bijzondere bijstand: eerste halfjaar", daysAgo: 700),
        Lesson(
            kind: .bestPractice, title: "Aanvraagformulier op één pagina",
            situation: "Het aanvraagformulier voor bijzondere bijstand had elf pagina’s. Veel inwoners haakten af.",
            happened: "Klantmanagers en een taalambassadeur maakten samen een versie van één pagina, in B1-taal, met voorbeelden.",
            learned: "Inwoners vullen een kort formulier vaker volledig in. Het aantal onvolledige aanvragen daalde met bijna de helft.",
            changes: "Alle formulieren van Werk en Inkomen gaan langs de taalambassadeurs voordat ze online komen.",
            policies: [bijstand], tags: ["formulieren", "doenvermogen", "taal"],
            discussedIn: "Meeloopdag klantmanagers inkomen", daysAgo: 630),
        Lesson(
            kind: .experiment, title: "Bewijsstukken achteraf opvragen",
            situation: "Bij kleine bedragen kost het verzamelen van bewijsstukken meer tijd dan de aanvraag zelf.",
            happened: "Drie maanden lang beslisten twee klantmanagers eerst en vroegen ze de stukken daarna op, bij aanvragen tot 250 euro.",
            learned: "Bijna alle stukken kwamen alsnog binnen. Terugvorderen was maar twee keer nodig. De wachttijd daalde van weken naar dagen.",
            changes: "We breiden de proef uit naar alle klantmanagers en houden bij hoe vaak terugvorderen nodig is.",
            policies: [bijstand], tags: ["proef", "doorlooptijd", "vertrouwen"],
            discussedIn: "Evaluatiegesprek signalen werk en inkomen", daysAgo: 300),
        Lesson(
            kind: .incident, title: "Beslagvrije voet verkeerd berekend na baanwissel",
            situation: "Een inwoner in de schuldhulp kreeg een nieuwe baan met een ander loon.",
            happened: "De beslagvrije voet werd niet opnieuw berekend. De inwoner hield te weinig over voor de huur en kreeg een betalingsachterstand.",
            learned: "Een wijziging in inkomen moet direct een nieuwe berekening geven. Schuldeisers wachten niet op ons.",
            changes: "Bij elke melding van ander inkomen controleert de schuldhulpverlener binnen vijf werkdagen de beslagvrije voet.",
            policies: [schulden], tags: ["beslagvrije voet", "schulden", "inkomen"],
            discussedIn: "Driehoeksoverleg schuldhulpverlening", daysAgo: 610),
        Lesson(
            kind: .bestPractice, title: "Vroegsignalering met woningcorporaties",
            situation: "Huurachterstanden kwamen pas bij ons binnen als de deurwaarder al was geweest.",
            happened: "De woningcorporaties melden nu een achterstand na één maand. Een schuldhulpverlener belt of gaat langs binnen een week.",
            learned: "Vroeg contact werkt: de meeste inwoners nemen hulp aan als de schuld nog klein is.",
            changes: "We sluiten dezelfde afspraak met de energieleveranciers en de zorgverzekeraars.",
            policies: [schulden], tags: ["vroegsignalering", "huurachterstand", "samenwerking"],
            discussedIn: "Werksessie wachttijden schuldhulp", daysAgo: 570),
        Lesson(
            kind: .incident, title: "Wachtlijst schuldhulp liep op tot veertien weken",
            situation: "Na de zomer meldden zich veel meer inwoners voor schuldhulp dan verwacht.",
            happened: "De wachtlijst groeide tot veertien weken. In die tijd liepen de schulden van wachtenden verder op.",
            learned: "Wachten op schuldhulp kost geld en rust. Een eerste gesprek binnen korte tijd is belangrijker dan een volledig plan.",
            changes: "Iedere aanmelder krijgt binnen drie weken een eerste gesprek met een stabilisatieplan, ook als het volledige traject later start.",
            policies: [schulden], tags: ["wachtlijst", "schulden", "capaciteit"],
            discussedIn: "Werksessie wachttijden schuldhulp", daysAgo: 580),
        Lesson(
            kind: .experiment, title: "Inloopspreekuur geldzaken in de bibliotheek",
            situation: "Inwoners met geldzorgen komen niet graag naar het gemeentehuis.",
            happened: "Een half jaar lang was er elke dinsdag een inloopspreekuur in de bibliotheek, met vrijwilligers en een schuldhulpverlener.",
            learned: "Er kwamen vooral mensen die nog nooit bij ons waren geweest. Een vertrouwde plek verlaagt de drempel.",
            changes: "Het spreekuur blijft. We proberen een tweede plek uit in het buurthuis in Zuid.",
            policies: [schulden], tags: ["laagdrempelig", "schulden", "wijk"],
            discussedIn: nil, daysAgo: 400),
        Lesson(
            kind: .incident, title: "Jongere viel op zijn achttiende zonder zorg",
            situation: "Een jongere met jeugdhulp werd achttien. De jeugdhulp stopte op zijn verjaardag.",
            happened: "De aanvraag voor Wmo-ondersteuning was nog niet gedaan. Hij had drie maanden geen begeleiding en raakte zijn kamer bijna kwijt.",
            learned: "De overgang naar achttien moet een jaar vooraf beginnen. Niemand voelde zich eigenaar van die overgang.",
            changes: "Elke jongere in jeugdhulp krijgt op zijn zeventiende een toekomstplan en een vaste regisseur tot zijn drieëntwintigste.",
            policies: [aanpak18, jeugd], tags: ["18-/18+", "overgang", "jeugdhulp"],
            discussedIn: "Werksessie Aanpak 18-/18+ met het wijkteam en de jongerenraad", daysAgo: 120),
        Lesson(
            kind: .bestPractice, title: "De jongerenraad leest mee met brieven",
            situation: "Brieven aan jongeren over jeugdhulp en inkomen waren lang en formeel.",
            happened: "De jongerenraad las tien standaardbrieven en herschreef ze samen met een beleidsmedewerker.",
            learned: "Jongeren lezen een brief die begint met wat ze moeten doen. Ze schrijven zelf beter dan wij voor hun leeftijdsgenoten.",
            changes: "Nieuwe brieven aan jongeren gaan eerst langs de jongerenraad.",
            policies: [aanpak18], tags: ["jongerenraad", "brieven", "taal"],
            discussedIn: "Werksessie Aanpak 18-/18+ met het wijkteam en de jongerenraad", daysAgo: 100),
        Lesson(
            kind: .experiment, title: "Eén regisseur voor jongeren van 16 tot 23",
            situation: "Jongeren hadden soms vijf hulpverleners, die elkaar niet kenden.",
            happened: "In wijk Noord kregen twintig jongeren één regisseur die alle hulp afstemde, over de grens van achttien heen.",
            learned: "Jongeren en ouders waren veel tevredener. De regisseur moet wel mandaat hebben om over budgetten heen te beslissen.",
            changes: "De regisseur krijgt een eigen budget voor maatwerk. De proef gaat naar alle wijken.",
            policies: [aanpak18, jeugd], tags: ["18-/18+", "regie", "proef"],
            discussedIn: "Driehoeksoverleg Aanpak 18-/18+", daysAgo: 45),
        Lesson(
            kind: .incident, title: "Woningaanpassing pas na val geregeld",
            situation: "Een oudere inwoner vroeg een traplift aan via de Wmo.",
            happened: "Het onderzoek duurde elf weken. In die tijd viel de inwoner van de trap en moest zij naar het ziekenhuis.",
            learned: "Bij valgevaar is de wettelijke termijn te lang. Het wijkteam wist van het risico, maar kon de aanvraag niet versnellen.",
            changes: "Bij valgevaar kan het wijkteam een tijdelijke voorziening direct inzetten, vooruitlopend op het besluit.",
            policies: [wmo], tags: ["wmo", "valpreventie", "doorlooptijd"],
            discussedIn: "Themabijeenkomst doenvermogen", daysAgo: 500),
        Lesson(
            kind: .bestPractice, title: "Keukentafelgesprek met een vaste consulent",
            situation: "Inwoners die Wmo-hulp vroegen, spraken elke keer met een andere consulent.",
            happened: "In wijk Oost kreeg iedere inwoner één vaste consulent voor het hele jaar.",
            learned: "Inwoners hoeven hun verhaal maar één keer te vertellen. De consulent ziet eerder wanneer het slechter gaat.",
            changes: "Alle wijkteams werken met een vaste consulent per inwoner.",
            policies: [wmo], tags: ["wmo", "keukentafelgesprek", "continuïteit"],
            discussedIn: "Evaluatie jeugdhulp in de wijk", daysAgo: 430),
        Lesson(
            kind: .experiment, title: "Respijtzorg zonder beschikking",
            situation: "Mantelzorgers wachtten weken op een beschikking voor een paar dagen respijtzorg.",
            happened: "Een jaar lang konden mantelzorgers respijtzorg direct boeken bij twee aanbieders, zonder aanvraag.",
            learned: "Het gebruik steeg, maar de kosten bleven binnen het budget. Mantelzorgers voelden zich gezien.",
            changes: "Respijtzorg wordt een algemene voorziening, zonder beschikking.",
            policies: [wmo], tags: ["mantelzorg", "respijtzorg", "proef"],
            discussedIn: nil, daysAgo: 260),
        Lesson(
            kind: .incident, title: "Dubbele terugvordering bij start van werk",
            situation: "Een inwoner ging na jaren in de bijstand weer aan het werk.",
            happened: "De bijstand over de eerste maand werd teruggevorderd, terwijl het eerste loon pas later kwam. Zij kwam in de schulden.",
            learned: "Werken moet lonen, ook in de eerste maanden. Onze regels voor de overgang werkten het tegen.",
            changes: "Bij uitstroom naar werk loopt de bijstand door tot het eerste loon binnen is, met verrekening achteraf.",
            policies: [werk, bijstand], tags: ["uitstroom", "werken moet lonen", "terugvordering"],
            discussedIn: "Evaluatiegesprek signalen werk en inkomen", daysAgo: 20),
        Lesson(
            kind: .bestPractice, title: "Werkgeversservicepunt bij het eerste gesprek",
            situation: "Werkzoekenden hoorden pas na maanden over vacatures die bij hen pasten.",
            happened: "Een accountmanager van het werkgeversservicepunt schuift nu aan bij het eerste gesprek met nieuwe werkzoekenden.",
            learned: "Werkzoekenden zijn gemotiveerder als ze meteen een echte vacature zien. De afstand tot werk blijkt vaak kleiner dan gedacht.",
            changes: "Het werkgeversservicepunt is bij elk eerste gesprek aanwezig of online bereikbaar.",
            policies: [werk], tags: ["werk", "werkgevers", "samenwerking"],
            discussedIn: nil, daysAgo: 200),
        Lesson(
            kind: .experiment, title: "Parttime werken met behoud van toeslag",
            situation: "Inwoners durfden geen parttime werk aan te nemen uit angst hun toeslagen te verliezen.",
            happened: "Vijftig inwoners kregen een half jaar een vaste inkomensgarantie als ze parttime gingen werken.",
            learned: "Zekerheid over inkomen maakt de stap naar werk kleiner. Twee op de drie deelnemers werken nog steeds.",
            changes: "We vragen het Rijk om ruimte voor een inkomensgarantie en werken intussen met een vaste contactpersoon voor toeslagen.",
            policies: [werk], tags: ["werk", "toeslagen", "proef"],
            discussedIn: nil, daysAgo: 150),
        Lesson(
            kind: .incident, title: "Signaal over wachttijden bleef drie maanden liggen",
            situation: "Een klantmanager meldde een knelpunt over wachttijden bij de jeugd-GGZ.",
            happened: "Het signaal kwam bij een team terecht dat er niet over ging. Niemand reageerde binnen de termijn.",
            learned: "Een signaal zonder duidelijke eigenaar verdwijnt. De routering moet ook thema’s buiten het eigen domein kennen.",
            changes: "De verbinder controleert elke week de signalen die over de termijn gaan en wijst ze toe.",
            policies: [jeugd], tags: ["signalen", "routering", "wachttijd"],
            discussedIn: "Evaluatie jeugdhulp in de wijk", daysAgo: 440),
        Lesson(
            kind: .bestPractice, title: "Praktijkondersteuner jeugd bij de huisarts",
            situation: "Huisartsen verwezen veel kinderen direct naar specialistische jeugdhulp.",
            happened: "Drie huisartsenpraktijken kregen een praktijkondersteuner jeugd van het wijkteam.",
            learned: "Veel vragen bleken met lichte hulp op te lossen. Het aantal verwijzingen naar specialistische hulp daalde.",
            changes: "Alle huisartsenpraktijken krijgen een praktijkondersteuner jeugd.",
            policies: [jeugd], tags: ["jeugdhulp", "huisarts", "hulp dichtbij"],
            discussedIn: "Evaluatie jeugdhulp in de wijk", daysAgo: 450),
        Lesson(
            kind: .experiment, title: "Wijkteam op het schoolplein",
            situation: "Ouders wisten niet goed wie het wijkteam was of wanneer ze het konden vragen.",
            happened: "Een jeugdconsulent stond een schooljaar lang twee ochtenden per week op het schoolplein van twee basisscholen.",
            learned: "Ouders stellen op het schoolplein vragen die ze nooit zouden bellen. Veel zorgen zijn in één gesprek opgelost.",
            changes: "Elke school krijgt een vaste contactpersoon van het wijkteam, met vaste tijden op school.",
            policies: [jeugd], tags: ["school", "laagdrempelig", "jeugd"],
            discussedIn: "Meeloopdag wijkteam Noord", daysAgo: 360),
        Lesson(
            kind: .incident, title: "Brief over terugvordering in vaktaal",
            situation: "Inwoners kregen een brief over een terugvordering van bijzondere bijstand.",
            happened: "De brief noemde artikelen uit de wet, maar niet wat de inwoner moest doen. Veel mensen belden in paniek.",
            learned: "Een brief die mensen niet begrijpen, kost ons later meer tijd aan de telefoon dan een goede brief kost om te schrijven.",
            changes: "Elke standaardbrief begint met wat er aan de hand is en wat de inwoner moet doen, in B1-taal.",
            policies: [bijstand], tags: ["brieven", "taal", "terugvordering"],
            discussedIn: nil, daysAgo: 330),
        Lesson(
            kind: .bestPractice, title: "Meeloopdag maakt regels concreet",
            situation: "Beleidsmedewerkers schreven regels zonder de uitvoering van dichtbij te kennen.",
            happened: "Elke beleidsmedewerker liep een dag mee met een klantmanager of een wijkteam.",
            learned: "Na een meeloopdag schrijven beleidsmedewerkers kortere regels met meer ruimte voor de professional.",
            changes: "Een meeloopdag hoort bij het inwerken van elke nieuwe beleidsmedewerker.",
            policies: [bijstand, werk], tags: ["meelopen", "beleid en uitvoering"],
            discussedIn: "Meeloopdag wijkteam Noord", daysAgo: 340),
        Lesson(
            kind: .experiment, title: "Maatwerkbudget voor de klantmanager",
            situation: "Klantmanagers zagen oplossingen die niet in de regels pasten.",
            happened: "Tien klantmanagers kregen een jaar lang elk een klein budget om zelf maatwerk te bieden, met een korte verantwoording.",
            learned: "Het budget werd zorgvuldig gebruikt. Kleine bedragen voorkwamen grotere problemen later.",
            changes: "Het maatwerkbudget blijft, met een jaarlijkse bespreking van wat het opleverde.",
            policies: [bijstand], tags: ["maatwerk", "professionele ruimte", "proef"],
            discussedIn: nil, daysAgo: 220),
        Lesson(
            kind: .incident, title: "Storing in het zaaksysteem vertraagde besluiten",
            situation: "Na een update van het zaaksysteem konden klantmanagers twee weken geen besluiten versturen.",
            happened: "Termijnen verliepen en inwoners kregen geen bericht. Er was geen noodprocedure.",
            learned: "Bij een storing moet duidelijk zijn wie inwoners informeert en hoe besluiten toch de deur uit gaan.",
            changes: "Er is nu een noodprocedure met een papieren besluit en een vaste contactpersoon bij de leverancier.",
            policies: [bijstand, werk], tags: ["ict", "storing", "termijnen"],
            discussedIn: nil, daysAgo: 180),
        Lesson(
            kind: .bestPractice, title: "Signalen bundelen in een thema",
            situation: "Over hetzelfde knelpunt kwamen veel losse signalen binnen.",
            happened: "De verbinder bundelde twaalf signalen over wachttijden in één thema en besprak dat met de eigenaar van het beleid.",
            learned: "Een thema met veel herkenningen krijgt sneller aandacht dan losse signalen. Melders zien dat hun signaal telt.",
            changes: "De verbinder bekijkt elke maand welke signalen samen een thema vormen.",
            policies: [schulden, jeugd], tags: ["signalen", "thema’s", "verbinder"],
            discussedIn: "Evaluatiegesprek signalen werk en inkomen", daysAgo: 60),
        Lesson(
            kind: .incident, title: "Mantelzorger niet bereikt door digitale aanvraag",
            situation: "De aanvraag voor mantelzorgwaardering kon alleen online met DigiD.",
            happened: "Oudere mantelzorgers zonder DigiD konden niet aanvragen. Het aantal aanvragen halveerde.",
            learned: "Een digitale route mag er alleen naast komen, niet in plaats van de papieren route.",
            changes: "Aanvragen kan weer op papier en aan de balie. Het wijkteam helpt bij de digitale route.",
            policies: [wmo], tags: ["mantelzorg", "digitaal", "doenvermogen"],
            discussedIn: "Themabijeenkomst doenvermogen", daysAgo: 490),
        Lesson(
            kind: .experiment, title: "Uitvoeringstoets met drie teams tegelijk",
            situation: "De uitvoeringstoets op nieuw beleid kwam vaak pas als de tekst al af was.",
            happened: "Bij de Aanpak 18-/18+ toetsten drie uitvoeringsteams het eerste concept al, per artikel.",
            learned: "Vroeg toetsen levert bruikbare opmerkingen op. Later toetsen levert vooral bezwaren op.",
            changes: "Elk nieuw beleid gaat in concept langs de uitvoering, voordat de tekst naar het college gaat.",
            policies: [aanpak18], tags: ["uitvoeringstoets", "beleid en uitvoering"],
            discussedIn: "Driehoeksoverleg Aanpak 18-/18+", daysAgo: 40),
        Lesson(
            kind: .bestPractice, title: "Warme overdracht van jeugd naar volwassenenteam",
            situation: "Bij de overgang naar achttien moesten jongeren een nieuw team leren kennen.",
            happened: "De jeugdconsulent en de consulent volwassenen voerden samen het laatste en het eerste gesprek.",
            learned: "Jongeren haken minder af als ze hun nieuwe consulent al kennen voordat ze achttien worden.",
            changes: "Een gezamenlijk overdrachtsgesprek is vast onderdeel van het toekomstplan.",
            policies: [aanpak18], tags: ["18-/18+", "overdracht"],
            discussedIn: nil, daysAgo: 25),
        Lesson(
            kind: .experiment, title: "Geldzorgen bespreken bij de huisarts",
            situation: "Ouderen met geldzorgen zoeken zelden hulp bij de gemeente.",
            happened: "Twee huisartsenpraktijken vroegen een half jaar bij elk consult aan ouderen naar geldzorgen en verwezen naar het inloopspreekuur.",
            learned: "De huisarts is een vertrouwd aanspreekpunt. Er kwamen inwoners in beeld die we anders niet hadden gezien.",
            changes: "We nemen de vraag naar geldzorgen op in de gezondheidsnota en bespreken het met meer praktijken.",
            policies: [schulden], tags: ["ouderen", "geldzorgen", "huisarts"],
            discussedIn: nil, daysAgo: 15),
        Lesson(
            kind: .incident, title: "Huisbezoek zonder tolk",
            situation: "Een consulent ging op huisbezoek bij een gezin dat weinig Nederlands sprak.",
            happened: "Er was geen tolk geregeld. Het gesprek ging over een aanvraag, maar het gezin begreep niet wat er werd afgesproken.",
            learned: "Zonder tolk is een keukentafelgesprek geen gesprek. Het regelen van een tolk moet standaard in de planning.",
            changes: "Bij de aanmelding vraagt het wijkteam naar de taal, en plant het een tolk in als dat nodig is.",
            policies: [wmo, jeugd], tags: ["tolk", "taal", "huisbezoek"],
            discussedIn: nil, daysAgo: 90),
        Lesson(
            kind: .bestPractice, title: "Terugkoppeling aan de melder sluit de cirkel",
            situation: "Uitvoerders meldden knelpunten, maar hoorden nooit wat ermee gebeurde.",
            happened: "Elke melder krijgt nu een inhoudelijk antwoord van de eigenaar van het beleid, ook als er niets verandert.",
            learned: "Uitvoerders melden vaker als ze weten dat er iets mee gebeurt. Een eerlijk nee wordt beter ontvangen dan stilte.",
            changes: "Het antwoord aan de melder is verplicht voordat een signaal kan worden afgesloten.",
            policies: [werk, bijstand], tags: ["signalen", "terugkoppeling", "de cirkel rond"],
            discussedIn: "Evaluatiegesprek signalen werk en inkomen", daysAgo: 14),
    ]

    /// Writes the lessons; returns how many. Authors are the demo's policy officers and practitioners in turn.
    static func load(organisationID: UUID, now: Date, on db: any Database) async throws -> Int {
        let users = try await UserModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$email).all()
        let authors = users.filter { ["beleid@demo.test", "uitvoerder@demo.test", "verbinder@demo.test"].contains($0.email) }.compactMap(\.id)
            + users.prefix(6).compactMap(\.id)
        let policies = Dictionary(
            uniqueKeysWithValues: try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.title, $0.id!) })
        let meetings = try await MeetingModel.query(on: db).filter(\.$organisationID == organisationID).all()
        let byTitle = Dictionary(meetings.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })
        let themes = try await ThemeModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$title).all()
        let signals = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$number).limit(200).all()
        var random = DemoLoop.Random(state: 20_261_125)
        for (index, content) in lessons.enumerated() {
            let lesson = LessonModel()
            lesson.organisationID = organisationID
            lesson.kind = content.kind.rawValue
            lesson.title = content.title
            lesson.situation = content.situation
            lesson.whatHappened = content.happened
            lesson.learned = content.learned
            lesson.changes = content.changes
            lesson.authorID = authors.isEmpty ? nil : authors[index % authors.count]
            let created = now.addingTimeInterval(-Double(content.daysAgo) * 86_400)
            lesson.createdAt = created
            lesson.updatedAt = created
            var linked: Set<UUID> = []
            if let title = content.discussedIn, let meeting = byTitle[title], meeting.startsAt <= now {
                lesson.discussedAt = meeting.startsAt
                lesson.discussedInMeetingID = meeting.id
                linked.insert(meeting.id!)
            }
            try await lesson.create(on: db)
            let id = lesson.id!
            for title in content.policies {
                guard let policyID = policies[title] else { continue }
                let link = LessonPolicyModel()
                (link.lessonID, link.policyID) = (id, policyID)
                try await link.create(on: db)
            }
            for meetingID in linked {
                let link = LessonMeetingModel()
                (link.lessonID, link.meetingID) = (id, meetingID)
                try await link.create(on: db)
            }
            if !themes.isEmpty, random.chance(0.4) {
                let link = LessonThemeModel()
                (link.lessonID, link.themeID) = (id, random.pick(themes).id!)
                try await link.create(on: db)
            }
            if !signals.isEmpty, content.kind == .incident || random.chance(0.3) {
                let link = LessonSignalModel()
                (link.lessonID, link.signalID) = (id, random.pick(signals).id!)
                try await link.create(on: db)
            }
            for tag in Set(content.tags.map(LessonRepository.normalise)) {
                let row = LessonTagModel()
                (row.lessonID, row.tag) = (id, tag)
                try await row.create(on: db)
            }
        }
        return lessons.count
    }

    /// Every text, for the privacy-guard test.
    static var texts: [String] {
        lessons.flatMap { [$0.title, $0.situation, $0.happened, $0.learned, $0.changes] + $0.tags }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The demo's concept texts: the Aanpak 18-/18+ (in toets) in three versions, each one after a round of talks with
/// practice, and the gezondheidsnota (concept until `DemoReviews` opens a round on it) in its first version; signals
/// from practitioners linked to the sections they are about.
enum DemoDrafts {
    struct Draft {
        /// The policy's title in `DemoContent.policies`.
        let policy: String
        /// Oldest first: the text, what changed, and how many days ago it was written.
        let versions: [(text: String, note: String, daysAgo: Int)]
        /// Section key in the latest version, and the title of a demo signal.
        let links: [(section: String, signal: String)]
    }

    static let drafts: [Draft] = [
        Draft(
            policy: "Aanpak 18-/18+: doorlopende lijn naar volwassenheid",
            versions: [
                (aanpak18Version1, "", 75),
                (
                    aanpak18Version2,
                    "Na twee werksessies met het wijkteam en de jongerenraad: het gesprek over het toekomstplan begint al bij 16 jaar, en de "
                        + "klantmanager zet de aanvraag voor inkomen klaar voordat de jongere 18 wordt. Nieuw is artikel 6 over de vaste contactpersoon.",
                    40
                ),
                (
                    aanpak18Version3,
                    "Reactie van de adviesraad sociaal domein verwerkt: na 18 geen nieuwe wachttijd en een vaste contactpersoon tot 23 jaar. "
                        + "Artikel 5 over wonen staat nu in de huisvestingsverordening en is hier weggehaald.",
                    9
                ),
            ],
            links: [
                ("artikel-3-geen-nieuwe-wachttijd", "Jeugdhulp stopt op achttiende verjaardag, volwassenenzorg nog niet geregeld"),
                ("artikel-4-inkomen", "Jongere van 18 moet ineens alles zelf regelen"),
            ]),
        Draft(
            policy: "Nota lokaal gezondheidsbeleid 2025–2028: Gezond in Dijkerveen",
            versions: [(gezondheidVersion1, "", 21)],
            links: [("3-ouder-worden-in-je-eigen-wijk", "Eenzame ouderen komen niet bij het wijkteam")]),
    ]

    /// Every text the demo shows, for the privacy guard's test.
    static var texts: [String] { drafts.flatMap { $0.versions.flatMap { [$0.text, $0.note] } } }

    /// Writes the drafts inside the demo's transaction; a policy or signal the demo does not have is skipped.
    static func load(organisationID: UUID, authors: [UUID], now: Date, on db: any Database) async throws -> (versions: Int, links: Int) {
        var versions = 0
        var links = 0
        for (index, draft) in drafts.enumerated() {
            guard let policy = try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$title == draft.policy).first()
            else { continue }
            for (number, version) in draft.versions.enumerated() {
                _ = try await DraftRepository.insertVersion(
                    policy: policy, markdown: version.text, changeNote: version.note,
                    authorID: authors.isEmpty ? nil : authors[(index + number) % authors.count],
                    now: now.addingTimeInterval(-Double(version.daysAgo) * 86_400), on: db)
                versions += 1
            }
            for link in draft.links {
                guard let signal = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$title == link.signal).first()
                else { continue }
                let model = DraftSectionSignalModel()
                model.policyID = policy.id!
                model.sectionKey = link.section
                model.signalID = signal.id!
                model.linkedBy = authors.first
                model.createdAt = now.addingTimeInterval(-3 * 86_400)
                try await model.create(on: db)
                links += 1
            }
        }
        return (versions, links)
    }

    static let aanpak18Version1 = """
        Deze aanpak regelt hoe de gemeente Dijkerveen jongeren met jeugdhulp helpt bij de overstap naar volwassenheid. Het doel is dat er op de achttiende verjaardag geen breuk is in hulp, wonen en inkomen.

        # Artikel 1 Begrippen
        In deze aanpak bedoelen we met:
        - jongere: een inwoner van Dijkerveen van 16 tot 23 jaar die jeugdhulp krijgt of kreeg;
        - toekomstplan: een plan over wonen, inkomen, school of werk en zorg, dat de jongere samen met het wijkteam maakt;
        - wijkteam: het team van de gemeente dat inwoners helpt met zorg, geld en opvoeden.

        # Artikel 2 Toekomstplan
        1. Het wijkteam begint het gesprek over het toekomstplan als de jongere 17 jaar is.
        2. Het toekomstplan is klaar voordat de jongere 18 wordt.
        3. De jongere bepaalt zelf wie er bij de gesprekken zijn.

        # Artikel 3 Doorlopende hulp
        Hulp die na de achttiende verjaardag nog nodig is, gaat door tot de nieuwe hulp is begonnen.
        Het wijkteam vraagt de nieuwe hulp op tijd aan.

        # Artikel 4 Inkomen
        De jongere vraagt zelf een uitkering of studiefinanciering aan als hij 18 is.
        De klantmanager helpt als de jongere daarom vraagt.

        # Artikel 5 Wonen
        Jongeren die uit een instelling of een pleeggezin komen, kunnen bij de woningcorporatie een urgentieverklaring aanvragen.
        """

    static let aanpak18Version2 = """
        Deze aanpak regelt hoe de gemeente Dijkerveen jongeren met jeugdhulp helpt bij de overstap naar volwassenheid. Het doel is dat er op de achttiende verjaardag geen breuk is in hulp, wonen en inkomen.

        # Artikel 1 Begrippen
        In deze aanpak bedoelen we met:
        - jongere: een inwoner van Dijkerveen van 16 tot 23 jaar die jeugdhulp krijgt of kreeg;
        - toekomstplan: een plan over wonen, inkomen, school of werk en zorg, dat de jongere samen met het wijkteam maakt;
        - wijkteam: het team van de gemeente dat inwoners helpt met zorg, geld en opvoeden;
        - vaste contactpersoon: de medewerker van het wijkteam die de jongere helpt bij de overstap.

        # Artikel 2 Toekomstplan
        1. Het wijkteam begint het gesprek over het toekomstplan als de jongere 16 jaar is.
        2. Het toekomstplan is klaar voordat de jongere 17 wordt.
        3. De jongere bepaalt zelf wie er bij de gesprekken zijn.
        4. Het wijkteam bekijkt het plan elk half jaar opnieuw met de jongere.

        # Artikel 3 Doorlopende hulp
        Hulp die na de achttiende verjaardag nog nodig is, gaat door tot de nieuwe hulp is begonnen.
        Het wijkteam vraagt de nieuwe hulp op tijd aan.

        # Artikel 4 Inkomen
        De klantmanager zet de aanvraag voor een uitkering of studiefinanciering drie maanden voor de achttiende verjaardag klaar.
        De jongere hoeft alleen nog te tekenen. Zo is er geen maand zonder inkomen.

        # Artikel 5 Wonen
        Jongeren die uit een instelling of een pleeggezin komen, kunnen bij de woningcorporatie een urgentieverklaring aanvragen.

        # Artikel 6 Vaste contactpersoon
        Elke jongere met een toekomstplan heeft een vaste contactpersoon in het wijkteam. De contactpersoon blijft dezelfde tot de jongere 21 jaar is.
        """

    static let aanpak18Version3 = """
        Deze aanpak regelt hoe de gemeente Dijkerveen jongeren met jeugdhulp helpt bij de overstap naar volwassenheid. Het doel is dat er op de achttiende verjaardag geen breuk is in hulp, wonen en inkomen.

        # Artikel 1 Begrippen
        In deze aanpak bedoelen we met:
        - jongere: een inwoner van Dijkerveen van 16 tot 23 jaar die jeugdhulp krijgt of kreeg;
        - toekomstplan: een plan over wonen, inkomen, school of werk en zorg, dat de jongere samen met het wijkteam maakt;
        - wijkteam: het team van de gemeente dat inwoners helpt met zorg, geld en opvoeden;
        - vaste contactpersoon: de medewerker van het wijkteam die de jongere helpt bij de overstap.

        # Artikel 2 Toekomstplan
        1. Het wijkteam begint het gesprek over het toekomstplan als de jongere 16 jaar is.
        2. Het toekomstplan is klaar voordat de jongere 17 wordt.
        3. De jongere bepaalt zelf wie er bij de gesprekken zijn.
        4. Het wijkteam bekijkt het plan elk half jaar opnieuw met de jongere.

        # Artikel 3 Geen nieuwe wachttijd
        Hulp die na de achttiende verjaardag nog nodig is, gaat door tot de nieuwe hulp is begonnen.
        Het wijkteam vraagt de nieuwe hulp op tijd aan. De jongere komt niet opnieuw op een wachtlijst.

        # Artikel 4 Inkomen
        De klantmanager zet de aanvraag voor een uitkering of studiefinanciering drie maanden voor de achttiende verjaardag klaar.
        De jongere hoeft alleen nog te tekenen. Zo is er geen maand zonder inkomen.

        # Artikel 6 Vaste contactpersoon
        Elke jongere met een toekomstplan heeft een vaste contactpersoon in het wijkteam. De contactpersoon blijft dezelfde tot de jongere 23 jaar is.
        """

    static let gezondheidVersion1 = """
        # 1 Waarom deze nota
        Niet iedereen in Dijkerveen is even gezond. In Noord voelen minder mensen zich gezond dan in Centrum. Geldzorgen, eenzaamheid en slecht wonen spelen daarbij een grote rol. Met deze nota willen we die verschillen kleiner maken.

        # 2 Gezond opgroeien

        ## 2.1 Gezond gewicht
        Op alle basisscholen in Noord en Oost komt een gezonde schoolkantine en elke dag een kwartier bewegen. De jeugdverpleegkundige bespreekt gewicht bij elk gesprek op school.

        ## 2.2 Mentale gezondheid van jongeren
        Jongeren met somberheid of stress kunnen binnen twee weken praten met een praktijkondersteuner of een jongerenwerker. Ze hebben daarvoor geen verwijzing nodig.

        # 3 Ouder worden in je eigen wijk
        Vrijwilligers van de buurtkamers gaan op bezoek bij ouderen van 75 jaar en ouder die alleen wonen. Zij vragen hoe het gaat en wijzen de weg naar activiteiten in de buurt.

        # 4 Armoede en gezondheid
        Wie geldzorgen heeft, slaapt slechter en stelt een bezoek aan de tandarts uit. Daarom doen we dit:
        - het wijkteam vraagt in elk eerste gesprek naar geldzorgen;
        - de gemeente betaalt de eigen bijdrage voor de tandarts voor inwoners met een laag inkomen;
        - de gemeentepolis krijgt een lager eigen risico.

        # 5 Samen met partners
        We werken samen met de huisartsen, de GGD, de scholen en de woningcorporaties. Twee keer per jaar bespreken we met hen hoe het gaat.
        """
}

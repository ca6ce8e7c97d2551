// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
extension DemoContent {
    /// One indicator of a demo policy goal, with how its figures develop over the demo's three years.
    struct Indicator {
        /// Index into `policies`, and into that policy's `goals`.
        let policy: Int
        let goal: Int
        /// Short stable code, unique, uppercase: 2–3 letters for the policy + number, e.g. "BB-01".
        let code: String
        /// Dutch name, at most ~80 characters, e.g. "Aanvragen bijzondere bijstand binnen 8 weken besloten".
        let name: String
        /// One or two Dutch sentences: exactly what is counted, from which registration, and how.
        let definition: String
        /// "input", "output", "outcome" or "impact".
        let kind: String
        /// "aantal" (a count of people/cases), "percentage" (numerator/denominator), "bedrag" (euro), "score" (e.g. 1–10 mark), or "ja-nee".
        let unit: String
        /// "hoger-is-beter" or "lager-is-beter".
        let direction: String
        /// "eigen-registratie", "cbs", "enquete" or "anders".
        let source: String
        /// "maand", "kwartaal" or "jaar".
        let frequency: String
        /// How figures of buurten add up to wijken and the gemeente: "som" for counts and amounts, "gewogen-gemiddelde" for percentages and
        /// scores, "geen" for ja-nee.
        let aggregation: String
        /// The municipality-wide value at the baseline (end of 2023) and the target for the end of 2026, in the unit (a percentage as 0–100,
        /// a count as a whole number for the whole municipality per period).
        let baseline: Double
        let target: Double
        /// For "aantal": the municipality-wide count per period at the baseline (same as baseline). For "percentage": the municipality-wide
        /// denominator per period (how many people the percentage is about). For "score": respondents per period. For "bedrag" and
        /// "ja-nee": 0.
        let population: Double
        /// How far the real figures get along the planned path by now: 1.0 on track, ~0.6 needs attention, 0.0–0.3 off track, negative =
        /// going the wrong way.
        let progress: Double
        /// Optional breakdown dimension and categories for the demo figures, e.g. ("leeftijdsgroep", ["18–26", "27–49", "50+"]) or nil.
        let breakdown: (dimension: String, categories: [String])?
        /// "Het verhaal achter het getal": 0–2 short comments (2–3 sentences each) as a practitioner or policy officer would write about
        /// the figures. No names of people, no BSN, addresses, phone numbers, e-mail, birth dates or IBANs.
        let comments: [String]
    }

    static let indicators: [Indicator] = [
        // 0 Beleidsregels bijzondere bijstand Dijkerveen 2025
        Indicator(
            policy: 0, goal: 0, code: "BB-01",
            name: "Aanvragen bijzondere bijstand binnen vier weken besloten",
            definition: "Aanvragen bijzondere bijstand waarop binnen 28 dagen na ontvangst een besluit is verstuurd, gedeeld door alle besluiten "
                + "in het kwartaal. Bron: de registratie van Werk en Inkomen; aanvragen die buiten behandeling zijn gesteld, tellen niet mee.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 71, target: 90, population: 430, progress: 1.0,
            breakdown: nil,
            comments: [
                "Sinds het korte formulier er is, komen aanvragen tot € 500 vaker compleet binnen. We hoeven minder vaak stukken op te vragen "
                    + "en halen de vier weken bijna altijd. Bij grotere aanvragen met een berekening van de draagkracht lukt dat nog niet altijd."
            ]
        ),
        Indicator(
            policy: 0, goal: 0, code: "BB-02",
            name: "Spoedaanvragen bijzondere bijstand binnen vijf werkdagen besloten",
            definition: "Aanvragen die bij ontvangst het label spoed kregen, zoals bij dreigende afsluiting of geen geld voor eten, en waarop "
                + "binnen vijf werkdagen een besluit is genomen, gedeeld door alle spoedaanvragen in het kwartaal.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 62, target: 95, population: 36, progress: 1.2,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 0, goal: 1, code: "BB-03",
            name: "Bereik individuele inkomenstoeslag onder rechthebbenden",
            definition: "Huishoudens die in het jaar de individuele inkomenstoeslag kregen, gedeeld door het geschatte aantal huishoudens met "
                + "recht op de toeslag. De schatting komt uit een koppeling van de bijstandsadministratie met inkomensgegevens van het "
                + "Inlichtingenbureau.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "anders", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 54, target: 70, population: 640, progress: 0.6,
            breakdown: nil,
            comments: [
                "Het bereik stijgt vooral onder mensen in de bijstand, die nu zelf een brief van ons krijgen als ze recht hebben. Werkende "
                    + "inwoners met een laag inkomen vinden de toeslag nog moeilijk. In Noord en Zuid houden de wijkteams daarom een spreekuur "
                    + "in het buurthuis."
            ]
        ),
        Indicator(
            policy: 0, goal: 1, code: "BB-04",
            name: "Uitgekeerd bedrag bijzondere bijstand en inkomenstoeslag",
            definition: "Het totale bedrag in euro dat in het kwartaal is uitbetaald aan bijzondere bijstand en individuele inkomenstoeslag, "
                + "zonder terugvorderingen. Bron: de financiële administratie van Werk en Inkomen, per woonbuurt van de aanvrager.",
            kind: "output", unit: "bedrag", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 310_000, target: 380_000, population: 0, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 0, goal: 2, code: "BB-05",
            name: "Korte aanvragen zonder hulp binnen een kwartier ingevuld",
            definition: "Aanvragen tot € 500 via het korte digitale formulier die de inwoner zonder hulp invulde en binnen 15 minuten "
                + "verstuurde, gedeeld door alle korte aanvragen. Bron: het logboek van het formulier en de slotvraag of iemand hielp.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 58, target: 80, population: 190, progress: -0.2,
            breakdown: (dimension: "leeftijdsgroep", categories: ["18–26", "27–64", "65+"]),
            comments: [
                "Veel inwoners lopen vast bij het uploaden van bankafschriften met hun telefoon. Ze vragen dan toch hulp aan de balie of in de "
                    + "bibliotheek, en na twintig minuten verloopt het formulier. We hebben gevraagd of de bijlagen ook later kunnen."
            ]
        ),

        // 1 Beleidsplan schuldhulpverlening 2024–2027
        Indicator(
            policy: 1, goal: 0, code: "SH-01",
            name: "Signalen van betalingsachterstand binnen zes weken opgevolgd",
            definition: "Signalen uit de vroegsignalering (huur, energie, water en zorgverzekering) waarbij we binnen zes weken contact hadden "
                + "met de inwoner, aan de deur, telefonisch of op het spreekuur, gedeeld door alle signalen van de maand. Alleen een brief "
                + "sturen telt niet als contact.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "maand",
            aggregation: "gewogen-gemiddelde", baseline: 58, target: 90, population: 150, progress: 1.0,
            breakdown: (dimension: "soort achterstand", categories: ["huur", "energie", "water", "zorgverzekering"]),
            comments: []
        ),
        Indicator(
            policy: 1, goal: 0, code: "SH-02",
            name: "Aangezegde huisuitzettingen wegens huurachterstand",
            definition: "Het aantal huishoudens dat in het kwartaal een aanzegging tot ontruiming kreeg vanwege huurachterstand. Bron: de "
                + "kwartaalopgave van de drie woningcorporaties in Dijkerveen; particuliere verhuur zit er niet in.",
            kind: "impact", unit: "aantal", direction: "lager-is-beter", source: "anders", frequency: "kwartaal",
            aggregation: "som", baseline: 14, target: 8, population: 14, progress: 0.3,
            breakdown: nil,
            comments: [
                "Bijna alle aanzeggingen gaan over huishoudens die we via de vroegsignalering niet te spreken kregen. In Molenwijk gaan we nu "
                    + "samen met de wijkbeheerder van de corporatie langs, want een bekend gezicht aan de deur werkt beter dan onze brief."
            ]
        ),
        Indicator(
            policy: 1, goal: 1, code: "SH-03",
            name: "Eerste gesprek schuldhulp binnen twee weken na aanmelding",
            definition: "Aanmeldingen voor schuldhulp waarbij het eerste gesprek binnen 14 dagen plaatsvond, gedeeld door alle aanmeldingen "
                + "van de maand. Bron: het registratiesysteem van Schuldhulpverlening; spoedmeldingen tellen hier niet mee.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "maand",
            aggregation: "gewogen-gemiddelde", baseline: 64, target: 90, population: 42, progress: -0.5,
            breakdown: nil,
            comments: [
                "Sinds het voorjaar staan twee plekken in het team open en is een collega langdurig ziek. Daardoor schuiven de eerste "
                    + "gesprekken op, in drukke maanden tot zes weken. We bellen wachtende inwoners nu elke twee weken, zodat ze niet afhaken.",
                "Tegelijk komen er meer aanmeldingen, vooral van werkende inwoners uit Noord en Zuid van wie de vaste lasten harder stegen dan "
                    + "hun loon. Getrainde vrijwilligers doen sinds kort een deel van de eerste gesprekken; dat zien we naar verwachting in de "
                    + "cijfers van het volgende kwartaal terug.",
            ]
        ),
        Indicator(
            policy: 1, goal: 1, code: "SH-04",
            name: "Spoedmeldingen schuldhulp binnen drie werkdagen in gesprek",
            definition: "Meldingen waarbij ontruiming of afsluiting van energie of water dreigt en waarbij binnen drie werkdagen een gesprek met "
                + "de inwoner was, gedeeld door alle spoedmeldingen in het kwartaal. Bron: het registratiesysteem van Schuldhulpverlening.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 71, target: 95, population: 34, progress: 0.6,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 1, goal: 2, code: "SH-05",
            name: "Een jaar na de schuldregeling geen nieuwe problematische schulden",
            definition: "Inwoners van wie de schuldregeling een jaar geleden is afgerond en die bij het nazorggesprek geen nieuwe problematische "
                + "schulden hebben, gedeeld door alle inwoners met een nazorggesprek in het kwartaal. Bron: de registratie van de nazorg.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 61, target: 70, population: 22, progress: 1.1,
            breakdown: nil,
            comments: [
                "De stijging komt vooral door de budgetcoaches die na de regeling nog een halfjaar meekijken. Inwoners zeggen dat het vaste "
                    + "gesprek elke maand helpt om nieuwe rekeningen niet te laten liggen."
            ]
        ),

        // 2 Programma Werk dat past 2024–2026
        Indicator(
            policy: 2, goal: 0, code: "WP-01",
            name: "Uitstroom uit de bijstand naar betaald werk",
            definition: "Het aantal bijstandsuitkeringen dat in het kwartaal is beëindigd omdat de inwoner betaald werk vond, in loondienst of "
                + "als zelfstandige. Bron: de bijstandsadministratie, reden van beëindiging.",
            kind: "outcome", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 52, target: 70, population: 52, progress: 0.6,
            breakdown: (dimension: "leeftijdsgroep", categories: ["18–26", "27–49", "50+"]),
            comments: [
                "Jongeren tot 27 jaar vinden vrij snel werk, vaak in de logistiek op Bedrijvenpark Oost. Bij inwoners boven de 50 blijft de "
                    + "uitstroom achter, omdat werkgevers ervaring vragen met digitale systemen. Samen met twee bedrijven in Oost starten we "
                    + "daarom een korte training."
            ]
        ),
        Indicator(
            policy: 2, goal: 0, code: "WP-02",
            name: "Werkaanvaarders na zes maanden nog aan het werk",
            definition: "Inwoners die een halfjaar eerder de bijstand verlieten voor betaald werk en die volgens de polisadministratie van UWV "
                + "nog steeds werken, gedeeld door alle uitstromers naar werk uit dat kwartaal.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "anders", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 74, target: 90, population: 52, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 2, goal: 1, code: "WP-03",
            name: "Bijstandsgerechtigden met een actueel plan van aanpak",
            definition: "Inwoners met een bijstandsuitkering bij wie het plan van aanpak in de afgelopen twaalf maanden met hen is besproken en "
                + "vastgelegd, gedeeld door alle bijstandsgerechtigden op de laatste dag van het kwartaal.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 63, target: 95, population: 1_680, progress: 1.2,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 2, goal: 1, code: "WP-04",
            name: "Rapportcijfer voor het gesprek over het plan van aanpak",
            definition: "Het gemiddelde cijfer (1–10) dat inwoners geven op de vraag hoe nuttig het laatste gesprek over hun plan van aanpak "
                + "was. Bron: een korte vragenlijst die iedereen een week na het gesprek krijgt.",
            kind: "output", unit: "score", direction: "hoger-is-beter", source: "enquete", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 6.8, target: 7.5, population: 260, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 2, goal: 2, code: "WP-05",
            name: "Werkaanvaarders met meer inkomen dan in de bijstand",
            definition: "Inwoners die de bijstand verlieten voor werk en in de eerste drie maanden elke maand meer te besteden hadden dan met "
                + "hun uitkering, gedeeld door alle werkaanvaarders van het kwartaal. De klantmanager vergelijkt loonstroken en toeslagen bij "
                + "de uitstroom en na drie maanden.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 68, target: 95, population: 52, progress: 0.2,
            breakdown: nil,
            comments: [
                "Vooral inwoners met een flexcontract gaan er de eerste maanden op achteruit: het loon komt later dan de uitkering, de "
                    + "toeslagen lopen achter en soms volgt een terugvordering. Klantmanagers in Centrum zetten nu vaker een voorschot in om "
                    + "de eerste maand te overbruggen, maar dat is nog niet in alle teams bekend."
            ]
        ),

        // 3 Verordening maatschappelijke ondersteuning Dijkerveen 2023
        Indicator(
            policy: 3, goal: 0, code: "WM-01",
            name: "Wmo-onderzoek binnen zes weken na melding afgerond",
            definition: "Meldingen voor Wmo-ondersteuning waarbij het onderzoek binnen zes weken is afgerond met een verslag, gedeeld door alle "
                + "onderzoeken die in de maand zijn afgerond. Bron: het registratiesysteem van de wijkteams.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "maand",
            aggregation: "gewogen-gemiddelde", baseline: 66, target: 90, population: 190, progress: -0.4,
            breakdown: (dimension: "soort ondersteuning", categories: ["huishoudelijke hulp", "begeleiding", "hulpmiddel of woningaanpassing"]),
            comments: [
                "In Noord zien we de doorlooptijd oplopen sinds het wijkteam twee vacatures heeft voor Wmo-consulent. Meldingen blijven daar "
                    + "gemiddeld drie weken liggen voordat iemand op huisbezoek gaat. Collega's uit Oost springen bij, maar dat is niet genoeg.",
                "Meldingen voor begeleiding duren het langst, omdat we dan vaker met de huisarts of de ggz overleggen voordat het verslag klaar "
                    + "is. Een vast overleg met de praktijkondersteuners in Zuid werkt goed; dat willen we in alle wijken.",
            ]
        ),
        Indicator(
            policy: 3, goal: 0, code: "WM-02",
            name: "Besluit op Wmo-aanvraag binnen twee weken",
            definition: "Aanvragen voor een maatwerkvoorziening waarop binnen 14 dagen na ontvangst een besluit is verstuurd, gedeeld door alle "
                + "besluiten in het kwartaal. Bron: het registratiesysteem van de wijkteams.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 88, target: 98, population: 520, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 3, goal: 1, code: "WM-03",
            name: "Inwoners van 75 jaar en ouder die zelfstandig wonen",
            definition: "Inwoners van 75 jaar en ouder die in een gewoon huishouden wonen en niet in een verpleeg- of verzorgingshuis, als "
                + "percentage van alle inwoners van 75 jaar en ouder. Bron: CBS, bevolking naar soort huishouden op 1 januari.",
            kind: "impact", unit: "percentage", direction: "hoger-is-beter", source: "cbs", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 90.8, target: 91.5, population: 5_300, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 3, goal: 1, code: "WM-04",
            name: "Woningaanpassingen en trapliften binnen drie maanden geplaatst",
            definition: "Toegekende woningaanpassingen en trapliften die binnen drie maanden na het besluit zijn opgeleverd, gedeeld door alle "
                + "opleveringen in het kwartaal. Bron: de leveringsberichten van de leveranciers in het Wmo-systeem.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 72, target: 90, population: 48, progress: 0.1,
            breakdown: nil,
            comments: [
                "De leverancier van trapliften heeft sinds de aanbesteding te weinig monteurs, en een traplift op maat duurt nu vaak vier "
                    + "maanden. Inwoners slapen in die tijd soms beneden in de woonkamer. We bespreken met inkoop een boete of een tweede "
                    + "leverancier."
            ]
        ),
        Indicator(
            policy: 3, goal: 2, code: "WM-05",
            name: "Respijtzorg binnen vier weken gestart",
            definition: "Aanvragen voor respijtzorg (logeeropvang of vervanging thuis) waarbij de zorg binnen vier weken na de aanvraag begon, "
                + "gedeeld door alle aanvragen voor respijtzorg in het kwartaal. Bron: de wijkteams en de startberichten van de aanbieders.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 58, target: 85, population: 26, progress: 0.6,
            breakdown: nil,
            comments: [
                "Vervanging thuis lukt meestal snel, maar voor logeeropvang is er maar één plek in Dijkerveen. Mantelzorgers van mensen met "
                    + "dementie wachten daardoor soms twee maanden. Het steunpunt mantelzorg zoekt met een zorgboerderij in Polderrand naar "
                    + "extra plekken."
            ]
        ),
        Indicator(
            policy: 3, goal: 2, code: "WM-06",
            name: "Rapportcijfer van mantelzorgers voor informatie en steun",
            definition: "Het gemiddelde cijfer (1–10) dat mantelzorgers geven op de vraag of ze weten waar ze terechtkunnen en of ze daar goed "
                + "geholpen worden. Bron: de vragenlijst die het steunpunt mantelzorg elk jaar meestuurt met de mantelzorgwaardering.",
            kind: "outcome", unit: "score", direction: "hoger-is-beter", source: "enquete", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 6.7, target: 7.5, population: 340, progress: 1.0,
            breakdown: nil,
            comments: []
        ),

        // 4 Beleidsplan Jeugd 2024–2027: Gewoon opgroeien
        Indicator(
            policy: 4, goal: 0, code: "JG-01",
            name: "Jeugdigen met lichte hulp via wijkteam of POH-jeugd",
            definition: "Het aantal kinderen en jongeren tot 18 jaar bij wie in het kwartaal lichte hulp is gestart door het wijkteam of de "
                + "praktijkondersteuner jeugd bij de huisarts. Bron: de registratie van de wijkteams en de declaraties van de POH-jeugd.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 290, target: 380, population: 290, progress: 1.3,
            breakdown: (dimension: "leeftijdsgroep", categories: ["0–11", "12–17"]),
            comments: [
                "Sinds alle huisartsenpraktijken in Oost en Zuid een POH-jeugd hebben, komen gezinnen daar veel eerder in beeld. Het gaat vaak "
                    + "om slaapproblemen, angst en ruzie thuis na een scheiding. Ouders vinden het fijn dat ze bij hun eigen huisarts terechtkunnen."
            ]
        ),
        Indicator(
            policy: 4, goal: 0, code: "JG-02",
            name: "Lichte hulp afgesloten zonder verwijzing naar specialistische hulp",
            definition: "Trajecten lichte hulp die in het kwartaal zijn afgesloten zonder verwijzing naar specialistische jeugdhulp, gedeeld door "
                + "alle afgesloten trajecten lichte hulp in dat kwartaal. Bron: de registratie van de wijkteams en de POH-jeugd.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 72, target: 80, population: 240, progress: 1.0,
            breakdown: nil,
            comments: [
                "De POH-jeugd verwijst minder vaak door dan vroeger de huisarts zelf. We willen wel nagaan of kinderen die toch specialistische "
                    + "hulp nodig hebben, niet te lang in lichte hulp blijven hangen."
            ]
        ),
        Indicator(
            policy: 4, goal: 1, code: "JG-03",
            name: "Specialistische jeugdhulp binnen acht weken gestart",
            definition: "Kinderen bij wie de specialistische jeugdhulp binnen acht weken na de verwijzing echt is begonnen, gedeeld door alle "
                + "kinderen bij wie de hulp in het kwartaal startte. Bron: de start- en verwijsberichten van de aanbieders in het berichtenverkeer "
                + "jeugd.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 56, target: 95, population: 85, progress: -0.3,
            breakdown: (dimension: "soort hulp", categories: ["jeugd-ggz", "gedragsproblemen", "licht verstandelijke beperking"]),
            comments: [
                "De wachttijd voor jeugd-ggz in de regio is het afgelopen jaar verder opgelopen; twee aanbieders hebben een aanmeldstop. "
                    + "Kinderen met angst of eetproblemen wachten nu vaak vier tot vijf maanden. Het wijkteam biedt zolang overbruggingshulp, "
                    + "maar dat is geen behandeling.",
                "Voor hulp bij een licht verstandelijke beperking halen we de acht weken meestal wel. Het regionale inkoopteam maakt nieuwe "
                    + "afspraken over wachttijden met de aanbieders, maar die gaan pas in het nieuwe contractjaar in.",
            ]
        ),
        Indicator(
            policy: 4, goal: 2, code: "JG-04",
            name: "Scholen met een vaste contactpersoon van het wijkteam",
            definition: "Scholen voor basis- en voortgezet onderwijs in Dijkerveen met een vaste contactpersoon van het wijkteam die minstens "
                + "één keer per maand op school is, gedeeld door alle scholen. Bron: de lijst van de wijkteams, nagevraagd bij de intern "
                + "begeleiders.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 63, target: 100, population: 27, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 4, goal: 2, code: "JG-05",
            name: "Rapportcijfer van scholen voor de samenwerking met het wijkteam",
            definition: "Het gemiddelde cijfer (1–10) dat intern begeleiders en zorgcoördinatoren geven voor de samenwerking met het wijkteam. "
                + "Bron: een korte vragenlijst aan alle scholen aan het eind van het schooljaar.",
            kind: "outcome", unit: "score", direction: "hoger-is-beter", source: "enquete", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 6.2, target: 7.5, population: 27, progress: 1.0,
            breakdown: nil,
            comments: []
        ),

        // 5 Aanpak 18-/18+: doorlopende lijn naar volwassenheid
        Indicator(
            policy: 5, goal: 0, code: "JV-01",
            name: "Jongeren met jeugdhulp die op hun 17e een toekomstplan hebben",
            definition: "Jongeren met jeugdhulp die in het kwartaal 17 jaar werden en bij wie een toekomstplan over wonen, inkomen, school of "
                + "werk en zorg in het dossier staat, gedeeld door alle jongeren met jeugdhulp die in dat kwartaal 17 werden.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 24, target: 90, population: 17, progress: 0.3,
            breakdown: nil,
            comments: [
                "Het toekomstplan wordt nu vooral gemaakt bij jongeren die het wijkteam zelf begeleidt. Bij jongeren met hulp van een "
                    + "specialistische aanbieder weet het wijkteam vaak niet dat ze 17 worden. We vragen aanbieders om dat een halfjaar vooraf "
                    + "te melden."
            ]
        ),
        Indicator(
            policy: 5, goal: 1, code: "JV-02",
            name: "Hulp na 18 loopt door zonder nieuwe wachttijd",
            definition: "Jongeren die na hun 18e nog hulp nodig hadden en bij wie die hulp zonder onderbreking doorliep via de Wmo, de ggz of "
                + "verlengde jeugdhulp, gedeeld door alle jongeren die in het kwartaal 18 werden en hulp nodig bleven hebben.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 45, target: 90, population: 12, progress: 0.0,
            breakdown: nil,
            comments: [
                "Bij de overstap naar de ggz voor volwassenen moet de jongere opnieuw op de wachtlijst, ook als de behandeling gewoon nodig "
                    + "blijft. Bijna de helft van deze jongeren heeft daardoor maanden geen hulp. Verlengde jeugdhulp zetten we nog te weinig in."
            ]
        ),
        Indicator(
            policy: 5, goal: 1, code: "JV-03",
            name: "Werkafspraak over doorlopende hulp na 18 vastgesteld",
            definition: "Ja als gemeente, zorgverzekeraar en de grootste aanbieders een werkafspraak hebben getekend dat hulp na 18 doorloopt "
                + "zonder nieuwe aanmelding of wachtlijst. Bron: het contractregister van de gemeente.",
            kind: "output", unit: "ja-nee", direction: "hoger-is-beter", source: "anders", frequency: "jaar",
            aggregation: "geen", baseline: 0, target: 1, population: 0, progress: 0.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 5, goal: 2, code: "JV-04",
            name: "Op de dag dat de jongere 18 wordt, zijn wonen en inkomen geregeld",
            definition: "Jongeren met jeugdhulp die in het kwartaal 18 werden en bij wie op die dag in het dossier staat waar ze wonen en waar "
                + "hun inkomen vandaan komt, gedeeld door alle jongeren met jeugdhulp die in dat kwartaal 18 werden.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 52, target: 95, population: 15, progress: 0.6,
            breakdown: nil,
            comments: [
                "Inkomen lukt meestal, omdat we de aanvraag voor bijstand of studiefinanciering nu een maand vooraf samen met de jongere "
                    + "klaarzetten. Wonen is het probleem: voor jongeren uit een pleeggezin of leefgroep is er bijna geen betaalbare kamer in "
                    + "Dijkerveen."
            ]
        ),

        // 6 Huisvestingsverordening Dijkerveen 2025
        Indicator(
            policy: 6, goal: 0, code: "HV-01",
            name: "Urgentieaanvragen binnen acht weken beslist",
            definition: "Aanvragen voor een urgentieverklaring waarop binnen acht weken een besluit is genomen, gedeeld door alle besluiten op "
                + "urgentieaanvragen in het kwartaal. Bron: de registratie van de urgentiecommissie.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 81, target: 95, population: 45, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 6, goal: 1, code: "HV-02",
            name: "Uitstroom uit opvang en beschermd wonen naar een eigen woning",
            definition: "Het aantal inwoners dat in het kwartaal vanuit de maatschappelijke opvang of beschermd wonen een eigen huurwoning of "
                + "kamer kreeg, met of zonder begeleiding. Bron: de uitstroomregistratie van de opvang, naast de toewijzingen van de corporaties.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 11, target: 20, population: 11, progress: 0.2,
            breakdown: nil,
            comments: [
                "Er staan nu meer mensen klaar om door te stromen dan er passende woningen vrijkomen. Vooral woningen voor één persoon in "
                    + "Centrum en Noord zijn schaars. Een paar bewoners wachten al meer dan een jaar in de opvang, terwijl ze prima zelfstandig "
                    + "kunnen wonen."
            ]
        ),
        Indicator(
            policy: 6, goal: 1, code: "HV-03",
            name: "Woonklare bewoners binnen zes maanden gehuisvest",
            definition: "Bewoners van de opvang of beschermd wonen van wie de termijn van zes maanden na de woonklaar-verklaring in het kwartaal "
                + "afliep en die binnen die termijn een woning kregen, gedeeld door alle bewoners van wie de termijn in dat kwartaal afliep.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 40, target: 85, population: 15, progress: -0.2,
            breakdown: nil,
            comments: [
                "Sinds de nieuwe urgentie voor uitstroom in de verordening staat, krijgen bewoners sneller een urgentieverklaring. Maar de "
                    + "corporaties bieden nu weinig kleine woningen aan, dus de urgentie helpt nog niet veel.",
                "Bewoners die lang moeten wachten, verliezen soms hun werk of dagbesteding, of vallen terug in oude patronen. Begeleiders in Zuid "
                    + "vragen of een tijdelijke kamer met begeleiding mag als tussenstap naar een eigen woning.",
            ]
        ),
        Indicator(
            policy: 6, goal: 2, code: "HV-04",
            name: "Statushouders gehuisvest",
            definition: "Het aantal statushouders dat in het kwartaal een woning in Dijkerveen kreeg en in de gemeente is ingeschreven, geteld "
                + "als personen. Bron: de registratie van de taakstelling, die we elk halfjaar afstemmen met het COA.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 26, target: 34, population: 26, progress: 0.9,
            breakdown: (dimension: "huishouden", categories: ["alleenstaand", "gezin"]),
            comments: [
                "Gezinnen kunnen we redelijk snel plaatsen in eengezinswoningen in Zuiderhof en De Weiden. Voor alleenstaanden zijn er te weinig "
                    + "kleine woningen. Daarom wonen sinds dit jaar acht jonge statushouders samen met begeleiding in een oud kantoor in "
                    + "Stationskwartier."
            ]
        ),

        // 7 Programma Warm Thuis 2023–2025 (energiearmoede)
        Indicator(
            policy: 7, goal: 0, code: "WT-01",
            name: "Gecoachte huishoudens met minstens 10 procent minder energieverbruik",
            definition: "Huishoudens die een energiecoach kregen en een jaar later minstens tien procent minder gas en stroom gebruiken, "
                + "gecorrigeerd voor het weer, gedeeld door alle gecoachte huishoudens van wie we meterstanden hebben. Bron: meterstanden die "
                + "bewoners met toestemming deelden via de woningcorporaties.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "anders", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 34, target: 60, population: 420, progress: 0.3,
            breakdown: nil,
            comments: [
                "Kleine maatregelen zoals radiatorfolie en tochtstrips leveren minder op dan we dachten. In de slechtste woningen in Kanaalzone "
                    + "en Bloemenbuurt gaat de warmte door dak en gevel weg, en daar helpt advies over gedrag weinig. De evaluatie zegt daarom: "
                    + "eerst isoleren, dan coachen."
            ]
        ),
        Indicator(
            policy: 7, goal: 0, code: "WT-02",
            name: "Geschatte besparing op energiekosten van gecoachte huishoudens",
            definition: "De totale geschatte besparing in euro per jaar bij alle gecoachte huishoudens: het verschil in gas- en stroomverbruik "
                + "voor en na het bezoek, maal het gemiddelde tarief van dat jaar.",
            kind: "outcome", unit: "bedrag", direction: "hoger-is-beter", source: "anders", frequency: "jaar",
            aggregation: "som", baseline: 118_000, target: 190_000, population: 0, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 7, goal: 1, code: "WT-03",
            name: "Huishoudens met een laag inkomen bereikt door een energiecoach",
            definition: "Het aantal huishoudens met een inkomen tot 130 procent van het sociaal minimum dat in het kwartaal een huisbezoek van "
                + "een energiecoach kreeg. Bron: de bezoekregistratie van de energiecoaches, met een inkomenscheck bij de aanmelding.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 105, target: 130, population: 105, progress: 1.1,
            breakdown: (dimension: "woningtype", categories: ["corporatiewoning", "particuliere huur", "koopwoning"]),
            comments: [
                "Via de voedselbank en de schuldhulp bereiken we vooral huurders in Noord en Zuid. Huishoudens in een slechte particuliere "
                    + "huurwoning laten de coach vaak niet binnen, omdat ze bang zijn voor gedoe met de verhuurder."
            ]
        ),

        // 8 Aanpak voortijdig schoolverlaten en startkwalificatie 2024–2028
        Indicator(
            policy: 8, goal: 0, code: "VSV-01",
            name: "Nieuwe voortijdig schoolverlaters",
            definition: "Jongeren tot 23 jaar die in het schooljaar zonder startkwalificatie van school gingen, als percentage van alle "
                + "leerlingen in het voortgezet onderwijs en mbo die in Dijkerveen wonen. Bron: de cijfers voortijdig schoolverlaten van DUO.",
            kind: "outcome", unit: "percentage", direction: "lager-is-beter", source: "anders", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 1.9, target: 1.4, population: 5_400, progress: 1.0,
            breakdown: (dimension: "onderwijssoort", categories: ["vo", "mbo 1–2", "mbo 3–4"]),
            comments: [
                "De daling komt vooral van het mbo, waar de loopbaanbegeleiders nu eerder bellen bij verzuim. Op niveau 2 blijft de uitval hoog; "
                    + "veel van die jongeren hebben geldzorgen of zorgen thuis voor een zieke ouder."
            ]
        ),
        Indicator(
            policy: 8, goal: 1, code: "VSV-02",
            name: "Jongeren zonder startkwalificatie binnen een maand gesproken",
            definition: "Jongeren die zonder startkwalificatie van school gingen en met wie leerplicht of het RMC binnen een maand een gesprek "
                + "had, gedeeld door alle nieuwe meldingen van zulke schoolverlaters in het kwartaal. Bron: de registratie van leerplicht en RMC.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 72, target: 95, population: 31, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 8, goal: 1, code: "VSV-03",
            name: "Jongeren zonder startkwalificatie van wie we niet weten wat ze doen",
            definition: "Het aantal jongeren van 16 tot 23 jaar zonder startkwalificatie, school, werk of uitkering van wie het RMC op de laatste "
                + "dag van het kwartaal niet weet wat ze doen. Bron: de RMC-registratie, na controle bij UWV en Werk en Inkomen.",
            kind: "outcome", unit: "aantal", direction: "lager-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 36, target: 15, population: 36, progress: -0.2,
            breakdown: nil,
            comments: [
                "Een deel van deze jongeren is verhuisd zonder zich uit te schrijven, of werkt zwart in de bezorging. Een jongerenwerker in "
                    + "Molenwijk en Vogelbuurt gaat nu gericht op zoek, maar die uren zijn maar tijdelijk betaald."
            ]
        ),
        Indicator(
            policy: 8, goal: 2, code: "VSV-04",
            name: "Jongeren zonder startkwalificatie gestart op een leerwerkplek",
            definition: "Het aantal jongeren zonder startkwalificatie dat in het kwartaal begon op een leerwerkplek (bbl of praktijkleren) bij "
                + "een werkgever in de regio. Bron: de trajectregistratie van het RMC en het Werkgeversservicepunt.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 16, target: 28, population: 16, progress: 0.6,
            breakdown: nil,
            comments: [
                "Er zijn genoeg leerwerkplekken in de techniek en de zorg, maar veel jongeren willen liever in de winkel of de horeca werken. "
                    + "Daar zijn bijna geen bbl-plekken. Met twee supermarkten in Centrum proberen we een eigen leerlijn op te zetten."
            ]
        ),

        // 9 Integraal veiligheidsplan Dijkerveen 2023–2026
        Indicator(
            policy: 9, goal: 0, code: "IVP-01",
            name: "Contact met het gezin binnen vijf werkdagen na melding huiselijk geweld",
            definition: "Meldingen die Veilig Thuis overdroeg aan het wijkteam en waarbij het wijkteam binnen vijf werkdagen contact had met "
                + "het gezin, gedeeld door alle overdrachten van Veilig Thuis in de maand. Bron: het registratiesysteem van de wijkteams.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "maand",
            aggregation: "gewogen-gemiddelde", baseline: 67, target: 95, population: 30, progress: 1.0,
            breakdown: nil,
            comments: [
                "Sinds elk wijkteam een vaste dienst heeft voor overdrachten van Veilig Thuis, blijven meldingen niet meer liggen als de eigen "
                    + "contactpersoon afwezig is. Wel lukt het eerste gesprek soms alleen met één van de ouders."
            ]
        ),
        Indicator(
            policy: 9, goal: 0, code: "IVP-02",
            name: "Gezinnen met een nieuwe melding huiselijk geweld binnen twaalf maanden",
            definition: "Gezinnen over wie in het kwartaal een melding bij Veilig Thuis binnenkwam terwijl er in de twaalf maanden daarvoor ook "
                + "al een melding was, gedeeld door alle gezinnen met een melding in dat kwartaal. Bron: de kwartaalcijfers van Veilig Thuis.",
            kind: "outcome", unit: "percentage", direction: "lager-is-beter", source: "anders", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 28, target: 20, population: 92, progress: 0.2,
            breakdown: nil,
            comments: [
                "Veel herhaalde meldingen gaan over ruzie tussen ex-partners na een scheiding, met de kinderen ertussen. De hulp stopt vaak als "
                    + "de directe onveiligheid weg is. We willen vaker een jaar lang een vaste contactpersoon van het wijkteam bij deze gezinnen "
                    + "houden."
            ]
        ),
        Indicator(
            policy: 9, goal: 1, code: "IVP-03",
            name: "Meldingen verward gedrag met zorgcontact binnen drie werkdagen",
            definition: "Meldingen over verward gedrag die de politie doorzette naar het meldpunt zorg en overlast en waarbij binnen drie "
                + "werkdagen een zorgverlener contact had met de inwoner, gedeeld door alle doorgezette meldingen in het kwartaal.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 42, target: 80, population: 115, progress: 0.6,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 9, goal: 2, code: "IVP-04",
            name: "Jongeren in de wijkaanpak tegen drugscriminaliteit",
            definition: "Het aantal jongeren van 12 tot 23 jaar met wie in het kwartaal een persoonlijk traject in de wijkaanpak is gestart, na "
                + "een signaal van school, politie, jongerenwerk of ouders. Bron: de registratie van het jeugdpreventieteam.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 14, target: 24, population: 14, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 9, goal: 2, code: "IVP-05",
            name: "Jongeren verdacht van een drugsdelict",
            definition: "Het aantal inwoners van 12 tot 23 jaar dat in het jaar door de politie als verdachte van een drugsdelict is "
                + "geregistreerd, geteld als personen. Bron: de jaarlijkse opgave van de politie aan de gemeente.",
            kind: "impact", unit: "aantal", direction: "lager-is-beter", source: "anders", frequency: "jaar",
            aggregation: "som", baseline: 31, target: 22, population: 31, progress: -0.4,
            breakdown: nil,
            comments: [
                "Het aantal stijgt vooral door jongeren die als koerier worden ingezet, vaak geronseld via sociale media. Het jongerenwerk in "
                    + "Havenfront en Kanaalzone ziet dat ronselaars steeds jongere kinderen benaderen, soms al op de basisschool."
            ]
        ),

        // 10 Nota lokaal gezondheidsbeleid 2025–2028: Gezond in Dijkerveen
        Indicator(
            policy: 10, goal: 0, code: "GZ-01",
            name: "Volwassenen die hun gezondheid als goed of zeer goed ervaren",
            definition: "Inwoners van 18 jaar en ouder die in de Gezondheidsmonitor hun gezondheid goed of zeer goed noemen, gedeeld door alle "
                + "volwassen respondenten. De GGD weegt de uitkomsten naar leeftijd en geslacht en levert cijfers per buurt.",
            kind: "impact", unit: "percentage", direction: "hoger-is-beter", source: "enquete", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 76, target: 79, population: 3_100, progress: 0.2,
            breakdown: nil,
            comments: [
                "In Centrum noemt ruim acht op de tien volwassenen de eigen gezondheid goed, in Noord nog geen zeven op de tien. Het verschil wordt "
                    + "niet kleiner: in Noord hebben meer mensen schulden en langdurige stress, en velen gaan pas laat naar de huisarts. De "
                    + "wijkverpleegkundige en de GGD willen samen een gezondheidsspreekuur in het buurthuis van Molenwijk."
            ]
        ),
        Indicator(
            policy: 10, goal: 1, code: "GZ-02",
            name: "Jongeren met somberheid of stress binnen twee weken in gesprek",
            definition: "Jongeren van 12 tot 23 jaar die zich met somberheid, stress of angst meldden bij het jongerenpunt of het wijkteam en "
                + "binnen twee weken een eerste gesprek hadden, gedeeld door alle aanmeldingen in het kwartaal.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "gewogen-gemiddelde", baseline: 52, target: 85, population: 65, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 10, goal: 1, code: "GZ-03",
            name: "Jongeren die weten waar ze terechtkunnen met somberheid of stress",
            definition: "Leerlingen van 12 tot 18 jaar die in de Jeugdmonitor zeggen dat ze weten waar ze hulp kunnen vragen bij somberheid of "
                + "stress, gedeeld door alle respondenten. Bron: de Jeugdmonitor van de GGD op alle scholen voor voortgezet onderwijs.",
            kind: "outcome", unit: "percentage", direction: "hoger-is-beter", source: "enquete", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 61, target: 75, population: 1_250, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 10, goal: 2, code: "GZ-04",
            name: "Ouderen die zich sterk eenzaam voelen",
            definition: "Inwoners van 65 jaar en ouder die op de eenzaamheidsschaal van de Gezondheidsmonitor als sterk eenzaam uitkomen, gedeeld "
                + "door alle respondenten van 65 jaar en ouder. De GGD weegt de uitkomsten naar leeftijd en geslacht.",
            kind: "outcome", unit: "percentage", direction: "lager-is-beter", source: "enquete", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 12, target: 10, population: 1_450, progress: 0.1,
            breakdown: (dimension: "leeftijdsgroep", categories: ["65–74", "75–84", "85+"]),
            comments: [
                "Vooral boven de 85 neemt de eenzaamheid toe, ook bij mensen die nog goed ter been zijn. Sinds de bibliotheek en het buurthuis in "
                    + "Oosterpark korter open zijn, hebben ouderen daar minder plekken om elkaar zomaar te zien. Vrijwilligers merken bij "
                    + "huisbezoeken dat mensen soms dagen niemand spreken."
            ]
        ),
        Indicator(
            policy: 10, goal: 2, code: "GZ-05",
            name: "Ouderen van 75 jaar en ouder bezocht door een vrijwilliger",
            definition: "Het aantal inwoners van 75 jaar en ouder dat in het kwartaal een eerste huisbezoek kreeg van een getrainde vrijwilliger "
                + "van de ouderenbond of het welzijnswerk. Bron: de bezoekregistratie van het welzijnswerk.",
            kind: "output", unit: "aantal", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 130, target: 200, population: 130, progress: 1.2,
            breakdown: nil,
            comments: [
                "De huisbezoeken lopen goed, omdat ook de wijkagent en de huisartsen nu ouderen aanmelden die er alleen voor staan. Na een bezoek "
                    + "gaat ongeveer een op de vijf ouderen naar een activiteit in de buurt."
            ]
        ),

        // 11 Tijdelijke regeling energietoeslag Dijkerveen 2023
        Indicator(
            policy: 11, goal: 0, code: "ET-01",
            name: "Huishoudens met een betalingsachterstand bij de energieleverancier",
            definition: "Het aantal huishoudens over wie de gemeente in het kwartaal via de vroegsignalering een signaal van een "
                + "betalingsachterstand bij een energieleverancier kreeg. Een huishouden telt één keer per kwartaal, ook bij meer signalen.",
            kind: "outcome", unit: "aantal", direction: "lager-is-beter", source: "eigen-registratie", frequency: "kwartaal",
            aggregation: "som", baseline: 96, target: 70, population: 96, progress: -0.6,
            breakdown: nil,
            comments: [
                "Na het stoppen van de energietoeslag stegen de signalen van energieleveranciers, vooral in de winter. Het gaat vaak om "
                    + "huishoudens in een slecht geïsoleerde huurwoning die net iets meer verdienen dan de bijstandsnorm.",
                "Schuldhulp ziet dat leveranciers de voorschotten flink hebben verhoogd, waardoor mensen in het voorjaar al achterlopen. Met twee "
                    + "leveranciers maken we afspraken om het voorschot samen met de inwoner opnieuw te berekenen.",
            ]
        ),
        Indicator(
            policy: 11, goal: 1, code: "ET-02",
            name: "Automatisch toekennen vastgelegd voor nieuwe inkomensregelingen",
            definition: "Ja als het college heeft vastgelegd dat nieuwe inkomensregelingen zonder aanvraag worden toegekend aan huishoudens van "
                + "wie de gemeente het inkomen al kent, zoals bij de energietoeslag. Bron: het besluitenregister van het college.",
            kind: "output", unit: "ja-nee", direction: "hoger-is-beter", source: "anders", frequency: "jaar",
            aggregation: "geen", baseline: 0, target: 1, population: 0, progress: 1.0,
            breakdown: nil,
            comments: []
        ),
        Indicator(
            policy: 11, goal: 1, code: "ET-03",
            name: "Bijstandshuishoudens die de inkomenstoeslag zonder aanvraag krijgen",
            definition: "Huishoudens in de bijstand die in het jaar de individuele inkomenstoeslag kregen zonder zelf een aanvraag te doen, "
                + "gedeeld door alle bijstandshuishoudens met recht op de toeslag in dat jaar. Bron: de bijstandsadministratie.",
            kind: "output", unit: "percentage", direction: "hoger-is-beter", source: "eigen-registratie", frequency: "jaar",
            aggregation: "gewogen-gemiddelde", baseline: 18, target: 80, population: 410, progress: 0.9,
            breakdown: nil,
            comments: []
        ),
    ]
}

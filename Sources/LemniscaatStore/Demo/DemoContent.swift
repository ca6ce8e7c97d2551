// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Hand-written content for the demo organisation: policies and signals in realistic Dutch, about fictional
/// people and places only. The loader turns these into records with dates over the last 18 months.
enum DemoContent {
    struct Policy {
        /// Short Dutch title, e.g. "Beleidsregel bijzondere bijstand 2025".
        let title: String
        /// Two to four sentences in B1 Dutch.
        let summary: String
        /// Domain slugs from DefaultDomains (one or more), e.g. ["inkomen", "schulden"].
        let domains: [String]
        /// "concept", "in-toets", "vastgesteld", "in-uitvoering", "geevalueerd" or "beeindigd".
        let status: String
        /// Regulation and articles, free text, e.g. "Participatiewet, art. 35; Beleidsregel bijzondere bijstand, art. 4".
        let legalBasis: String
        /// Two or three goals: (title, description).
        let goals: [(title: String, description: String)]
    }

    struct Signal {
        /// Short Dutch title, e.g. "Aanvraag bijzondere bijstand duurt te lang bij spoed".
        let title: String
        /// What happens, 2–5 sentences, as a klantmanager or wijkteam worker would write it. No names, BSNs, phone
        /// numbers, e-mail addresses, IBANs, postcodes with house numbers or birth dates.
        let description: String
        /// Domain slug from DefaultDomains.
        let domain: String
        /// Index into `policies`, or nil when the reporter did not link a policy.
        let policy: Int?
        /// "laag", "normaal" or "hoog".
        let urgency: String
        /// "1", "2-10", "11-50", "meer-dan-50" or "onbekend".
        let affected: String
        /// Optional suggested solution, one or two sentences.
        let solution: String?
        /// A substantive answer a policy officer could give, 2–4 sentences; used for answered and closed signals.
        let answer: String
    }

    struct Theme {
        let title: String
        let description: String
        /// Indexes into `signals` that belong to this theme.
        let signals: [Int]
    }

    static let policies: [Policy] = [
        // 0
        Policy(
            title: "Beleidsregels bijzondere bijstand Dijkerveen 2025",
            summary: "Deze beleidsregels bepalen wanneer inwoners met een laag inkomen bijzondere bijstand krijgen voor noodzakelijke kosten "
                + "die ze niet zelf kunnen betalen. Nieuw in 2025 is een kort aanvraagformulier voor bedragen tot € 500 en een vaste lijst "
                + "met kosten die we zonder uitgebreide toets vergoeden. De draagkracht berekenen we over twaalf maanden.",
            domains: ["inkomen", "schulden"],
            status: "in-uitvoering",
            legalBasis: "Participatiewet, art. 35 en 36; Beleidsregels bijzondere bijstand Dijkerveen 2025, art. 4 en 7",
            goals: [
                (
                    title: "Sneller beslissen",
                    description: "Negen van de tien aanvragen krijgen binnen vier weken een besluit, bij spoed binnen vijf werkdagen."
                ),
                (
                    title: "Minder niet-gebruik",
                    description: "Meer inwoners die recht hebben op bijzondere bijstand of de inkomenstoeslag, vragen die ook echt aan."
                ),
                (
                    title: "Eenvoudig aanvragen",
                    description: "Een inwoner kan een aanvraag tot € 500 zonder hulp invullen in minder dan een kwartier."
                ),
            ]
        ),
        // 1
        Policy(
            title: "Beleidsplan schuldhulpverlening 2024–2027",
            summary: "Het beleidsplan beschrijft hoe Dijkerveen inwoners met geldzorgen helpt: van vroegsignalering van betalingsachterstanden "
                + "tot schuldregeling en nazorg. Inwoners krijgen snel een eerste gesprek, en bij dreigende huisuitzetting of afsluiting van "
                + "energie binnen drie werkdagen. We werken samen met vrijwilligers, woningcorporaties en energieleveranciers.",
            domains: ["schulden", "inkomen", "wonen"],
            status: "in-uitvoering",
            legalBasis: "Wet gemeentelijke schuldhulpverlening, art. 2, 4 en 4a; Beleidsplan schuldhulpverlening Dijkerveen 2024–2027",
            goals: [
                (
                    title: "Er vroeg bij zijn",
                    description: "We nemen binnen zes weken contact op met elke inwoner over wie we een signaal van een betalingsachterstand krijgen."
                ),
                (
                    title: "Korter wachten",
                    description: "Een eerste gesprek binnen twee weken na aanmelding, en binnen drie werkdagen als uitzetting of afsluiting dreigt."
                ),
                (
                    title: "Blijvend schuldenvrij",
                    description: "Zeven van de tien inwoners hebben een jaar na hun schuldregeling geen nieuwe problematische schulden."
                ),
            ]
        ),
        // 2
        Policy(
            title: "Programma Werk dat past 2024–2026",
            summary: "Met dit programma begeleiden we inwoners in de bijstand naar betaald werk, vrijwilligerswerk of een opleiding die bij hen "
                + "past. De klantmanager maakt samen met de inwoner een plan van aanpak en kan loonkostensubsidie, jobcoaching en scholing "
                + "inzetten. Werkgevers in Dijkerveen hebben één vast aanspreekpunt bij de gemeente.",
            domains: ["werk", "inkomen"],
            status: "in-uitvoering",
            legalBasis: "Participatiewet, art. 7, 10d en 44a; Re-integratieverordening Participatiewet Dijkerveen 2023",
            goals: [
                (
                    title: "Meer mensen aan het werk",
                    description: "Elk jaar vinden 250 inwoners uit de bijstand betaald werk dat minstens zes maanden duurt."
                ),
                (
                    title: "Iedereen een plan",
                    description: "Iedere inwoner in de bijstand heeft een actueel plan van aanpak dat minstens één keer per jaar wordt besproken."
                ),
                (title: "Werken moet lonen", description: "Inwoners die gaan werken, gaan er in inkomen op vooruit, ook in de eerste maanden."),
            ]
        ),
        // 3
        Policy(
            title: "Verordening maatschappelijke ondersteuning Dijkerveen 2023",
            summary: "De verordening regelt hoe inwoners ondersteuning krijgen om zelfstandig thuis te wonen en mee te doen, zoals "
                + "huishoudelijke hulp, begeleiding, hulpmiddelen en woningaanpassingen. Na een melding voert het wijkteam een gesprek over "
                + "wat de inwoner zelf en met zijn netwerk kan. Mantelzorgers kunnen respijtzorg en een jaarlijkse waardering krijgen.",
            domains: ["zorg-en-ondersteuning", "wonen"],
            status: "in-uitvoering",
            legalBasis: "Wmo 2015, art. 2.1.3, 2.3.2 en 2.3.5; Verordening maatschappelijke ondersteuning Dijkerveen 2023, art. 5 en 9",
            goals: [
                (
                    title: "Snel duidelijkheid",
                    description: "Binnen zes weken na een melding is het onderzoek klaar, en binnen twee weken na de aanvraag is er een besluit."
                ),
                (
                    title: "Langer thuis wonen",
                    description: "Ouderen en mensen met een beperking kunnen langer veilig in hun eigen huis blijven wonen."
                ),
                (title: "Mantelzorgers ontlasten", description: "Mantelzorgers weten waar ze terecht kunnen en krijgen op tijd respijtzorg."),
            ]
        ),
        // 4
        Policy(
            title: "Beleidsplan Jeugd 2024–2027: Gewoon opgroeien",
            summary: "Het beleidsplan richt zich op gewoon opgroeien in het eigen gezin, met lichte hulp dichtbij via het wijkteam, de school "
                + "en de huisarts. Specialistische jeugdhulp zetten we in als dat nodig is, met afspraken over wachttijden met aanbieders in "
                + "de regio. De samenwerking tussen wijkteam, onderwijs en huisartsen wordt sterker.",
            domains: ["jeugd", "onderwijs", "gezondheid"],
            status: "in-uitvoering",
            legalBasis: "Jeugdwet, art. 2.2, 2.3 en 2.6; Verordening jeugdhulp Dijkerveen 2024",
            goals: [
                (
                    title: "Hulp dichtbij",
                    description: "Meer kinderen en jongeren krijgen lichte hulp via het wijkteam of de praktijkondersteuner jeugd bij de huisarts."
                ),
                (
                    title: "Korter wachten op specialistische hulp",
                    description: "Geen kind wacht langer dan acht weken op de start van specialistische jeugdhulp."
                ),
                (title: "Samen met school", description: "Elke school in Dijkerveen heeft een vaste contactpersoon van het wijkteam."),
            ]
        ),
        // 5
        Policy(
            title: "Aanpak 18-/18+: doorlopende lijn naar volwassenheid",
            summary: "Jongeren met jeugdhulp lopen bij hun achttiende verjaardag vaak tegen een breuk aan: hulp stopt en wonen en inkomen zijn "
                + "niet geregeld. In deze aanpak maakt het wijkteam vanaf 16 jaar samen met de jongere een toekomstplan over wonen, inkomen, "
                + "school of werk en zorg. Het plan ligt nu ter toetsing bij de jongerenraad en de adviesraad sociaal domein.",
            domains: ["jeugd", "werk", "wonen", "inkomen"],
            status: "in-toets",
            legalBasis: "Jeugdwet, art. 1.1 en 2.3; Participatiewet, art. 13 en 41; Wmo 2015, art. 2.3.2",
            goals: [
                (title: "Toekomstplan vanaf 16", description: "Iedere jongere met jeugdhulp heeft uiterlijk op zijn zeventiende een toekomstplan."),
                (title: "Geen gat in de hulp", description: "Hulp die na 18 nog nodig is, loopt door zonder nieuwe wachttijd."),
                (
                    title: "Dak en inkomen geregeld",
                    description: "Op de dag dat een jongere 18 wordt, is duidelijk waar hij woont en waar zijn inkomen vandaan komt."
                ),
            ]
        ),
        // 6
        Policy(
            title: "Huisvestingsverordening Dijkerveen 2025",
            summary: "De verordening regelt wie voorrang krijgt bij een sociale huurwoning, zoals inwoners in een urgente situatie, "
                + "mantelzorgers en statushouders. Ook staan er regels in over het splitsen van woningen en kamerverhuur. Nieuw is een aparte "
                + "urgentie voor mensen die uitstromen uit beschermd wonen of de maatschappelijke opvang.",
            domains: ["wonen", "zorg-en-ondersteuning"],
            status: "vastgesteld",
            legalBasis: "Huisvestingswet 2014, art. 4, 12 en 28; Huisvestingsverordening Dijkerveen 2025",
            goals: [
                (
                    title: "Eerlijke verdeling",
                    description: "Sociale huurwoningen gaan volgens duidelijke regels naar de mensen die ze het hardst nodig hebben."
                ),
                (
                    title: "Doorstroom uit opvang",
                    description: "Inwoners die klaar zijn om zelfstandig te wonen, hebben binnen zes maanden een woning."
                ),
                (
                    title: "Taakstelling statushouders halen",
                    description: "We huisvesten elk halfjaar het aantal statushouders dat het Rijk van Dijkerveen vraagt."
                ),
            ]
        ),
        // 7
        Policy(
            title: "Programma Warm Thuis 2023–2025 (energiearmoede)",
            summary: "Met dit programma hielpen we huishoudens met een laag inkomen en een slecht geïsoleerde woning om hun energierekening "
                + "te verlagen. Energiecoaches gaven advies aan huis en plaatsten kleine maatregelen zoals radiatorfolie en tochtstrips. Het "
                + "programma is in 2025 geëvalueerd; de uitkomsten gebruiken we voor een nieuwe aanpak samen met de woningcorporaties.",
            domains: ["wonen", "inkomen", "schulden"],
            status: "geevalueerd",
            legalBasis: "Participatiewet, art. 35; Subsidieregeling energiebesparing Dijkerveen 2023",
            goals: [
                (
                    title: "Lagere energierekening",
                    description: "Huishoudens die een energiecoach kregen, gebruiken gemiddeld tien procent minder energie."
                ),
                (
                    title: "Kwetsbare huishoudens bereiken",
                    description: "We bereiken 1.500 huishoudens met een laag inkomen, vooral in de wijken Noord en Zuid."
                ),
            ]
        ),
        // 8
        Policy(
            title: "Aanpak voortijdig schoolverlaten en startkwalificatie 2024–2028",
            summary: "Samen met scholen voor voortgezet onderwijs en mbo zorgen we dat jongeren tot 23 jaar een startkwalificatie halen of "
                + "op een andere manier een goede plek vinden. Leerplicht en het regionaal meld- en coördinatiepunt volgen jongeren die "
                + "uitvallen en nemen snel contact op. Voor jongeren voor wie school niet lukt, zoeken we samen met werk een leerwerkplek.",
            domains: ["onderwijs", "jeugd", "werk"],
            status: "in-uitvoering",
            legalBasis: "Leerplichtwet 1969, art. 4a, 18 en 18a; Wet educatie en beroepsonderwijs, art. 8.1.1",
            goals: [
                (title: "Minder uitval", description: "Het aantal nieuwe voortijdig schoolverlaters daalt tot onder de anderhalve procent per jaar."),
                (
                    title: "Niemand uit beeld",
                    description: "We hebben binnen een maand contact met elke jongere die zonder startkwalificatie van school gaat."
                ),
                (
                    title: "Leren en werken combineren",
                    description: "Meer jongeren zonder startkwalificatie krijgen een leerwerkplek bij een werkgever in de regio."
                ),
            ]
        ),
        // 9
        Policy(
            title: "Integraal veiligheidsplan Dijkerveen 2023–2026",
            summary: "Het veiligheidsplan bevat de prioriteiten van gemeente, politie en openbaar ministerie voor Dijkerveen. Speerpunten zijn "
                + "huiselijk geweld en kindermishandeling, inwoners met verward gedrag, ondermijning en jeugdoverlast. Zorg en veiligheid "
                + "werken samen in een zorg- en veiligheidsoverleg voor complexe situaties.",
            domains: ["veiligheid", "jeugd", "zorg-en-ondersteuning"],
            status: "in-uitvoering",
            legalBasis: "Gemeentewet, art. 38b en 172; Wmo 2015, art. 2.2.2 en 4.1.1; Wet verplichte meldcode huiselijk geweld en kindermishandeling",
            goals: [
                (
                    title: "Eerder ingrijpen bij huiselijk geweld",
                    description: "Na een melding over huiselijk geweld is er binnen vijf werkdagen contact met het gezin."
                ),
                (
                    title: "Zorg bij verward gedrag",
                    description: "Inwoners met verward gedrag krijgen passende zorg in plaats van alleen inzet van de politie."
                ),
                (
                    title: "Jongeren weg van criminaliteit",
                    description: "Minder jongeren raken betrokken bij drugscriminaliteit door een vroege aanpak in de wijk."
                ),
            ]
        ),
        // 10
        Policy(
            title: "Nota lokaal gezondheidsbeleid 2025–2028: Gezond in Dijkerveen",
            summary: "In deze nota staan de plannen om de gezondheidsverschillen tussen de wijken kleiner te maken. Aandacht gaat naar gezond "
                + "gewicht bij kinderen, mentale gezondheid van jongeren, eenzaamheid bij ouderen en de gevolgen van armoede en schulden voor "
                + "de gezondheid. De nota is nog een concept en wordt besproken met huisartsen, de GGD en inwoners.",
            domains: ["gezondheid", "jeugd", "zorg-en-ondersteuning"],
            status: "concept",
            legalBasis: "Wet publieke gezondheid, art. 2, 5 en 13",
            goals: [
                (
                    title: "Kleinere verschillen tussen wijken",
                    description: "Het verschil in ervaren gezondheid tussen Noord en Centrum wordt kleiner."
                ),
                (
                    title: "Mentaal sterke jongeren",
                    description: "Jongeren weten waar ze terecht kunnen met somberheid of stress en wachten niet lang op een gesprek."
                ),
                (title: "Minder eenzaamheid", description: "Minder ouderen in Dijkerveen voelen zich sterk eenzaam."),
            ]
        ),
        // 11
        Policy(
            title: "Tijdelijke regeling energietoeslag Dijkerveen 2023",
            summary: "Met deze regeling kregen huishoudens met een inkomen tot 120 procent van het sociaal minimum in 2023 een eenmalige "
                + "toeslag voor hoge energiekosten. Huishoudens in de bijstand kregen de toeslag automatisch, anderen konden een aanvraag "
                + "doen. De regeling is beëindigd toen de landelijke wettelijke grondslag verviel.",
            domains: ["inkomen", "schulden"],
            status: "beeindigd",
            legalBasis: "Participatiewet, art. 35, vierde lid (tijdelijke bepaling energietoeslag 2023, vervallen)",
            goals: [
                (
                    title: "Hoge energiekosten opvangen",
                    description: "Huishoudens met een laag inkomen raken door de hoge energieprijzen niet in de problemen."
                ),
                (
                    title: "Automatisch waar het kan",
                    description: "Huishoudens die al bekend zijn bij de gemeente, krijgen de toeslag zonder aanvraag."
                ),
            ]
        ),
    ]

    /// All signals, domain by domain; the parts live in the DemoContent+Signals*.swift files.
    static let signals: [Signal] = [
        signalsWerk, signalsInkomen, signalsSchulden, signalsZorg, signalsJeugd, signalsWonen, signalsOnderwijs, signalsVeiligheid,
        signalsGezondheid,
    ].flatMap { $0 }

    static let themes: [Theme] = [
        Theme(
            title: "Wachttijd schuldhulp laat schulden groeien",
            description: "Inwoners wachten weken op een intake of op de volgende stap in de schuldhulp. In die tijd lopen incassokosten, beslagen "
                + "en huurachterstanden op, en haken mensen af. Signalen gaan over de wachttijd zelf, over contact tijdens het wachten en over "
                + "spoedsituaties zoals dreigende ontruiming.",
            signals: [46, 47, 48, 49, 50, 51, 106]
        ),
        Theme(
            title: "Aanvragen te ingewikkeld bij weinig doenvermogen",
            description: "Formulieren, bewijsstukken, brieven en digitale aanvragen vragen meer van inwoners dan veel van hen kunnen, zeker bij "
                + "stress of geldzorgen. Daardoor vragen mensen regelingen niet aan waar ze recht op hebben, of gaat een aanvraag buiten "
                + "behandeling.",
            signals: [21, 22, 23, 24, 25, 26, 52, 55]
        ),
        Theme(
            title: "Jongeren vallen tussen wal en schip rond hun achttiende",
            description: "Bij 18 jaar stopt jeugdhulp, verandert de wet die geldt en moeten jongeren ineens zelf verzekering, inkomen en wonen "
                + "regelen. Jongeren zonder startkwalificatie lopen daarnaast vast tussen school, zoekperiode en bijstand. Samen laten deze "
                + "signalen zien waar de doorlopende lijn naar volwassenheid breekt.",
            signals: [10, 32, 88, 89, 90, 91, 92, 93, 105, 124, 125, 126, 127]
        ),
        Theme(
            title: "Wachtlijsten voor Wmo-voorzieningen",
            description: "Na een melding of een besluit wachten inwoners lang op een onderzoek, een traplift, woningaanpassing, hulpmiddel, "
                + "huishoudelijke hulp, begeleiding of dagopvang. Oorzaken zijn krapte bij aanbieders en leveranciers en drukte in het wijkteam. "
                + "Ondertussen komen inwoners en mantelzorgers in de knel.",
            signals: [67, 68, 69, 70, 71, 72, 73, 85]
        ),
        Theme(
            title: "Systemen die niet met elkaar praten",
            description: "Uitvoerders typen gegevens dubbel over, missen informatie die elders al bekend is of zien berichten te laat, omdat "
                + "registratiesystemen van werk, inkomen, schulden, Wmo en jeugd niet gekoppeld zijn. Dat kost tijd en leidt soms tot fouten die "
                + "inwoners raken, zoals terugvorderingen.",
            signals: [0, 11, 44, 54, 74, 86, 97]
        ),
        Theme(
            title: "Hoge energiekosten en slecht geïsoleerde woningen",
            description: "Huishoudens met een laag inkomen in oude of tochtige woningen hebben hoge energiekosten en oplopende achterstanden, zeker "
                + "nu de energietoeslag is gestopt. Kleine besparingsmaatregelen helpen te weinig zolang verhuurders niet isoleren.",
            signals: [30, 31, 53, 107, 108, 109, 122]
        ),
        Theme(
            title: "Kostendelersnorm ontmoedigt inwonen en mantelzorg",
            description: "Door de kostendelersnorm gaat een uitkering omlaag als een volwassene inwoont. Dat raakt gezinnen met thuiswonende "
                + "volwassen kinderen, mantelzorgers die willen inwonen en familie die iemand tegen dakloosheid opvangt. Ook wordt de norm soms ten "
                + "onrechte toegepast.",
            signals: [27, 28, 29, 75, 76, 112]
        ),
        Theme(
            title: "Statushouders: trage start met wonen, geld, taal en werk",
            description: "Statushouders wachten lang op een woning, beginnen met een lege woning en zonder geld, en starten laat met taal en werk. "
                + "Diploma's worden niet erkend, kinderen wachten op een school en zorg zonder tolk werkt slecht. De signalen gaan over de eerste "
                + "maanden in Dijkerveen.",
            signals: [8, 9, 33, 110, 111, 130, 158]
        ),
    ]
}

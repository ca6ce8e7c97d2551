// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Generates signal texts that read like what practitioners in the Dutch social domain report: a title and a
/// description of two to four sentences, built from vocabularies of topics, problems, groups, organisations, places,
/// concrete items and consequences, plus a long tail of rarer words (street names, people, made-up compounds) as real
/// texts have. Text number `n` depends only on the seed and `n`, so a run repeats and any result can be shown again.
struct SignalGenerator {
    let seed: UInt64

    func text(_ number: Int) -> String {
        var rng = SplitMix64(seed: seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        let topic = Self.topics[rng.skewed(Self.topics.count)]
        let problem = rng.pick(Self.problems)
        let group = rng.pick(Self.groups)
        let subject = rng.skewed(topic.subjects.count)
        var sentences: [String] = []

        switch rng.next(5) {
        case 0: sentences.append("\(capitalised(problem)) bij \(topic.subjects[subject])")
        case 1: sentences.append("\(capitalised(group)): \(problem) \(topic.name)")
        case 2: sentences.append("\(capitalised(topic.subjects[subject])) — \(problem)")
        case 3: sentences.append("\(capitalised(problem)) voor \(group) in \(place(&rng))")
        default: sentences.append("\(capitalised(topic.name)): \(problem) bij \(rng.pick(Self.organisations))")
        }

        let count = 2 + rng.next(3)
        for _ in 0..<count {
            sentences.append(sentence(topic: topic, subject: subject, problem: problem, group: group, rng: &rng))
        }
        return sentences.joined(separator: ". ") + "."
    }

    private func sentence(topic: Topic, subject: Int, problem: String, group: String, rng: inout SplitMix64) -> String {
        let otherSubject = topic.subjects[rng.skewed(topic.subjects.count)]
        switch rng.next(12) {
        case 0:
            return "\(capitalised(group)) in \(place(&rng)) krijgen \(rng.pick(Self.times)) te maken met \(problem) bij \(topic.subjects[subject])"
        case 1:
            return "Het gaat bijvoorbeeld om \(rng.pick(Self.items)) of \(rng.pick(Self.items))"
        case 2:
            return "\(capitalised(rng.pick(Self.organisations))) reageert niet op vragen over \(otherSubject)"
        case 3:
            return "Gevolg is dat \(rng.pick(Self.consequences))"
        case 4:
            return "Collega's van \(rng.pick(Self.organisations)) zien dit \(rng.pick(Self.times)) ook bij \(rng.pick(Self.groups))"
        case 5:
            return "Mevrouw \(longTailName(&rng)) uit de \(longTailName(&rng))straat wacht al \(2 + rng.next(20)) weken op \(otherSubject)"
        case 6:
            return "De regels voor \(otherSubject) sluiten niet aan bij de situatie van \(group)"
        case 7:
            return "Door \(rng.pick(Self.problems)) bij \(rng.pick(Self.organisations)) lopen \(rng.pick(Self.groups)) vast"
        case 8:
            return "In \(place(&rng)) en \(place(&rng)) speelt dit \(rng.pick(Self.times))"
        case 9:
            return "\(capitalised(rng.pick(Self.consequences))), terwijl \(topic.subjects[subject]) juist bedoeld is om dat te voorkomen"
        case 10:
            return "Wij stellen voor om \(rng.pick(Self.proposals)) voor \(otherSubject)"
        default:
            return
                "Meneer \(longTailName(&rng)) heeft hulp nodig bij \(otherSubject) en \(rng.pick(Self.items)), maar \(rng.pick(Self.problems)) maakt dat lastig"
        }
    }

    private func place(_ rng: inout SplitMix64) -> String {
        Self.placeStarts[rng.skewed(Self.placeStarts.count)] + Self.placeEnds[rng.next(Self.placeEnds.count)]
    }

    /// A made-up name from syllables, drawn from a long, skewed tail: most are rare, a few recur.
    private func longTailName(_ rng: inout SplitMix64) -> String {
        let number = rng.skewed(40_000)
        var name = ""
        var rest = number
        for _ in 0..<3 {
            name += Self.syllables[rest % Self.syllables.count]
            rest /= Self.syllables.count
        }
        return capitalised(name)
    }

    private func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    struct Topic {
        let name: String
        let subjects: [String]
    }

    static let topics: [Topic] = [
        Topic(
            name: "bijstand",
            subjects: [
                "de aanvraag bijzondere bijstand", "de bijstandsuitkering", "de betaling van de bijstand", "de kostendelersnorm",
                "de terugvordering van bijstand", "de inlichtingenplicht", "het vermogen in de bijstand", "de voorschotten",
                "de aanvraag levensonderhoud", "de individuele inkomenstoeslag", "de bijzondere bijstand voor inrichting",
                "de zoektermijn voor jongeren", "de maandelijkse inkomstenopgave", "de heronderzoeken",
            ]),
        Topic(
            name: "schuldhulp",
            subjects: [
                "de schuldhulpverlening", "de wachtlijst voor schuldhulp", "de beslagvrije voet", "het budgetbeheer",
                "de schuldsanering", "de vroegsignalering van betalingsachterstanden", "het moratorium", "de saneringskrediet",
                "de betalingsregeling met de deurwaarder", "het stabilisatietraject", "de schuldenbewindvoering",
            ]),
        Topic(
            name: "Wmo",
            subjects: [
                "de Wmo-indicatie", "de huishoudelijke hulp", "de traplift", "de scootmobiel", "de eigen bijdrage Wmo",
                "de begeleiding thuis", "het keukentafelgesprek", "de woningaanpassing", "het Wmo-vervoer", "de dagbesteding",
                "het persoonsgebonden budget", "de respijtzorg voor mantelzorgers",
            ]),
        Topic(
            name: "jeugd",
            subjects: [
                "de jeugdhulp", "de wachtlijst jeugd-ggz", "de overgang van 18-min naar 18-plus", "de pleegzorg",
                "de jeugdbescherming", "de opvoedondersteuning", "het passend onderwijs", "de leerplicht",
                "de verwijzing door de huisarts", "de gezinsvoogd", "het verblijf in een instelling", "de jeugdreclassering",
            ]),
        Topic(
            name: "wonen",
            subjects: [
                "de urgentieverklaring", "de huurachterstand", "de huisuitzetting", "de schimmel in de huurwoning",
                "de huisvesting van statushouders", "de nachtopvang", "de maatschappelijke opvang", "de energierekening",
                "de huurtoeslag", "de woningtoewijzing", "de briefadres", "de tijdelijke huurcontracten",
            ]),
        Topic(
            name: "werk en participatie",
            subjects: [
                "de re-integratie", "de loonkostensubsidie", "het beschut werk", "de participatieplaats", "de taaleis",
                "de sollicitatieplicht", "de ontheffing van de arbeidsplicht", "de baanafspraak", "de jobcoach",
                "de bijverdiensten naast de uitkering",
            ]),
        Topic(
            name: "inburgering",
            subjects: [
                "de inburgering", "het taaltraject", "de brede intake", "het persoonlijk plan inburgering", "de leerroute",
                "de ontzorging van statushouders", "de gezinshereniging", "de module arbeidsmarkt en participatie",
            ]),
        Topic(
            name: "zorg",
            subjects: [
                "de zorgverzekering", "het eigen risico", "de ggz-behandeling", "de wijkverpleging", "de Wlz-indicatie",
                "de tandartskosten", "de medicatie", "de crisisopvang", "de verslavingszorg", "de huisartsenzorg",
            ]),
        Topic(
            name: "minima",
            subjects: [
                "de stadspas", "de energietoeslag", "het kindpakket", "de collectieve zorgverzekering", "de kwijtschelding",
                "de declaratie van schoolkosten", "de voedselbank", "het meedoenbudget",
            ]),
        Topic(
            name: "toeslagen",
            subjects: [
                "de kinderopvangtoeslag", "de zorgtoeslag", "de terugvordering van toeslagen", "het kindgebonden budget",
                "de herstelregeling toeslagen", "de voorlopige aanslag",
            ]),
    ]

    static let problems: [String] = [
        "lange wachttijd", "te late betaling", "onduidelijke brief", "terugvordering na een kleine fout",
        "afwijzing zonder uitleg", "geen vaste contactpersoon", "ingewikkeld aanvraagformulier",
        "digitale aanvraag lukt niet", "dubbele uitvraag van gegevens", "geen maatwerk mogelijk", "stapeling van regels",
        "hoge eigen bijdrage", "verkeerde berekening", "bezwaarprocedure duurt lang", "telefonisch onbereikbaar",
        "gegevens worden niet gedeeld", "wachtlijst bij de aanbieder", "geen plek beschikbaar", "te weinig uren",
        "stopzetting zonder waarschuwing", "verplichte DigiD", "onvoldoende tolken", "beslag op de uitkering",
        "strenge handhaving", "hoge boete", "korting op de uitkering", "verlies van recht bij verhuizing",
        "armoedeval bij werk", "te veel schakels", "niemand voelt zich verantwoordelijk", "uitval na 18 jaar",
        "trage besluitvorming", "geen terugkoppeling", "fouten in de administratie", "ontbrekende bewijsstukken",
    ]

    static let groups: [String] = [
        "alleenstaande ouders", "jongeren tot 27 jaar", "statushouders", "ouderen met een klein pensioen", "zzp'ers",
        "mensen met een licht verstandelijke beperking", "laaggeletterden", "mantelzorgers",
        "gezinnen met jonge kinderen", "werkende armen", "dak- en thuislozen", "mensen met psychische klachten",
        "studenten", "arbeidsmigranten", "jongvolwassenen", "gescheiden vaders", "pleeggezinnen",
        "mensen met chronische ziekte", "huurders van corporaties", "ex-gedetineerden", "vrouwen na huiselijk geweld",
        "ouders van kinderen met autisme", "eenoudergezinnen", "55-plussers zonder werk", "cliënten met schulden",
    ]

    static let organisations: [String] = [
        "het UWV", "de SVB", "de Belastingdienst", "de woningcorporatie", "de zorgverzekeraar", "het CAK",
        "het wijkteam", "het CJG", "de GGD", "de deurwaarder", "de Kredietbank", "de energieleverancier", "de huisarts",
        "de school", "de werkgever", "DUO", "de IND", "het COA", "de Raad voor de Kinderbescherming",
        "het Leger des Heils", "de thuiszorgorganisatie", "het sociaal raadsliedenwerk", "de bewindvoerder",
    ]

    static let items: [String] = [
        "een wasmachine", "een koelkast", "een bril", "tandartskosten", "een laptop voor school", "het schoolreisje",
        "een bed", "de eigen bijdrage", "de huur", "de energierekening", "een fiets", "zwemles", "de sportclub",
        "vervoerskosten", "reiskosten naar de dagbesteding", "kinderopvang", "een rolstoel", "een verhuizing",
        "de borg voor een woning", "de uitvaart", "griffierechten", "een gehoorapparaat", "babyspullen",
        "winterkleding", "de telefoonrekening", "de zorgpremie", "medicijnen", "het eigen risico", "een stookkosten",
        "een inrichtingskrediet", "de afsluiting van gas", "een computer", "schoolboeken", "een kinderwagen",
    ]

    static let consequences: [String] = [
        "mensen verder in de schulden raken", "gezinnen een huurachterstand opbouwen", "de stress bij cliënten toeneemt",
        "jongeren uitvallen", "mensen afhaken en geen hulp meer vragen", "kinderen niet mee kunnen doen",
        "cliënten zonder inkomen zitten", "de wachtlijst verder oploopt", "mantelzorgers overbelast raken",
        "mensen dakloos dreigen te worden", "de problemen zich opstapelen", "professionals veel tijd kwijt zijn",
        "er dubbel werk ontstaat", "het vertrouwen in de gemeente daalt", "er crisissituaties ontstaan",
    ]

    static let times: [String] = [
        "steeds vaker", "al maanden", "sinds januari", "de laatste weken", "elke maand", "sinds de nieuwe regels",
        "vooral in de zomer", "rond de jaarwisseling", "al jaren", "sinds de overgang naar het nieuwe systeem",
    ]

    static let proposals: [String] = [
        "een vaste contactpersoon aan te wijzen", "de aanvraag te vereenvoudigen", "eerder te betalen",
        "maatwerk toe te staan", "gegevens te delen met de ketenpartners", "een voorschot te geven",
        "de brieven in eenvoudige taal te schrijven", "een spreekuur in de wijk te houden",
    ]

    static let placeStarts: [String] = [
        "Noord", "Oost", "Zuid", "West", "Ooster", "Wester", "Zuider", "Noorder", "Hoog", "Laag", "Nieuw", "Oud",
        "Berg", "Dijk", "Kerk", "Molen", "Linden", "Beuken", "Eiken", "Water", "Zand", "Veen", "Wind", "Koren",
    ]

    static let placeEnds: [String] = [
        "wijk", "park", "veld", "hoven", "kwartier", "buurt", "dorp", "haven", "hout", "broek", "kamp", "poort",
        "akker", "weide", "rade", "stede", "hage", "meer", "dal", "hof",
    ]

    static let syllables: [String] = [
        "ba", "be", "bo", "da", "de", "di", "do", "fa", "ge", "ha", "he", "ho", "ja", "ka", "ke", "ko", "la", "le",
        "li", "lo", "ma", "me", "mi", "mo", "na", "ne", "no", "pa", "pe", "ra", "re", "ri", "ro", "sa", "se", "si",
        "ta", "te", "to", "va", "ve", "vo", "wa", "we", "za", "ze", "bru", "dra", "kla", "sten", "mer", "van", "ker",
        "berg", "man", "sma", "vel", "dijk",
    ]
}

/// A small, fast, seeded generator (SplitMix64), so every run produces the same texts on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func nextUInt64() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        Int(nextUInt64() % UInt64(bound))
    }

    /// In 0..<bound, low values more often (roughly Zipf-like), as words and topics are in real texts.
    mutating func skewed(_ bound: Int) -> Int {
        let u = Double(nextUInt64() >> 11) / Double(1 << 53)
        return min(bound - 1, Int(Double(bound) * u * u * u))
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[next(items.count)]
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The demo's uitvoeringstoetsen: a closed round on version 2 of the Aanpak 18-/18+ with fifteen reviews and every
/// remark answered (version 3 came out of it), and an open round on the gezondheidsnota that uitvoerder@demo.test
/// has not answered yet. Deterministic: scores come from a fixed seed, everything else is written out.
enum DemoReviews {
    struct Reviewer {
        let email: String
        let verdict: ReviewVerdict
        let verdictNote: String
        let demands: [CapabilityDemand]
        let demandsNote: String
    }

    struct Remark {
        let reviewer: String
        let section: String
        /// Copied exactly from the section, or empty.
        let quote: String
        let text: String
        let answer: (kind: RemarkAnswer, text: String, section: String?)?
    }

    struct Round {
        /// The policy's title in `DemoContent.policies`.
        let policy: String
        let version: Int
        let openedDaysAgo: Int
        /// Negative: the deadline lies ahead.
        let deadlineDaysAgo: Int
        /// nil: the round is still open.
        let closedDaysAgo: Int?
        let answeredDaysAgo: Int
        let introduction: String
        let questions: [String]
        /// Whose reviews are submitted, in the order they came in.
        let reviewers: [Reviewer]
        /// Invited, with a review saved but not submitted (their remarks are in `remarks` too, and stay unseen).
        let saving: [Reviewer]
        /// Invited, not started.
        let waiting: [String]
        /// Scores per section: one expected score per `ReviewDimension.allCases`, nil where nobody finds it applicable.
        let profile: [String: [Double?]]
        /// Which sections each team scores; the other sections of the version get n.v.t. from its members.
        let scope: [String: Set<String>]
        let remarks: [Remark]
        let seed: UInt64
    }

    // MARK: the Aanpak 18-/18+, version 2

    static let aanpak18 = Round(
        policy: "Aanpak 18-/18+: doorlopende lijn naar volwassenheid", version: 2, openedDaysAgo: 38, deadlineDaysAgo: 24, closedDaysAgo: 6,
        answeredDaysAgo: 8,
        introduction: "Na twee werksessies ligt er een nieuwe versie van de aanpak. Voordat de adviesraad reageert, willen we weten of u "
            + "hiermee kunt werken. Kijk vooral naar het toekomstplan vanaf 16 jaar, het klaarzetten van de aanvraag voor inkomen en de "
            + "vaste contactpersoon.",
        questions: [
            "Kan uw team het gesprek over het toekomstplan vanaf 16 jaar voeren?",
            "Lukt het om de aanvraag voor inkomen drie maanden voor de achttiende verjaardag klaar te zetten?",
            "Wat is er nodig om voor elke jongere een vaste contactpersoon te hebben?",
        ],
        reviewers: [
            Reviewer(
                email: "uitvoerder@demo.test", verdict: .conditional,
                verdictNote: "Alleen als het wijkteam extra uren krijgt voor de gesprekken elk half jaar en voor de vaste contactpersoon.",
                demands: [.planAhead, .persevere],
                demandsNote: "Een plan maken op je zestiende voor je leven na je achttiende is voor deze jongeren erg ver vooruit denken."),
            Reviewer(
                email: "fatima.elamrani@demo.test", verdict: .conditional,
                verdictNote: "Mits de jeugdhulpverlener bij het eerste gesprek over het toekomstplan is.", demands: [.planAhead, .takeInitiative],
                demandsNote: "Jongeren komen zelden uit zichzelf. Wij moeten het eerste gesprek plannen, niet de jongere."),
            Reviewer(
                email: "joost.vandijk@demo.test", verdict: .infeasible,
                verdictNote: "Zonder extra formatie kan het wijkteam niet voor elke jongere een vaste contactpersoon zijn. Dan beloven we iets wat we niet waarmaken.",
                demands: [.persevere], demandsNote: ""),
            Reviewer(email: "priya.ramdin@demo.test", verdict: .feasible, verdictNote: "", demands: [.planAhead], demandsNote: ""),
            Reviewer(
                email: "kim.hoekstra@demo.test", verdict: .conditional,
                verdictNote: "Mits de contactpersoon in de registratie staat en de wachttijd na 18 echt vervalt.", demands: [.handleSetback],
                demandsNote: "Als de hulp na 18 even stopt, haken jongeren af en komen ze pas terug als het misgaat."),
            Reviewer(
                email: "eva.smit@demo.test", verdict: .conditional,
                verdictNote: "Mits een aanvraag in ons systeem vooraf klaargezet kan worden. Anders werken we dubbel.", demands: [.complexForm],
                demandsNote: "Het aanvraagformulier voor bijstand is voor een jongere van 18 zonder hulp niet te doen."),
            Reviewer(
                email: "kevin.mulder@demo.test", verdict: .conditional,
                verdictNote: "Mits studiefinanciering uit het artikel gaat, of er staat dat de klantmanager daarbij alleen helpt.",
                demands: [.complexForm, .takeInitiative], demandsNote: "De aanvraag bij DUO moet de jongere zelf doen met DigiD."),
            Reviewer(
                email: "daan.kok@demo.test", verdict: .conditional, verdictNote: "Mits de zoektermijn van vier weken al voor de achttiende verjaardag kan beginnen.",
                demands: [.planAhead, .takeInitiative, .complexForm], demandsNote: "De zoektermijn vraagt veel van jongeren die net uit de jeugdhulp komen."),
            Reviewer(email: "bas.degroot@demo.test", verdict: .feasible, verdictNote: "", demands: [.handleSetback], demandsNote: ""),
            Reviewer(
                email: "ingrid.bos@demo.test", verdict: .conditional, verdictNote: "Mits schulden een vast onderwerp zijn in het gesprek over inkomen.",
                demands: [.handleSetback, .persevere],
                demandsNote: "Een eerste rekening die niet betaald wordt, groeit snel. Deze jongeren hebben geen buffer."),
            Reviewer(
                email: "romy.verbeek@demo.test", verdict: .conditional, verdictNote: "Mits er per soort hulp een termijn komt voor het aanvragen van de nieuwe hulp.",
                demands: [.planAhead, .persevere, .takeInitiative],
                demandsNote: "Veel jongeren bij het Jongerenloket hebben geen ouder die meedenkt. Alles wat vooruit plannen vraagt, valt dan weg."),
            Reviewer(
                email: "samira.ouali@demo.test", verdict: .conditional, verdictNote: "Mits wonen goed geregeld wordt; met alleen een urgentieverklaring lukt het niet.",
                demands: [.takeInitiative, .complexForm], demandsNote: "De urgentieaanvraag is lang en vraagt stukken die jongeren niet hebben."),
            Reviewer(
                email: "jesse.kuipers@demo.test", verdict: .infeasible,
                verdictNote: "Zonder woningen voor deze jongeren is er op 18 toch een breuk. Artikel 5 belooft iets wat de woningmarkt niet kan geven.",
                demands: [.persevere, .handleSetback], demandsNote: "Bijna een jaar wachten op een woning houdt bijna niemand vol zonder terug te vallen."),
            Reviewer(email: "ilse.vandenberg@demo.test", verdict: .feasible, verdictNote: "", demands: [], demandsNote: ""),
            Reviewer(
                email: "marco.willems@demo.test", verdict: .conditional, verdictNote: "Mits Leerplicht meedoet bij jongeren die niet naar school gaan.",
                demands: [.planAhead], demandsNote: "Jongeren zonder school of werk hebben geen vast ritme. Afspraken vooruit maken is voor hen lastig."),
        ],
        saving: [], waiting: [],
        profile: [
            "inleiding": [4.2, nil, 3.9, 3.6, nil, 3.8],
            "artikel-1-begrippen": [4.3, nil, 3.8, 4.0, 3.0, 4.1],
            "artikel-2-toekomstplan": [3.2, 3.0, 2.9, 2.0, 2.8, 2.4],
            "artikel-3-doorlopende-hulp": [2.6, 2.8, 3.4, 2.2, 2.4, 1.9],
            "artikel-4-inkomen": [3.0, 3.6, 4.0, 2.6, 1.7, 2.4],
            "artikel-5-wonen": [2.0, 2.5, 2.2, nil, 3.0, 1.8],
            "artikel-6-vaste-contactpersoon": [3.4, nil, 4.4, 1.7, 3.2, 2.8],
        ],
        scope: [
            "Wijkteam Noord": ["inleiding", "artikel-1-begrippen", "artikel-2-toekomstplan", "artikel-3-doorlopende-hulp", "artikel-6-vaste-contactpersoon"],
            "Jongerenloket": [
                "inleiding", "artikel-1-begrippen", "artikel-2-toekomstplan", "artikel-3-doorlopende-hulp", "artikel-4-inkomen", "artikel-5-wonen",
                "artikel-6-vaste-contactpersoon",
            ],
            "Klantmanagers Werk en Inkomen": ["artikel-1-begrippen", "artikel-4-inkomen", "artikel-6-vaste-contactpersoon"],
            "Schuldhulpverlening": ["artikel-1-begrippen", "artikel-4-inkomen"],
            "Leerplicht": ["artikel-1-begrippen", "artikel-2-toekomstplan", "artikel-6-vaste-contactpersoon"],
        ],
        remarks: [
            Remark(
                reviewer: "romy.verbeek@demo.test", section: "inleiding", quote: "",
                text: "Noem ook school of werk in het doel. Voor veel jongeren is de breuk bij 18 vooral dat de stage of de opleiding stopt.",
                answer: (.partly, "School en werk staan in het toekomstplan (artikel 1). Het doel houden we kort.", "artikel-1-begrippen")),
            Remark(
                reviewer: "ilse.vandenberg@demo.test", section: "artikel-1-begrippen", quote: "van 16 tot 23 jaar",
                text: "De kwalificatieplicht loopt tot 18 jaar. Maak duidelijk wat de aanpak na 18 betekent voor jongeren zonder startkwalificatie.",
                answer: (
                    .notProcessed,
                    "De aanpak gaat over jeugdhulp. Voor jongeren zonder startkwalificatie blijft de aanpak van het RMC gelden. Daar verwijzen we naar in de werkinstructie.",
                    nil
                )),
            Remark(
                reviewer: "kevin.mulder@demo.test", section: "artikel-1-begrippen", quote: "",
                text: "Is een jongere die alleen een uitkering had en nooit jeugdhulp, ook een jongere in de zin van deze aanpak?",
                answer: (.notProcessed, "Nee. De aanpak is voor jongeren met jeugdhulp. Andere jongeren helpt het Jongerenloket zoals nu.", nil)),
            Remark(
                reviewer: "fatima.elamrani@demo.test", section: "artikel-2-toekomstplan", quote: "als de jongere 16 jaar is",
                text: "Op hun zestiende zijn veel jongeren nog niet bezig met later. Het gesprek lukt beter als de jeugdhulpverlener het eerste gesprek samen met ons voert.",
                answer: (
                    .partly, "De jeugdhulpverlener is bij het eerste gesprek als de jongere dat wil. Dat staat in de werkinstructie, niet in de tekst.",
                    "artikel-2-toekomstplan"
                )),
            Remark(
                reviewer: "uitvoerder@demo.test", section: "artikel-2-toekomstplan", quote: "Het wijkteam bekijkt het plan elk half jaar opnieuw met de jongere.",
                text: "Elk half jaar een gesprek met elke jongere van 16 tot 23 kost ons team ongeveer twee uur per jongere per jaar extra. Dat past niet in onze caseload.",
                answer: (
                    .notProcessed,
                    "We houden het gesprek elk half jaar: jongeren vroegen daar zelf om. De extra uren zijn aangevraagd in de begroting van volgend jaar.", nil
                )),
            Remark(
                reviewer: "joost.vandijk@demo.test", section: "artikel-2-toekomstplan", quote: "Het toekomstplan is klaar voordat de jongere 17 wordt.",
                text: "Klaar voor 17 is te vroeg voor jongeren die pas laat in beeld komen, bijvoorbeeld na een uithuisplaatsing.",
                answer: (
                    .partly,
                    "Voor jongeren die na hun zestiende in beeld komen, is het plan binnen drie maanden klaar. Dat staat in de werkinstructie; de tekst blijft.",
                    nil
                )),
            Remark(
                reviewer: "samira.ouali@demo.test", section: "artikel-2-toekomstplan", quote: "De jongere bepaalt zelf wie er bij de gesprekken zijn.",
                text: "Goed dat de jongere dit zelf bepaalt. Zorg wel dat de voogd wordt uitgenodigd zolang de jongere jonger is dan 18.",
                answer: (.notProcessed, "De voogd krijgt altijd bericht; dat volgt al uit de wet. We herhalen het hier niet.", nil)),
            Remark(
                reviewer: "marco.willems@demo.test", section: "artikel-2-toekomstplan", quote: "",
                text: "Laat Leerplicht weten als er een toekomstplan komt voor een jongere die niet naar school gaat. Nu horen we dat vaak pas als het misgaat.",
                answer: (.partly, "Als de jongere het goed vindt, nodigt het wijkteam Leerplicht uit. Zonder toestemming gegevens delen mag niet.", nil)),
            Remark(
                reviewer: "priya.ramdin@demo.test", section: "artikel-2-toekomstplan", quote: "",
                text: "Maak het toekomstplan niet te lang. Een plan van één bladzijde in gewone taal werkt beter voor deze jongeren.",
                answer: (.processed, "Het model voor het toekomstplan is nu één bladzijde in eenvoudige taal.", "artikel-2-toekomstplan")),
            Remark(
                reviewer: "priya.ramdin@demo.test", section: "artikel-3-doorlopende-hulp", quote: "gaat door tot de nieuwe hulp is begonnen",
                text: "Wie betaalt de hulp in de tussentijd? Als de jeugdhulp na 18 doorloopt zonder indicatie, stoppen aanbieders soms toch.",
                answer: (
                    .partly,
                    "Artikel 3 zegt nu ook dat de jongere niet opnieuw op een wachtlijst komt. Over de betaling maken we afspraken in de contracten met de aanbieders.",
                    "artikel-3-geen-nieuwe-wachttijd"
                )),
            Remark(
                reviewer: "kim.hoekstra@demo.test", section: "artikel-3-doorlopende-hulp", quote: "",
                text: "Bij de Wmo en de ggz voor volwassenen zijn de wachtlijsten maanden lang. Dan is de nieuwe hulp niet op tijd, hoe vroeg we ook aanvragen.",
                answer: (
                    .processed, "De jongere komt niet opnieuw op een wachtlijst: de wachttijd telt vanaf de eerste aanvraag in de jeugdhulp.",
                    "artikel-3-geen-nieuwe-wachttijd"
                )),
            Remark(
                reviewer: "romy.verbeek@demo.test", section: "artikel-3-doorlopende-hulp", quote: "Het wijkteam vraagt de nieuwe hulp op tijd aan.",
                text: "Wat is op tijd? Schrijf een termijn op, bijvoorbeeld zes maanden voor de achttiende verjaardag.",
                answer: (
                    .notProcessed,
                    "We schrijven geen vaste termijn op, want dat verschilt per soort hulp. De werkinstructie noemt per soort hulp een termijn.", nil
                )),
            Remark(
                reviewer: "fatima.elamrani@demo.test", section: "artikel-3-doorlopende-hulp", quote: "Doorlopende hulp",
                text: "De titel zegt niet wat de jongere eraan heeft. Noem het wat het is: geen nieuwe wachttijd.",
                answer: (.processed, "Goed punt. Het artikel heet nu ‘Geen nieuwe wachttijd’.", "artikel-3-geen-nieuwe-wachttijd")),
            Remark(
                reviewer: "eva.smit@demo.test", section: "artikel-4-inkomen", quote: "drie maanden voor de achttiende verjaardag klaar",
                text: "Een aanvraag voor bijstand kan in ons systeem pas vanaf de dag dat iemand 18 is. Klaarzetten kan alleen buiten het systeem, en dan typen we alles twee keer.",
                answer: (
                    .partly,
                    "De leverancier past het systeem aan, zodat een aanvraag vooraf klaar kan staan. Tot die tijd werkt u met een vast invulformulier. De tekst blijft.",
                    "artikel-4-inkomen"
                )),
            Remark(
                reviewer: "kevin.mulder@demo.test", section: "artikel-4-inkomen", quote: "studiefinanciering",
                text: "Studiefinanciering vraagt de jongere zelf aan bij DUO. Wij kunnen die aanvraag niet klaarzetten. Schrap het woord, of schrijf dat de klantmanager helpt.",
                answer: (
                    .notProcessed,
                    "We laten het staan: de klantmanager zet de aanvraag bij DUO samen met de jongere klaar. Dat lichten we toe in de werkinstructie.", nil
                )),
            Remark(
                reviewer: "daan.kok@demo.test", section: "artikel-4-inkomen", quote: "De jongere hoeft alleen nog te tekenen.",
                text: "Voor een uitkering moet een jongere eerst vier weken zoeken naar werk of school. Alleen tekenen is dan niet genoeg.",
                answer: (
                    .partly, "De zoektermijn blijft, maar begint drie maanden eerder, samen met de klantmanager. Zo is er toch geen maand zonder inkomen.",
                    "artikel-4-inkomen"
                )),
            Remark(
                reviewer: "bas.degroot@demo.test", section: "artikel-4-inkomen", quote: "Zo is er geen maand zonder inkomen.",
                text: "Op hun achttiende krijgen veel jongeren meteen rekeningen, zoals de zorgverzekering. Zet de aanvraag voor zorgtoeslag en een gesprek over geld ook in dit artikel.",
                answer: (
                    .partly, "De aanvraag voor zorgtoeslag zetten we mee klaar. Een gesprek over geld bieden we aan in het toekomstplan, niet als plicht.",
                    "artikel-4-inkomen"
                )),
            Remark(
                reviewer: "ingrid.bos@demo.test", section: "artikel-4-inkomen", quote: "",
                text: "Vraag bij het klaarzetten ook naar schulden, bijvoorbeeld bij een telefoonabonnement. Die beginnen vaak al voor 18.",
                answer: (.partly, "Het gesprek over inkomen gaat ook over schulden. Dat staat in de werkinstructie; de tekst van het artikel blijft.", nil)),
            Remark(
                reviewer: "jesse.kuipers@demo.test", section: "artikel-5-wonen", quote: "een urgentieverklaring aanvragen",
                text: "Een urgentieverklaring helpt weinig: ook met urgentie wacht een jongere bijna een jaar op een woning.",
                answer: (
                    .processed,
                    "Wonen staat nu in de huisvestingsverordening, met een eigen aantal woningen voor jongeren die uit een instelling komen. Artikel 5 is daarom weggehaald.",
                    nil
                )),
            Remark(
                reviewer: "samira.ouali@demo.test", section: "artikel-5-wonen", quote: "",
                text: "Noem ook jongeren die uit de maatschappelijke opvang komen, niet alleen jongeren uit een instelling of een pleeggezin.",
                answer: (.partly, "Dit hebben we doorgegeven voor de huisvestingsverordening. In deze aanpak staat wonen niet meer.", nil)),
            Remark(
                reviewer: "uitvoerder@demo.test", section: "artikel-6-vaste-contactpersoon", quote: "tot de jongere 21 jaar is",
                text: "Juist tussen 21 en 23 gaat het vaak mis: de opleiding stopt, of de toeslag moet worden terugbetaald. Laat de contactpersoon blijven tot 23, net als de rest van de aanpak.",
                answer: (.processed, "Na uw reactie en die van de adviesraad blijft de contactpersoon nu tot 23 jaar.", "artikel-6-vaste-contactpersoon")),
            Remark(
                reviewer: "joost.vandijk@demo.test", section: "artikel-6-vaste-contactpersoon", quote: "",
                text: "Een vaste contactpersoon voor elke jongere betekent ongeveer twintig jongeren per medewerker erbij. Dat kan niet zonder extra formatie.",
                answer: (
                    .notProcessed,
                    "De contactpersoon blijft in de tekst. Over de formatie besluit het college bij de begroting; uw berekening nemen we daarin mee.", nil
                )),
            Remark(
                reviewer: "eva.smit@demo.test", section: "artikel-6-vaste-contactpersoon", quote: "een vaste contactpersoon in het wijkteam",
                text: "Als de jongere vooral vragen over geld heeft, is de klantmanager een betere contactpersoon dan het wijkteam.",
                answer: (
                    .notProcessed,
                    "We kiezen voor het wijkteam, omdat het alle onderwerpen overziet. De klantmanager blijft het vaste aanspreekpunt voor inkomen.", nil
                )),
            Remark(
                reviewer: "ilse.vandenberg@demo.test", section: "artikel-6-vaste-contactpersoon", quote: "",
                text: "Wat gebeurt er als de contactpersoon vertrekt of lang ziek is? Jongeren haken dan af.",
                answer: (.partly, "Elke contactpersoon heeft een vaste vervanger in het team. Dat staat in de werkinstructie.", "artikel-6-vaste-contactpersoon")),
            Remark(
                reviewer: "kim.hoekstra@demo.test", section: "artikel-6-vaste-contactpersoon",
                quote: "De contactpersoon blijft dezelfde tot de jongere 21 jaar is.",
                text: "Leg in de registratie vast wie de contactpersoon is. Nu zien collega's van andere teams dat niet.",
                answer: (
                    .processed, "De contactpersoon wordt een vast veld in het dossier, ook zichtbaar voor het Jongerenloket en de klantmanager.",
                    "artikel-6-vaste-contactpersoon"
                )),
        ],
        seed: 20_261_018)

    // MARK: the gezondheidsnota, version 1

    static let gezondheid = Round(
        policy: "Nota lokaal gezondheidsbeleid 2025–2028: Gezond in Dijkerveen", version: 1, openedDaysAgo: 6, deadlineDaysAgo: -10, closedDaysAgo: nil,
        answeredDaysAgo: 1,
        introduction: "De gezondheidsnota is bijna klaar voor het college. Wij willen graag weten of de maatregelen in de wijk uit te voeren zijn, "
            + "vooral de bezoeken aan ouderen en de vragen over geldzorgen.",
        questions: [
            "Kunnen vrijwilligers de ouderen in uw wijk bereiken?",
            "Past een vraag naar geldzorgen in elk eerste gesprek?",
        ],
        reviewers: [
            Reviewer(
                email: "fatima.elamrani@demo.test", verdict: .conditional, verdictNote: "Mits de buurtkamers zelf de ouderen uitnodigen, niet de vrijwilligers.",
                demands: [.takeInitiative], demandsNote: "Eenzame ouderen komen niet uit zichzelf naar een buurtkamer."),
            Reviewer(email: "joost.vandijk@demo.test", verdict: .feasible, verdictNote: "", demands: [], demandsNote: ""),
            Reviewer(
                email: "bas.degroot@demo.test", verdict: .conditional, verdictNote: "Mits de afspraak met de zorgverzekeraar over het eigen risico rond is.",
                demands: [.complexForm], demandsNote: "De regeling voor de eigen bijdrage bij de tandarts moet zonder formulier kunnen."),
            Reviewer(
                email: "ingrid.bos@demo.test", verdict: .conditional, verdictNote: "Mits ook schuldhulpverlening de regeling voor de tandarts kan aanbieden.",
                demands: [.takeInitiative, .complexForm], demandsNote: ""),
        ],
        saving: [Reviewer(email: "priya.ramdin@demo.test", verdict: .feasible, verdictNote: "", demands: [], demandsNote: "")],
        waiting: ["uitvoerder@demo.test", "kim.hoekstra@demo.test", "sem.vos@demo.test", "sophie.jacobs@demo.test"],
        profile: [
            "1-waarom-deze-nota": [4.0, nil, 4.0, 3.8, nil, 3.9],
            "2-1-gezond-gewicht": [3.1, 2.4, 3.4, 2.8, nil, 2.9],
            "2-2-mentale-gezondheid-van-jongeren": [2.6, nil, 3.8, 1.8, 3.0, 2.2],
            "3-ouder-worden-in-je-eigen-wijk": [2.8, nil, 2.5, 2.6, 2.2, 3.2],
            "4-armoede-en-gezondheid": [3.4, 3.0, 3.0, 2.9, 2.7, 2.5],
            "5-samen-met-partners": [4.1, nil, nil, 3.5, nil, 3.8],
        ],
        scope: [
            "Wijkteam Noord": ["1-waarom-deze-nota", "2-1-gezond-gewicht", "2-2-mentale-gezondheid-van-jongeren", "3-ouder-worden-in-je-eigen-wijk", "4-armoede-en-gezondheid", "5-samen-met-partners"],
            "Schuldhulpverlening": ["1-waarom-deze-nota", "4-armoede-en-gezondheid", "5-samen-met-partners"],
        ],
        remarks: [
            Remark(
                reviewer: "fatima.elamrani@demo.test", section: "3-ouder-worden-in-je-eigen-wijk", quote: "ouderen van 75 jaar en ouder die alleen wonen",
                text: "Vrijwilligers weten niet welke ouderen alleen wonen. Wie geeft hun die adressen, en mag dat wel?",
                answer: (
                    .partly,
                    "De vrijwilligers krijgen geen adressen. De buurtkamers nodigen ouderen uit met een brief van de gemeente; wie wil, meldt zich zelf.", nil
                )),
            Remark(
                reviewer: "joost.vandijk@demo.test", section: "4-armoede-en-gezondheid", quote: "het wijkteam vraagt in elk eerste gesprek naar geldzorgen",
                text: "Dit doen we al in de meeste gesprekken. Maak er een vaste vraag van in het gespreksverslag, dan kunnen we het ook tellen.", answer: nil),
            Remark(
                reviewer: "bas.degroot@demo.test", section: "4-armoede-en-gezondheid", quote: "de gemeentepolis krijgt een lager eigen risico",
                text: "Een lager eigen risico kan de gemeente niet zelf regelen. Dat moet met de zorgverzekeraar, en dat overleg begint pas in het najaar.",
                answer: (.notProcessed, "Dat klopt. Het overleg met de zorgverzekeraar staat gepland; de tekst laten we staan als doel.", nil)),
            Remark(
                reviewer: "ingrid.bos@demo.test", section: "4-armoede-en-gezondheid", quote: "",
                text: "Bij schuldhulpverlening zien we veel mensen die de tandarts uitstellen. Laat ons de regeling voor de eigen bijdrage ook aanbieden, niet alleen het wijkteam.",
                answer: nil),
            Remark(
                reviewer: "fatima.elamrani@demo.test", section: "2-2-mentale-gezondheid-van-jongeren", quote: "binnen twee weken",
                text: "Bij de praktijkondersteuners in Noord is de wachttijd nu al vier weken. Twee weken lukt alleen met meer uren.", answer: nil),
            Remark(
                reviewer: "bas.degroot@demo.test", section: "5-samen-met-partners", quote: "",
                text: "Noem schuldhulpverlening en de voedselbank ook als partners.", answer: nil),
            Remark(
                reviewer: "priya.ramdin@demo.test", section: "2-1-gezond-gewicht", quote: "elke dag een kwartier bewegen",
                text: "Een kwartier bewegen per dag: hoe doen scholen zonder gymzaal dat?", answer: nil),
        ],
        seed: 20_261_118)

    static let rounds = [aanpak18, gezondheid]

    /// Every text the demo's reviews show, for the privacy guard's test.
    static var texts: [String] {
        rounds.flatMap { round in
            [round.introduction] + round.questions + (round.reviewers + round.saving).flatMap { [$0.verdictNote, $0.demandsNote] }
                + round.remarks.flatMap { [$0.quote, $0.text, $0.answer?.text ?? ""] }
        }
    }

    // MARK: loading

    /// Writes the rounds inside the demo's transaction, after the drafts; a policy or version the demo lacks is skipped.
    static func load(organisationID: UUID, opener: UUID, now: Date, on db: any Database) async throws -> (rounds: Int, reviews: Int) {
        var rounds = 0
        var reviews = 0
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.email, $0.id!) })
        let teams = Dictionary(
            uniqueKeysWithValues: try await TeamModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.id!, $0.name) })
        let memberships = try await TeamMemberModel.query(on: db).filter(\.$teamID ~~ Array(teams.keys)).all()
        // A person's first team by name, as opening a round picks it.
        let teamOf = Dictionary(grouping: memberships, by: \.userID).mapValues { members in
            members.map(\.teamID).min { (teams[$0] ?? "") < (teams[$1] ?? "") }!
        }
        func day(_ daysAgo: Int) -> Date { now.addingTimeInterval(-Double(daysAgo) * 86_400) }
        let actor = AuditActor.commandLine(organisationID: organisationID)
        let sql = db as! any SQLDatabase

        for content in Self.rounds {
            guard let policy = try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$title == content.policy).first(),
                let version = try await DraftVersionModel.query(on: db).filter(\.$policyID == policy.id!).filter(\.$number == content.version).first()
            else { continue }
            let sections = try await DraftSectionModel.query(on: db).filter(\.$versionID == version.id!).sort(\.$position).all().map(\.key)
            var random = DemoLoop.Random(state: content.seed)

            let round = ReviewRoundModel()
            round.organisationID = organisationID
            round.policyID = policy.id!
            round.versionID = version.id!
            round.status = (content.closedDaysAgo == nil ? ReviewRoundStatus.open : .closed).rawValue
            round.deadline = ReviewDeadline.parse(ReviewDeadline.code(day(content.deadlineDaysAgo)))!
            round.introduction = content.introduction
            round.questions = content.questions.joined(separator: "\n")
            round.openedBy = opener
            round.openedAt = day(content.openedDaysAgo)
            round.closedBy = content.closedDaysAgo == nil ? nil : opener
            round.closedAt = content.closedDaysAgo.map(day)
            try await round.create(on: db)
            let roundID = round.id!

            let invited = (content.reviewers + content.saving).map(\.email) + content.waiting
            try await sql.insert(into: ReviewInvitationModel.schema).columns("id", "round_id", "user_id", "team_id")
                .rows(invited.compactMap { users[$0] }.map { user in
                    [SQLBind(UUID()), SQLBind(roundID), SQLBind(user), teamOf[user].map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null]
                }).run()

            // Reviews come in spread over the days between opening and the deadline (or today).
            let lastDay = max(content.deadlineDaysAgo, 0) + 1
            let span = Double(content.openedDaysAgo - lastDay) * 86_400
            var remarkCount = 0
            let everyone = content.reviewers.map { ($0, true) } + content.saving.map { ($0, false) }
            for (index, (reviewer, submitted)) in everyone.enumerated() {
                guard let userID = users[reviewer.email] else { continue }
                let team = teamOf[userID].flatMap { teams[$0] } ?? ""
                let at = day(content.openedDaysAgo - 1).addingTimeInterval(span * Double(index) / Double(max(everyone.count, 1)) + Double(9 * 3600 + index * 1_700))
                let review = ReviewModel()
                review.roundID = roundID
                review.reviewerID = userID
                review.verdict = reviewer.verdict.rawValue
                review.verdictNote = reviewer.verdictNote
                review.demands = reviewer.demands.map(\.rawValue).joined(separator: ",")
                review.demandsNote = reviewer.demandsNote
                review.updatedAt = at
                review.submittedAt = submitted ? at : nil
                try await review.create(on: db)
                if submitted { reviews += 1 }

                // Each reviewer leans a little up or down, and varies per cell around the section's expected score.
                let lean = Double(random.int(0..<5) - 2) / 4
                var rows: [[any SQLExpression]] = []
                for key in sections {
                    guard let expected = content.profile[key] else { continue }
                    let inScope = content.scope[team]?.contains(key) ?? false
                    for (dimension, mean) in zip(ReviewDimension.allCases, expected) {
                        let noise = Double(random.int(0..<5) - 2) / 2
                        var score: Int? = nil
                        if inScope, let mean, !random.chance(0.06) {
                            score = min(5, max(1, Int((mean + lean + noise).rounded())))
                        }
                        rows.append([
                            SQLBind(UUID()), SQLBind(review.id!), SQLBind(key), SQLBind(dimension.rawValue),
                            score.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null,
                        ])
                    }
                }
                if !rows.isEmpty {
                    try await sql.insert(into: ReviewScoreModel.schema).columns("id", "review_id", "section_key", "dimension", "score").rows(rows).run()
                }

                for (offset, remark) in content.remarks.enumerated() where remark.reviewer == reviewer.email && sections.contains(remark.section) {
                    let model = ReviewRemarkModel()
                    model.roundID = roundID
                    model.reviewID = review.id!
                    model.sectionKey = remark.section
                    model.quote = remark.quote
                    model.text = remark.text
                    model.createdAt = at.addingTimeInterval(-Double(20 - offset % 20) * 60)
                    if submitted, let answer = remark.answer {
                        model.answer = answer.kind.rawValue
                        model.answerText = answer.text
                        model.answerSectionKey = answer.section
                        model.answeredBy = opener
                        model.answeredAt = day(content.answeredDaysAgo).addingTimeInterval(Double(10 * 3600 + offset * 600))
                    }
                    try await model.create(on: db)
                    remarkCount += 1
                }
            }

            let status = PolicyStatus(rawValue: policy.status) ?? .concept
            if status == .concept {
                policy.status = PolicyStatus.inReview.rawValue
                policy.updatedAt = round.openedAt
                try await policy.save(on: db)
                try await AuditLog.append(
                    on: db, actor: actor, action: "beleid.status", entityType: "beleid", entityID: policy.id!.uuidString.lowercased(),
                    summary: "concept → in toets (toets geopend, demo)", at: now)
            }
            try await AuditLog.append(
                on: db, actor: actor, action: "toets.geopend", entityType: "toets", entityID: roundID.uuidString.lowercased(),
                summary: "\(policy.title), versie \(content.version), \(invited.count) genodigden (demo)", at: now)
            if content.closedDaysAgo != nil {
                try await AuditLog.append(
                    on: db, actor: actor, action: "toets.gesloten", entityType: "toets", entityID: roundID.uuidString.lowercased(),
                    summary: "\(policy.title): \(content.reviewers.count) reacties, \(remarkCount) opmerkingen beantwoord (demo)", at: now)
            }
            rounds += 1
        }
        return (rounds, reviews)
    }
}

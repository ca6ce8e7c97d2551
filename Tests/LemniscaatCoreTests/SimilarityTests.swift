// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct DutchTextTests {
    @Test(arguments: [
        ("aanvraag", "aanvrag"), ("aanvragen", "aanvrag"), ("aangevraagd", "aanvrag"),
        ("wachttijd", "wachttijd"), ("wachttijden", "wachttijd"),
        ("uitkering", "uitker"), ("uitkeringen", "uitker"), ("uitgekeerd", "uitker"),
        ("bijstand", "bijstand"), ("Bijstand", "bijstand"),
        ("betaling", "betal"), ("betalingen", "betal"), ("betaald", "betal"), ("betaalt", "betal"), ("betalen", "betal"),
        ("probleem", "problem"), ("problemen", "problem"), ("gezin", "gezin"), ("gezinnen", "gezin"),
        ("dakloos", "daklos"), ("daklozen", "daklos"), ("kinderen", "kind"), ("pleegkinderen", "pleegkind"),
        ("schulden", "schuld"), ("woningen", "woning"), ("mogelijkheden", "mogelijk"), ("brieven", "brief"),
        ("geweigerd", "weiger"), ("weigering", "weiger"), ("gemeente", "gemeent"), ("gemeenten", "gemeent"),
        ("maand", "maand"), ("maanden", "maand"),
    ])
    func stemsTheFormsOfAWordTogether(_ word: String, _ stem: String) {
        #expect(DutchText.terms(word) == [stem])
    }

    @Test func foldsCaseAndDiacriticsAndSplitsOnPunctuation() {
        // act
        let terms = DutchText.terms("Cliënt’s Wmo-consulent: CLIËNTEN, auto's (ĳzer) café")
        // check
        #expect(terms == ["client", "wmo", "consulent", "client", "auto", "ijzer", "caf"])
        #expect(DutchText.terms("Cliënt") == DutchText.terms("client"))
        #expect(DutchText.terms("cli\u{65}\u{308}nt") == ["client"])  // decomposed ë
    }

    @Test func dropsStopWordsSingleLettersAndKeepsNumbers() {
        #expect(DutchText.terms("de en het een is van dat die er niet geen wel") == [])
        #expect(DutchText.terms("De wachttijd is erg lang en dat is een probleem") == ["wachttijd", "lang", "problem"])
        #expect(DutchText.terms("jongeren van 18 jaar, 't is zo'n a b c gedoe") == ["jonger", "18", "jar", "gedoe"])
        #expect(DutchText.terms("") == [])
        #expect(DutchText.terms("  … !? — ") == [])
    }

    @Test func theExampleQueryGivesItsTerms() {
        #expect(
            DutchText.terms("Lange wachttijd aanvraag bijzondere bijstand")
                == ["lang", "wachttijd", "aanvrag", "bijzonder", "bijstand"])
    }
}

@Suite struct SimilarityIndexTests {
    /// Thirty signals as practitioners write them; the first six are about the bijstand.
    static let corpus: [String] = [
        // bijstand (0–5)
        "Lange wachttijd bij aanvraag bijzondere bijstand. Cliënten wachten soms tien weken op een besluit over hun aanvraag bijzondere bijstand voor bijvoorbeeld een wasmachine.",
        "Aanvragen bijstand blijven liggen. De wachttijden bij de aanvragen voor een bijstandsuitkering lopen op tot acht weken, waardoor mensen zonder inkomen zitten.",
        "Bijzondere bijstand voor tandartskosten wordt afgewezen. Ook als de zorgverzekering niets vergoedt, wijst de gemeente de aanvraag bijzondere bijstand af.",
        "Betaling bijstand te laat. De uitkering wordt deze maand pas op de tiende betaald, terwijl de huur op de eerste moet worden betaald.",
        "Terugvordering bijstand na kleine fout. Een cliënt moet duizenden euro's terugbetalen omdat een giftje van familie niet gemeld was.",
        "Kostendelersnorm in de bijstand ontmoedigt mantelzorg. Een dochter die bij haar zieke moeder intrekt, verlaagt de bijstandsuitkering van haar moeder.",
        // schuldhulp (6–11)
        "Wachtlijst schuldhulpverlening loopt op. Inwoners met problematische schulden wachten drie maanden op een eerste gesprek bij de schuldhulp.",
        "Beslagvrije voet verkeerd berekend. Deurwaarders leggen beslag op het loon waardoor gezinnen onder het bestaansminimum zakken.",
        "Schuldsanering stopt na een nieuwe schuld. Een kleine nieuwe betalingsachterstand maakt een einde aan het traject van de schuldhulpverlening.",
        "Vroegsignalering betalingsachterstanden komt te laat. De melding van de energieleverancier over achterstanden komt pas na maanden binnen.",
        "Budgetbeheer kost cliënten geld. Voor budgetbeheer bij de schuldhulpverlening betalen mensen met schulden zelf een bijdrage.",
        "Jongeren met schulden vallen tussen wal en schip. Jongeren onder de 21 met studieschulden en boetes krijgen geen schuldhulp.",
        // Wmo (12–17)
        "Lange wachttijd voor een Wmo-indicatie. Ouderen wachten maanden op een keukentafelgesprek voor huishoudelijke hulp.",
        "Traplift via de Wmo duurt te lang. Tussen de aanvraag voor een traplift en de plaatsing zit meer dan een half jaar.",
        "Eigen bijdrage Wmo te hoog voor lage inkomens. Het abonnementstarief voor huishoudelijke hulp schrikt ouderen met een klein pensioen af.",
        "Begeleiding Wmo stopt bij verhuizing naar andere wijk. De nieuwe aanbieder in de wijk heeft geen plek, zodat de begeleiding stopt.",
        "Scootmobiel wordt niet op tijd gerepareerd. De leverancier van Wmo-hulpmiddelen laat cliënten weken zonder scootmobiel zitten.",
        "Mantelzorgers krijgen geen respijtzorg. Overbelaste mantelzorgers vinden geen logeeropvang voor hun partner met dementie.",
        // jeugd (18–23)
        "Wachtlijst jeugd-ggz voor kinderen met angst. Kinderen met angststoornissen wachten meer dan een half jaar op behandeling.",
        "Jongeren van 18 verliezen jeugdhulp. Bij de overgang van 18-min naar 18-plus stopt de jeugdhulp en begint er niets nieuws.",
        "Pleegouders krijgen pleegvergoeding te laat. De vergoeding voor pleegkinderen wordt maanden later uitbetaald.",
        "Schoolverzuim door gebrek aan passend onderwijs. Kinderen met autisme zitten thuis omdat de school geen passende plek heeft.",
        "Jeugdbescherming heeft te weinig gezinsvoogden. Een gezinsvoogd heeft zoveel gezinnen dat huisbezoeken uitblijven.",
        "Wijkteam kan jeugdhulp niet snel inzetten. Voor lichte opvoedondersteuning moet het wijkteam een lange procedure volgen.",
        // wonen (24–29)
        "Urgentieverklaring woning duurt lang. Gezinnen die dakloos dreigen te raken, wachten maanden op een urgentie voor een woning.",
        "Dakloze jongeren kunnen nergens terecht. De nachtopvang is vol en dakloze jongeren slapen bij vrienden op de bank.",
        "Huisuitzetting door huurachterstand. De woningcorporatie zet huurders uit voordat de schuldhulpverlening kan starten.",
        "Schimmel in huurwoningen wordt niet aangepakt. Huurders klagen over vocht en schimmel maar de verhuurder reageert niet.",
        "Statushouders wachten lang op een woning. Door gebrek aan woningen blijven statushouders maanden in het azc.",
        "Energiearmoede in slecht geïsoleerde woningen. Huishoudens met een laag inkomen betalen een hoge energierekening.",
    ]

    static func index(_ texts: [String] = corpus) -> (SimilarityIndex, [UUID]) {
        let index = SimilarityIndex()
        let ids = texts.map { _ in UUID() }
        for (id, text) in zip(ids, texts) { index.upsert(id: id, text: text) }
        return (index, ids)
    }

    @Test func identicalTextScoresOneAndUnrelatedTextZero() {
        // setup
        let (index, ids) = Self.index()
        // act
        let same = index.mostSimilar(to: Self.corpus[7], limit: 1)
        let unrelated = index.mostSimilar(to: "Fietsenstalling bij het station staat vol weesfietsen", minimumScore: 0)
        let unrelatedToo = index.mostSimilar(to: "Weesfietsen in de fietsenstalling bij het station", minimumScore: 0)
        // check
        #expect(same.first?.id == ids[7])
        #expect(abs((same.first?.score ?? 0) - 1) < 1e-4)
        #expect(unrelated.count == 1 && unrelated[0].id == ids[25] && unrelated[0].score < 0.15)  // "nachtopvang is vol"
        #expect(unrelatedToo.isEmpty)  // no term in common: 0, not even returned
    }

    @Test func unrelatedDocumentsScoreZeroAgainstEachOther() {
        // setup
        let (index, _) = Self.index(["Schimmel in de badkamer van de huurwoning", "Wachtlijst jeugd-ggz voor angst"])
        // act
        let found = index.mostSimilar(to: "Wachtlijst jeugd-ggz voor angst", limit: 5, minimumScore: 0)
        // check
        #expect(found.count == 1)
        #expect(found.allSatisfy { $0.score >= 0 && $0.score <= 1 })
    }

    @Test func findsTheBijstandSignalsFirst() {
        // setup
        let (index, ids) = Self.index()
        // act
        let found = index.mostSimilar(to: "lange wachttijd aanvraag bijzondere bijstand", limit: 5)
        let all = index.mostSimilar(to: "lange wachttijd aanvraag bijzondere bijstand", limit: 30, minimumScore: 0)
        // check
        #expect(found.count == 5)
        #expect(found.map(\.id).prefix(3) == [ids[0], ids[2], ids[1]])  // all of it; bijzondere bijstand; aanvraag, wachttijd
        #expect(found.map(\.id).suffix(2) == [ids[12], ids[13]])  // lange wachttijd, aanvraag: in the Wmo
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(found.allSatisfy { $0.score >= 0.1 && $0.score <= 1 })
        #expect(Set(ids[0...5]).isSubset(of: all.map(\.id)))  // the other three share only "bijstand"
    }

    @Test func findsSignalsOnOtherTopicsToo() {
        // setup
        let (index, ids) = Self.index()
        // act
        let schulden = index.mostSimilar(to: "Wachtlijst schuldhulp: mensen met schulden wachten maanden", limit: 3)
        let jeugd = index.mostSimilar(to: "18-jarigen vallen uit de jeugdhulp", limit: 1)
        let wonen = index.mostSimilar(to: "dakloze jongere zoekt opvang", limit: 1)
        // check
        #expect(schulden.first?.id == ids[6])
        #expect(jeugd.first?.id == ids[19])
        #expect(wonen.first?.id == ids[25])
    }

    @Test func upsertReplacesTheText() {
        // setup
        let (index, ids) = Self.index()
        let query = "scootmobiel kapot, leverancier repareert niet"
        #expect(index.mostSimilar(to: query, limit: 1).first?.id == ids[16])
        // act
        index.upsert(id: ids[16], text: "Huurtoeslag wordt teruggevorderd na een verhuizing")
        index.upsert(id: ids[3], text: Self.corpus[3])  // same text again: nothing changes
        // check
        #expect(index.count == Self.corpus.count)
        #expect(index.mostSimilar(to: query, limit: 5).contains { $0.id == ids[16] } == false)
        #expect(index.mostSimilar(to: "terugvordering huurtoeslag", limit: 1).first?.id == ids[16])
        #expect(abs((index.mostSimilar(to: Self.corpus[3], limit: 1).first?.score ?? 0) - 1) < 1e-4)
    }

    @Test func replacingKeepsATermOnlyThatDocumentHad() {
        // setup
        let index = SimilarityIndex()
        let first = UUID()
        let second = UUID()
        index.upsert(id: first, text: "Zeldzaamwoord bij de bijstand")
        // act: the term leaves the index with the old text and comes back with the new one
        index.upsert(id: first, text: "Zeldzaamwoord bij de wachtlijst")
        index.upsert(id: second, text: "Zeldzaamwoord")
        // check
        let found = index.mostSimilar(to: "zeldzaamwoord", limit: 5, minimumScore: 0)
        #expect(Set(found.map(\.id)) == [first, second])
        #expect(index.mostSimilar(to: "bijstand", minimumScore: 0).isEmpty)
    }

    @Test func removeRemovesAndSlotsAreReused() {
        // setup
        let (index, ids) = Self.index()
        // act
        index.remove(id: ids[0])
        index.remove(id: UUID())  // unknown: nothing happens
        // check
        #expect(index.count == Self.corpus.count - 1)
        let found = index.mostSimilar(to: Self.corpus[0], limit: 30, minimumScore: 0)
        #expect(!found.contains { $0.id == ids[0] })
        // act: a new signal takes the free place
        let newID = UUID()
        index.upsert(id: newID, text: Self.corpus[0])
        // check
        #expect(index.count == Self.corpus.count)
        #expect(index.mostSimilar(to: Self.corpus[0], limit: 1).first?.id == newID)
    }

    @Test func removingEverythingEmptiesTheIndex() {
        // setup
        let (index, ids) = Self.index()
        // act
        for id in ids { index.remove(id: id) }
        // check
        #expect(index.count == 0)
        #expect(index.mostSimilar(to: Self.corpus[0], minimumScore: 0).isEmpty)
        let id = UUID()
        index.upsert(id: id, text: "Wachtlijst schuldhulpverlening")
        #expect(index.mostSimilar(to: "schuldhulpverlening").map(\.id) == [id])
    }

    @Test func excludingAndIncludeFilter() {
        // setup
        let (index, ids) = Self.index()
        let query = "lange wachttijd aanvraag bijzondere bijstand"
        let unfiltered = index.mostSimilar(to: query, limit: 5).map(\.id)
        var asked: [UUID] = []
        // act
        let withoutFirst = index.mostSimilar(to: query, limit: 5, excluding: [ids[0]]).map(\.id)
        let onlyOpen = index.mostSimilar(to: query, limit: 3) { id in
            asked.append(id)
            return id != ids[1] && id != ids[2]
        }.map(\.id)
        // check
        #expect(unfiltered.first == ids[0])
        #expect(withoutFirst.prefix(4) == unfiltered.dropFirst())
        #expect(!withoutFirst.contains(ids[0]))
        #expect(!onlyOpen.contains(ids[1]) && !onlyOpen.contains(ids[2]))
        #expect(onlyOpen.count == 3)
        #expect(onlyOpen.first == ids[0])
        #expect(asked.count <= 5)  // asked in order, only as far as needed
        #expect(index.mostSimilar(to: query, limit: 0).isEmpty)
        #expect(index.mostSimilar(to: query, limit: 5) { _ in false }.isEmpty)
    }

    @Test func includeTurningDownManyStillFindsTheRest() {
        // setup: 150 copies score 1 and are not open; the one open signal further down must still be found
        let index = SimilarityIndex()
        let closed = Set((0..<150).map { _ in UUID() })
        for id in closed { index.upsert(id: id, text: "Lange wachttijd aanvraag bijzondere bijstand") }
        let open = UUID()
        index.upsert(id: open, text: "Wachttijd bijzondere bijstand voor een wasmachine")
        // act
        let found = index.mostSimilar(to: "lange wachttijd aanvraag bijzondere bijstand", limit: 5) { !closed.contains($0) }
        // check
        #expect(found.map(\.id) == [open])
    }

    @Test func minimumScoreCutsOff() {
        // setup
        let (index, _) = Self.index()
        // act
        let all = index.mostSimilar(to: "wachttijd", limit: 30, minimumScore: 0)
        let strong = index.mostSimilar(to: "wachttijd", limit: 30, minimumScore: 0.3)
        // check
        #expect(all.count > strong.count)
        #expect(strong.allSatisfy { $0.score >= 0.3 })
        #expect(index.mostSimilar(to: "de het een").isEmpty)
    }

    @Test func scoresStayCosinesAsTheIndexGrows() {
        // setup: norms are computed when a document is added, and recomputed once enough has changed
        let index = SimilarityIndex()
        let first = UUID()
        index.upsert(id: first, text: Self.corpus[12])
        // act
        for text in Self.corpus + Self.corpus { index.upsert(id: UUID(), text: text) }
        let found = index.mostSimilar(to: Self.corpus[12], limit: 3, minimumScore: 0.99)
        // check
        #expect(found.count == 3)
        #expect(found.first?.id == first)  // ties in the order first indexed
        #expect(found.allSatisfy { abs($0.score - 1) < 1e-4 })
    }

    @Test func matchesABruteForceCosineAfterManyChanges() {
        // setup: random additions, replacements and removals over the corpus, with a fixed seed
        let index = SimilarityIndex()
        var texts: [UUID: String] = [:]
        var ids: [UUID] = []
        var state: UInt64 = 42
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<400 {
            let text = Self.corpus[random(Self.corpus.count)] + " " + Self.corpus[random(Self.corpus.count)].prefix(40)
            switch random(4) {
            case 0 where !ids.isEmpty:
                let id = ids.remove(at: random(ids.count))
                index.remove(id: id)
                texts[id] = nil
            case 1 where !ids.isEmpty:
                let id = ids[random(ids.count)]
                index.upsert(id: id, text: text)
                texts[id] = text
            default:
                let id = UUID()
                ids.append(id)
                index.upsert(id: id, text: text)
                texts[id] = text
            }
        }
        // act: the first query recomputes the norms, so from then on scores are exact
        _ = index.mostSimilar(to: "bijstand")
        // check
        #expect(index.count == texts.count)
        for query in ["lange wachttijd aanvraag bijzondere bijstand", Self.corpus[9], "schimmel huurwoning onbekendwoord"] {
            let expected = Self.bruteForceCosines(query: query, documents: texts)
            let found = index.mostSimilar(to: query, limit: texts.count, minimumScore: 0)
            #expect(found.count == expected.count)
            for (id, score) in found {
                #expect(abs(score - (expected[id] ?? -1)) < 1e-4)
            }
        }
    }

    /// The definition the index implements: (1 + ln tf) · ln(1 + (N + 1) / (df + 1)), cosine; documents sharing no term
    /// are left out.
    static func bruteForceCosines(query: String, documents: [UUID: String]) -> [UUID: Double] {
        func frequencies(_ text: String) -> [String: Int] {
            DutchText.terms(text).reduce(into: [:]) { $0[$1, default: 0] += 1 }
        }
        let vectors = documents.mapValues(frequencies)
        var df: [String: Int] = [:]
        for vector in vectors.values { for term in vector.keys { df[term, default: 0] += 1 } }
        func weights(_ vector: [String: Int]) -> [String: Double] {
            vector.reduce(into: [:]) { weights, entry in
                let idf = log(1 + Double(documents.count + 1) / Double((df[entry.key] ?? 0) + 1))
                weights[entry.key] = (1 + log(Double(entry.value))) * idf
            }
        }
        func norm(_ weights: [String: Double]) -> Double { weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot() }
        let q = weights(frequencies(query))
        var result: [UUID: Double] = [:]
        for (id, vector) in vectors {
            let d = weights(vector)
            let dot = q.reduce(0.0) { $0 + $1.value * (d[$1.key] ?? 0) }
            if dot > 0 { result[id] = min(1, dot / (norm(q) * norm(d))) }
        }
        return result
    }

    @Test func concurrentUpsertsRemovalsAndQueriesDoNotCrash() async {
        // setup
        let index = SimilarityIndex()
        let texts = Self.corpus
        // act
        await withTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    var mine: [UUID] = []
                    for round in 0..<300 {
                        let id = UUID()
                        mine.append(id)
                        index.upsert(id: id, text: texts[(worker * 7 + round) % texts.count])
                        if round % 3 == 0 { index.upsert(id: mine[round / 2], text: texts[round % texts.count]) }
                        if round % 5 == 0 { index.remove(id: mine[round / 3]) }
                    }
                }
                group.addTask {
                    for round in 0..<300 {
                        let found = index.mostSimilar(to: texts[(worker + round) % texts.count], limit: 10) { _ in
                            _ = index.count  // include may use the index: it runs outside the lock
                            return true
                        }
                        precondition(found.allSatisfy { $0.score >= 0.1 && $0.score <= 1 })
                    }
                }
            }
        }
        // check
        #expect(index.count > 0 && index.count <= 1200)
        #expect(index.mostSimilar(to: texts[0], limit: 1).first?.score ?? 0 > 0.99)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

@Suite struct ReviewPageTests {
    /// A policy with one draft version; returns the policy's page and the draft's section keys.
    static func draftedPolicy(_ store: Store, _ fixture: Fixture) async throws -> (policy: String, keys: [String]) {
        let policy = try await DraftPageTests.policy(store, fixture)
        let id = UUID(uuidString: String(policy.split(separator: "/").last!))!
        try await DraftRepository(store: store).addVersion(
            policyID: id, markdown: DraftPageTests.first, changeNote: "", organisationID: fixture.organisationID,
            actor: .commandLine(organisationID: fixture.organisationID), now: Date())
        return (policy, DraftText.sections(DraftPageTests.first).map(\.key))
    }

    static func remarkIDs(_ html: String) -> [String] {
        html.components(separatedBy: #"name="opmerking" value=""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    static let future = ReviewDeadline.code(Date().addingTimeInterval(21 * 86_400))

    @Test func aPractitionerReviewsThePolicyOfficerAnswersAndClosesAndThePractitionerSeesTheAnswers() async throws {
        try await withApp { store, fixture, client in
            // setup
            let (policy, keys) = try await Self.draftedPolicy(store, fixture)
            var officer = Browser(client)
            try await officer.signIn(fixture.administrator.email)
            #expect(try await officer.get(policy).text.contains("Toets starten"))
            try await officer.get(policy + "/toets/nieuw")
            let team = fixture.practitionerTeamID.uuidString.lowercased()

            // act: a refused form keeps what was typed and says why in Dutch
            let refused = try await officer.post(
                policy + "/toets/nieuw", [("versie", "1"), ("termijn", "2001-01-01"), ("inleiding", "Graag uw reactie."), ("vragen", "Lukt dit?")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Kies een datum in de toekomst."))
            #expect(refused.text.contains("Nodig minstens één team of persoon uit."))
            #expect(refused.text.contains("Graag uw reactie."))
            let opened = try await officer.post(
                policy + "/toets/nieuw",
                [("versie", "1"), ("termijn", Self.future), ("inleiding", "Graag uw reactie."), ("vragen", "Lukt dit?\r\nWat mist er?"), ("teams", team)])
            #expect(opened.status == .seeOther)
            let round = try #require(opened.location?.components(separatedBy: "?").first)
            #expect(round.hasPrefix("/toetsen/"))
            #expect(try await officer.get(policy).text.contains("In toets"))
            // a browser's CRLF still gives one question per line
            #expect(try await officer.get(round).text.contains("<li>Wat mist er?</li>"))
            #expect(try await officer.get(policy + "/concept").text.contains("Er loopt een uitvoeringstoets op versie 1"))

            // the practitioner sees it on the start page and reviews two sections
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            let home = try await practitioner.get("/")
            #expect(home.text.contains("Uitvoeringstoetsen die op u wachten"))
            #expect(home.text.contains(round + "/reactie"))
            let form = try await practitioner.get(round + "/reactie")
            #expect(form.status == .ok)
            #expect(form.text.contains("Het wijkteam maakt een plan als de jongere 17 jaar is."))
            let saved = try await practitioner.post(
                round + "/reactie",
                [
                    ("score-\(keys[1])-uitvoerbaarheid", "2"), ("score-\(keys[1])-doenvermogen", "nvt"),
                    ("opmerking-\(keys[1])", "Zeventien is te laat: begin bij zestien."), ("citaat-\(keys[1])", "als de jongere 17 jaar is"),
                    ("actie", "opslaan"),
                ])
            #expect(saved.status == .seeOther)
            #expect(saved.location == round + "/reactie?melding=reviewSaved")
            let again = try await practitioner.get(round + "/reactie")
            #expect(again.text.contains("Zeventien is te laat"))
            #expect(again.text.contains(#"<option value="2" selected>"#))
            // submitting without a verdict is refused; what was typed stays
            let noVerdict = try await practitioner.post(
                round + "/reactie", [("score-\(keys[1])-uitvoerbaarheid", "2"), ("opmerking-\(keys[2])", "Wie helpt bij de aanvraag?"), ("actie", "indienen")])
            #expect(noVerdict.status == .badRequest)
            #expect(noVerdict.text.contains("Kies uw oordeel"))
            #expect(noVerdict.text.contains("Wie helpt bij de aanvraag?"))
            let submitted = try await practitioner.post(
                round + "/reactie",
                [
                    ("score-\(keys[1])-uitvoerbaarheid", "2"), ("score-\(keys[1])-doenvermogen", "nvt"), ("score-\(keys[2])-systemen", "4"),
                    ("opmerking-\(keys[2])", "Wie helpt bij de aanvraag?"), ("oordeel", "uitvoerbaar-mits"),
                    ("oordeel-toelichting", "Als het plan eerder begint."), ("doenvermogen", "vooruit-plannen"), ("actie", "indienen"),
                ])
            #expect(submitted.status == .seeOther)
            #expect(submitted.location == round + "?melding=reviewSubmitted")
            // read-only once submitted
            let readOnly = try await practitioner.get(round + "/reactie")
            #expect(readOnly.text.contains("U heeft uw reactie ingediend"))
            #expect(!readOnly.text.contains("<select"))
            #expect(try await practitioner.post(round + "/reactie", [("actie", "opslaan")]).status == .badRequest)
            #expect(!(try await practitioner.get("/").text.contains("Uitvoeringstoetsen die op u wachten")))

            // the officer cannot close while a remark is unanswered
            try await officer.get(round)
            let early = try await officer.post(round + "/sluiten", [])
            #expect(early.status == .badRequest)
            #expect(early.text.contains("Er zijn nog 2 opmerkingen zonder antwoord."))
            let ids = Self.remarkIDs(early.text)
            #expect(ids.count == 2)
            // an answer without an explanation is refused
            let bare = try await officer.post(round + "/antwoorden", [("opmerking", ids[0]), ("antwoord", "verwerkt"), ("uitleg", "")])
            #expect(bare.status == .badRequest)
            #expect(bare.text.contains("Vul een uitleg in."))
            for (index, id) in ids.enumerated() {
                let answered = try await officer.post(
                    round + "/antwoorden",
                    [("opmerking", id), ("antwoord", index == 0 ? "verwerkt" : "niet-verwerkt"), ("uitleg", "Uitleg \(index): zo gedaan."), ("onderdeel", "")])
                #expect(answered.status == .seeOther)
            }
            let closed = try await officer.post(round + "/sluiten", [])
            #expect(closed.status == .seeOther)
            #expect(closed.location == round + "?melding=reviewClosed")

            // check: the practitioner is told and sees the answers
            #expect(try await practitioner.get("/meldingen").text.contains("is gesloten"))
            let after = try await practitioner.get(round)
            #expect(after.text.contains("Uitleg 0: zo gedaan."))
            #expect(after.text.contains("Uitleg 1: zo gedaan."))
            #expect(after.text.contains("Gesloten"))
            #expect(try await practitioner.get(round + "/reactie").text.contains("Uitleg 0: zo gedaan."))
            #expect(try await officer.post(round + "/sluiten", []).status == .badRequest)
        }
    }

    @Test func nobodyReviewsUninvitedOrAcrossOrganisationsAndPractitionersDoNotRunRounds() async throws {
        try await withApp { store, fixture, client in
            // setup
            let (policy, keys) = try await Self.draftedPolicy(store, fixture)
            let policyID = UUID(uuidString: String(policy.split(separator: "/").last!))!
            let round = try await ReviewRepository(store: store).open(
                policyID: policyID, .init(deadline: Self.future, introduction: "Graag.", questions: "Lukt dit?", userIDs: [fixture.practitioner.id!]),
                organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            let path = "/toetsen/\(round.id!.uuidString.lowercased())"
            let other = try await Fixture.make(store, name: "Gemeente Elders")

            // act and check: the officer is not invited
            var officer = Browser(client)
            try await officer.signIn(fixture.administrator.email)
            #expect(try await officer.get(path).status == .ok)
            #expect(try await officer.get(path + "/reactie").status == .forbidden)
            try await officer.get(path)
            #expect(try await officer.post(path + "/reactie", [("score-\(keys[1])-uitvoerbaarheid", "3"), ("actie", "opslaan")]).status == .forbidden)
            // a practitioner does not open, answer or close rounds
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get(policy + "/toets/nieuw").status == .forbidden)
            try await practitioner.get(path)
            #expect(try await practitioner.post(path + "/sluiten", []).status == .forbidden)
            #expect(try await practitioner.post(path + "/antwoorden", [("opmerking", UUID().uuidString), ("antwoord", "verwerkt")]).status == .forbidden)
            // a score outside 1–5 is refused
            let wrong = try await practitioner.post(path + "/reactie", [("score-\(keys[1])-uitvoerbaarheid", "7"), ("actie", "opslaan")])
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("een score van 1 tot 5 of n.v.t."))
            // another organisation sees nothing
            var stranger = Browser(client)
            try await stranger.signIn(other.administrator.email)
            #expect(try await stranger.get(path).status == .notFound)
            #expect(try await stranger.get(path + "/reactie").status == .notFound)
            #expect(!(try await stranger.get("/toetsen").text.contains(path)))
            try await stranger.get("/toetsen")
            #expect(try await stranger.post(path + "/sluiten", []).status == .notFound)
            #expect(try await stranger.post(policy + "/toets/nieuw", [("termijn", Self.future)]).status == .notFound)
            #expect(try await ReviewModel.query(on: store.database).count() == 0)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

/// The uitvoeringstoets through the API: rounds, reviews, remarks with answers, closing, and the protected report.
@Suite struct ReviewAPITests: APITestSupport {
    static let draft = """
        Inleidende tekst.

        # Artikel 1 Toekomstplan
        Het wijkteam maakt een plan als de jongere 17 jaar is.

        # Artikel 2 Inkomen
        De jongere vraagt zelf een uitkering aan.
        """

    func isProblem(_ response: TestResponse, _ status: HTTPResponse.Status) -> Bool {
        response.status == status && response.headers[.contentType]?.hasPrefix("application/problem+json") == true
            && response.headers[HTTPField.Name("API-Version")!] == "1.8.0"
    }

    static func id(_ user: UserModel) -> String { user.id!.uuidString.lowercased() }

    /// A policy of the fixture's organisation with a concept text of three sections, and the keys of those sections.
    func draftPolicy(_ store: Store, _ fixture: Fixture) async throws -> (policy: String, keys: [String]) {
        let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(title: "Aanpak 18-/18+", summary: "Geen breuk op 18.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        try await DraftRepository(store: store).addVersion(
            policyID: policy.id!, markdown: Self.draft, changeNote: "", organisationID: fixture.organisationID, actor: actor, now: Date())
        let version = try #require(try await DraftRepository(store: store).version(policyID: policy.id!, number: 1, organisationID: fixture.organisationID))
        return (policy.id!.uuidString.lowercased(), version.sections.map(\.key))
    }

    func openRound(_ client: some TestClientProtocol, _ headers: HTTPFields, policy: String, teams: [UUID]) async throws -> String {
        let response = try await client.execute(
            uri: "/api/v1/toetsen", method: .post, headers: headers,
            body: try body([
                "beleidId": policy, "termijn": ReviewDeadline.code(Date().addingTimeInterval(14 * 86_400)), "inleiding": "Graag uw oordeel.",
                "vragen": ["Is dit haalbaar?", "Wat mist er?"], "teamIds": teams.map { $0.uuidString.lowercased() },
            ]))
        #expect(response.status == .created, "\(response.text)")
        return try #require(try json(response)["id"] as? String)
    }

    func put(_ client: some TestClientProtocol, _ uri: String, _ headers: HTTPFields, _ object: [String: Any]) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .put, headers: headers, body: try body(object))
    }

    func get(_ client: some TestClientProtocol, _ uri: String, _ headers: HTTPFields) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
    }

    @Test func aWholeRoundThroughTheAPI() async throws {
        try await withApp { store, fixture, client in
            // setup: a second practitioner in the team, a policy with a concept text
            let second = try await AccountRepository(store: store).create(
                .init(email: "pim@testdorp.test", name: "Pim Praktijk", roles: [.practitioner], teamIDs: [fixture.practitionerTeamID], password: Fixture.password),
                organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date()
            ).user
            let (policy, keys) = try await draftPolicy(store, fixture)
            let officer = try await bearer(store, fixture.administrator)
            let reviewer = try await bearer(store, fixture.practitioner)
            let other = try await bearer(store, second)

            // act: open on the team
            let round = try await openRound(client, officer, policy: policy, teams: [fixture.practitionerTeamID])
            let base = "/api/v1/toetsen/\(round)"

            // check: the round, and who sees the invitees
            let listed = try await get(client, "/api/v1/toetsen", reviewer)
            #expect(listed.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            #expect(try results(listed).map { $0["id"] as? String } == [round])
            #expect(try results(try await get(client, "/api/v1/toetsen?status=gesloten", reviewer)).isEmpty)
            #expect(try results(try await get(client, "/api/v1/toetsen?beleid=\(policy)&status=open", reviewer)).count == 1)
            #expect(try results(try await get(client, "/api/v1/toetsen?beleid=\(UUID().uuidString.lowercased())", reviewer)).isEmpty)
            let asOfficer = try json(try await get(client, base, officer))
            #expect(asOfficer["beleidId"] as? String == policy)
            #expect(asOfficer["beleidTitel"] as? String == "Aanpak 18-/18+")
            #expect(asOfficer["versie"] as? Int == 1)
            #expect(asOfficer["status"] as? String == "open")
            #expect(asOfficer["vragen"] as? [String] == ["Is dit haalbaar?", "Wat mist er?"])
            let parts = try #require(asOfficer["onderdelen"] as? [[String: Any]])
            #expect(parts.compactMap { $0["onderdeel"] as? String } == keys)
            #expect(parts[1]["titel"] as? String == "Artikel 1 Toekomstplan")
            #expect((parts[1]["tekst"] as? String)?.contains("als de jongere 17 jaar is") == true)
            #expect(try results(listed).first?["onderdelen"] == nil)
            #expect((asOfficer["genodigden"] as? [[String: Any]])?.compactMap { $0["stand"] as? String } == ["niet-begonnen", "niet-begonnen"])
            #expect((asOfficer["aantallen"] as? [String: Any])?["uitgenodigd"] as? Int == 2)
            #expect(try json(try await get(client, base, reviewer))["genodigden"] == nil)

            // act: the reviewer saves, saves the same again, then submits
            let mine = "\(base)/reacties/\(Self.id(fixture.practitioner))"
            let draftReview: [String: Any] = [
                "ingediend": false,
                "scores": [["onderdeel": keys[1], "dimensie": "uitvoerbaarheid", "score": "2"], ["onderdeel": keys[1], "dimensie": "doenvermogen", "score": "nvt"]],
                "nieuweOpmerkingen": [["onderdeel": keys[1], "citaat": "als de jongere 17 jaar is", "tekst": "Dat is te laat: begin bij 16."]],
            ]
            let saved = try await put(client, mine, reviewer, draftReview)
            #expect(saved.status == .ok, "\(saved.text)")
            #expect(try json(saved)["stand"] as? String == "opgeslagen")
            let again = try await put(client, mine, reviewer, draftReview)
            #expect((try json(again)["opmerkingen"] as? [Any])?.count == 1)
            let noVerdict = try await put(client, mine, reviewer, ["ingediend": true, "scores": draftReview["scores"]!])
            #expect(isProblem(noVerdict, .badRequest))
            #expect(try problemNames(noVerdict).contains("oordeel"))
            let submitted = try await put(client, mine, reviewer, [
                "ingediend": true,
                "scores": [["onderdeel": keys[1], "dimensie": "uitvoerbaarheid", "score": "2"], ["onderdeel": keys[1], "dimensie": "doenvermogen", "score": "nvt"]],
                "oordeel": "uitvoerbaar-mits", "oordeelToelichting": "Als het plan eerder begint.", "doenvermogen": ["vooruit-plannen"],
                "doenvermogenToelichting": "Jongeren zonder netwerk.", "nieuweOpmerkingen": [["onderdeel": keys[2], "tekst": "Wie helpt bij de aanvraag?"]],
            ])
            #expect(submitted.status == .ok, "\(submitted.text)")
            let review = try json(submitted)
            #expect(review["stand"] as? String == "ingediend")
            #expect(review["oordeel"] as? String == "uitvoerbaar-mits")
            #expect(review["doenvermogen"] as? [String] == ["vooruit-plannen"])
            #expect((review["scores"] as? [[String: Any]])?.compactMap { $0["dimensie"] as? String } == ["uitvoerbaarheid", "doenvermogen"])
            #expect((review["opmerkingen"] as? [Any])?.count == 2)
            let retried = try await put(client, mine, reviewer, [
                "ingediend": true,
                "scores": [["onderdeel": keys[1], "dimensie": "doenvermogen", "score": "nvt"], ["onderdeel": keys[1], "dimensie": "uitvoerbaarheid", "score": "2"]],
                "oordeel": "uitvoerbaar-mits", "oordeelToelichting": "Als het plan eerder begint.", "doenvermogen": ["vooruit-plannen"],
                "doenvermogenToelichting": "Jongeren zonder netwerk.", "nieuweOpmerkingen": [["onderdeel": keys[2], "tekst": "Wie helpt bij de aanvraag?"]],
            ])
            #expect(retried.status == .ok, "a submit sent again is answered as the first: \(retried.text)")
            let changed = try await put(client, mine, reviewer, ["ingediend": true, "scores": draftReview["scores"]!, "oordeel": "uitvoerbaar"])
            #expect(isProblem(changed, .badRequest))
            let secondReview = try await put(client, "\(base)/reacties/\(Self.id(second))", other, [
                "ingediend": true, "scores": [["onderdeel": keys[1], "dimensie": "uitvoerbaarheid", "score": "4"]], "oordeel": "uitvoerbaar",
            ])
            #expect(secondReview.status == .ok, "\(secondReview.text)")

            // check: who sees which review, and the report waits for the close
            #expect(try results(try await get(client, "\(base)/reacties", officer)).count == 2)
            #expect(try results(try await get(client, "\(base)/reacties", reviewer)).compactMap { $0["naam"] as? String } == ["Uri Uitvoerder"])
            #expect(isProblem(try await get(client, "\(base)/rapport", reviewer), .forbidden))
            #expect(try results(try await get(client, "\(base)/opmerkingen", other)).isEmpty)

            // act: closing is refused while remarks are unanswered
            let refused = try await client.execute(uri: base, method: .patch, headers: officer, body: try body(["status": "gesloten"]))
            #expect(isProblem(refused, .badRequest))
            let reason = try #require((try json(refused)["invalidParams"] as? [[String: Any]])?.first)
            #expect(reason["name"] as? String == "status")
            #expect(reason["code"] as? String == "onbeantwoord")
            #expect((reason["reason"] as? String)?.contains("2 opmerkingen zonder antwoord") == true)

            // act: answer every remark
            let remarks = try results(try await get(client, "\(base)/opmerkingen", officer))
            #expect(remarks.count == 2)
            for remark in remarks {
                let id = try #require(remark["id"] as? String)
                let answered = try await put(
                    client, "\(base)/opmerkingen/\(id)/antwoord", officer, ["antwoord": "verwerkt", "uitleg": "Aangepast in versie 2.", "onderdeel": keys[1]])
                #expect(answered.status == .ok, "\(answered.text)")
                #expect((try json(answered)["antwoord"] as? [String: Any])?["antwoord"] as? String == "verwerkt")
            }

            // check: the report before closing, with the standard k = 5: every count and mean protected
            let protected = try await get(client, "\(base)/rapport", officer)
            #expect(protected.status == .ok, "\(protected.text)")
            let report = try json(protected)
            #expect(report["drempel"] as? Int == 5)
            let responded = try #require((report["respons"] as? [String: Any])?["gereageerd"] as? [String: Any])
            #expect(responded["waarde"] == nil)
            #expect(responded["weergave"] as? String == "< 5")
            #expect(responded["beveiliging"] as? String == "klein-aantal")
            #expect(!protected.text.contains("gemiddelde"))
            #expect(!protected.text.contains("spreiding"))
            let sections = try #require(report["onderdelen"] as? [[String: Any]])
            #expect(sections.compactMap { $0["onderdeel"] as? String } == keys)
            let feasibility = try #require((sections[1]["dimensies"] as? [[String: Any]])?.first)
            #expect((feasibility["aantal"] as? [String: Any])?["weergave"] as? String == "< 5")
            #expect((report["voorwaarden"] as? [[String: Any]])?.allSatisfy { $0["oordeel"] == nil } == true)
            #expect((report["opmerkingen"] as? [Any])?.count == 2)
            #expect(report["onbeantwoord"] as? Int == 0)

            // act: close (as a merge patch)
            var patch = officer
            patch[.contentType] = "application/merge-patch+json"
            let closed = try await client.execute(uri: base, method: .patch, headers: patch, body: try body(["status": "gesloten"]))
            #expect(closed.status == .ok, "\(closed.text)")
            #expect(try json(closed)["status"] as? String == "gesloten")
            #expect(try json(closed)["geslotenOp"] != nil)

            // check: the other reviewer sees every remark with its answer, still only their own review
            let all = try results(try await get(client, "\(base)/opmerkingen", other))
            #expect(all.count == 2)
            #expect(all.allSatisfy { ($0["antwoord"] as? [String: Any])?["antwoord"] as? String == "verwerkt" })
            #expect(try results(try await get(client, "\(base)/reacties", other)).compactMap { $0["naam"] as? String } == ["Pim Praktijk"])

            // check: the report for everyone once closed; with k = 2 what two people scored is shown, the rest not
            try await IndicatorRepository(store: store).setSmallNumberThreshold(
                "2", organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            let open = try await get(client, "\(base)/rapport", reviewer)
            #expect(open.status == .ok, "\(open.text)")
            let final = try json(open)
            #expect(final["status"] as? String == "gesloten")
            #expect(((final["respons"] as? [String: Any])?["gereageerd"] as? [String: Any])?["waarde"] as? Double == 2)
            let finalSections = try #require(final["onderdelen"] as? [[String: Any]])
            let cells = try #require(finalSections[1]["dimensies"] as? [[String: Any]])
            #expect((cells[0]["aantal"] as? [String: Any])?["waarde"] as? Double == 2)
            #expect(cells[0]["gemiddelde"] as? Double == 3)
            #expect(cells[0]["spreiding"] as? Double == 1)
            let capability = try #require(cells.first { $0["dimensie"] as? String == "doenvermogen" })
            #expect(capability["gemiddelde"] == nil)
            #expect(capability["beveiliging"] as? String == "klein-aantal")
            #expect((capability["nvt"] as? [String: Any])?["weergave"] as? String == "< 2")
            #expect((final["oordelen"] as? [[String: Any]])?.allSatisfy { ($0["aantal"] as? [String: Any])?["waarde"] == nil } == true)

            // check: nothing changes after closing
            #expect(isProblem(try await put(client, mine, reviewer, ["ingediend": false]), .badRequest))
            #expect(isProblem(try await client.execute(uri: base, method: .patch, headers: officer, body: try body(["status": "open"])), .badRequest))
            let alreadyClosed = try await client.execute(uri: base, method: .patch, headers: officer, body: try body(["status": "gesloten"]))
            #expect(alreadyClosed.status == .ok)
        }
    }

    @Test func onlyInviteesSaveAndOnlyTheirOwnReview() async throws {
        try await withApp { store, fixture, client in
            // setup
            let (policy, keys) = try await draftPolicy(store, fixture)
            let officer = try await bearer(store, fixture.administrator)
            let reviewer = try await bearer(store, fixture.practitioner)
            let round = try await openRound(client, officer, policy: policy, teams: [fixture.practitionerTeamID])
            let review: [String: Any] = ["ingediend": false, "scores": [["onderdeel": keys[1], "dimensie": "systemen", "score": "3"]]]

            // act
            let notInvited = try await put(client, "/api/v1/toetsen/\(round)/reacties/\(Self.id(fixture.administrator))", officer, review)
            let someoneElses = try await put(client, "/api/v1/toetsen/\(round)/reacties/\(Self.id(fixture.administrator))", reviewer, review)
            let asSomeoneElse = try await put(client, "/api/v1/toetsen/\(round)/reacties/\(Self.id(fixture.practitioner))", officer, review)

            // check: 403, and nothing written
            #expect(isProblem(notInvited, .forbidden))
            #expect(isProblem(someoneElses, .forbidden))
            #expect(isProblem(asSomeoneElse, .forbidden))
            #expect(try await ReviewModel.query(on: store.database).count() == 0)
        }
    }

    @Test func aPractitionerCannotOpenCloseOrAnswer() async throws {
        try await withApp { store, fixture, client in
            // setup: a submitted review with a remark
            let (policy, keys) = try await draftPolicy(store, fixture)
            let officer = try await bearer(store, fixture.administrator)
            let reviewer = try await bearer(store, fixture.practitioner)
            let round = try await openRound(client, officer, policy: policy, teams: [fixture.practitionerTeamID])
            let base = "/api/v1/toetsen/\(round)"
            let submitted = try await put(client, "\(base)/reacties/\(Self.id(fixture.practitioner))", reviewer, [
                "ingediend": true, "scores": [["onderdeel": keys[1], "dimensie": "systemen", "score": "3"]], "oordeel": "uitvoerbaar",
                "nieuweOpmerkingen": [["onderdeel": keys[1], "tekst": "Graag een voorbeeld."]],
            ])
            #expect(submitted.status == .ok, "\(submitted.text)")
            let remark = try #require(try results(try await get(client, "\(base)/opmerkingen", officer)).first?["id"] as? String)
            let before = try await AuditEntryModel.query(on: store.database).count()

            // act
            let open = try await client.execute(
                uri: "/api/v1/toetsen", method: .post, headers: reviewer,
                body: try body([
                    "beleidId": policy, "termijn": ReviewDeadline.code(Date().addingTimeInterval(14 * 86_400)), "inleiding": "Nog een.", "vragen": ["Vraag?"],
                ]))
            let close = try await client.execute(uri: base, method: .patch, headers: reviewer, body: try body(["status": "gesloten"]))
            let answer = try await put(client, "\(base)/opmerkingen/\(remark)/antwoord", reviewer, ["antwoord": "verwerkt", "uitleg": "Zelf gedaan."])
            let report = try await get(client, "\(base)/rapport", reviewer)

            // check
            for response in [open, close, answer, report] { #expect(isProblem(response, .forbidden), "\(response.text)") }
            #expect(try await AuditEntryModel.query(on: store.database).count() == before)
        }
    }

    @Test func anotherOrganisationGets404OnEverything() async throws {
        try await withApp { store, fixture, client in
            // setup: a round with a remark in the fixture's organisation, and an administrator elsewhere
            let (policy, keys) = try await draftPolicy(store, fixture)
            let officer = try await bearer(store, fixture.administrator)
            let reviewer = try await bearer(store, fixture.practitioner)
            let round = try await openRound(client, officer, policy: policy, teams: [fixture.practitionerTeamID])
            let base = "/api/v1/toetsen/\(round)"
            _ = try await put(client, "\(base)/reacties/\(Self.id(fixture.practitioner))", reviewer, [
                "ingediend": true, "scores": [["onderdeel": keys[1], "dimensie": "systemen", "score": "3"]], "oordeel": "uitvoerbaar",
                "nieuweOpmerkingen": [["onderdeel": keys[1], "tekst": "Graag een voorbeeld."]],
            ])
            let remark = try #require(try results(try await get(client, "\(base)/opmerkingen", officer)).first?["id"] as? String)
            let elsewhere = try await Fixture.make(store, name: "Gemeente Elders")
            let stranger = try await bearer(store, elsewhere.administrator)

            // act
            let responses = [
                try await get(client, base, stranger),
                try await client.execute(uri: base, method: .patch, headers: stranger, body: try body(["status": "gesloten"])),
                try await get(client, "\(base)/reacties", stranger),
                try await put(client, "\(base)/reacties/\(Self.id(elsewhere.administrator))", stranger, ["ingediend": false]),
                try await get(client, "\(base)/opmerkingen", stranger),
                try await put(client, "\(base)/opmerkingen/\(remark)/antwoord", stranger, ["antwoord": "verwerkt", "uitleg": "Van elders."]),
                try await get(client, "\(base)/rapport", stranger),
            ]
            let list = try await get(client, "/api/v1/toetsen", stranger)
            let open = try await client.execute(
                uri: "/api/v1/toetsen", method: .post, headers: stranger,
                body: try body([
                    "beleidId": policy, "termijn": ReviewDeadline.code(Date().addingTimeInterval(14 * 86_400)), "inleiding": "Van elders.", "vragen": ["Vraag?"],
                    "gebruikerIds": [Self.id(elsewhere.practitioner)],
                ]))

            // check
            for response in responses { #expect(isProblem(response, .notFound), "\(response.text)") }
            #expect(try results(list).isEmpty)
            #expect(isProblem(open, .badRequest))
            #expect(try problemNames(open) == ["beleidId"])
            #expect(try results(try await get(client, "\(base)/opmerkingen", officer)).first?["antwoord"] == nil)
        }
    }

    @Test func invalidInputGets400WithEveryProblem() async throws {
        try await withApp { store, fixture, client in
            // setup
            let (policy, keys) = try await draftPolicy(store, fixture)
            let officer = try await bearer(store, fixture.administrator)
            let reviewer = try await bearer(store, fixture.practitioner)

            // act: a round with a bad date, an empty introduction and no questions; a policy id that is not one
            let badRound = try await client.execute(
                uri: "/api/v1/toetsen", method: .post, headers: officer,
                body: try body(["beleidId": policy, "termijn": "31-12-2099", "inleiding": " ", "vragen": [String](), "teamIds": [fixture.practitionerTeamID.uuidString]]))
            let badPolicy = try await client.execute(
                uri: "/api/v1/toetsen", method: .post, headers: officer,
                body: try body(["beleidId": "geen-id", "termijn": "2099-12-31", "inleiding": "x", "vragen": ["y"], "teamIds": ["ook-geen-id"]]))
            let badFilter = try await get(client, "/api/v1/toetsen?status=half", officer)
            let round = try await openRound(client, officer, policy: policy, teams: [fixture.practitionerTeamID])
            let mine = "/api/v1/toetsen/\(round)/reacties/\(Self.id(fixture.practitioner))"
            let unknownSection = try await put(client, mine, reviewer, [
                "ingediend": false,
                "scores": [["onderdeel": "bestaat-niet", "dimensie": "systemen", "score": "3"], ["onderdeel": keys[1], "dimensie": "systemen", "score": "3"],
                    ["onderdeel": keys[1], "dimensie": "systemen", "score": "4"]],
            ])
            let badQuote = try await put(client, mine, reviewer, [
                "ingediend": false, "oordeel": "niet-uitvoerbaar",
                "nieuweOpmerkingen": [["onderdeel": keys[1], "citaat": "staat er niet", "tekst": "Opmerking."]],
            ])
            let emptyRemark = try await put(client, mine, reviewer, ["ingediend": false, "nieuweOpmerkingen": [["onderdeel": keys[1], "tekst": " "]]])
            let badSubmit = try await put(client, mine, reviewer, ["ingediend": true, "oordeel": "niet-uitvoerbaar"])
            let badScore = try await put(client, mine, reviewer, ["ingediend": false, "scores": [["onderdeel": keys[1], "dimensie": "systemen", "score": "7"]]])
            let badAnswer = try await put(client, "/api/v1/toetsen/\(round)/opmerkingen/\(UUID().uuidString.lowercased())/antwoord", officer, ["antwoord": "verwerkt", "uitleg": "x"])

            // check
            #expect(isProblem(badRound, .badRequest))
            #expect(Set(try problemNames(badRound)) == ["termijn", "inleiding", "vragen"])
            #expect(isProblem(badPolicy, .badRequest))
            #expect(try problemNames(badPolicy) == ["beleidId", "teamIds[0]"])
            #expect(isProblem(badFilter, .badRequest))
            #expect(isProblem(unknownSection, .badRequest))
            #expect(try problemNames(unknownSection) == ["scores[0].onderdeel", "scores[2]"])
            #expect(isProblem(badQuote, .badRequest))
            #expect(try problemNames(badQuote) == ["nieuweOpmerkingen[0].citaat"])
            #expect(try problemNames(emptyRemark) == ["nieuweOpmerkingen[0].tekst"])
            #expect(isProblem(badSubmit, .badRequest))
            #expect(Set(try problemNames(badSubmit)) == ["oordeelToelichting", "scores"])
            #expect(isProblem(badScore, .badRequest))
            #expect(isProblem(badAnswer, .notFound))
            #expect(try await ReviewModel.query(on: store.database).count() == 0)
        }
    }
}

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

@Suite struct AdminTests {
    @Test func onlyABeheerderSeesBeheer() async throws {
        try await withApp { _, fixture, client in
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            let refused = try await practitioner.get("/beheer/gebruikers")
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Geen toegang"))
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            for page in ["/beheer/gebruikers", "/beheer/gebruikers/nieuw", "/beheer/teams", "/beheer/domeinen", "/beheer/gebieden", "/beheer/audit", "/profiel"] {
                #expect(try await admin.get(page).status == .ok, "\(page)")
            }
        }
    }

    @Test func aBeheerderCreatesAUserWhoThenSignsIn() async throws {
        try await withApp { store, fixture, client in
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get("/beheer/gebruikers/nieuw")
            // act
            let created = try await admin.post("/beheer/gebruikers/nieuw", [
                ("naam", "Vera Verbinder"), ("email", "vera@testdorp.test"), ("wachtwoord", "een lang wachtwoord"),
                ("rollen", "verbinder"), ("rollen", "manager"), ("teams", fixture.practitionerTeamID.uuidString.lowercased()),
            ])
            // check
            #expect(created.status == .seeOther)
            let list = try await admin.get("/beheer/gebruikers")
            #expect(list.text.contains("Vera Verbinder"))
            #expect(list.text.contains("Verbinder, Manager"))
            var vera = Browser(client)
            #expect(try await vera.signIn("vera@testdorp.test", password: "een lang wachtwoord").status == .seeOther)
            let audit = try await admin.get("/beheer/audit?handeling=gebruiker.aangemaakt")
            #expect(audit.text.contains("vera@testdorp.test; rollen: manager, verbinder"))
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }

    @Test func badInputIsShownInDutchAndNothingIsStored() async throws {
        try await withApp { store, fixture, client in
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get("/beheer/gebruikers/nieuw")
            let before = try await AccountRepository(store: store).list(organisationID: fixture.organisationID).count
            // act
            let response = try await admin.post("/beheer/gebruikers/nieuw", [("naam", ""), ("email", "geen adres"), ("wachtwoord", "kort")])
            // check
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Vul de naam in."))
            #expect(response.text.contains("Vul een geldig e-mailadres in"))
            #expect(response.text.contains("Kies minstens één rol."))
            #expect(response.text.contains("minstens 12 tekens"))
            #expect(response.text.contains(#"aria-invalid="true""#))
            #expect(try await AccountRepository(store: store).list(organisationID: fixture.organisationID).count == before)
        }
    }

    @Test func deactivatingAUserEndsTheirSessionsAtOnce() async throws {
        try await withApp { _, fixture, client in
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get("/").status == .ok)
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            let id = fixture.practitioner.id!.uuidString.lowercased()
            try await admin.get("/beheer/gebruikers/\(id)")
            // act
            let response = try await admin.post("/beheer/gebruikers/\(id)/actief", [("actief", "nee")])
            // check
            #expect(response.status == .seeOther)
            #expect(try await practitioner.get("/").status == .seeOther)
            var again = Browser(client)
            #expect(try await again.signIn(fixture.practitioner.email).status == .unauthorized)
        }
    }

    @Test func anotherOrganisationsUserIsNotFound() async throws {
        try await withApp { store, fixture, client in
            let elsewhere = try await Fixture.make(store, name: "Gemeente Elders")
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            let id = elsewhere.practitioner.id!.uuidString.lowercased()
            // act
            let page = try await admin.get("/beheer/gebruikers/\(id)")
            try await admin.get("/beheer/gebruikers")
            let change = try await admin.post("/beheer/gebruikers/\(id)/actief", [("actief", "nee")])
            let team = try await admin.get("/beheer/teams/\(elsewhere.practitionerTeamID.uuidString.lowercased())")
            // check
            #expect(page.status == .notFound)
            #expect(page.text.contains("Pagina niet gevonden"))
            #expect(change.status == .notFound)
            #expect(team.status == .notFound)
            #expect(try await AccountRepository(store: store).signedInUser(userID: elsewhere.practitioner.id!) != nil)
            let list = try await admin.get("/beheer/gebruikers")
            #expect(!list.text.contains("beheer@gemeente-elders.test"))
        }
    }

    @Test func areasImportFromAnUploadedCSVFile() async throws {
        try await withApp { store, fixture, client in
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get("/beheer/gebieden")
            let boundary = "----lemniscaat-test"
            let csv = "code;naam\nGM0363;Amsterdam\nWK036301;Burgwallen-Oude Zijde\nBU03630101;Kop Zeedijk\n"
            let body = """
            --\(boundary)\r
            Content-Disposition: form-data; name="_csrf"\r
            \r
            \(admin.lastCSRF)\r
            --\(boundary)\r
            Content-Disposition: form-data; name="bestand"; filename="gebieden.csv"\r
            Content-Type: text/csv\r
            \r
            \(csv)\r
            --\(boundary)\r
            Content-Disposition: form-data; name="inhoud"\r
            \r
            \r
            --\(boundary)--\r

            """
            // act
            let response = try await admin.send(
                "/beheer/gebieden/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: body))
            // check
            #expect(response.status == .ok)
            #expect(response.text.contains("3 nieuw, 0 hernoemd, 0 ongewijzigd."))
            let areas = try await AreaRepository(store: store).list(organisationID: fixture.organisationID)
            #expect(areas.map(\.code) == ["GM0363", "WK036301", "BU03630101"])
            // a broken file: every problem shown, nothing stored
            let broken = try await admin.post("/beheer/gebieden/import", [("inhoud", "code;naam\nWK036302;Nieuwmarkt\nXX1;Fout\n")])
            #expect(broken.status == .badRequest)
            #expect(broken.text.contains("Regel 3: &#39;XX1&#39; is geen CBS-code") || broken.text.contains("Regel 3: 'XX1' is geen CBS-code") || broken.text.contains("Regel 3: &apos;XX1&apos; is geen CBS-code"))
            #expect(try await AreaRepository(store: store).list(organisationID: fixture.organisationID).count == 3)
        }
    }

    @Test func teamsAndDomainsAreManaged() async throws {
        try await withApp { store, fixture, client in
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get("/beheer/domeinen")
            #expect(try await admin.post("/beheer/domeinen", [("naam", "Sport en bewegen")]).status == .seeOther)
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first { $0.domain.slug == "sport-en-bewegen" })
            try await admin.get("/beheer/teams")
            let created = try await admin.post("/beheer/teams/nieuw", [("naam", "Beleid Sport"), ("soort", "beleid"), ("domein", domain.domain.id!.uuidString.lowercased())])
            #expect(created.status == .seeOther)
            let duplicate = try await admin.post("/beheer/teams/nieuw", [("naam", "Beleid Sport"), ("soort", "beleid"), ("domein", "")])
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.text.contains("Er is al een team met deze naam."))
            // a domain in use cannot be removed
            try await admin.get("/beheer/domeinen")
            let removal = try await admin.post("/beheer/domeinen/\(domain.domain.id!.uuidString.lowercased())/verwijderen", [])
            #expect(removal.status == .badRequest)
            #expect(removal.text.contains("Teams werken aan dit beleidsterrein"))
        }
    }

    @Test func aUserCreatesAndRevokesAnAPIToken() async throws {
        try await withApp { _, fixture, client in
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)
            try await browser.get("/profiel")
            let created = try await browser.post("/profiel/api-sleutels", [("naam", "Rapportage")])
            let token = try #require(created.text.range(of: #"id="nieuwe-sleutel">"#).map { String(created.text[$0.upperBound...].prefix { $0 != "<" }) })
            #expect(token.hasPrefix("lmn_"))
            let api = try await client.execute(uri: "/api/v1/organisatie", method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(api.status == .ok)
            let profile = try await browser.get("/profiel")
            #expect(!profile.text.contains(token))  // shown once
            let revokeURL = try #require(profile.text.range(of: #"action="/profiel/api-sleutels/"#).map { "/profiel/api-sleutels/" + String(profile.text[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(try await browser.post(revokeURL, []).status == .seeOther)
            let after = try await client.execute(uri: "/api/v1/organisatie", method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(after.status == .unauthorized)
        }
    }

    @Test func responseTermsApplyToNewSignals() async throws {
        try await withApp { store, fixture, client in
            let debt = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first { $0.domain.slug == "schulden" })
            let id = debt.domain.id!.uuidString.lowercased()
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get("/beheer/termijnen")
            let bad = try await admin.post("/beheer/termijnen", [("standaard", "0")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("tussen 1 en 60 werkdagen"))
            let saved = try await admin.post("/beheer/termijnen", [("standaard", "15"), ("termijn-\(id)", "5"), ("bevrijdingsdag", "ja")])
            #expect(saved.status == .seeOther)
            let reporter = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
            let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            let input = { (domain: UUID) in
                SignalRepository.Input(title: "Knelpunt", description: "Iets loopt vast in de uitvoering.", domainID: domain, policyID: nil, areaCode: nil, affected: "1", urgency: "laag", solution: nil, anonymous: false)
            }
            let debtSignal = try await signals.submit(input(debt.domain.id!), reporter: reporter, origin: "test", now: Date())
            let other = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first { $0.domain.slug == "werk" })
            let workSignal = try await signals.submit(input(other.domain.id!), reporter: reporter, origin: "test", now: Date())
            #expect(debtSignal.workingDays == 5)
            #expect(workSignal.workingDays == 15)
            let organisation = try #require(try await OrganisationModel.find(fixture.organisationID, on: store.database))
            #expect(organisation.includesLiberationDay)
        }
    }
}

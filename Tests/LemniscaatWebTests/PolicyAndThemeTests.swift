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

@Suite struct PolicyPageTests {
    @Test func aPolicyIsRegisteredMovedAlongAndItsHistoryShown() async throws {
        try await withApp { store, fixture, client in
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first { $0.domain.slug == "jeugd" })
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            try await admin.get("/beleid/nieuw")
            let missing = try await admin.post("/beleid/nieuw", [("titel", ""), ("samenvatting", "x")])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("Kies minstens één beleidsterrein."))
            let created = try await admin.post("/beleid/nieuw", [
                ("titel", "Jeugdhulp na 18"), ("samenvatting", "Hulp loopt door tot 23 jaar waar dat nodig is."), ("grondslag", "Jeugdwet, art. 1.1"),
                ("domeinen", domain.domain.id!.uuidString.lowercased()), ("rol-eigenaar", fixture.administrator.id!.uuidString.lowercased()),
                ("rol-behandelaar", fixture.administrator.id!.uuidString.lowercased()), ("doel1Titel", "Geen breuk op 18"), ("doel1Omschrijving", "Elke jongere een plan."),
            ])
            #expect(created.status == .seeOther)
            let url = try #require(created.location?.components(separatedBy: "?").first)
            try await admin.get(url)
            // an illegal move is refused, a legal one recorded
            let illegal = try await admin.post(url + "/status", [("status", "geevalueerd")])
            #expect(illegal.status == .badRequest)
            #expect(try await admin.post(url + "/status", [("status", "in-toets")]).status == .seeOther)
            let page = try await admin.get(url)
            #expect(page.text.contains("In toets"))
            #expect(page.text.contains("Geen breuk op 18"))
            #expect(page.text.contains("Status gewijzigd"))  // the timeline, from the audit log
            #expect(page.text.contains("Concept → In toets"))
            // list filters
            #expect(try await admin.get("/beleid?status=in-toets").text.contains("Jeugdhulp na 18"))
            #expect(!(try await admin.get("/beleid?status=vastgesteld").text.contains("Jeugdhulp na 18")))
            #expect(try await admin.get("/beleid?tekst=jeugdwet").text.contains("Jeugdhulp na 18"))
            #expect(try await admin.get("/beleid?persoon=\(fixture.administrator.id!.uuidString.lowercased())").text.contains("Jeugdhulp na 18"))
            // a practitioner reads but does not edit
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get(url).status == .ok)
            #expect(try await practitioner.get("/beleid/nieuw").status == .forbidden)
        }
    }
}

@Suite struct ThemeTests {
    @Test func anAnswerOnAThemeReachesEveryReporter() async throws {
        try await withApp { store, fixture, client in
            let accounts = AccountRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            let liaison = try await accounts.create(
                .init(email: "verbinder@testdorp.test", name: "Vera Verbinder", roles: [.liaison], password: Fixture.password),
                organisationID: fixture.organisationID, actor: actor, now: Date())
            let other = try await accounts.create(
                .init(email: "tweede@testdorp.test", name: "Tom Tweede", roles: [.practitioner], password: Fixture.password),
                organisationID: fixture.organisationID, actor: actor, now: Date())
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            var ids: [UUID] = []
            for reporter in [fixture.practitioner.id!, other.user.id!] {
                let user = try #require(try await accounts.signedInUser(userID: reporter))
                ids.append(try await signals.submit(
                    .init(title: "Wachtlijst traplift", description: "Mensen wachten maanden op een traplift.", domainID: domain.domain.id!, policyID: nil,
                          areaCode: nil, affected: "11-50", urgency: "hoog", solution: nil, anonymous: false),
                    reporter: user, origin: "test", now: Date()).id!)
            }
            var browser = Browser(client)
            try await browser.signIn(liaison.user.email)
            try await browser.get("/themas")
            let created = try await browser.post("/themas", [("titel", "Wachtlijsten Wmo"), ("omschrijving", "Lange wachttijden voor hulpmiddelen.")])
            let themeURL = try #require(created.location?.components(separatedBy: "?").first)
            let themeID = String(themeURL.split(separator: "/").last!)
            for id in ids {
                try await browser.get("/signalen/\(id.uuidString.lowercased())")
                #expect(try await browser.post("/signalen/\(id.uuidString.lowercased())/thema", [("thema", themeID)]).status == .seeOther)
            }
            try await browser.get(themeURL)
            #expect(try await browser.post(themeURL + "/antwoord", [("antwoord", "We kopen twintig trapliften extra in en werken de wachtlijst voor de zomer weg.")]).status == .seeOther)
            for id in ids {
                let signal = try #require(try await SignalModel.find(id, on: store.database))
                #expect(signal.status == "beantwoord")
                #expect(signal.answer?.contains("twintig trapliften") == true)
            }
            for reporter in [fixture.practitioner.id!, other.user.id!] {
                let notices = try await NotificationRepository(store: store).list(userID: reporter)
                #expect(notices.contains { $0.text.contains("is beantwoord") })
            }
        }
    }
}

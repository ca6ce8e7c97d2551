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

/// The loop end to end through the pages: report, handle, answer, verdict, reopen.
@Suite struct SignalLoopTests {
    /// A policy officer with a policy they handle, in the fixture organisation.
    func policyOfficer(_ store: Store, _ fixture: Fixture) async throws -> (officer: UserModel, policyID: UUID, domainID: UUID) {
        let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
        let officer = try await AccountRepository(store: store).create(
            .init(email: "beleid@testdorp.test", name: "Bo Beleid", roles: [.policyOfficer], password: Fixture.password),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first { $0.domain.slug == "inkomen" })
        let policy = try await PolicyRepository(store: store).create(
            .init(
                title: "Beleidsregels bijzondere bijstand", summary: "Wanneer en hoe de gemeente bijzondere bijstand geeft.",
                legalBasis: "Participatiewet, art. 35", domainIDs: [domain.domain.id!], roles: [.handler: officer.user.id!, .owner: officer.user.id!],
                teamIDs: [], goals: [("Snel besluiten", "Binnen acht weken een besluit.")]),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        return (officer.user, policy.id!, domain.domain.id!)
    }

    @Test func reportAnswerDissatisfiedReopens() async throws {
        let clock = ManualClock(Date(timeIntervalSince1970: 1_780_000_000))  // a Thursday in May 2026
        try await withApp(clock: clock) { store, fixture, client in
            let (officer, policyID, domainID) = try await policyOfficer(store, fixture)
            // act: the practitioner reports
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            try await practitioner.get("/signalen/nieuw?beleid=\(policyID.uuidString.lowercased())")
            let submitted = try await practitioner.post("/signalen/nieuw", [
                ("titel", "Besluit bijzondere bijstand duurt te lang bij spoed"),
                ("omschrijving", "Gezinnen met een kapotte koelkast wachten zes weken op een besluit. Dat is te lang bij spoed."),
                ("domein", domainID.uuidString.lowercased()), ("beleid", policyID.uuidString.lowercased()),
                ("aantalBetrokkenen", "2-10"), ("urgentie", "hoog"), ("oplossing", "Een spoedprocedure van drie werkdagen."),
            ])
            #expect(submitted.status == .seeOther)
            let signalURL = try #require(submitted.location?.components(separatedBy: "?").first)
            let signalID = try #require(UUID(uuidString: String(signalURL.split(separator: "/").last ?? "")))
            let stored = try #require(try await SignalRepository(store: store, similarity: SignalSimilarity(store: store)).signal(id: signalID, organisationID: fixture.organisationID))
            // check: routed to the policy's handler, deadline 10 working days later (Thursday 28 May → Thursday 11 June, Pinksteren on 25 May is before)
            #expect(stored.assignedUserID == officer.id)
            #expect(stored.workingDays == 10)
            #expect(DateText.day(stored.dueAt) == "11-06-2026")
            // act: the officer finds it in "Te behandelen" and answers
            var handler = Browser(client)
            try await handler.signIn(officer.email)
            let queue = try await handler.get("/signalen/te-behandelen")
            #expect(queue.text.contains("Besluit bijzondere bijstand duurt te lang bij spoed"))
            let home = try await handler.get("/")
            #expect(home.text.contains(#"class="badge">1"#))  // one unread notification
            try await handler.get(signalURL)
            let tooShort = try await handler.post(signalURL + "/status", [("status", "beantwoord"), ("tekst", "Ja")])
            #expect(tooShort.status == .badRequest)
            let answered = try await handler.post(signalURL + "/status", [
                ("status", "beantwoord"), ("tekst", "We maken een spoedprocedure: bij acute nood besluiten we binnen drie werkdagen."),
            ])
            #expect(answered.status == .seeOther)
            // check: the reporter sees the answer in Mijn signalen and on the signal
            let mine = try await practitioner.get("/signalen/mijn")
            #expect(mine.text.contains("Beantwoord"))
            let page = try await practitioner.get(signalURL)
            #expect(page.text.contains("binnen drie werkdagen"))
            #expect(page.text.contains(#"id="oordeel""#))
            // act: not satisfied, within 14 days
            clock.advance(3 * 86400)
            try await practitioner.signIn(fixture.practitioner.email)  // the session has long expired
            try await practitioner.get(signalURL)
            let verdict = try await practitioner.post(signalURL + "/oordeel", [("oordeel", "niet-tevreden"), ("toelichting", "Drie werkdagen is nog te lang bij een gezin zonder koelkast.")])
            #expect(verdict.status == .seeOther)
            // check: reopened, with a fresh deadline, and in the handler's queue again
            let reopened = try #require(try await SignalModel.find(signalID, on: store.database))
            #expect(reopened.status == SignalStatus.reopened.rawValue)
            #expect(reopened.verdict == "niet-tevreden")
            #expect(reopened.dueAt > stored.dueAt)
            try await handler.signIn(officer.email)
            #expect(try await handler.get("/signalen/te-behandelen").text.contains("Besluit bijzondere bijstand"))
            let history = try await practitioner.get(signalURL)
            for step in ["Ingediend", "Beantwoord", "Oordeel van de melder", "Status naar heropend"] { #expect(history.text.contains(step), "\(step)") }
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }

    @Test func thePrivacyGuardStopsClientDataAndStoresNothing() async throws {
        try await withApp { store, fixture, client in
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            try await practitioner.get("/signalen/nieuw")
            let response = try await practitioner.post("/signalen/nieuw", [
                ("titel", "Betaling komt niet aan"), ("omschrijving", "Mevrouw met BSN 111222333 belt steeds op 06-12345678 over haar uitkering."),
                ("domein", domain.domain.id!.uuidString.lowercased()), ("aantalBetrokkenen", "1"), ("urgentie", "normaal"),
            ])
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<mark"))
            #expect(response.text.contains("burgerservicenummer"))
            #expect(try await SignalModel.query(on: store.database).count() == 0)
        }
    }

    @Test func anonymousReportersStayHidden() async throws {
        try await withApp { store, fixture, client in
            let (officer, _, domainID) = try await policyOfficer(store, fixture)
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            try await practitioner.get("/signalen/nieuw")
            let submitted = try await practitioner.post("/signalen/nieuw", [
                ("titel", "Formulier energietoeslag onbegrijpelijk"), ("omschrijving", "Cliënten begrijpen de vragen over het inkomen van huisgenoten niet."),
                ("domein", domainID.uuidString.lowercased()), ("aantalBetrokkenen", "11-50"), ("urgentie", "normaal"), ("anoniem", "ja"),
            ])
            let url = try #require(submitted.location?.components(separatedBy: "?").first)
            var handler = Browser(client)
            try await handler.signIn(officer.email)
            let page = try await handler.get(url)
            #expect(page.status == .ok)
            #expect(page.text.contains("<dt>Melder</dt><dd>Anoniem</dd>"))
            #expect(!page.text.contains("<dd>Uri Uitvoerder</dd>"))
            #expect(!page.text.contains("· Uri Uitvoerder ·"))  // not in the history either
        }
    }

    @Test func colleaguesRecogniseOnceAndSimilarSignalsAreOffered() async throws {
        try await withApp { store, fixture, client in
            let (_, _, domainID) = try await policyOfficer(store, fixture)
            let accounts = AccountRepository(store: store)
            _ = try await accounts.create(
                .init(email: "collega@testdorp.test", name: "Cor Collega", roles: [.practitioner], password: Fixture.password),
                organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            try await practitioner.get("/signalen/nieuw")
            let first = try await practitioner.post("/signalen/nieuw", [
                ("titel", "Lange wachttijd schuldhulpverlening"), ("omschrijving", "Mensen met schulden wachten maanden op een eerste gesprek bij de schuldhulpverlening."),
                ("domein", domainID.uuidString.lowercased()), ("aantalBetrokkenen", "meer-dan-50"), ("urgentie", "hoog"),
            ])
            let url = try #require(first.location?.components(separatedBy: "?").first)
            // act: a colleague starts a similar report and is offered the existing one
            var colleague = Browser(client)
            try await colleague.signIn("collega@testdorp.test")
            try await colleague.get("/signalen/nieuw")
            let offered = try await colleague.post("/signalen/nieuw", [
                ("titel", "Wachttijd schuldhulpverlening veel te lang"), ("omschrijving", "Het eerste gesprek bij de schuldhulpverlening laat maanden op zich wachten."),
                ("domein", domainID.uuidString.lowercased()), ("aantalBetrokkenen", "11-50"), ("urgentie", "normaal"),
            ])
            #expect(offered.status == .ok)
            #expect(offered.text.contains("Lijkt uw signaal op een van deze?"))
            #expect(offered.text.contains("Lange wachttijd schuldhulpverlening"))
            // the colleague recognises it instead of filing a duplicate
            let recognised = try await colleague.post(url + "/herken", [("toelichting", "Zie ik ook in Noord.")])
            #expect(recognised.status == .seeOther)
            let again = try await colleague.post(url + "/herken", [])
            #expect(again.status == .badRequest)
            #expect(try await SignalModel.query(on: store.database).count() == 1)
            #expect(try await SignalModel.query(on: store.database).first()?.recognitionCount == 1)
        }
    }

    @Test func aPractitionerCannotHandleSomeoneElsesSignal() async throws {
        try await withApp { store, fixture, client in
            let (officer, policyID, domainID) = try await policyOfficer(store, fixture)
            let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            let officerUser = try #require(try await AccountRepository(store: store).signedInUser(userID: officer.id!))
            let signal = try await signals.submit(
                .init(title: "Iets", description: "Een knelpunt in de uitvoering.", domainID: domainID, policyID: policyID, areaCode: nil, affected: "1", urgency: "laag", solution: nil, anonymous: false),
                reporter: officerUser, origin: "test", now: Date())
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            let url = "/signalen/\(signal.id!.uuidString.lowercased())"
            try await practitioner.get(url)
            let response = try await practitioner.post(url + "/status", [("status", "in-behandeling")])
            #expect(response.status == .forbidden)
        }
    }
}

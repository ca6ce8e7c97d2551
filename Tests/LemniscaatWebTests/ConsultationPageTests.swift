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

@Suite struct ConsultationPageTests {
    /// A policy of the fixture's organisation, on its first domain.
    static func policy(_ store: Store, _ fixture: Fixture, now: Date) async throws -> UUID {
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        return try await PolicyRepository(store: store).create(
            .init(title: "Minimaregeling", summary: "Voor de raadpleging.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: now
        ).id!
    }

    static func form(policy: UUID, audience: String, now: Date) -> [(String, String)] {
        [
            ("beleid", policy.uuidString.lowercased()), ("thema", ""), ("titel", "Wat vindt u van de minimaregeling?"),
            ("uitleg", "Wij willen de regeling beter maken.\n\nUw antwoorden helpen ons daarbij."), ("doelgroep", audience),
            ("start", ReviewDeadline.code(now)), ("einde", ReviewDeadline.code(now.addingTimeInterval(14 * 86_400))),
            ("vraag-1-soort", "open"), ("vraag-1", "Wat kan beter?"), ("vraag-1-opties", ""),
            ("vraag-2-soort", "keuze"), ("vraag-2", "Hoe hoorde u van de regeling?"), ("vraag-2-opties", "Website\nBrief\nWijkteam"),
            ("vraag-3-soort", "schaal"), ("vraag-3", "Hoe tevreden bent u?"), ("vraag-3-opties", ""),
        ]
    }

    /// Opens a raadpleging as the beheerder; returns its id and the staff browser.
    static func open(_ client: any TestClientProtocol, _ store: Store, _ fixture: Fixture, audience: String, now: Date) async throws -> (UUID, Browser) {
        var staff = Browser(client)
        try await staff.signIn(fixture.administrator.email)
        try await staff.get("/raadplegingen/nieuw")
        let policy = try await policy(store, fixture, now: now)
        let created = try await staff.post("/raadplegingen/nieuw", form(policy: policy, audience: audience, now: now))
        #expect(created.status == .seeOther)
        let path = try #require(created.location?.components(separatedBy: "?").first)
        return (try #require(UUID(uuidString: String(path.dropFirst("/raadplegingen/".count)))), staff)
    }

    /// A page as a new visitor without cookies sees it.
    static func visit(_ client: any TestClientProtocol, _ path: String) async throws -> TestResponse {
        var browser = Browser(client)
        return try await browser.get(path)
    }

    static func publicToken(_ store: Store, _ id: UUID) async throws -> String {
        try #require(try await ConsultationModel.find(id, on: store.database)).publicToken
    }

    static func responses(_ store: Store) async throws -> Int { try await ConsultationResponseModel.query(on: store.database).count() }

    static func answers(_ stamp: String, open: String = "Meer uitleg in gewone taal.") -> [(String, String)] {
        [("begonnen", stamp), ("website", ""), ("vraag-1", open), ("vraag-2", "1"), ("vraag-3", "4"), ("contact", "")]
    }

    static func stamp(_ html: String) throws -> String {
        let range = try #require(html.range(of: #"name="begonnen" value=""#))
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func staffOpensOneWithDutchErrorsAndAResidentAnswersSafely() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: a refused form says why in Dutch and keeps what was typed
            var staff = Browser(client)
            try await staff.signIn(fixture.administrator.email)
            #expect(try await staff.get("/raadplegingen").text.contains("Er zijn nog geen raadplegingen."))
            try await staff.get("/raadplegingen/nieuw")
            let refused = try await staff.post(
                "/raadplegingen/nieuw",
                [("titel", "Kort"), ("uitleg", ""), ("doelgroep", "openbaar"), ("start", "2026-13-01"), ("einde", ""), ("vraag-1-soort", "keuze"), ("vraag-1", "Welke?"), ("vraag-1-opties", "Alleen een")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Kies het beleid waarover u inwoners raadpleegt."))
            #expect(refused.text.contains("Vul de uitleg voor inwoners in."))
            #expect(refused.text.contains("Vul een startdatum in als jjjj-mm-dd"))
            #expect(refused.text.contains("Geef bij vraag 1 minstens twee keuzes"))
            #expect(refused.text.contains(#"value="Kort""#))
            let (id, _) = try await Self.open(client, store, fixture, audience: "openbaar", now: clock.now)
            let token = try await Self.publicToken(store, id)
            staff = Browser(client)
            try await staff.signIn(fixture.administrator.email)
            let detail = try await staff.get("/raadplegingen/\(id.uuidString.lowercased())")
            #expect(detail.text.contains("/doe-mee/\(token)"))
            #expect(try await staff.get("/raadplegingen").text.contains("Wat vindt u van de minimaregeling?"))
            // a practitioner may not see them
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get("/raadplegingen").status == .forbidden)

            // act: a resident without an account
            var resident = Browser(client)
            let form = try await resident.get("/doe-mee/\(token)")
            #expect(form.status == .ok)
            #expect(form.text.contains("Hoe hoorde u van de regeling?"))
            #expect(form.text.contains(#"name="website""#))
            #expect(!form.text.contains("<script"))
            let stamp = try Self.stamp(form.text)
            // too fast: within seconds of being shown
            let fast = try await resident.post("/doe-mee/\(token)", Self.answers(stamp))
            #expect(fast.status == .badRequest)
            #expect(fast.text.contains("Dat ging heel snel."))
            #expect(fast.text.contains("Meer uitleg in gewone taal."))
            clock.advance(30)
            // a forged stamp
            #expect(try await resident.post("/doe-mee/\(token)", Self.answers("\(Int(clock.now.timeIntervalSince1970) - 60).00")).status == .badRequest)
            // the honeypot: thanked, nothing stored
            var bot = Self.answers(stamp)
            bot[1] = ("website", "https://spam.example")
            let trapped = try await resident.post("/doe-mee/\(token)", bot)
            #expect(trapped.status == .ok)
            #expect(trapped.text.contains("Dank u wel!"))
            #expect(try await Self.responses(store) == 0)
            // the privacy guard: told kindly, not stored until it is gone
            let named = try await resident.post("/doe-mee/\(token)", Self.answers(stamp, open: "Bel mij op 06-12345678, ik woon op Dorpsstraat 12."))
            #expect(named.status == .badRequest)
            #expect(named.text.contains("Haal dat weg. Zo blijft u anoniem."))
            #expect(try await Self.responses(store) == 0)
            // a field beyond its size
            let long = try await resident.post("/doe-mee/\(token)", Self.answers(stamp, open: String(repeating: "a", count: 2001)))
            #expect(long.status == .badRequest)
            #expect(long.text.contains("Uw antwoord is te lang."))
            let before = try await AuditEntryModel.query(on: store.database).count()
            let sent = try await resident.post("/doe-mee/\(token)", Self.answers(stamp))

            // check: stored once, one audit entry without the address, the answers anonymous
            #expect(sent.status == .ok)
            #expect(sent.text.contains("Dank u wel!"))
            #expect(try await Self.responses(store) == 1)
            let entries = try await AuditEntryModel.query(on: store.database).sort(\.$sequence, .descending).all()
            #expect(entries.count == before + 1)
            #expect(entries.first?.action == "raadpleging.reactie")
            #expect(entries.first?.origin == "doe-mee")
            let response = try #require(try await ConsultationResponseModel.query(on: store.database).first())
            #expect(response.contact == nil)
            #expect(response.day == ReviewDeadline.code(clock.now))
            let events = try await ConsultationRateEventModel.query(on: store.database).all().map(\.key)
            #expect(!events.contains { $0.contains("onbekend") || $0.contains("127.0.0.1") })
        }
    }

    @Test func rateLimitsAnswerWith429() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock, configure: { $0.consultationLimits = .init(perAddress: 2, perConsultation: 3) }) { store, fixture, client in
            // setup
            let (id, _) = try await Self.open(client, store, fixture, audience: "openbaar", now: clock.now)
            let token = try await Self.publicToken(store, id)
            var resident = Browser(client)
            let stamp = try Self.stamp(try await resident.get("/doe-mee/\(token)").text)
            clock.advance(10)

            // act: per address
            #expect(try await resident.post("/doe-mee/\(token)", Self.answers(stamp)).status == .ok)
            #expect(try await resident.post("/doe-mee/\(token)", Self.answers(stamp)).status == .ok)
            let limited = try await resident.post("/doe-mee/\(token)", Self.answers(stamp))

            // check
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
            #expect(limited.text.contains("Probeer het over"))
            #expect(try await Self.responses(store) == 2)
            // per raadpleging: other addresses, the third answer in the window fills it
            let repository = ConsultationRepository(store: store)
            let question = try #require(try await repository.consultation(id: id, organisationID: fixture.organisationID)?.questions.first)
            let limits = ConsultationRepository.Limits(perAddress: 2, perConsultation: 3)
            try await repository.answer(token: token, answers: [question.id: "Prima."], contact: "", addressKey: "adres:b", limits: limits, now: clock.now)
            await #expect(throws: ConsultationRepository.Refusal.self) {
                try await repository.answer(token: token, answers: [question.id: "Prima."], contact: "", addressKey: "adres:c", limits: limits, now: clock.now)
            }
            // an hour later the window is free again
            clock.advance(3601)
            try await repository.answer(token: token, answers: [question.id: "Prima."], contact: "", addressKey: "adres:c", limits: limits, now: clock.now)
            #expect(try await Self.responses(store) == 4)
        }
    }

    static func codes(_ html: String) -> [String] {
        html.components(separatedBy: "<td><code>").dropFirst().map { String($0.prefix { $0 != "<" }) }.filter { !$0.contains("/") }
    }

    @Test func panelInvitationsAreSingleUseExpireAndStayInTheirOrganisation() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: two panel members, one by e-mail
            let (id, staffBrowser) = try await Self.open(client, store, fixture, audience: "panel", now: clock.now)
            var staff = staffBrowser
            let path = "/raadplegingen/\(id.uuidString.lowercased())"
            try await staff.get(path)
            let bad = try await staff.post(path + "/panel", [("panel", "Anna; geen-adres")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("is geen geldig e-mailadres"))
            let invited = try await staff.post(path + "/panel", [("panel", "Anna Jansen\nBram de Vries; bram@example.org")])
            #expect(invited.status == .ok)
            let codes = Self.codes(invited.text)
            #expect(codes.count == 2)
            #expect(codes.allSatisfy { $0.count == 10 })
            let mail = try #require(try await OutboxMessageModel.query(on: store.database).filter(\.$recipient == "bram@example.org").first())
            #expect(mail.body.contains("/doe-mee/\(codes[1])"))
            // the codes are stored hashed only
            let stored = try await ConsultationInvitationModel.query(on: store.database).all()
            #expect(stored.allSatisfy { !codes.contains($0.codeHash) })
            // the public token of a panel leads nowhere
            #expect(try await Self.visit(client, "/doe-mee/\(try await Self.publicToken(store, id))").status == .notFound)

            // act: Anna types her code from paper, in lower case with a space
            var anna = Browser(client)
            let typed = try await anna.get("/doe-mee?code=" + Browser.encode(codes[0].lowercased().prefix(5) + " " + codes[0].lowercased().dropFirst(5)))
            #expect(typed.status == .seeOther)
            #expect(typed.location == "/doe-mee/\(codes[0])")
            let form = try await anna.get("/doe-mee/\(codes[0])")
            #expect(form.status == .ok)
            clock.advance(10)
            let sent = try await anna.post("/doe-mee/\(codes[0])", Self.answers(try Self.stamp(form.text)))
            #expect(sent.status == .ok)

            // check: used once, answers without a link to the invitation
            let again = try await anna.get("/doe-mee/\(codes[0])")
            #expect(again.status == .gone)
            #expect(again.text.contains("Met deze persoonlijke code is al meegedaan."))
            #expect(try await anna.post("/doe-mee/\(codes[0])", Self.answers(try Self.stamp(form.text))).status == .gone)
            #expect(try await Self.responses(store) == 1)
            #expect(try await ConsultationInvitationModel.query(on: store.database).filter(\.$used == true).count() == 1)
            #expect(try await Self.visit(client, "/doe-mee/ZZZZZZZZZZ").status == .notFound)
            #expect(try await Self.visit(client, "/doe-mee?code=123").status == .badRequest)
            // another organisation's site does not know the code
            let other = try await Fixture.make(store, name: "Gemeente Elders", now: clock.now)
            await #expect(throws: ConsultationRepository.Refusal.unknown) {
                _ = try await ConsultationRepository(store: store).resolve(token: codes[1], organisationID: other.organisationID)
            }
            // expired: after the end date Bram's code shows that it has closed and takes no answers
            var bram = Browser(client)
            let bramForm = try await bram.get("/doe-mee/\(codes[1])")
            clock.advance(15 * 86_400)
            let closed = try await bram.get("/doe-mee/\(codes[1])")
            #expect(closed.text.contains("Deze raadpleging is gesloten."))
            #expect(!closed.text.contains(#"name="begonnen""#))
            let late = try await bram.post("/doe-mee/\(codes[1])", Self.answers(try Self.stamp(bramForm.text)))
            #expect(late.status == .badRequest)
            #expect(try await Self.responses(store) == 1)
        }
    }

    @Test func resultsProtectSmallNumbersAndAnswersBecomeASignal() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: seven answers, six choosing "Website", one "Brief"
            let (id, staffBrowser) = try await Self.open(client, store, fixture, audience: "openbaar", now: clock.now)
            var staff = staffBrowser
            let token = try await Self.publicToken(store, id)
            let repository = ConsultationRepository(store: store)
            let questions = try #require(try await repository.consultation(id: id, organisationID: fixture.organisationID)?.questions)
            for n in 0..<7 {
                try await repository.answer(
                    token: token, answers: [questions[0].id: "De brief is te moeilijk \(n).", questions[1].id: n == 0 ? "1" : "0", questions[2].id: "3"],
                    contact: "", addressKey: "adres:\(n)", limits: .init(), now: clock.now)
            }
            let path = "/raadplegingen/\(id.uuidString.lowercased())"

            // act
            let page = try await staff.get(path)

            // check: the small category is not shown as its count
            #expect(page.status == .ok)
            #expect(page.text.contains("7 reacties."))
            #expect(page.text.contains(#"<td>Brief</td><td class="num">&lt; 5</td>"#))
            #expect(!page.text.contains(#"<td>Brief</td><td class="num">1</td>"#))
            #expect(page.text.contains("De brief is te moeilijk 3."))
            let markdown = try await staff.get(path + "/rapport.md")
            #expect(markdown.status == .ok)
            #expect(markdown.text.contains("| Brief | < 5 |"))
            #expect(try await staff.get(path + "/rapport").status == .ok)

            // act: two open answers become one signal
            let chosen = try await ConsultationAnswerModel.query(on: store.database).filter(\.$text != nil).sort(\.$text).limit(2).all()
            #expect(try await staff.post(path + "/signaal", []).status == .badRequest)
            let before = try await AuditEntryModel.query(on: store.database).count()
            let made = try await staff.post(path + "/signaal", chosen.map { ("antwoorden", $0.id!.uuidString.lowercased()) } + [("titel", ""), ("thema", "")])
            #expect(made.status == .seeOther)
            #expect(made.location?.hasPrefix("/signalen/") == true)
            #expect(try await AuditEntryModel.query(on: store.database).count() == before + 1)
            let signal = try #require(try await SignalModel.query(on: store.database).filter(\.$organisationID == fixture.organisationID).first())
            #expect(signal.signalDescription.hasPrefix("Stem van de doelgroep"))
            #expect(signal.policyID != nil)
            let linked = try await ConsultationAnswerModel.query(on: store.database).filter(\.$signalID == signal.id!).count()
            #expect(linked == 2)
            #expect(try await staff.get(path).text.contains("Signaal \(signal.number) (stem van de doelgroep)"))
            // the same answer cannot become a signal twice
            try await staff.get(path)
            #expect(try await staff.post(path + "/signaal", [("antwoorden", chosen[0].id!.uuidString.lowercased())]).status == .badRequest)

            // the public answer: only after closing, then on the public page
            #expect(try await staff.post(path + "/antwoord", [("antwoord", "We maken de brief eenvoudiger.")]).status == .badRequest)
            clock.advance(15 * 86_400)
            staff = Browser(client)  // the session ran out meanwhile
            try await staff.signIn(fixture.administrator.email)
            try await staff.get(path)
            #expect(try await staff.post(path + "/antwoord", [("antwoord", "We maken de brief eenvoudiger.")]).status == .seeOther)
            let publicPage = try await Self.visit(client, "/doe-mee/\(token)")
            #expect(publicPage.text.contains("Wat we met uw reacties doen"))
            #expect(publicPage.text.contains("We maken de brief eenvoudiger."))
        }
    }

    @Test func policyPageAndStateReportShowTheConsultations() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: one raadpleging with one answer
            let (id, staffBrowser) = try await Self.open(client, store, fixture, audience: "openbaar", now: clock.now)
            var staff = staffBrowser
            let repository = ConsultationRepository(store: store)
            let consultation = try #require(try await repository.consultation(id: id, organisationID: fixture.organisationID))
            try await repository.answer(
                token: consultation.publicToken, answers: [consultation.questions[0].id: "Goed zo."], contact: "", addressKey: "adres:x",
                limits: .init(), now: clock.now)

            // act
            let policy = try await staff.get("/beleid/\(consultation.policyID.uuidString.lowercased())")
            let year = Calendar(identifier: .gregorian).component(.year, from: clock.now)
            let period = try #require(ReportPeriod(Period(year: year, frequency: .year, index: 1)!))
            let report = try await StateReportRepository(store: store).build(
                organisationID: fixture.organisationID, period: period, domainID: nil, now: clock.now)
            let markdown = StateReportDocument.document(report, t: Translations.texts(.dutch)).markdown(baseURL: "")

            // check: the policy page names it with its responses; the report has it, its one response below k
            #expect(policy.text.contains("Wat vindt u van de minimaregeling?"))
            #expect(policy.text.contains("1 reacties."))
            #expect(report.consultations.map(\.id) == [id])
            #expect(report.consultations.first?.responses == 1)
            #expect(markdown.contains("## De stem van de doelgroep"))
            #expect(markdown.contains("| < 5 | Nog niet |"))
            // a practitioner's policy page does not show them
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(!(try await practitioner.get("/beleid/\(consultation.policyID.uuidString.lowercased())").text.contains("minimaregeling?")))

            // De lus: started, its reactions, not yet closed
            let loop = try await staff.get("/lus")
            #expect(loop.text.contains(#"<dt>Raadplegingen gestart</dt><dd><a href="/raadplegingen">1</a></dd>"#))
            #expect(loop.text.contains("<dt>Reacties van inwoners en ervaringsdeskundigen</dt><dd>1</dd>"))
            #expect(loop.text.contains("<dt>Gesloten raadplegingen met een openbaar antwoord</dt><dd>0 / 0</dd>"))
            // after the end date, with the public answer written; another domain's filter leaves it out
            clock.advance(15 * 86_400)
            try await repository.setPublicAnswer(
                id: id, text: "We maken de brief eenvoudiger.", organisationID: fixture.organisationID,
                actor: .commandLine(organisationID: fixture.organisationID), now: clock.now)
            let metrics = LoopMetricsRepository(store: store)
            let figures = try await metrics.figures(
                organisationID: fixture.organisationID, filter: LoopFilter(period: LoopPeriod.lastTwelveMonths(endingAt: clock.now)), now: clock.now)
            let counts: [Int] = [figures.consultations, figures.consultationResponses, figures.consultationsClosed, figures.consultationsAnswered]
            #expect(counts == [1, 1, 1, 1])
            let domains = try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID)
            let policyDomain = try #require(try await PolicyDomainModel.query(on: store.database).filter(\.$policyID == consultation.policyID).first()).domainID
            if let other = domains.first(where: { $0.domain.id != policyDomain }) {
                let filtered = try await metrics.figures(
                    organisationID: fixture.organisationID,
                    filter: LoopFilter(domainID: other.domain.id, period: LoopPeriod.lastTwelveMonths(endingAt: clock.now)), now: clock.now)
                #expect(filtered.consultations == 0)
            }
            var later = Browser(client)  // the first session has run out by now
            try await later.signIn(fixture.administrator.email)
            #expect(try await later.get("/lus").text.contains("<dt>Gesloten raadplegingen met een openbaar antwoord</dt><dd>1 / 1</dd>"))
        }
    }

    @Test func theDemoHasAClosedPanelWithAnAnswerAndAnOpenPublicOne() async throws {
        try await withTestStore { store in
            // setup
            let demo = try await DemoOrganisation.load(into: store, password: Fixture.password, now: Date())

            // act
            let list = try await ConsultationRepository(store: store).list(organisationID: demo.id!)

            // check
            #expect(list.count == 2)
            let panel = try #require(list.first { $0.audience == .panel })
            let open = try #require(list.first { $0.audience == .publicLink })
            #expect(panel.closesAt < Date() && panel.responses == 11)
            #expect(open.opensAt < Date() && open.closesAt > Date() && open.responses > 0)
            let closed = try #require(try await ConsultationRepository(store: store).consultation(id: panel.id, organisationID: demo.id!))
            #expect(closed.publicAnswer != nil)
            #expect(closed.invitationsUsed == 11)
            #expect(try await ConsultationRepository(store: store).resolve(token: "demo-jeugd").consultation.id == open.id)
        }
    }
}

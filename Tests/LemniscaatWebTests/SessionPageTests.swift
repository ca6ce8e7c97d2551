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

@Suite struct SessionPageTests {
    static func day(_ clock: ManualClock, _ days: Double = 7) -> String { SessionTime.codes(clock.now.addingTimeInterval(days * 86_400)).day }

    static func sessionForm(_ fixture: Fixture, day: String, title: String = "Werksessie wachttijden Wmo") -> [(String, String)] {
        [
            ("soort", "werksessie"), ("titel", title), ("datum", day), ("begin", "13:00"), ("einde", "15:30"),
            ("plaats", "Stadskantoor, zaal 3"), ("omschrijving", "Samen kijken naar de wachttijden."),
            ("organisator", fixture.administrator.id!.uuidString.lowercased()), ("teams", fixture.practitionerTeamID.uuidString.lowercased()),
        ]
    }

    static func itemIDs(_ html: String) -> [String] {
        html.components(separatedBy: #"<li id="agendapunt-"#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func plannerPlansAKeepsTheAgendaAndThePractitionerReadsIt() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            var planner = Browser(client)
            try await planner.signIn(fixture.administrator.email)
            let list = try await planner.get("/overleggen")
            #expect(list.status == .ok)
            #expect(list.text.contains(#"href="/overleggen/nieuw""#))
            #expect(list.text.contains("Er zijn geen komende overleggen."))
            let form = try await planner.get("/overleggen/nieuw")
            #expect(form.status == .ok)
            #expect(form.text.contains("Een beleidsmedewerker loopt een dag mee met een team in de uitvoering."))

            // act: a refused form says why at each field and keeps what was typed
            let refused = try await planner.post(
                "/overleggen/nieuw",
                [("soort", "werksessie"), ("titel", "Wachttijden"), ("datum", Self.day(clock)), ("begin", "15:00"), ("einde", "14:00")])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("Niet alles is goed ingevuld."))
            #expect(refused.text.contains(#"<p class="field-error" id="einde-fout">Het overleg moet eindigen na het begin."#))
            #expect(refused.text.contains("Kies minstens één team of persoon die meedoet."))
            #expect(refused.text.contains(#"value="Wachttijden""#))
            #expect(
                refused.text.contains(#"id="soort-werksessie" name="soort" value="werksessie" aria-describedby="soort-werksessie-uitleg" checked"#))
            let planned = try await planner.post("/overleggen/nieuw", Self.sessionForm(fixture, day: Self.day(clock)))
            #expect(planned.status == .seeOther)
            let page = try #require(planned.location?.components(separatedBy: "?").first)
            #expect(page.hasPrefix("/overleggen/"))

            // check: the page, the list and the practitioner's notification
            let detail = try await planner.get(page)
            #expect(detail.status == .ok)
            #expect(detail.text.contains("Werksessie wachttijden Wmo"))
            #expect(detail.text.contains("13:00–15:30"))
            #expect(detail.text.contains("Stadskantoor, zaal 3"))
            #expect(detail.text.contains("Uri Uitvoerder"))
            #expect(detail.text.contains(page + "/wijzigen"))
            #expect(detail.text.contains("Als het overleg begonnen is, legt u hier vast wie er was."))
            #expect(try await planner.get("/overleggen").text.contains(#"<a href="\#(page)">Werksessie wachttijden Wmo</a>"#))
            #expect(try await planner.get("/overleggen?soort=meeloopdag").text.contains("Er zijn geen komende overleggen."))

            // the agenda: two items, the second moved up, minutes on it
            #expect(try await planner.post(page + "/agenda", [("punt", "Opening"), ("toelichting", "")]).status == .seeOther)
            let added = try await planner.post(page + "/agenda", [("punt", "Wachttijden keukentafelgesprek"), ("toelichting", "Twaalf signalen.")])
            #expect(added.status == .seeOther)
            #expect(added.location?.contains("melding=sessionItemAdded#agendapunt-") == true)
            let emptyItem = try await planner.post(page + "/agenda", [("punt", " ")])
            #expect(emptyItem.status == .badRequest)
            #expect(emptyItem.text.contains("Vul het onderwerp van het agendapunt in."))
            let items = Self.itemIDs(try await planner.get(page).text)
            #expect(items.count == 2)
            #expect(try await planner.post(page + "/agenda/" + items[1], [("actie", "omhoog")]).status == .seeOther)
            let minutes = try await planner.post(
                page + "/agenda/" + items[1],
                [
                    ("actie", "opslaan"), ("punt", "Wachttijden keukentafelgesprek"), ("toelichting", "Twaalf signalen."),
                    ("verslag", "Afgesproken: binnen vier weken."),
                ])
            #expect(minutes.status == .seeOther)
            let refusedMinutes = try await planner.post(
                page + "/agenda/" + items[1], [("actie", "opslaan"), ("punt", "Wachttijden"), ("verslag", "Bel 06-12345678 terug.")])
            #expect(refusedMinutes.status == .badRequest)
            #expect(refusedMinutes.text.contains("telefoonnummer"))
            #expect(refusedMinutes.text.contains("<details open>"))
            let ordered = try await planner.get(page)
            #expect(Self.itemIDs(ordered.text) == [items[1], items[0]])
            #expect(ordered.text.contains("Afgesproken: binnen vier weken."))
            #expect(try await planner.post(page + "/agenda/" + items[0], [("actie", "verwijderen")]).status == .seeOther)
            #expect(Self.itemIDs(try await planner.get(page).text) == [items[1]])

            // the practitioner reads, is notified, but cannot plan or change
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get("/meldingen").text.contains(page))
            let home = try await practitioner.get("/")
            #expect(home.text.contains("Uw komende overleggen"))
            #expect(home.text.contains(#"<a href="\#(page)">Werksessie wachttijden Wmo</a> · Werksessie"#))
            let read = try await practitioner.get(page)
            #expect(read.status == .ok)
            #expect(read.text.contains("Afgesproken: binnen vier weken."))
            #expect(!read.text.contains(page + "/wijzigen"))
            #expect(!read.text.contains(#"action="\#(page)/agenda""#))
            #expect(try await practitioner.get("/overleggen/nieuw").status == .forbidden)
            #expect(try await practitioner.get(page + "/wijzigen").status == .forbidden)
            #expect(try await practitioner.post(page + "/agenda", [("punt", "Mag niet")]).status == .forbidden)

            // after the session: attendance
            clock.advance(8 * 86_400)
            try await planner.signIn(fixture.administrator.email)
            let after = try await planner.get(page)
            #expect(after.text.contains(#"<form id="aanwezigheid""#))
            let recorded = try await planner.post(page + "/aanwezigheid", [("aanwezig", fixture.practitioner.id!.uuidString.lowercased())])
            #expect(recorded.status == .seeOther)
            let attended = try await planner.get(page)
            #expect(attended.text.contains("1 van de 1 deelnemers waren aanwezig."))
            #expect(try await planner.get("/overleggen").text.contains("Er zijn geen komende overleggen."))
        }
    }

    @Test func aPolicysPageListsItsSessionsAndOffersToPlanOne() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let policy = try await DraftPageTests.policy(store, fixture)
            let policyID = String(policy.split(separator: "/").last!)
            var planner = Browser(client)
            try await planner.signIn(fixture.administrator.email)
            let before = try await planner.get(policy)
            #expect(before.text.contains("Er is nog geen overleg over dit beleid."))
            #expect(before.text.contains(#"href="/overleggen/nieuw?beleid=\#(policyID)""#))
            // act
            try await planner.get("/overleggen/nieuw?beleid=" + policyID)
            let planned = try await planner.post("/overleggen/nieuw", Self.sessionForm(fixture, day: Self.day(clock)) + [("beleid", policyID)])
            #expect(planned.status == .seeOther)
            // check
            let page = try #require(planned.location?.components(separatedBy: "?").first)
            #expect(try await planner.get(policy).text.contains(#"<a href="\#(page)">Werksessie wachttijden Wmo</a> · Werksessie"#))
        }
    }

    @Test func changingASession() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            var planner = Browser(client)
            try await planner.signIn(fixture.administrator.email)
            try await planner.get("/overleggen/nieuw")
            let page = try #require(
                try await planner.post("/overleggen/nieuw", Self.sessionForm(fixture, day: Self.day(clock))).location?
                    .components(separatedBy: "?").first)

            // act
            let form = try await planner.get(page + "/wijzigen")
            #expect(form.status == .ok)
            #expect(form.text.contains(#"value="Werksessie wachttijden Wmo""#))
            #expect(form.text.contains(#"value="13:00""#))
            #expect(form.text.contains(#"name="teams" value="\#(fixture.practitionerTeamID.uuidString.lowercased())" checked"#))
            let changed = try await planner.post(
                page + "/wijzigen", Self.sessionForm(fixture, day: Self.day(clock, 9), title: "Werksessie wachttijden"))

            // check
            #expect(changed.status == .seeOther)
            #expect(changed.location == page + "?melding=sessionSaved")
            let detail = try await planner.get(try #require(changed.location))
            #expect(detail.text.contains("<h1>Werksessie wachttijden</h1>"))
            #expect(detail.text.contains("De wijzigingen zijn opgeslagen."))

            // an organiser without a planner's role keeps their own session, and only that one
            var organiser = Self.sessionForm(fixture, day: Self.day(clock, 9), title: "Meeloopdag wijkteam")
            organiser[7] = ("organisator", fixture.practitioner.id!.uuidString.lowercased())
            let own = try #require(try await planner.post("/overleggen/nieuw", organiser).location?.components(separatedBy: "?").first)
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get(own).text.contains(own + "/wijzigen"))
            #expect(try await practitioner.get(own + "/wijzigen").status == .ok)
            #expect(try await practitioner.post(own + "/agenda", [("punt", "Wat ik zag")]).status == .seeOther)
            #expect(try await practitioner.get(page + "/wijzigen").status == .forbidden)
            #expect(try await practitioner.get("/overleggen/nieuw").status == .forbidden)
        }
    }

    @Test func theCalendarFileAndTheFeed() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            var planner = Browser(client)
            try await planner.signIn(fixture.administrator.email)
            try await planner.get("/overleggen/nieuw")
            let page = try #require(
                try await planner.post("/overleggen/nieuw", Self.sessionForm(fixture, day: Self.day(clock))).location?
                    .components(separatedBy: "?").first)
            let id = String(page.split(separator: "/").last!)

            // act
            let file = try await planner.get(page + "/agenda.ics")

            // check: one event, CRLF lines of at most 75 octets, the session's own UID, times in UTC
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "text/calendar; charset=utf-8")
            let text = file.text
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
            #expect(lines.contains("UID:\(id)@lemniscaat"))
            #expect(lines.contains("SUMMARY:Werksessie: Werksessie wachttijden Wmo"))
            #expect(lines.contains("LOCATION:Stadskantoor\\, zaal 3"))
            let start = try #require(SessionTime.parse(day: Self.day(clock), time: "13:00"))
            #expect(lines.contains("DTSTART:" + ICalendar.utc(start)))
            #expect(lines.contains { $0.hasPrefix("ORGANIZER;CN=\"Bea Beheer\":mailto:") })
            #expect(lines.contains { $0.hasPrefix("ATTENDEE;CN=\"Uri Uitvoerder\"") })
            #expect(lines.contains { $0.hasPrefix("DTSTAMP:") && $0.hasSuffix("Z") })
            // the same file twice: the same UID and stamp, so a calendar updates rather than duplicates
            #expect(try await planner.get(page + "/agenda.ics").text == text)

            // the practitioner's feed has it; another organisation's people get 404 and an empty feed
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            let feed = try await practitioner.get("/overleggen/agenda.ics")
            #expect(feed.status == .ok)
            #expect(feed.text.contains("UID:\(id)@lemniscaat"))
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            var stranger = Browser(client)
            try await stranger.signIn(other.administrator.email)
            #expect(try await stranger.get(page).status == .notFound)
            #expect(try await stranger.get(page + "/agenda.ics").status == .notFound)
            #expect(try await stranger.get(page + "/wijzigen").status == .notFound)
            #expect(!(try await stranger.get("/overleggen/agenda.ics").text.contains("BEGIN:VEVENT")))
        }
    }
}

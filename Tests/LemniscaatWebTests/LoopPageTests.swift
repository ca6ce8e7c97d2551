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

/// De lus (/lus): the figures with their links, filters, and who may see it.
@Suite struct LoopPageTests {
    static let day: TimeInterval = 86_400

    /// What four signals with known dates hold, counted straight from the records in the test.
    struct Expected {
        let domain: UUID
        let themeID: UUID
        let submitted: Int
        let answered: Int
        let onTime: Int
        let medianHours: Double?
        let p90Hours: Double?
        let openLate: Int
        let openEscalated: Int
    }

    /// One answered on time and one late (both in a theme recognised three times in all), one open past three times
    /// its term, one open just past its term.
    static func seed(_ store: Store, _ fixture: Fixture, now: Date) async throws -> Expected {
        let org = fixture.organisationID
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first).domain.id!
        let theme = ThemeModel()
        theme.organisationID = org
        theme.title = "Wachttijden schuldhulp"
        theme.themeDescription = "Inwoners wachten lang."
        theme.status = "open"
        theme.createdAt = now
        try await theme.create(on: store.database)
        let rows: [(submitted: Double, answered: Double?, due: Double, escalation: Double, status: SignalStatus, recognitions: Int, theme: UUID?)] = [
            (-40, -35, -26, 2, .answered, 2, theme.id), (-70, -10, -56, -28, .closed, 1, theme.id), (-100, nil, -86, -58, .inProgress, 0, nil),
            (-15, nil, -1, 27, .new, 0, nil),
        ]
        var signals: [SignalModel] = []
        for (index, row) in rows.enumerated() {
            let signal = SignalModel()
            signal.organisationID = org
            signal.number = index + 1
            signal.title = "Knelpunt \(index + 1)"
            signal.signalDescription = "Een knelpunt uit de praktijk."
            signal.domainID = domain
            signal.themeID = row.theme
            signal.affected = "1"
            signal.urgency = "normaal"
            signal.anonymous = false
            signal.reporterID = fixture.practitioner.id!
            signal.status = row.status.rawValue
            signal.workingDays = 10
            signal.submittedAt = now.addingTimeInterval(row.submitted * day)
            signal.answeredAt = row.answered.map { now.addingTimeInterval($0 * day) }
            signal.dueAt = now.addingTimeInterval(row.due * day)
            signal.escalationAt = now.addingTimeInterval(row.escalation * day)
            signal.recognitionCount = row.recognitions
            signal.updatedAt = now
            try await signal.create(on: store.database)
            signals.append(signal)
        }
        // The direct count, from the records as stored.
        let stored = try await SignalModel.query(on: store.database).filter(\.$organisationID == org).all()
        let period = LoopPeriod.lastTwelveMonths(endingAt: now)
        let answered = stored.filter { ($0.answeredAt.map { $0 >= period.start && $0 < period.end }) ?? false }
        let hours = answered.map { ($0.answeredAt!.timeIntervalSince($0.submittedAt) / 3600).rounded(.down) }
        let open = stored.filter { SignalStatus(rawValue: $0.status)!.isOpen }
        return Expected(
            domain: domain, themeID: theme.id!, submitted: stored.filter { $0.submittedAt >= period.start && $0.submittedAt < period.end }.count,
            answered: answered.count, onTime: answered.filter { $0.answeredAt! <= $0.dueAt }.count, medianHours: LoopMath.median(hours),
            p90Hours: LoopMath.percentile(90, of: hours), openLate: open.filter { $0.dueAt < now }.count,
            openEscalated: open.filter { $0.escalationAt < now }.count)
    }

    @Test func showsEveryFigureWithItsLinkAndATableForEachChart() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let expected = try await Self.seed(store, fixture, now: clock.now)
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)

            // act
            let page = try await browser.get("/lus")
            let home = try await browser.get("/")

            // check: the figures equal the direct count (4 in, 2 answered, 1 on time: 50 %, median 32,5 days, p90 60)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<h1>De lus</h1>"))
            #expect(expected.submitted == 4 && expected.answered == 2 && expected.onTime == 1)
            #expect(html.contains("<strong>\(expected.submitted)</strong> signalen binnengekomen"))
            #expect(html.contains("<strong>\(expected.answered)</strong> signalen beantwoord"))
            #expect(html.contains("<strong>\(LoopMath.percentText(LoopMath.share(expected.onTime, of: expected.answered)))</strong> binnen de termijn"))
            #expect(html.contains("<strong>\(LoopMath.daysText(hours: expected.medianHours))</strong> mediaan"))
            #expect(html.contains("<strong>32,5 dagen</strong> mediaan"))
            #expect(html.contains("<strong>\(LoopMath.daysText(hours: expected.p90Hours))</strong> 90% beantwoord binnen"))
            #expect(html.contains("<strong>\(expected.openLate)</strong> open signalen over de termijn"))
            #expect(html.contains("<strong>\(expected.openEscalated)</strong> open signalen met signalering"))
            // every figure links to the records behind it
            for link in [
                "/signalen?telaat=ja", "/acties?status=achterstallig", "/besluiten", "/samenwerkingskaart#geen-contact", "/toetsen", "/monitor",
                "/themas/\(expected.themeID.uuidString.lowercased())", "/monitor?status=op-koers",
            ] {
                #expect(html.contains("href=\"\(link)"), "link \(link)")
            }
            // charts, each followed by a table with a caption
            #expect(html.components(separatedBy: "<svg").count - 1 == 4)
            #expect(html.components(separatedBy: "<table").count - 1 == 4)
            #expect(html.contains("<caption>Signalen per maand, in cijfers</caption>"))
            // small-number protection: three recognitions in all is below 5
            #expect(html.contains("Wachttijden schuldhulp</a></th><td class=\"num\">2</td><td class=\"num\">&lt; 5</td>"))
            // the filter form works without JavaScript: a GET form with the current period filled in
            #expect(html.contains(#"<form class="inline" method="get" action="/lus">"#))
            #expect(html.contains(#"name="van" type="month" value="\#(LoopPeriod.lastTwelveMonths(endingAt: clock.now).from.description)""#))
            // the start page and the menu lead here
            #expect(home.text.contains(#"href="/lus""#))
        }
    }

    @Test func filtersByDomainTeamAndPeriod() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let expected = try await Self.seed(store, fixture, now: clock.now)
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)
            let domain = expected.domain.uuidString.lowercased()
            let team = fixture.practitionerTeamID.uuidString.lowercased()
            let month = LoopPeriod.month(of: clock.now).description

            // act
            let byDomain = try await browser.get("/lus?domein=\(domain)")
            let byTeam = try await browser.get("/lus?team=\(team)")
            let thisMonth = try await browser.get("/lus?van=\(month)&tot=\(month)")
            let reversed = try await browser.get("/lus?van=2026-05&tot=2026-01")
            let badMonth = try await browser.get("/lus?van=2026-13")
            let unknownDomain = try await browser.get("/lus?domein=\(UUID().uuidString.lowercased())")

            // check: the domain holds all four; no signal is assigned to the team; this month has only the answer of 10
            // days ago or none, so fewer than the whole year
            #expect(byDomain.status == .ok)
            #expect(byDomain.text.contains("<option value=\"\(domain)\" selected>"))
            #expect(byDomain.text.contains("<strong>4</strong> signalen binnengekomen"))
            #expect(byDomain.text.contains("href=\"/signalen?telaat=ja&amp;domein=\(domain)"))
            #expect(byTeam.status == .ok)
            #expect(byTeam.text.contains("<strong>0</strong> signalen binnengekomen"))
            #expect(byTeam.text.contains("href=\"/acties?status=achterstallig&amp;team=\(team)\""))
            #expect(thisMonth.status == .ok)
            #expect(thisMonth.text.contains("Periode: \(month) tot en met \(month)"))
            #expect(reversed.status == .badRequest)
            #expect(badMonth.status == .badRequest)
            #expect(unknownDomain.status == .badRequest)
        }
    }

    @Test func refusesPractitionersAndHidesTheLink() async throws {
        try await withApp { store, fixture, client in
            // setup
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)

            // act
            let page = try await browser.get("/lus")
            let home = try await browser.get("/")

            // check
            #expect(page.status == .forbidden)
            #expect(!home.text.contains(#"href="/lus""#))
        }
    }
}

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

/// The monitor on the demo organisation: the pages, the protection of small numbers in every output, comments, the
/// indicator form and the import with its job page.
@Suite struct MonitorPageTests {
    func withDemo(_ test: @Sendable (Store, OrganisationModel, any TestClientProtocol) async throws -> Void) async throws {
        try await withTestStore { store in
            let demo = try await DemoOrganisation.load(into: store, password: Fixture.password, now: Date())
            let config = AppConfig(database: .sqlite(path: "unused"), logLevel: .warning)
            let app = try await buildApplication(config, store: store)
            try await app.test(.router) { client in try await test(store, demo, client) }
        }
    }

    @Test func everyDemoIndicatorIsShownWithStatusChartsAndProtectedFigures() async throws {
        try await withDemo { store, demo, client in
            // setup
            var manager = Browser(client)
            try await manager.signIn("manager@demo.test", password: Fixture.password)
            let indicators = try await IndicatorModel.query(on: store.database).filter(\.$organisationID == demo.id!).all()
            // act
            let overview = try await manager.get("/monitor")
            let offTrack = try await manager.get("/monitor?status=uit-koers")
            // check
            #expect(overview.status == .ok)
            #expect(indicators.count >= 40)
            for indicator in indicators { #expect(overview.text.contains(indicator.code)) }
            #expect(overview.text.contains("<svg"))
            #expect(offTrack.text.contains("uit koers"))
            #expect(!offTrack.text.contains("track-op-koers"))
            for indicator in indicators.prefix(12) {
                let page = try await manager.get("/monitor/indicatoren/\(indicator.id!.uuidString.lowercased())")
                #expect(page.status == .ok)
                #expect(page.text.contains("role=\"img\""))
                #expect(page.text.contains("<title"))
            }
            // the policy page shows each goal's indicators
            let policy = try #require(try await PolicyModel.query(on: store.database).filter(\.$organisationID == demo.id!).first())
            let policyPage = try await manager.get("/beleid/\(policy.id!.uuidString.lowercased())")
            #expect(policyPage.text.contains("/monitor/indicatoren/"))
        }
    }

    @Test func noExportShowsACountBelowTheThreshold() async throws {
        try await withDemo { store, demo, client in
            // setup
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test", password: Fixture.password)
            let counts = Set(try await IndicatorModel.query(on: store.database).filter(\.$unit == "aantal").all().map(\.code))
            // act
            let csv = try await officer.get("/monitor/export?formaat=csv")
            let published = try await officer.get("/monitor/export?formaat=csv&publicatie=ja")
            let json = try await officer.get("/monitor/export?formaat=json")
            // check
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            var small = 0
            for line in csv.text.split(separator: "\r\n").dropFirst() {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard counts.contains(fields[0]) else { continue }
                if let value = Double(fields[5].replacingOccurrences(of: ",", with: ".")) {
                    #expect(value >= 5, "\(line)")
                } else {
                    small += 1
                    #expect(["klein-aantal", "verborgen"].contains(fields[6]), "\(line)")
                }
            }
            #expect(small > 0, "the demo has small counts to protect")
            for line in published.text.split(separator: "\r\n").dropFirst() {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard counts.contains(fields[0]), let value = Int(fields[5]) else { continue }
                #expect(value % 5 == 0, "\(line)")
            }
            let document = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any]
            let all = try #require(document?["indicatoren"] as? [[String: Any]])
            for indicator in all where indicator["eenheid"] as? String == "aantal" {
                for figure in indicator["metingen"] as? [[String: Any]] ?? [] {
                    if let value = figure["waarde"] as? Double { #expect(value >= 5) }
                }
            }
            #expect(try await officer.get("/monitor/export?formaat=pdf").status == .badRequest)
        }
    }

    @Test func aBeheerderRaisesTheThresholdForTheWholeOrganisation() async throws {
        try await withDemo { store, demo, client in
            // setup
            var admin = Browser(client)
            try await admin.signIn("beheerder@demo.test", password: Fixture.password)
            try await admin.get("/beheer/gebieden")
            let counts = Set(try await IndicatorModel.query(on: store.database).filter(\.$unit == "aantal").filter(\.$smallNumberThreshold == nil).all().map(\.code))
            // act
            let refused = try await admin.post("/beheer/gebieden/drempel", [("drempel", "1")])
            let saved = try await admin.post("/beheer/gebieden/drempel", [("drempel", "10")])
            let csv = try await admin.get("/monitor/export?formaat=csv")
            // check
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("De drempel is een heel getal van 2 tot en met 100"))
            #expect(saved.status == .seeOther)
            for line in csv.text.split(separator: "\r\n").dropFirst() {
                let fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
                guard counts.contains(fields[0]), let value = Double(fields[5]) else { continue }
                #expect(value >= 10, "\(line)")
            }
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$action == "organisatie.drempel").count() == 1)
        }
    }

    @Test func theStoryBehindAFigureIsToldWithoutPersonalData() async throws {
        try await withDemo { store, demo, client in
            // setup
            var practitioner = Browser(client)
            try await practitioner.signIn("uitvoerder@demo.test", password: Fixture.password)
            let indicator = try #require(try await IndicatorModel.query(on: store.database).filter(\.$organisationID == demo.id!).first())
            let signal = try #require(try await SignalModel.query(on: store.database).filter(\.$organisationID == demo.id!).first())
            let url = "/monitor/indicatoren/\(indicator.id!.uuidString.lowercased())"
            try await practitioner.get(url)
            // act
            let refused = try await practitioner.post(url + "/toelichting", [("tekst", "Mevrouw met BSN 123456782 belde ons."), ("periode", "2025-Q1")])
            let unknownSignal = try await practitioner.post(url + "/toelichting", [("tekst", "Zie het signaal."), ("signaal", "999999")])
            let placed = try await practitioner.post(
                url + "/toelichting", [("tekst", "In Noord zien we meer aanmeldingen sinds de nieuwe folder."), ("periode", "2025-Q1"), ("signaal", "\(signal.number)")])
            // check
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("BSN") || refused.text.contains("burgerservicenummer"))
            #expect(unknownSignal.status == .badRequest)
            #expect(unknownSignal.text.contains("Signaal 999999 bestaat niet"))
            #expect(placed.status == .seeOther)
            let page = try await practitioner.get(url)
            #expect(page.text.contains("In Noord zien we meer aanmeldingen sinds de nieuwe folder."))
            #expect(page.text.contains("Signaal \(signal.number)"))
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$action == "indicator.toelichting").count() == 1)
        }
    }

    @Test func anIndicatorIsAddedToAGoalAndChanged() async throws {
        try await withDemo { store, demo, client in
            // setup
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test", password: Fixture.password)
            let goal = try #require(try await IndicatorRepository(store: store).goals(organisationID: demo.id!).first)
            try await officer.get("/monitor/indicatoren/nieuw?doel=\(goal.id.uuidString.lowercased())")
            var fields: [(String, String)] = [
                ("doel", goal.id.uuidString.lowercased()), ("code", "nw-01"), ("naam", "Nieuwe indicator"), ("definitie", "Wat we tellen."),
                ("soort", "outcome"), ("eenheid", "percentage"), ("richting", "hoger-is-beter"), ("bron", "enquete"), ("frequentie", "jaar"),
                ("optellen", "som"), ("nulmeting-periode", "2024"), ("nulmeting-waarde", "40,5"), ("doel-periode-1", "2026"), ("doel-waarde-1", "55"),
            ]
            // act
            let wrong = try await officer.post("/monitor/indicatoren/nieuw", fields)
            fields[9] = ("optellen", "gewogen-gemiddelde")
            let created = try await officer.post("/monitor/indicatoren/nieuw", fields)
            // check
            #expect(wrong.status == .badRequest)
            #expect(wrong.text.contains("Percentages tel je niet op"))
            #expect(created.status == .seeOther)
            let url = try #require(created.location?.components(separatedBy: "?").first)
            let page = try await officer.get(url)
            #expect(page.text.contains("NW-01 Nieuwe indicator"))
            #expect(page.text.contains("40,5%"))
            #expect(page.text.contains("Nog geen status"))
            let edit = try await officer.get(url + "/wijzigen")
            #expect(edit.status == .ok)
            fields.removeFirst()
            fields[1] = ("naam", "Hernoemde indicator")
            #expect(try await officer.post(url + "/wijzigen", fields).status == .seeOther)
            #expect(try await officer.get(url).text.contains("Hernoemde indicator"))
            var practitioner = Browser(client)
            try await practitioner.signIn("uitvoerder@demo.test", password: Fixture.password)
            #expect(try await practitioner.get(url + "/wijzigen").status == .forbidden)
        }
    }

    /// The monitor and the policy page keep what they load until the next write: an indicator added after both were
    /// read shows on both at once.
    @Test func theKeptMonitorShowsAnIndicatorAddedAfterItWasRead() async throws {
        try await withDemo { store, demo, client in
            // setup: both pages read once, so what they load is kept
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test", password: Fixture.password)
            let goal = try #require(try await IndicatorRepository(store: store).goals(organisationID: demo.id!).first)
            let goalModel = try #require(try await PolicyGoalModel.find(goal.id, on: store.database))
            let policyURL = "/beleid/\(goalModel.policyID.uuidString.lowercased())"
            #expect(!(try await officer.get("/monitor").text.contains("Later toegevoegde indicator")))
            #expect(!(try await officer.get(policyURL).text.contains("Later toegevoegde indicator")))
            try await officer.get("/monitor/indicatoren/nieuw?doel=\(goal.id.uuidString.lowercased())")

            // act
            let created = try await officer.post("/monitor/indicatoren/nieuw", [
                ("doel", goal.id.uuidString.lowercased()), ("code", "lt-01"), ("naam", "Later toegevoegde indicator"), ("definitie", "Wat we tellen."),
                ("soort", "output"), ("eenheid", "aantal"), ("richting", "hoger-is-beter"), ("bron", "eigen-registratie"), ("frequentie", "jaar"),
                ("optellen", "som"), ("nulmeting-periode", "2024"), ("nulmeting-waarde", "10"), ("doel-periode-1", "2026"), ("doel-waarde-1", "20"),
            ])

            // check
            #expect(created.status == .seeOther)
            #expect(try await officer.get("/monitor").text.contains("Later toegevoegde indicator"))
            #expect(try await officer.get(policyURL).text.contains("Later toegevoegde indicator"))
        }
    }

    @Test func anUploadedFileIsImportedAsAJobOrRefusedWithEveryRow() async throws {
        try await withDemo { store, demo, client in
            // setup
            var officer = Browser(client)
            try await officer.signIn("beleid@demo.test", password: Fixture.password)
            let form = try await officer.get("/monitor/import")
            let csrf = try #require(Browser.csrf(in: form.text))
            let indicator = try #require(try await IndicatorModel.query(on: store.database).filter(\.$unit == "aantal").filter(\.$frequency == "kwartaal").first())
            func upload(_ content: String) async throws -> TestResponse {
                let boundary = "grens\(UUID().uuidString.prefix(8))"
                let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"metingen.csv\"\r\nContent-Type: text/csv\r\n\r\n\(content)\r\n--\(boundary)--\r\n"
                return try await officer.send(
                    "/monitor/import", method: .post, headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: ByteBuffer(string: body))
            }
            func finished(_ location: String) async throws -> String {
                for _ in 0..<100 {
                    let page = try await officer.get(location)
                    if !page.text.contains("De import loopt nog") { return page.text }
                    try await Task.sleep(for: .milliseconds(50))
                }
                return ""
            }
            let before = try await store.sql.raw("SELECT COUNT(*) AS n FROM measurements").first()!.decode(column: "n", as: Int.self)
            // act
            let bad = try await upload("indicator;periode;gebied;waarde\n\(indicator.code);2030-Q9;BU99010101;3\nXX;2025-Q1;BU99010101;3\n")
            let badPage = try await finished(try #require(bad.location))
            let good = try await upload("indicator;periode;gebied;uitsplitsing;categorie;waarde\n\(indicator.code);2025-Q1;BU99010101;test;a;3\n\(indicator.code);2025-Q1;BU99010102;test;a;4\n")
            let goodPage = try await finished(try #require(good.location))
            // check
            #expect(bad.status == .seeOther)
            #expect(badPage.contains("Er is niets geïmporteerd"))
            #expect(badPage.contains("Regel 2:"))
            #expect(badPage.contains("Regel 3:"))
            #expect(goodPage.contains("De import is klaar"))
            let after = try await store.sql.raw("SELECT COUNT(*) AS n FROM measurements").first()!.decode(column: "n", as: Int.self)
            #expect(after == before + 2)
            // a job is its uploader's own
            var manager = Browser(client)
            try await manager.signIn("manager@demo.test", password: Fixture.password)
            #expect(try await manager.get(try #require(good.location)).status == .notFound)
        }
    }
}

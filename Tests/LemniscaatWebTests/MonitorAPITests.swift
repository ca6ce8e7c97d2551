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

/// The monitor's API: doelen, indicatoren, metingen and the CSV import, with small-number protection on every figure.
@Suite struct MonitorAPITests: APITestSupport {
    /// The fixture's organisation with a gemeente, two wijken of two buurten each, and a policy with two goals.
    struct Monitor {
        let policyID: UUID
        let goals: [UUID]
    }

    func monitor(_ store: Store, _ fixture: Fixture) async throws -> Monitor {
        let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
        _ = try await AreaRepository(store: store).importRows(
            try AreaCSV.parse(
                "code;naam\nGM0999;Testdorp\nWK099901;Noord\nWK099902;Zuid\nBU09990101;Haven\nBU09990102;Molen\nBU09990201;Dorp\nBU09990202;Veld"
            ).get(), organisationID: fixture.organisationID, actor: actor, now: Date())
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(
                title: "Armoedebeleid", summary: "Samen tegen armoede.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [],
                goals: [("Minder huishoudens met schulden", "Vroeg erbij."), ("Meer bereik van regelingen", "Wie recht heeft, krijgt het.")]),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        let goals = try await IndicatorRepository(store: store).goals(organisationID: fixture.organisationID, policyID: policy.id!)
        return Monitor(policyID: policy.id!, goals: goals.map(\.id))
    }

    func indicator(
        goal: UUID, code: String, kind: String = "output", unit: String = "aantal", aggregation: String = "som", direction: String = "hoger-is-beter",
        frequency: String = "kwartaal", extra: [String: Any] = [:]
    ) -> [String: Any] {
        var body: [String: Any] = [
            "doelId": goal.uuidString.lowercased(), "code": code, "naam": "Indicator \(code)", "definitie": "Wat \(code) telt.", "soort": kind,
            "eenheid": unit, "richting": direction, "bron": "eigen-registratie", "frequentie": frequency, "optellen": aggregation,
        ]
        body.merge(extra) { $1 }
        return body
    }

    func create(_ client: some TestClientProtocol, _ headers: HTTPFields, _ input: [String: Any]) async throws -> String {
        let response = try await client.execute(uri: "/api/v1/indicatoren", method: .post, headers: headers, body: try body(input))
        #expect(response.status == .created, "\(response.text)")
        return try #require(try json(response)["id"] as? String)
    }

    func importCSV(_ client: some TestClientProtocol, _ headers: HTTPFields, _ csv: String) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "text/csv"
        return try await client.execute(uri: "/api/v1/metingen/import", method: .post, headers: headers, body: ByteBuffer(string: csv))
    }

    static func changes(_ store: Store) async throws -> Int {
        try await AuditEntryModel.query(on: store.database).filter(\.$action !~ ".bekeken").filter(\.$action !~ ".geraadpleegd").count()
    }

    @Test func goalsAndIndicatorsAreListedWithFiltersAndPagination() async throws {
        try await withApp { store, fixture, client in
            // setup: two goals, three indicators, figures for one of them that put it on course
            let monitor = try await monitor(store, fixture)
            let headers = try await bearer(store, fixture.administrator)
            let onCourse = try await create(client, headers, indicator(
                goal: monitor.goals[0], code: "SC-01", kind: "impact", direction: "lager-is-beter",
                extra: ["nulmeting": ["periode": "2024-Q4", "waarde": 100], "streefwaarden": [["periode": "2026-Q4", "waarde": 50]]]))
            _ = try await create(client, headers, indicator(goal: monitor.goals[0], code: "SC-02", kind: "outcome", unit: "percentage", aggregation: "gewogen-gemiddelde"))
            _ = try await create(client, headers, indicator(goal: monitor.goals[1], code: "BR-01", kind: "input", unit: "bedrag"))
            let imported = try await importCSV(client, headers, "indicator;periode;gebied;waarde\nSC-01;2025-Q4;BU09990101;20\nSC-01;2025-Q4;BU09990102;18\nSC-01;2025-Q4;BU09990201;19\nSC-01;2025-Q4;BU09990202;19\n")
            #expect(imported.status == .ok, "\(imported.text)")
            let policy = monitor.policyID.uuidString.lowercased()
            let goal = monitor.goals[0].uuidString.lowercased()

            // act
            let goals = try await client.execute(uri: "/api/v1/doelen?beleid=\(policy)", method: .get, headers: headers, body: nil)
            let oneGoal = try await client.execute(uri: "/api/v1/doelen/\(goal)", method: .get, headers: headers, body: nil)
            let ofGoal = try await client.execute(uri: "/api/v1/indicatoren?doel=\(goal)", method: .get, headers: headers, body: nil)
            let outcomes = try await client.execute(uri: "/api/v1/indicatoren?soort=outcome&beleid=\(policy)", method: .get, headers: headers, body: nil)
            let firstPage = try await client.execute(uri: "/api/v1/indicatoren?beleid=\(policy)&pageSize=2", method: .get, headers: headers, body: nil)
            let secondPage = try await client.execute(uri: "/api/v1/indicatoren?beleid=\(policy)&pageSize=2&page=2", method: .get, headers: headers, body: nil)
            let onTrack = try await client.execute(uri: "/api/v1/indicatoren?status=op-koers", method: .get, headers: headers, body: nil)
            let offTrack = try await client.execute(uri: "/api/v1/indicatoren?status=uit-koers", method: .get, headers: headers, body: nil)
            let one = try await client.execute(uri: "/api/v1/indicatoren/\(onCourse)", method: .get, headers: headers, body: nil)

            // check: goals with their links, in position order
            #expect(goals.status == .ok)
            #expect(goals.headers[HTTPField.Name("API-Version")!] == "1.8.0")
            #expect(try results(goals).map { $0["titel"] as? String } == ["Minder huishoudens met schulden", "Meer bereik van regelingen"])
            let goalBody = try json(oneGoal)
            #expect(goalBody["beleidId"] as? String == policy)
            #expect(goalBody["beleidTitel"] as? String == "Armoedebeleid")
            #expect(goalBody["positie"] as? Int == 1)
            #expect(goalBody["omschrijving"] as? String == "Vroeg erbij.")
            #expect(((goalBody["_links"] as? [String: Any])?["indicatoren"] as? [String: Any])?["href"] as? String == "/api/v1/indicatoren?doel=\(goal)")
            // check: the filters
            #expect(try results(ofGoal).map { $0["code"] as? String } == ["SC-01", "SC-02"])
            #expect(try results(outcomes).map { $0["code"] as? String } == ["SC-02"])
            #expect(try results(onTrack).map { $0["code"] as? String } == ["SC-01"])
            #expect(try results(offTrack).isEmpty)
            // check: pagination keeps the filter in its links
            #expect(try json(firstPage)["totaal"] as? Int == 3)
            #expect(try results(firstPage).count == 2)
            let links = try #require(try json(firstPage)["_links"] as? [String: Any])
            #expect((links["next"] as? [String: Any])?["href"] as? String == "/api/v1/indicatoren?page=2&pageSize=2&beleid=\(policy)")
            #expect(links["prev"] == nil)
            #expect(try results(secondPage).count == 1)
            // check: every field of the indicator, and its status
            let indicator = try json(one)
            #expect(indicator["code"] as? String == "SC-01")
            #expect(indicator["soort"] as? String == "impact")
            #expect(indicator["eenheid"] as? String == "aantal")
            #expect(indicator["richting"] as? String == "lager-is-beter")
            #expect(indicator["frequentie"] as? String == "kwartaal")
            #expect(indicator["optellen"] as? String == "som")
            #expect(indicator["doelId"] as? String == goal)
            #expect((indicator["nulmeting"] as? [String: Any])?["periode"] as? String == "2024-Q4")
            #expect((indicator["streefwaarden"] as? [[String: Any]])?.first?["waarde"] as? Double == 50)
            #expect(indicator["drempelKleineAantallen"] == nil)
            #expect(indicator["drempelToegepast"] as? Int == 5)
            let status = try #require(indicator["status"] as? [String: Any])
            #expect(status["status"] as? String == "op-koers")
            #expect(status["periode"] as? String == "2025-Q4")
            #expect(status["waarde"] as? Double == 76)
            #expect(status["verwacht"] as? Double == 75)
            #expect(status["beveiliging"] == nil)
        }
    }

    @Test func anotherOrganisationsRecordsDoNotExist() async throws {
        try await withApp { store, fixture, client in
            // setup: an indicator in another organisation
            _ = try await monitor(store, fixture)
            let elsewhere = try await Fixture.make(store, name: "Gemeente Elders")
            let other = try await monitor(store, elsewhere)
            let otherID = try await IndicatorRepository(store: store).create(
                goalID: other.goals[0],
                IndicatorInput(code: "EL-01", name: "Elders", definition: "Elders geteld.", kind: "output", unit: "aantal", direction: "hoger-is-beter",
                    source: "cbs", ownerID: nil, frequency: "jaar", aggregation: "som"),
                organisationID: elsewhere.organisationID, actor: .commandLine(organisationID: elsewhere.organisationID), now: Date())
            let id = otherID.uuidString.lowercased()
            let headers = try await bearer(store, fixture.administrator)
            let changesBefore = try await Self.changes(store)

            // act
            let get = try await client.execute(uri: "/api/v1/indicatoren/\(id)", method: .get, headers: headers, body: nil)
            let put = try await client.execute(uri: "/api/v1/indicatoren/\(id)", method: .put, headers: headers, body: try body(indicator(goal: other.goals[0], code: "EL-01")))
            let goal = try await client.execute(uri: "/api/v1/doelen/\(other.goals[0].uuidString.lowercased())", method: .get, headers: headers, body: nil)
            let create = try await client.execute(uri: "/api/v1/indicatoren", method: .post, headers: headers, body: try body(indicator(goal: other.goals[0], code: "EL-02")))
            let list = try await client.execute(uri: "/api/v1/indicatoren", method: .get, headers: headers, body: nil)
            let figures = try await client.execute(uri: "/api/v1/metingen?indicator=\(id)", method: .get, headers: headers, body: nil)

            // check
            #expect(get.status == .notFound)
            #expect(get.headers[.contentType] == "application/problem+json")
            #expect(put.status == .notFound)
            #expect(goal.status == .notFound)
            #expect(create.status == .badRequest)
            #expect(try problemNames(create) == ["doelId"])
            #expect(try json(list)["totaal"] as? Int == 0)
            #expect(try json(figures)["totaal"] as? Int == 0)
            #expect(try await Self.changes(store) == changesBefore)
        }
    }

    @Test func smallNumbersAreProtectedInEveryResponse() async throws {
        try await withApp { store, fixture, client in
            // setup: a count that adds up over areas, with a buurt of 3 next to a sibling that would give it away, and a
            // breakdown of the gemeente with a category of 2; a second count measured only for the gemeente, at 3
            let monitor = try await monitor(store, fixture)
            let headers = try await bearer(store, fixture.administrator)
            let id = try await create(client, headers, indicator(goal: monitor.goals[0], code: "KA-01"))
            let small = try await create(client, headers, indicator(goal: monitor.goals[0], code: "KA-02"))
            let csv = """
                indicator;periode;gebied;uitsplitsing;categorie;waarde
                KA-01;2025-Q1;BU09990101;;;3
                KA-01;2025-Q1;BU09990102;;;40
                KA-01;2025-Q1;BU09990201;;;25
                KA-01;2025-Q1;BU09990202;;;30
                KA-01;2025-Q1;GM0999;leeftijd;18-26;2
                KA-01;2025-Q1;GM0999;leeftijd;27-49;50
                KA-01;2025-Q1;GM0999;leeftijd;50+;46
                KA-02;2025-Q1;GM0999;;;3

                """
            let imported = try await importCSV(client, headers, csv)
            #expect(imported.status == .ok, "\(imported.text)")

            // act
            let figures = try await client.execute(uri: "/api/v1/metingen?indicator=\(id)", method: .get, headers: headers, body: nil)
            let oneArea = try await client.execute(uri: "/api/v1/metingen?indicator=\(id)&gebied=BU09990102", method: .get, headers: headers, body: nil)
            let smallIndicator = try await client.execute(uri: "/api/v1/indicatoren/\(small)", method: .get, headers: headers, body: nil)
            let all = try await client.execute(uri: "/api/v1/metingen?pageSize=100", method: .get, headers: headers, body: nil)

            // check: the 3 is "< k", its sibling is hidden (43 − 40 would give it), the rest is shown
            let rows = try results(figures)
            func row(_ area: String, _ category: String? = nil) throws -> [String: Any] {
                try #require(rows.first { $0["gebied"] as? String == area && $0["categorie"] as? String == category })
            }
            #expect(try row("BU09990101")["waarde"] == nil)
            #expect(try row("BU09990101")["beveiliging"] as? String == "klein-aantal")
            #expect(try row("BU09990102")["waarde"] == nil)
            #expect(try row("BU09990102")["beveiliging"] as? String == "verborgen")
            #expect(try row("BU09990201")["waarde"] as? Double == 25)
            #expect(try row("BU09990201")["beveiliging"] == nil)
            #expect(try row("BU09990202")["waarde"] as? Double == 30)
            // check: the breakdown: 2 is "< k", and the smallest other category is hidden, since the total is known
            #expect(try row("GM0999", "18-26")["beveiliging"] as? String == "klein-aantal")
            #expect(try row("GM0999", "27-49")["waarde"] as? Double == 50)
            #expect(try row("GM0999", "50+")["beveiliging"] as? String == "verborgen")
            #expect(try row("GM0999", "50+")["uitsplitsing"] as? String == "leeftijd")
            // check: a filter on one area protects it with all the others still
            #expect(try results(oneArea).count == 1)
            #expect(try results(oneArea).first?["beveiliging"] as? String == "verborgen")
            // check: teller and noemer are never given, and no shown count is below k
            for item in try results(all) {
                #expect(item["teller"] == nil && item["noemer"] == nil)
                if let value = item["waarde"] as? Double { #expect(value >= 5, "\(item)") }
            }
            #expect(try json(all)["totaal"] as? Int == 8)
            // check: the status of an indicator shows no small figure either
            let status = try #require(try json(smallIndicator)["status"] as? [String: Any])
            #expect(status["periode"] as? String == "2025-Q1")
            #expect(status["waarde"] == nil)
            #expect(status["beveiliging"] as? String == "klein-aantal")
        }
    }

    @Test func measurementFiltersAndPagination() async throws {
        try await withApp { store, fixture, client in
            // setup: one indicator with figures in three quarters, one of them final
            let monitor = try await monitor(store, fixture)
            let headers = try await bearer(store, fixture.administrator)
            let id = try await create(client, headers, indicator(goal: monitor.goals[0], code: "PF-01"))
            var csv = "indicator;periode;gebied;waarde;status\n"
            for quarter in ["2024-Q4", "2025-Q1", "2025-Q2"] {
                for area in ["BU09990101", "BU09990102", "BU09990201", "BU09990202"] {
                    csv += "PF-01;\(quarter);\(area);50;\(quarter == "2024-Q4" ? "definitief" : "voorlopig")\n"
                }
            }
            #expect(try await importCSV(client, headers, csv).status == .ok)

            // act
            let range = try await client.execute(uri: "/api/v1/metingen?indicator=\(id)&periodeVan=2025-Q1&periodeTot=2025&pageSize=3", method: .get, headers: headers, body: nil)
            let final = try await client.execute(uri: "/api/v1/metingen?status=definitief", method: .get, headers: headers, body: nil)
            let area = try await client.execute(uri: "/api/v1/metingen?gebied=BU09990201&periodeTot=2025-Q1", method: .get, headers: headers, body: nil)
            let badForm = try await client.execute(uri: "/api/v1/metingen?periodeVan=2025-Q5&periodeTot=2025-13", method: .get, headers: headers, body: nil)
            let outOfRange = try await client.execute(uri: "/api/v1/metingen?periodeTot=1899", method: .get, headers: headers, body: nil)
            let reversed = try await client.execute(uri: "/api/v1/metingen?periodeVan=2025-Q2&periodeTot=2025-Q1", method: .get, headers: headers, body: nil)
            let badArea = try await client.execute(uri: "/api/v1/metingen?gebied=XX12", method: .get, headers: headers, body: nil)

            // check
            #expect(try json(range)["totaal"] as? Int == 8)
            #expect(try results(range).count == 3)
            #expect(try results(range).allSatisfy { ["2025-Q1", "2025-Q2"].contains($0["periode"] as? String ?? "") })
            let links = try #require(try json(range)["_links"] as? [String: Any])
            #expect((links["next"] as? [String: Any])?["href"] as? String == "/api/v1/metingen?page=2&pageSize=3&indicator=\(id)&periodeVan=2025-Q1&periodeTot=2025")
            #expect(try json(final)["totaal"] as? Int == 4)
            #expect(try results(final).allSatisfy { $0["status"] as? String == "definitief" })
            #expect(try results(area).map { $0["periode"] as? String } == ["2024-Q4", "2025-Q1"])
            #expect(badForm.status == .badRequest)
            #expect(badForm.headers[.contentType] == "application/problem+json")
            let reasons = try #require(try json(badForm)["invalidParams"] as? [[String: Any]])
            #expect(Set(reasons.compactMap { $0["name"] as? String }) == ["periodeVan", "periodeTot"])
            #expect(reasons.allSatisfy { ($0["reason"] as? String ?? "").contains("bijvoorbeeld 2025-Q1") })
            #expect(outOfRange.status == .badRequest)
            #expect(try problemNames(outOfRange) == ["periodeTot"])
            #expect(((try json(outOfRange)["invalidParams"] as? [[String: Any]])?.first?["reason"] as? String)?.contains("tussen 1900 en 2200") == true)
            #expect(reversed.status == .badRequest)
            #expect(try problemNames(reversed) == ["periodeVan"])
            #expect(badArea.status == .badRequest)
        }
    }

    @Test func invalidIndicatorsAreRefusedInDutchWithEveryProblem() async throws {
        try await withApp { store, fixture, client in
            // setup
            let monitor = try await monitor(store, fixture)
            let admin = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)
            let existing = try await create(client, admin, indicator(goal: monitor.goals[0], code: "VA-01"))
            let changesBefore = try await Self.changes(store)
            let invalid = indicator(
                goal: monitor.goals[0], code: "va 02", unit: "percentage", aggregation: "som",
                extra: [
                    "nulmeting": ["periode": "2024", "waarde": 10],
                    "streefwaarden": [["periode": "2026-q1", "waarde": 1], ["periode": "2023", "waarde": 2], ["periode": "2025", "waarde": 3], ["periode": "2025", "waarde": 4]],
                    "drempelKleineAantallen": 500, "naam": "   ",
                ])

            // act
            let refused = try await client.execute(uri: "/api/v1/indicatoren", method: .post, headers: admin, body: try body(invalid))
            let notAnEditor = try await client.execute(uri: "/api/v1/indicatoren", method: .post, headers: practitioner, body: try body(indicator(goal: monitor.goals[0], code: "VA-03")))
            let takenCode = try await client.execute(uri: "/api/v1/indicatoren", method: .post, headers: admin, body: try body(indicator(goal: monitor.goals[0], code: "va-01")))
            let unknownEnum = try await client.execute(uri: "/api/v1/indicatoren", method: .post, headers: admin, body: try body(indicator(goal: monitor.goals[0], code: "VA-04", unit: "kilo")))
            let changesAfterRefusals = try await Self.changes(store)
            let updated = try await client.execute(
                uri: "/api/v1/indicatoren/\(existing)", method: .put, headers: admin,
                body: try body(indicator(goal: monitor.goals[0], code: "VA-01", extra: ["naam": "Nieuwe naam", "drempelKleineAantallen": 10])))

            // check: 400 problem+json naming every field, with the repository's Dutch reasons
            #expect(refused.status == .badRequest)
            #expect(refused.headers[.contentType] == "application/problem+json")
            let params = try #require(try json(refused)["invalidParams"] as? [[String: Any]])
            let byName = Dictionary(params.map { ($0["name"] as! String, $0["reason"] as! String) }, uniquingKeysWith: { first, _ in first })
            #expect(Set(byName.keys) == ["code", "naam", "optellen", "drempelKleineAantallen", "streefwaarden[0]", "streefwaarden[1]", "streefwaarden[3]"])
            #expect(byName["optellen"] == "Percentages tel je niet op: kies gewogen gemiddelde of geen.")
            #expect(byName["naam"] == "Vul de naam in.")
            #expect(byName["streefwaarden[1]"]?.contains("ligt niet na de nulmeting") == true)
            #expect(byName["streefwaarden[3]"]?.contains("staat al een streefwaarde") == true)
            #expect(byName["drempelKleineAantallen"]?.contains("heel getal van 1 tot en met 100") == true)
            #expect(notAnEditor.status == .forbidden)
            #expect(takenCode.status == .conflict)
            #expect(try problemNames(takenCode) == ["code"])
            #expect(unknownEnum.status == .badRequest)
            #expect(unknownEnum.headers[.contentType] == "application/problem+json")
            // check: nothing was written for the refusals; one audit entry for the change
            #expect(try await IndicatorModel.query(on: store.database).count() == 1)
            #expect(changesAfterRefusals == changesBefore)
            #expect(updated.status == .ok, "\(updated.text)")
            #expect(try json(updated)["naam"] as? String == "Nieuwe naam")
            #expect(try json(updated)["drempelKleineAantallen"] as? Int == 10)
            #expect(try json(updated)["drempelToegepast"] as? Int == 10)
            #expect(try await Self.changes(store) == changesBefore + 1)
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$action == "indicator.gewijzigd").count() == 1)
        }
    }

    @Test func aCSVImportAnswersWithTheRowReport() async throws {
        try await withApp { store, fixture, client in
            // setup
            let monitor = try await monitor(store, fixture)
            let headers = try await bearer(store, fixture.administrator)
            _ = try await create(client, headers, indicator(goal: monitor.goals[0], code: "IM-01"))
            _ = try await create(client, headers, indicator(goal: monitor.goals[0], code: "IM-02", unit: "percentage", aggregation: "gewogen-gemiddelde", frequency: "jaar"))
            let csv = "indicator;periode;gebied;waarde;teller;noemer\r\nIM-01;2025-Q1;BU09990101;12;;\r\nIM-01;2025-Q1;BU09990102;14;;\r\nIM-02;2025;GM0999;;30;120\r\n"
            let changesBefore = try await Self.changes(store)

            // act
            let first = try await importCSV(client, headers, csv)
            let again = try await importCSV(client, headers, csv)

            // check: the report, and one audit entry per import
            #expect(first.status == .ok, "\(first.text)")
            #expect(first.headers[.contentType]?.hasPrefix("application/json") == true)
            let report = try json(first)
            #expect(report["regels"] as? Int == 3)
            #expect(report["nieuw"] as? Int == 3)
            #expect(report["vervangen"] as? Int == 0)
            #expect(try json(again)["vervangen"] as? Int == 3)
            #expect(try json(again)["nieuw"] as? Int == 0)
            #expect(try await Self.changes(store) == changesBefore + 2)
            let entries = try await AuditEntryModel.query(on: store.database).filter(\.$action == "metingen.geimporteerd").count()
            #expect(entries == 2)
            let stored = try await MeasurementRepository(store: store).page(organisationID: fixture.organisationID, filter: .init(), offset: 0, limit: 10)
            #expect(stored.total == 3)
        }
    }

    @Test func numbersBeyondAnyCountAreRefusedAndNothingTraps() async throws {
        try await withApp { store, fixture, client in
            // setup: a count and an amount
            let monitor = try await monitor(store, fixture)
            let headers = try await bearer(store, fixture.administrator)
            _ = try await create(client, headers, indicator(goal: monitor.goals[0], code: "GR-01"))
            _ = try await create(client, headers, indicator(goal: monitor.goals[0], code: "GR-02", unit: "bedrag"))

            // act: a count of 1e300 used to be stored, and then trapped every page, export and API call that showed it
            let refused = try await importCSV(client, headers, "indicator;periode;gebied;waarde\nGR-01;2025-Q1;BU09990101;1e300\n")
            let amount = try await importCSV(client, headers, "indicator;periode;gebied;waarde\nGR-02;2025-Q1;GM0999;1e300\n")
            let figures = try await client.execute(uri: "/api/v1/metingen", method: .get, headers: headers, body: nil)
            let indicators = try await client.execute(uri: "/api/v1/indicatoren", method: .get, headers: headers, body: nil)

            // check
            #expect(refused.status == .badRequest)
            #expect(try problemNames(refused) == ["regel-2"])
            #expect(((try json(refused)["invalidParams"] as? [[String: Any]])?.first?["reason"] as? String)?.contains("1.000.000.000") == true)
            #expect(amount.status == .ok)
            #expect(figures.status == .ok)
            #expect(indicators.status == .ok)
            #expect(MonitorExport.plain(1e300, unit: .euro) == String(1e300))
        }
    }

    @Test func aCSVWithErrorsOnManyRowsIsRefusedWithEveryRowListed() async throws {
        try await withApp { store, fixture, client in
            // setup: one good row, then 60 rows with a problem each, and one row with two
            let monitor = try await monitor(store, fixture)
            let admin = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)
            _ = try await create(client, admin, indicator(goal: monitor.goals[0], code: "FO-01"))
            var csv = "indicator;periode;gebied;waarde\nFO-01;2025-Q1;BU09990101;12\n"
            for index in 0..<60 { csv += "FO-01;2025-Q1;BU0999\(String(format: "%04d", 9000 + index));7\n" }
            csv += "ONBEKEND;2025-Q9;BU09990101;x\n"
            let changesBefore = try await Self.changes(store)

            // act
            let refused = try await importCSV(client, admin, csv)
            let garbage = try await importCSV(client, admin, "\u{1}\u{2}\u{0}ÿþ garbage, not a csv")
            let empty = try await importCSV(client, admin, "")
            let notCSV = try await client.execute(uri: "/api/v1/metingen/import", method: .post, headers: admin, body: ByteBuffer(string: "{}"))
            let notAnEditor = try await importCSV(client, practitioner, "indicator;periode;gebied;waarde\nFO-01;2025-Q1;BU09990101;12\n")

            // check: every row is listed, nothing written, no audit entry
            #expect(refused.status == .badRequest)
            #expect(refused.headers[.contentType] == "application/problem+json")
            let params = try #require(try json(refused)["invalidParams"] as? [[String: Any]])
            let names = params.compactMap { $0["name"] as? String }
            #expect(Set(names) == Set((3...63).map { "regel-\($0)" }))
            #expect(names.filter { $0 == "regel-63" }.count >= 2)
            #expect(params.allSatisfy { $0["code"] as? String == "ongeldig" })
            #expect((params.first?["reason"] as? String)?.contains("bestaat niet in uw organisatie") == true)
            #expect(try await Self.changes(store) == changesBefore)
            let stored = try await MeasurementRepository(store: store).page(organisationID: fixture.organisationID, filter: .init(), offset: 0, limit: 10)
            #expect(stored.total == 0)
            // check: garbage and an empty file are 400 problem+json too; another content type is refused; only editors import
            for response in [garbage, empty] {
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            #expect(try problemNames(empty) == ["bestand"])
            #expect([400, 415].contains(notCSV.status.code))
            #expect(notCSV.headers[.contentType] == "application/problem+json")
            #expect(notAnEditor.status == .forbidden)
        }
    }
}

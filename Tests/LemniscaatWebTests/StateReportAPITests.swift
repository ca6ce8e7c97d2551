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

/// GET /api/v1/rapportages/staat-van-de-uitvoering: the report as data, equal to the records; bad filters refused.
@Suite struct StateReportAPITests: APITestSupport {
    @Test func givesTheReportEqualToTheRecords() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let expected = try await LoopPageTests.seed(store, fixture, now: clock.now)
            let headers = try await bearer(store, fixture.administrator)
            let year = LoopPeriod.month(of: clock.now).year
            let signals = try await SignalModel.query(on: store.database).filter(\.$organisationID == fixture.organisationID).all()
            let months = ReportPeriod(String(year))!.months
            let submitted = signals.filter { $0.submittedAt >= months.start && $0.submittedAt < months.end }.count

            // act
            let response = try await client.execute(
                uri: "/api/v1/rapportages/staat-van-de-uitvoering?periode=\(year)", method: .get, headers: headers, body: nil)
            let quarter = try await client.execute(
                uri: "/api/v1/rapportages/staat-van-de-uitvoering?periode=\(year)-Q1&domein=\(expected.domain.uuidString.lowercased())", method: .get,
                headers: headers, body: nil)

            // check
            #expect(response.status == .ok)
            #expect(response.headers[HTTPField.Name("API-Version")!] != nil)
            let body = try json(response)
            #expect(body["periode"] as? String == String(year))
            #expect(body["vorigePeriode"] as? String == String(year - 1))
            #expect(body["organisatie"] as? String == "Gemeente Testdorp")
            let loop = try #require(body["lus"] as? [String: Any])
            #expect(loop["binnengekomen"] as? Int == submitted)
            #expect(loop["van"] as? String == "\(year)-01" && loop["tot"] as? String == "\(year)-12")
            #expect((body["vorige"] as? [String: Any])?["tot"] as? String == "\(year - 1)-12")
            let domains = try #require(body["beleidsterreinen"] as? [[String: Any]])
            #expect(domains.compactMap { $0["binnengekomen"] as? Int }.reduce(0, +) == submitted)
            // the theme's three recognitions are below the threshold: left out, and said why
            let theme = try #require((body["themas"] as? [[String: Any]])?.first)
            #expect(theme["id"] as? String == expected.themeID.uuidString.lowercased())
            #expect(theme["herkenningen"] == nil && theme["beveiliging"] as? String == "klein-aantal")
            let open = try #require(body["open"] as? [[String: Any]])
            #expect(open.count == signals.filter { SignalStatus(rawValue: $0.status)!.isOpen }.count)
            #expect(quarter.status == .ok)
            let byDomain = try json(quarter)
            #expect(byDomain["periode"] as? String == "\(year)-Q1" && byDomain["vorigePeriode"] as? String == "\(year - 1)-Q4")
            #expect((byDomain["beleidsterreinen"] as? [Any])?.isEmpty == true)
            #expect(byDomain["domeinId"] as? String == expected.domain.uuidString.lowercased())
        }
    }

    @Test func refusesBadFiltersAndOtherRoles() async throws {
        try await withApp { store, fixture, client in
            // setup
            let headers = try await bearer(store, fixture.administrator)
            let practitioner = try await bearer(store, fixture.practitioner)

            // act
            let month = try await client.execute(
                uri: "/api/v1/rapportages/staat-van-de-uitvoering?periode=2025-Q1&domein=\(UUID().uuidString)", method: .get, headers: headers, body: nil)
            let forbidden = try await client.execute(uri: "/api/v1/rapportages/staat-van-de-uitvoering", method: .get, headers: practitioner, body: nil)

            // check
            #expect(month.status == .badRequest)
            #expect(month.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(try problemNames(month) == ["domein"])
            #expect(forbidden.status == .forbidden)
            #expect(forbidden.headers[.contentType]?.hasPrefix("application/problem+json") == true)
        }
    }
}

/// GET /api/v1/rapportages/knelpuntenbrief: an empty date is not a date (schemathesis found it accepted).
@Suite struct BottleneckLetterAPIFilterTests: APITestSupport {
    @Test func refusesAnEmptyDate() async throws {
        try await withApp { store, fixture, client in
            // setup
            let headers = try await bearer(store, fixture.administrator)

            // act
            let empty = try await client.execute(uri: "/api/v1/rapportages/knelpuntenbrief?van=&tot=", method: .get, headers: headers, body: nil)
            let none = try await client.execute(uri: "/api/v1/rapportages/knelpuntenbrief", method: .get, headers: headers, body: nil)

            // check
            #expect(empty.status == .badRequest)
            #expect(empty.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            #expect(try problemNames(empty).sorted() == ["tot", "van"])
            #expect(none.status == .ok)
        }
    }
}

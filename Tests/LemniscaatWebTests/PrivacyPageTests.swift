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
import SQLKit
import Testing

@testable import LemniscaatWeb

/// The right of access (a user's data as JSON), the processing log it writes, and the bewaartermijnen page.
@Suite struct PrivacyPageTests {
    static func logRows(_ store: Store, activity: ProcessingActivity? = nil) async throws -> [ProcessingLogRepository.Entry] {
        var rows: [ProcessingLogRepository.Entry] = []
        for organisation in try await OrganisationModel.query(on: store.database).all() {
            rows += try await ProcessingLogRepository(store: store).page(
                organisationID: organisation.id!, filter: .init(activity: activity), page: 1, pageSize: 1000).entries
        }
        return rows
    }

    static func exports(_ store: Store) async throws -> Int {
        try await AuditEntryModel.query(on: store.database).filter(\.$action == "gegevensexport.geraadpleegd").count()
    }

    @Test func aUserDownloadsTheirOwnData() async throws {
        try await withApp { store, fixture, client in
            // setup
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            #expect(try await practitioner.get("/profiel").text.contains("/profiel/mijn-gegevens"))
            // act
            let response = try await practitioner.get("/profiel/mijn-gegevens")
            // check
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let profile = try #require(json["profiel"] as? [String: Any])
            #expect(profile["email"] as? String == fixture.practitioner.email)
            #expect((profile["teams"] as? [String]) == ["Wijkteam"])
            #expect(json["auditlog"] is [Any])
            let rows = try await Self.logRows(store)
            #expect(rows.count == 1)
            #expect(rows.first?.activity_id == ProcessingActivity.ownDataExported.rawValue)
            #expect(rows.first?.actor_label == fixture.practitioner.email)
            #expect(rows.first?.subject_hash.count == 64)
            #expect(try await Self.exports(store) == 1)
        }
    }

    @Test func aBeheerderDownloadsAUsersDataAndEachReadIsLoggedOnce() async throws {
        try await withApp { store, fixture, client in
            // setup
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            let id = fixture.practitioner.id!.uuidString.lowercased()
            // act: the user's page, then the download
            let page = try await admin.get("/beheer/gebruikers/\(id)")
            let response = try await admin.get("/beheer/gebruikers/\(id)/gegevens")
            // check
            #expect(page.text.contains("/beheer/gebruikers/\(id)/gegevens"))
            #expect(response.status == .ok)
            #expect(response.text.contains(fixture.practitioner.email))
            #expect(try await Self.logRows(store, activity: .userRecordViewed).count == 1)
            #expect(try await Self.logRows(store, activity: .userDataExported).count == 1)
            #expect(try await Self.logRows(store).count == 2)
            // both rows name the same person, hashed alike, and a filter on that person finds exactly them
            let filtered = try await ProcessingLogRepository(store: store).page(
                organisationID: fixture.organisationID, filter: .init(subjectID: fixture.practitioner.id!), page: 1, pageSize: 10)
            #expect(filtered.total == 2)
            #expect(Set(filtered.entries.map(\.subject_hash)).count == 1)
            #expect(try await Self.exports(store) == 1)
            // the beheerder's page shows them
            let log = try await admin.get("/beheer/verwerkingen?gebruiker=\(id)")
            #expect(log.status == .ok)
            #expect(log.text.contains(ProcessingActivity.userDataExported.rawValue))
        }
    }

    @Test func anotherUserAndAnotherOrganisationAreRefusedAndNothingIsLogged() async throws {
        try await withApp { store, fixture, client in
            // setup
            let other = try await Fixture.make(store, name: "Gemeente Anderdorp")
            var practitioner = Browser(client)
            try await practitioner.signIn(fixture.practitioner.email)
            var otherAdmin = Browser(client)
            try await otherAdmin.signIn(other.administrator.email)
            let id = fixture.administrator.id!.uuidString.lowercased()
            // act
            let refused = try await practitioner.get("/beheer/gebruikers/\(id)/gegevens")
            let elsewhere = try await otherAdmin.get("/beheer/gebruikers/\(id)/gegevens")
            // check
            #expect(refused.status == .forbidden)
            #expect(elsewhere.status == .notFound)
            #expect(try await Self.logRows(store).isEmpty)
            #expect(try await Self.exports(store) == 0)
        }
    }

    @Test func theBeheerderSetsRetentionPeriodsWithClearErrors() async throws {
        try await withApp { store, fixture, client in
            // setup
            var admin = Browser(client)
            try await admin.signIn(fixture.administrator.email)
            let page = try await admin.get("/beheer/bewaartermijnen")
            #expect(page.status == .ok)
            #expect(page.text.contains("Bewaartermijnen"))
            // act: bad input
            let bad = try await admin.post("/beheer/bewaartermijnen", [
                ("melder", "twaalf"), ("afgesloten", "60"), ("ingetrokken", "12"), ("notulen", "84"), ("auditlog", "6"),
            ])
            // check
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("Vul een aantal maanden in"))
            #expect(bad.text.contains("tussen 12 en 240 maanden"))
            // act: good input
            let good = try await admin.post("/beheer/bewaartermijnen", [
                ("melder", "6"), ("afgesloten", "36"), ("ingetrokken", "6"), ("notulen", "84"), ("auditlog", "120"),
            ])
            // check
            #expect(good.status == .seeOther)
            #expect(try await RetentionRepository(store: store).periods(organisationID: fixture.organisationID)
                == RetentionPeriods(reporterMonths: 6, closedSignalMonths: 36, withdrawnSignalMonths: 6, minutesMonths: 84, auditMonths: 120))
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$action == "bewaartermijnen.gewijzigd").count() == 1)
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }
}

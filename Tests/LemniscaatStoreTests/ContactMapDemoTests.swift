// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

/// The demo's samenwerkingskaart: mostly contact, one young team a policy team never met, and a recent meeloopdag.
@Suite struct ContactMapDemoTests {
    @Test func demoTextsPassThePrivacyGuard() {
        for text in DemoContactMap.texts { #expect(PrivacyGuard.scan(text).isEmpty, "\(text)") }
    }

    @Test func theDemoMapHasContactAndTeamsThatNeverMet() async throws {
        try await withTestStore { store in
            // setup
            let now = Date()
            let organisation = try await DemoOrganisation.load(into: store, password: "lemniscaat-demo", now: now)
            let repository = ContactMapRepository(store: store)

            // act
            let year = try await repository.map(organisationID: organisation.id!, window: .twelveMonths, now: now)
            let gaps = try await repository.gaps(organisationID: organisation.id!, now: now)

            // check: most pairs met; Beleid Zorg en Jeugd never met Vroeg Eropaf; the meeloopdag counts
            #expect(year.policyTeams.count == 2 && year.practiceTeams.count == 6)
            #expect(year.noContact.map { "\($0.policy.name) × \($0.practice.name)" } == ["Beleid Zorg en Jeugd × Vroeg Eropaf"])
            let pairs = Dictionary(uniqueKeysWithValues: year.pairs.map { ("\($0.policy.name) × \($0.practice.name)", $0.counts) })
            #expect(pairs["Beleid Werk en Inkomen × Vroeg Eropaf"]?.none == false)
            #expect(pairs["Beleid Werk en Inkomen × Schuldhulpverlening"]?.shadowDays == 1)
            #expect(year.pairs.filter { $0.counts.sessions + $0.counts.shadowDays > 0 }.count >= 6)
            #expect(year.pairs.filter { $0.counts.remarks > 0 }.count >= 3)
            // people with a team on the other side they did not meet, and people who met every team
            #expect(gaps.contains { $0.notMet.contains { $0.name == "Vroeg Eropaf" } })
            #expect(gaps.contains { $0.notMet.isEmpty } && gaps.contains { !$0.notMet.isEmpty })
        }
    }
}

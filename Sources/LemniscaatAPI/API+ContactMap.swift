// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

extension APIImplementation {
    /// The samenwerkingskaart of the caller's organisation: every pair of a policy team and a practice team with its
    /// contacts over the last 6 or 12 months. About teams, not people, so every signed-in user reads it.
    package func getSamenwerkingskaart(_ input: Operations.GetSamenwerkingskaart.Input) async throws -> Operations.GetSamenwerkingskaart.Output {
        let user = try user()
        // The spec allows only 6 and 12; the request check answers anything else with 400 before we get here.
        let window = ContactWindow(rawValue: input.query.maanden?.rawValue ?? 12) ?? .twelveMonths
        let map = try await ContactMapRepository(store: store).map(organisationID: user.organisationID, window: window, now: clock())
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.contactMap(map))))
    }

    static func contactMap(_ map: ContactMatrix) -> Components.Schemas.Samenwerkingskaart {
        func team(_ team: ContactTeam) -> Components.Schemas.SamenwerkingskaartTeam { .init(id: team.id.uuidString.lowercased(), naam: team.name) }
        return .init(
            maanden: map.window.months, van: map.since, tot: map.until, beleidsteams: map.policyTeams.map(team),
            uitvoeringsteams: map.practiceTeams.map(team),
            cellen: map.pairs.map { pair in
                .init(
                    beleidsteamId: pair.policy.id.uuidString.lowercased(), uitvoeringsteamId: pair.practice.id.uuidString.lowercased(),
                    totaal: pair.counts.total, overleggen: pair.counts.sessions, meeloopdagen: pair.counts.shadowDays, signalen: pair.counts.signals,
                    opmerkingen: pair.counts.remarks, geenContact: pair.counts.none)
            },
            zonderContact: map.noContact.map {
                .init(beleidsteamId: $0.policy.id.uuidString.lowercased(), uitvoeringsteamId: $0.practice.id.uuidString.lowercased())
            })
    }
}

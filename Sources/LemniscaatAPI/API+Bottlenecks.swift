// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

extension APIImplementation {
    /// The knelpuntenbrief, with the filters of the page /rapportages/knelpuntenbrief; the readers of De lus only.
    package func getKnelpuntenbrief(_ input: Operations.GetKnelpuntenbrief.Input) async throws -> Operations.GetKnelpuntenbrief.Output {
        let user = try user()
        guard BottleneckReportRepository.mayRead(user) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "De knelpuntenbrief is voor managers, beleidsmedewerkers en beheerders.")
        }
        let query = input.query
        // A page's form sends empty dates for "no filter"; in the API an empty date is no date, as the spec says.
        let empty = [("van", query.van), ("tot", query.tot)].filter { $0.1?.isEmpty == true }
        if !empty.isEmpty {
            throw APIProblem(
                status: 400, title: "Ongeldige vraag", detail: "Niet alle filters zijn goed.",
                invalidParams: empty.map { InvalidParam(name: $0.0, code: "ongeldig", reason: "Schrijf de datum als jjjj-mm-dd, of laat de parameter weg.") })
        }
        let filter: BottleneckLetter.Filter
        switch BottleneckLetter.Filter.parse(from: query.van, until: query.tot, year: query.jaar, addresseeKind: query.geadresseerde) {
        case .success(let chosen): filter = chosen
        case .failure(let failure):
            throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle filters zijn goed.", invalidParams: failure.invalidParams)
        }
        let letter = try await BottleneckReportRepository(store: store).letter(organisationID: user.organisationID, filter: filter)
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.knelpuntenbrief(letter))))
    }

    static func knelpuntenbrief(_ letter: BottleneckLetter) -> Components.Schemas.Knelpuntenbrief {
        let k = SmallNumberPolicy(threshold: max(1, letter.smallNumberThreshold))
        func knelpunt(_ item: BottleneckLetter.Item) -> Components.Schemas.Knelpunt {
            let protected = k.count(item.recognitions)
            let shown: Int? = if case .shown = protected { item.recognitions } else { nil }
            return .init(
                soort: item.kind == .signal ? .signaal : .thema, id: item.id.uuidString.lowercased(), nummer: item.number, titel: item.title,
                soortGeadresseerde: item.addresseeKind.flatMap { Components.Schemas.SoortGeadresseerde(rawValue: $0.rawValue) },
                geadresseerde: item.addressee, regeling: item.regulation, artikel: item.article, praktijk: item.practice, signalen: item.signals,
                herkenningen: shown, beveiliging: beveiliging(protected), voorgesteldeOplossing: item.proposedSolution, doorgezetOp: item.forwardedAt,
                statussen: item.statuses.compactMap { entry in
                    Components.Schemas.SignaalStatus(rawValue: entry.status.rawValue).map { .init(status: $0, aantal: entry.count) }
                })
        }
        return .init(
            organisatie: letter.organisation,
            filter: .init(
                van: letter.filter.fromText, tot: letter.filter.untilText,
                geadresseerde: letter.filter.addresseeKind.flatMap { Components.Schemas.SoortGeadresseerde(rawValue: $0.rawValue) },
                omschrijving: letter.filter.description),
            regelingen: letter.regulations.map { group in
                .init(regeling: group.regulation, artikelen: group.articles.map { .init(artikel: $0.article, knelpunten: $0.items.map(knelpunt)) })
            },
            nogNietVastgelegd: letter.unrecorded.map(knelpunt))
    }
}

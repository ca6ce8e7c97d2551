// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// Two MKBA's that tell the two stories a council hears most: vroegsignalering schulden pays back for the gemeente
/// that pays for it (and for inwoners and werkgevers); preventive jeugdhulp is paid by the gemeente while most of the
/// benefits land at the zorgverzekeraar and the Rijk. Loaded in the demo loader's transaction.
enum DemoMKBA {
    struct Analysis {
        let policy: String
        let title: String
        let description: String
        let horizon: Int
        let lines: [MKBALine]
    }

    static let analyses: [Analysis] = [
        Analysis(
            policy: "Beleidsplan schuldhulpverlening 2024–2027", title: "Vroegsignalering schulden: huisbezoek bij betalingsachterstand",
            description:
                "Bij twee maanden achterstand in huur, energie of zorgpremie belt en bezoekt Vroeg Eropaf het huishouden. Zo komen minder mensen met hoge schulden bij de schuldhulpverlening. Bedragen per jaar, op basis van 400 huishoudens.",
            horizon: 5,
            lines: [
                MKBALine(
                    kind: .cost, category: "Huisbezoeken en gesprekken (2 fte)", stakeholder: .municipality,
                    amounts: [160_000, 165_000, 170_000, 175_000, 180_000], lowPercent: 100, highPercent: 115),
                MKBALine(
                    kind: .cost, category: "Opzet, scholing en gegevensuitwisseling", stakeholder: .municipality, amounts: [60_000], lowPercent: 100,
                    highPercent: 130),
                MKBALine(
                    kind: .benefit, category: "Minder trajecten schuldhulpverlening", stakeholder: .municipality,
                    amounts: [50_000, 130_000, 170_000, 180_000, 180_000], lowPercent: 70, highPercent: 120),
                MKBALine(
                    kind: .benefit, category: "Minder huisuitzettingen en noodopvang", stakeholder: .municipality,
                    amounts: [20_000, 45_000, 60_000, 60_000, 60_000], lowPercent: 60, highPercent: 130),
                MKBALine(
                    kind: .benefit, category: "Minder incassokosten en boetes", stakeholder: .resident,
                    amounts: [30_000, 60_000, 70_000, 70_000, 70_000], lowPercent: 70, highPercent: 120),
                MKBALine(
                    kind: .benefit, category: "Minder verzuim door geldzorgen", stakeholder: .employer, amounts: [10_000, 25_000, 35_000, 35_000, 35_000],
                    lowPercent: 50, highPercent: 150),
            ]),
        Analysis(
            policy: "Beleidsplan Jeugd 2024–2027: Gewoon opgroeien", title: "Preventieve jeugdhulp: praktijkondersteuner jeugd bij de huisarts",
            description:
                "De gemeente betaalt praktijkondersteuners jeugd bij de huisartsen. Minder kinderen gaan door naar specialistische zorg. De baten komen vooral bij de zorgverzekeraar en het Rijk terecht: wie betaalt is niet wie baat.",
            horizon: 6,
            lines: [
                MKBALine(
                    kind: .cost, category: "Praktijkondersteuners jeugd (4 fte)", stakeholder: .municipality,
                    amounts: [320_000, 330_000, 340_000, 350_000, 360_000, 370_000], lowPercent: 100, highPercent: 110),
                MKBALine(
                    kind: .benefit, category: "Minder specialistische jeugdhulp", stakeholder: .municipality,
                    amounts: [50_000, 90_000, 110_000, 120_000, 120_000, 120_000], lowPercent: 60, highPercent: 140),
                MKBALine(
                    kind: .benefit, category: "Minder verwijzingen naar GGZ en medisch specialist", stakeholder: .healthInsurer,
                    amounts: [90_000, 160_000, 200_000, 220_000, 230_000, 230_000], lowPercent: 70, highPercent: 130),
                MKBALine(
                    kind: .benefit, category: "Minder schooluitval en later minder uitkeringen", stakeholder: .state,
                    amounts: [0, 40_000, 80_000, 120_000, 150_000, 170_000], lowPercent: 50, highPercent: 150),
                MKBALine(
                    kind: .benefit, category: "Minder verzuim van ouders", stakeholder: .employer, amounts: [10_000, 20_000, 25_000, 25_000, 25_000, 25_000],
                    lowPercent: 50, highPercent: 150),
            ]),
    ]

    static var texts: [String] {
        analyses.flatMap { [$0.title, $0.description] + $0.lines.map(\.category) }
    }

    static func load(organisationID: UUID, now: Date, on db: any Database) async throws {
        let policies = Dictionary(
            try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.title, $0.id!) },
            uniquingKeysWith: { first, _ in first })
        let author = try await UserModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$email == "beleid@demo.test").first()
        let startYear = Calendar(identifier: .gregorian).component(.year, from: now) - 1
        for analysis in analyses {
            guard let policyID = policies[analysis.policy] else { continue }
            let model = MKBAModel()
            model.organisationID = organisationID
            model.policyID = policyID
            model.title = analysis.title
            model.description = analysis.description
            model.horizonYears = analysis.horizon
            model.rateBasisPoints = MKBA.standardRateBasisPoints
            model.startYear = startYear
            model.createdBy = author?.id
            model.createdAt = now.addingTimeInterval(-30 * 86_400)
            model.updatedAt = model.createdAt
            try await model.create(on: db)
            try await MKBARepository.writeLines(analysis.lines, mkbaID: model.id!, on: db)
        }
    }
}

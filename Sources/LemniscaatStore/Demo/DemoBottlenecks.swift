// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The demo's knelpuntenbrief: forwarded signals get the regulation of their domain, an addressee and a proposed
/// solution; the theme the evaluation forwarded (DemoDecisions) gets its own. Every fourth forwarded signal, and those
/// in domains without a regulation here, stay without details, so "Regeling nog niet vastgelegd" has entries too.
/// Deterministic: signals are taken in number order.
enum DemoBottlenecks {
    struct Regulation {
        let kind: AddresseeKind
        let addressee: String
        let regulation: String
        let article: String?
        let solution: String
    }

    static let byDomain: [String: Regulation] = [
        "inkomen": Regulation(
            kind: .nationalGovernment, addressee: "Ministerie van SZW, via de VNG", regulation: "Participatiewet", article: "art. 22a (kostendelersnorm)",
            solution: "Laat de kostendelersnorm niet gelden voor huisgenoten tot 27 jaar en voor mensen die tijdelijk opvang bieden aan familie. "
                + "Geef gemeenten ruimte om in schrijnende situaties af te wijken zonder dat dit als fout telt in de verantwoording."),
        "werk": Regulation(
            kind: .otherOrganisation, addressee: "UWV", regulation: "Participatiewet", article: "art. 18 lid 2",
            solution: "Spreek met UWV een vaste termijn af waarbinnen gegevens over werkhervatting bij de gemeente zijn, zodat de afstemming van "
                + "de uitkering niet achteraf tot een terugvordering leidt."),
        "zorg-en-ondersteuning": Regulation(
            kind: .nationalGovernment, addressee: "Ministerie van VWS, via de VNG", regulation: "Wet maatschappelijke ondersteuning 2015",
            article: "art. 2.3.5",
            solution: "Verduidelijk in de wet dat een maatwerkvoorziening mag worden verlengd zonder nieuw onderzoek als de situatie niet is "
                + "veranderd. Dat scheelt inwoners en consulenten een volledig nieuw gesprek."),
        "jeugd": Regulation(
            kind: .nationalGovernment, addressee: "Ministerie van VWS", regulation: "Jeugdwet", article: "art. 2.3.1",
            solution: "Maak het mogelijk dat jeugdhulp doorloopt tot een passende plek in de Wmo of Wlz klaar is, ook na het achttiende jaar, "
                + "met één vaste contactpersoon."),
        "schulden": Regulation(
            kind: .nationalGovernment, addressee: "Ministerie van SZW", regulation: "Wet gemeentelijke schuldhulpverlening", article: "art. 4a",
            solution: "Geef gemeenten toegang tot de betalingsachterstanden bij zorgverzekeraars en woningcorporaties zonder toestemming per "
                + "melding, zodat vroegsignalering eerder start."),
        "gezondheid": Regulation(
            kind: .otherOrganisation, addressee: "Zorgverzekeraar (regionaal)", regulation: "Zorgverzekeringswet", article: nil,
            solution: "Spreek met de zorgverzekeraar af dat een wanbetalersregeling wordt gepauzeerd zolang er een schuldhulptraject loopt."),
    ]

    static let theme = "Systemen die niet met elkaar praten"
    static let themeRegulation = Regulation(
        kind: .nationalGovernment, addressee: "Ministerie van SZW en de VNG", regulation: "Wet SUWI", article: "art. 62 (gegevensuitwisseling)",
        solution: "Regel dat UWV en gemeenten gegevens over inkomen, werk en schulden automatisch met elkaar delen via Suwinet, met één "
            + "afspraak over doel en bewaartermijn. Zo hoeven uitvoerders niets dubbel over te typen.")

    /// Returns the number of knelpunten recorded.
    @discardableResult
    static func load(organisationID: UUID, recorder: UUID?, now: Date, on db: any Database) async throws -> Int {
        let domains = Dictionary(
            uniqueKeysWithValues: try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.id!, $0.slug) })
        let forwarded = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID)
            .filter(\.$status == SignalStatus.forwarded.rawValue).sort(\.$number).all()
        func forwardedAt(_ ids: [UUID]) async throws -> Date {
            try await BottleneckRepository.lastForwarded(signalIDs: ids, on: db) ?? now
        }
        func add(_ r: Regulation, signal: SignalModel?, theme: ThemeModel?, practice: String, at: Date) async throws {
            let model = BottleneckModel()
            model.organisationID = organisationID
            model.signalID = signal?.id
            model.themeID = theme?.id
            model.addresseeKind = r.kind.rawValue
            model.addressee = r.addressee
            model.regulation = r.regulation
            model.article = r.article
            model.practice = practice
            model.proposedSolution = r.solution
            model.forwardedAt = at
            model.recordedBy = recorder
            model.recordedAt = at
            model.updatedAt = at
            try await model.create(on: db)
        }
        var count = 0
        var index = 0
        for signal in forwarded where signal.themeID == nil {
            guard let slug = domains[signal.domainID], let regulation = byDomain[slug] else { continue }
            defer { index += 1 }
            if index % 4 == 3 { continue }
            try await add(regulation, signal: signal, theme: nil, practice: signal.signalDescription, at: try await forwardedAt([signal.id!]))
            count += 1
        }
        if let theme = try await ThemeModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$title == Self.theme).first() {
            let members = forwarded.filter { $0.themeID == theme.id }.compactMap(\.id)
            if !members.isEmpty {
                try await add(themeRegulation, signal: nil, theme: theme, practice: theme.themeDescription, at: try await forwardedAt(members))
                count += 1
            }
        }
        return count
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The demo's knelpuntenbrief: forwarded signals of the demo content get the regulation and article they run into, an
/// addressee and a proposed solution; the theme the evaluation forwarded (DemoDecisions) gets its own. The other
/// forwarded signals and themes stay without details, so "Regeling nog niet vastgelegd" has entries too. Deterministic:
/// signals are found by title (the first forwarded one with that title, by number).
enum DemoBottlenecks {
    struct Regulation {
        let title: String
        let kind: AddresseeKind
        let addressee: String
        let regulation: String
        let article: String?
        let solution: String
    }

    static let signals: [Regulation] = [
        Regulation(
            title: "Dochter gaat inwonen voor mantelzorg", kind: .nationalGovernment, addressee: "Ministerie van SZW, via de VNG",
            regulation: "Participatiewet", article: "art. 22a (kostendelersnorm)",
            solution: "Laat de kostendelersnorm niet gelden als iemand bij familie intrekt om mantelzorg te geven. Geef gemeenten ruimte om "
                + "daarvan af te wijken zonder dat dit als fout telt in de verantwoording."),
        Regulation(
            title: "Vrijlating van bijverdiensten stopt na zes maanden", kind: .nationalGovernment, addressee: "Ministerie van SZW",
            regulation: "Participatiewet", article: "art. 31 lid 2 onder n",
            solution: "Laat de vrijlating van inkomsten uit deeltijdwerk doorlopen zolang iemand werkt naar meer uren, in plaats van haar na "
                + "zes maanden te stoppen."),
        Regulation(
            title: "Begeleiding thuis: geen aanbieder heeft plek", kind: .nationalGovernment, addressee: "Ministerie van VWS, via de VNG",
            regulation: "Wet maatschappelijke ondersteuning 2015", article: "art. 2.3.5",
            solution: "Geef gemeenten de ruimte om tijdelijk een persoonsgebonden budget of een andere vorm van begeleiding toe te kennen "
                + "zolang geen gecontracteerde aanbieder plek heeft, zonder nieuw onderzoek."),
        Regulation(
            title: "Vroegsignalen staan in ander systeem dan dossiers", kind: .nationalGovernment, addressee: "Ministerie van SZW",
            regulation: "Wet gemeentelijke schuldhulpverlening", article: "art. 4a",
            solution: "Maak in de wet ruimte om vroegsignalen van betalingsachterstanden in hetzelfde dossier vast te leggen als de "
                + "schuldhulp, met één bewaartermijn."),
        Regulation(
            title: "Geen opvang tijdens wachttijd voor verslavingszorg", kind: .otherOrganisation, addressee: "Zorgverzekeraar (regionaal)",
            regulation: "Zorgverzekeringswet", article: nil,
            solution: "Spreek met de zorgverzekeraar af dat er tijdens de wachttijd voor verslavingszorg overbruggingszorg wordt vergoed, "
                + "bijvoorbeeld een vaste contactpersoon bij de ggz."),
    ]

    static let theme = "Systemen die niet met elkaar praten"
    static let themeRegulation = Regulation(
        title: theme, kind: .nationalGovernment, addressee: "Ministerie van SZW en de VNG", regulation: "Wet SUWI",
        article: "art. 62 (gegevensuitwisseling)",
        solution: "Regel dat UWV en gemeenten gegevens over inkomen, werk en schulden automatisch met elkaar delen via Suwinet, met één "
            + "afspraak over doel en bewaartermijn. Zo hoeven uitvoerders niets dubbel over te typen.")

    /// Returns the number of knelpunten recorded.
    @discardableResult
    static func load(organisationID: UUID, recorder: UUID?, now: Date, on db: any Database) async throws -> Int {
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
        for regulation in signals {
            guard let signal = forwarded.first(where: { $0.title.hasPrefix(regulation.title) }) else { continue }
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

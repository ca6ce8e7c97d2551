// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

extension APIImplementation {
    /// De lus in figures, with the filters of the page /lus. Managers, policy officers and administrators only.
    package func getDashboard(_ input: Operations.GetDashboard.Input) async throws -> Operations.GetDashboard.Output {
        let user = try user()
        guard user.has(.manager) || user.has(.policyOfficer) || user.has(.administrator) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "De lus is voor managers, beleidsmedewerkers en beheerders.")
        }
        let query = input.query
        let filter: LoopFilter
        switch LoopFilter.parse(domain: query.domein, team: query.team, from: query.van, until: query.tot, now: clock()) {
        case .success(let chosen): filter = chosen
        case .failure(let failure):
            throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle filters zijn goed.", invalidParams: failure.invalidParams)
        }
        var problems: [InvalidParam] = []
        if let domain = filter.domainID, try await !organisations.domains(organisationID: user.organisationID).contains(where: { $0.domain.id == domain }) {
            problems.append(InvalidParam(name: "domein", code: "onbekend", reason: "Dit beleidsterrein bestaat niet in uw organisatie."))
        }
        if let team = filter.teamID, try await !organisations.teamNames(organisationID: user.organisationID).contains(where: { $0.id == team }) {
            problems.append(InvalidParam(name: "team", code: "onbekend", reason: "Dit team bestaat niet in uw organisatie."))
        }
        if !problems.isEmpty {
            throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle filters zijn goed.", invalidParams: problems)
        }
        let figures = try await LoopMetricsRepository(store: store).cachedFigures(organisationID: user.organisationID, filter: filter, now: clock())
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.dashboard(figures))))
    }

    static func dashboard(_ figures: LoopFigures) -> Components.Schemas.Dashboard {
        let k = SmallNumberPolicy(threshold: max(1, figures.smallNumberThreshold))
        return .init(
            van: figures.filter.period.from.description, tot: figures.filter.period.until.description,
            domeinId: figures.filter.domainID?.uuidString.lowercased(), teamId: figures.filter.teamID?.uuidString.lowercased(),
            maanden: figures.months.map {
                .init(maand: $0.month.description, binnengekomen: $0.submitted, beantwoord: $0.answered, opTijdBeantwoord: $0.answeredOnTime)
            },
            binnengekomen: figures.submitted, beantwoord: figures.answered, opTijdBeantwoord: figures.answeredOnTime,
            aandeelOpTijd: figures.onTimeShare, mediaanUren: figures.medianHours, p90Uren: figures.p90Hours, openSignalen: figures.open,
            openTeLaat: figures.openLate, openSignalering: figures.openEscalated,
            themas: figures.themes.map { theme in
                let protected = k.count(theme.recognitions)
                let shown: Int? = if case .shown = protected { theme.recognitions } else { nil }
                return .init(
                    id: theme.id.uuidString.lowercased(), titel: theme.title, signalen: theme.signals, herkenningen: shown,
                    beveiliging: beveiliging(protected))
            },
            kwartalen: figures.quarters.map { .init(kwartaal: $0.quarter.description, besluiten: $0.decisions, beleidswijzigingen: $0.policyChanges) },
            toetsrondes: figures.reviewRounds, opmerkingen: figures.remarks, opmerkingenBeantwoord: figures.remarksAnswered,
            raadplegingen: .init(
                gestart: figures.consultations, reacties: figures.consultationResponses, gesloten: figures.consultationsClosed,
                openbaarBeantwoord: figures.consultationsAnswered),
            indicatoren: .init(
                opKoers: figures.indicators[.onTrack] ?? 0, aandacht: figures.indicators[.attention] ?? 0, uitKoers: figures.indicators[.offTrack] ?? 0,
                geenStatus: figures.indicatorsWithoutStatus),
            actiesTeLaat: figures.actionsOverdue, teamparen: figures.teamPairs, teamparenZonderContact: figures.teamPairsWithoutContact,
            drempelKleineAantallen: figures.smallNumberThreshold)
    }
}

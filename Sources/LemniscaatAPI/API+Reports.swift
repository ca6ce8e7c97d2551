// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

extension APIImplementation {
    /// The Staat van de Uitvoering as data, for the readers of De lus. Same report as the page.
    package func getStaatVanDeUitvoering(_ input: Operations.GetStaatVanDeUitvoering.Input) async throws -> Operations.GetStaatVanDeUitvoering.Output {
        let user = try user()
        guard user.has(.manager) || user.has(.policyOfficer) || user.has(.administrator) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Rapportages zijn voor managers, beleidsmedewerkers en beheerders.")
        }
        let now = clock()
        var problems: [InvalidParam] = []
        var period = ReportPeriod(Period(year: LoopPeriod.month(of: now).year - 1, frequency: .year, index: 1)!)!
        if let text = input.query.periode {
            if let chosen = ReportPeriod(text) {
                period = chosen
            } else {
                problems.append(InvalidParam(name: "periode", code: "ongeldig", reason: "Kies een jaar (bijvoorbeeld 2026) of een kwartaal (bijvoorbeeld 2026-Q3)."))
            }
        }
        var domainID: UUID?
        if let text = input.query.domein {
            if let id = UUID(uuidString: text), try await organisations.domains(organisationID: user.organisationID).contains(where: { $0.domain.id == id }) {
                domainID = id
            } else {
                problems.append(InvalidParam(name: "domein", code: "onbekend", reason: "Dit beleidsterrein bestaat niet in uw organisatie."))
            }
        }
        if !problems.isEmpty {
            throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle filters zijn goed.", invalidParams: problems)
        }
        let report = try await StateReportRepository(store: store).build(organisationID: user.organisationID, period: period, domainID: domainID, now: now)
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.staat(report))))
    }

    static func staat(_ report: StateReport) -> Components.Schemas.StaatVanDeUitvoering {
        let k = SmallNumberPolicy(threshold: max(1, report.smallNumberThreshold))
        func people(_ n: Int) -> (Int?, Components.Schemas.Beveiliging?) {
            let protected = k.count(n)
            if case .shown = protected { return (n, nil) }
            return (nil, beveiliging(protected))
        }
        func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
        func signal(_ row: StateReport.SignalRow) -> Components.Schemas.StaatSignaal {
            let (shown, protection) = people(row.recognitions)
            return .init(
                id: id(row.id), nummer: row.number, titel: row.title, status: Components.Schemas.SignaalStatus(rawValue: row.status.rawValue) ?? .nieuw, herkenningen: shown, beveiliging: protection,
                ingediendOp: row.submittedAt, teLaat: row.late, antwoord: row.answer)
        }
        return .init(
            periode: report.period.code, vorigePeriode: report.period.previous.code, organisatie: report.organisationName,
            domeinId: report.domainID.map(id), domein: report.domainName, gemaaktOp: report.generatedAt,
            lus: dashboard(report.current), vorige: dashboard(report.previous),
            beleidsterreinen: report.domains.map {
                .init(id: id($0.id), naam: $0.name, binnengekomen: $0.submitted, beantwoord: $0.answered, opTijdBeantwoord: $0.answeredOnTime, open: $0.open)
            },
            themas: report.themes.map { theme in
                let (shown, protection) = people(theme.recognitions)
                return .init(
                    id: id(theme.id), titel: theme.title, signalen: theme.signals, herkenningen: shown, beveiliging: protection, afgerond: theme.finished,
                    antwoord: theme.answer, besluiten: theme.decisions, laatsteBesluit: theme.latestDecision)
            },
            beantwoord: report.answered.map(signal), open: report.open.map(signal),
            beleidswijzigingen: report.policyChanges.map {
                .init(
                    besluitId: id($0.decisionID), datum: $0.at, beleidId: id($0.policyID), beleid: $0.policyTitle, wijziging: $0.change,
                    overlegId: id($0.meetingID), overleg: $0.meetingTitle)
            },
            indicatoren: report.indicators.map { row in
                .init(
                    id: id(row.id), naam: row.name, beleid: row.policyTitle,
                    status: row.status.flatMap { Components.Schemas.KoersStatus(rawValue: $0.rawValue) },
                    laatstePeriode: row.latestPeriod?.description,
                    opmerkingen: row.comments.map { .init(tekst: $0.body, op: $0.at, auteur: $0.author) })
            },
            lessen: report.lessons.map {
                .init(
                    id: id($0.id), titel: $0.title,
                    soort: Components.Schemas.LesSoort(rawValue: $0.kind.rawValue) ?? .incident,
                    geleerd: $0.learned, op: $0.createdAt)
            },
            samenwerking: .init(
                van: report.contactSince, tot: report.contactUntil, paren: report.teamPairs,
                zonderContact: report.noContact.map { .init(beleidsteam: $0.policyTeam, uitvoeringsteam: $0.practiceTeam) }))
    }
}

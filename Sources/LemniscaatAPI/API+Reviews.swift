// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore
import OpenAPIRuntime

/// The uitvoeringstoets: rounds, reviews, remarks with their answers, and the report. Who may see and do what is the
/// repository's rule (`ReviewRepository.mayManage`); this file only says it in the API's words.
extension APIImplementation {
    // MARK: toetsen

    package func listToetsen(_ input: Operations.ListToetsen.Input) async throws -> Operations.ListToetsen.Output {
        let user = try user()
        let q = input.query
        var policyID: UUID?
        if let raw = q.beleid {
            policyID = UUID(uuidString: raw)
            if policyID == nil {
                throw APIProblem(
                    status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.",
                    invalidParams: [InvalidParam(name: "beleid", code: "geen-uuid", reason: "beleid moet het id (UUID) van een beleid zijn.")])
            }
        }
        var all = try await reviews.rounds(organisationID: user.organisationID, status: q.status.flatMap { ReviewRoundStatus(rawValue: $0.rawValue) })
        if let policyID { all = all.filter { $0.policyID == policyID } }
        let page = try Page(
            all: all, page: q.page, pageSize: q.pageSize, path: APIRequest.path, query: [("beleid", q.beleid), ("status", q.status?.rawValue)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map { Self.toets($0) }))))
    }

    package func createToets(_ input: Operations.CreateToets.Input) async throws -> Operations.CreateToets.Output {
        let user = try user()
        try requireReviewManager(user, detail: "Alleen beleidsmedewerkers, managers en beheerders openen een toets.")
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        var invalid: [InvalidParam] = []
        let policyID = UUID(uuidString: body.beleidId)
        if policyID == nil {
            invalid.append(InvalidParam(name: "beleidId", code: "geen-uuid", reason: "beleidId moet het id (UUID) van een beleid zijn."))
        }
        func ids(_ raw: [String]?, name: String) -> [UUID] {
            (raw ?? []).enumerated().compactMap { index, raw in
                guard let id = UUID(uuidString: raw) else {
                    invalid.append(InvalidParam(name: "\(name)[\(index)]", code: "geen-uuid", reason: "Elk id in \(name) moet een UUID zijn."))
                    return nil
                }
                return id
            }
        }
        let teamIDs = ids(body.teamIds, name: "teamIds")
        let userIDs = ids(body.gebruikerIds, name: "gebruikerIds")
        guard let policyID, invalid.isEmpty else {
            throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.", invalidParams: invalid)
        }
        // The repository keeps the questions one per line: a line break inside a question would split it in two.
        let questions = body.vragen.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }.joined(separator: "\n")
        let input = ReviewRepository.RoundInput(
            versionNumber: body.versie, deadline: body.termijn, introduction: body.inleiding, questions: questions, teamIDs: teamIDs,
            userIDs: userIDs)
        let round: ReviewRoundModel
        do {
            round = try await problems {
                try await Self.renaming(["beleid": "beleidId"]) {
                    try await reviews.open(
                        policyID: policyID, input, organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
                }
            }
        } catch let problem as APIProblem where problem.status == 404 {
            // The resource asked for is /toetsen, which exists; what is missing is the policy the body names.
            throw APIProblem(
                status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.",
                invalidParams: [InvalidParam(name: "beleidId", code: "onbekend", reason: "Dit beleid bestaat niet.")])
        }
        guard let detail = try await reviews.round(id: round.id!, organisationID: user.organisationID) else { throw APIProblem.notFound }
        return .created(.init(
            headers: .init(apiVersion: APIVersion.current), body: .json(Self.toets(detail.summary, detail: detail, invitees: true))))
    }

    package func getToets(_ input: Operations.GetToets.Input) async throws -> Operations.GetToets.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(Self.toets(round.summary, detail: round, invitees: ReviewRepository.mayManage(user)))))
    }

    package func updateToets(_ input: Operations.UpdateToets.Input) async throws -> Operations.UpdateToets.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        try requireReviewManager(user, detail: "Alleen beleidsmedewerkers, managers en beheerders sluiten een toets.")
        let body: Components.Schemas.ToetsWijziging
        switch input.body {
        case .json(let json): body = json
        case .applicationMergePatchJson(let patch): body = patch
        }
        switch (body.status, round.summary.status) {
        case (.gesloten, .open):
            try await problems {
                try await Self.renaming(["toets": "status"]) {
                    try await reviews.close(
                        roundID: round.summary.id, organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
                }
            }
        case (.open, .closed):
            throw APIProblem(
                status: 400, title: "Ongeldige invoer", detail: "Een gesloten toets gaat niet meer open.",
                invalidParams: [
                    InvalidParam(name: "status", code: "gesloten", reason: "Een gesloten toets gaat niet meer open. Open zo nodig een nieuwe toets.")
                ])
        default:
            // Already as asked: a merge patch that changes nothing.
            break
        }
        let updated = try await self.round(input.path.id, of: user)
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.toets(updated.summary, detail: updated, invitees: true))))
    }

    // MARK: reacties

    package func listToetsReacties(_ input: Operations.ListToetsReacties.Input) async throws -> Operations.ListToetsReacties.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        let id = round.summary.id
        // Others see only their own review: every other score and verdict reaches them through the report, where small
        // numbers are protected, as the repository's rule on who sees which review has it.
        var all = ReviewRepository.mayManage(user) ? try await reviews.submittedReviews(roundID: id, organisationID: user.organisationID) : []
        if !all.contains(where: { $0.reviewerID == user.userID }),
            let own = try await reviews.review(roundID: id, reviewerID: user.userID, organisationID: user.organisationID)
        {
            all.append(own)
        }
        let page = try Page(all: all, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        let sections = round.version.sections.map(\.key)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map { Self.reactie($0, sections: sections) }))))
    }

    package func saveToetsReactie(_ input: Operations.SaveToetsReactie.Input) async throws -> Operations.SaveToetsReactie.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        let id = round.summary.id
        guard UUID(uuidString: input.path.gebruikerId) == user.userID else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "U kunt alleen uw eigen reactie opslaan.")
        }
        guard let existing = try await reviews.review(roundID: id, reviewerID: user.userID, organisationID: user.organisationID) else {
            throw Self.notInvited
        }
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        let sections = Set(round.version.sections.map(\.key))
        var invalid: [InvalidParam] = []
        var names: [String: String] = [
            "oordeel-toelichting": "oordeelToelichting", "doenvermogen-toelichting": "doenvermogenToelichting", "opmerking": "nieuweOpmerkingen",
        ]
        var scores: [String: [ReviewDimension: String]] = [:]
        for (index, entry) in (body.scores ?? []).enumerated() {
            guard let dimension = ReviewDimension(rawValue: entry.dimensie.rawValue) else { continue }
            if !sections.contains(entry.onderdeel) {
                invalid.append(InvalidParam(
                    name: "scores[\(index)].onderdeel", code: "onbekend",
                    reason: "Het onderdeel ‘\(entry.onderdeel)’ staat niet in deze versie van de tekst."))
            } else if scores[entry.onderdeel]?[dimension] != nil {
                invalid.append(InvalidParam(
                    name: "scores[\(index)]", code: "dubbel",
                    reason: "Dit onderdeel heeft al een score op \(dimension.label.lowercased()). Geef er één."))
            } else {
                scores[entry.onderdeel, default: [:]][dimension] = entry.score.rawValue
                names[ReviewRepository.scoreField(entry.onderdeel, dimension)] = "scores[\(index)]"
            }
        }
        var remarks: [ReviewRepository.NewRemark] = []
        for (index, remark) in (body.nieuweOpmerkingen ?? []).enumerated() {
            let quote = (remark.citaat ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let text = remark.tekst.trimmingCharacters(in: .whitespacesAndNewlines)
            guard sections.contains(remark.onderdeel) else {
                invalid.append(InvalidParam(
                    name: "nieuweOpmerkingen[\(index)].onderdeel", code: "onbekend",
                    reason: "Het onderdeel ‘\(remark.onderdeel)’ staat niet in deze versie van de tekst."))
                continue
            }
            // The repository passes over an empty remark as a form's empty field; in a body it is a mistake to say.
            guard !text.isEmpty else {
                invalid.append(InvalidParam(name: "nieuweOpmerkingen[\(index)].tekst", code: "verplicht", reason: "Schrijf uw opmerking op."))
                continue
            }
            // PUT is idempotent (API-01): a remark sent again, as a retry does, is not added a second time.
            let known = existing.remarks.contains { $0.sectionKey == remark.onderdeel && $0.quote == quote && $0.text == text }
                || remarks.contains { $0.sectionKey == remark.onderdeel && $0.quote == quote && $0.text == text }
            if known { continue }
            if names[ReviewRepository.remarkField(remark.onderdeel)] == nil {
                names[ReviewRepository.remarkField(remark.onderdeel)] = "nieuweOpmerkingen[\(index)].tekst"
                names[ReviewRepository.quoteField(remark.onderdeel)] = "nieuweOpmerkingen[\(index)].citaat"
            }
            remarks.append(.init(sectionKey: remark.onderdeel, quote: quote, text: text))
        }
        if !invalid.isEmpty {
            throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.", invalidParams: invalid)
        }
        let review = ReviewRepository.ReviewInput(
            scores: scores, verdict: body.oordeel?.rawValue ?? "", verdictNote: body.oordeelToelichting ?? "",
            demands: (body.doenvermogen ?? []).map(\.rawValue), demandsNote: body.doenvermogenToelichting ?? "", newRemarks: remarks)
        // A submit sent again (a retry after a lost answer) finds the review as it asks it to be: idempotent, not refused.
        let sameAsSubmitted =
            existing.state == .submitted && body.ingediend && remarks.isEmpty && existing.verdict?.rawValue == body.oordeel?.rawValue
            && existing.verdictNote == review.verdictNote.trimmingCharacters(in: .whitespacesAndNewlines)
            && existing.demandsNote == review.demandsNote.trimmingCharacters(in: .whitespacesAndNewlines)
            && existing.demands == Set(review.demands.compactMap(CapabilityDemand.init(rawValue:)))
            && existing.scores == scores.mapValues { $0.compactMapValues(ReviewScore.init(code:)) }.filter { !$0.value.isEmpty }
        if sameAsSubmitted {
            return .ok(.init(
                headers: .init(apiVersion: APIVersion.current), body: .json(Self.reactie(existing, sections: round.version.sections.map(\.key)))))
        }
        do {
            try await problems {
                try await Self.renaming(names) {
                    try await reviews.save(
                        roundID: id, review, submit: body.ingediend, user: user, actor: user.auditActor(origin: "api"), now: clock())
                }
            }
        } catch is ReviewRepository.NotInvited {
            throw Self.notInvited
        }
        guard let saved = try await reviews.review(roundID: id, reviewerID: user.userID, organisationID: user.organisationID) else {
            throw Self.notInvited
        }
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current), body: .json(Self.reactie(saved, sections: round.version.sections.map(\.key)))))
    }

    static let notInvited = APIProblem(status: 403, title: "Geen toegang", detail: "U bent niet uitgenodigd voor deze toets.")

    // MARK: opmerkingen

    package func listToetsOpmerkingen(_ input: Operations.ListToetsOpmerkingen.Input) async throws -> Operations.ListToetsOpmerkingen.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        let all = try await reviews.remarks(roundID: round.summary.id, user: user)
        let page = try Page(all: all, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map(Self.opmerking)))))
    }

    package func answerToetsOpmerking(_ input: Operations.AnswerToetsOpmerking.Input) async throws -> Operations.AnswerToetsOpmerking.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        try requireReviewManager(user, detail: "Alleen beleidsmedewerkers, managers en beheerders beantwoorden opmerkingen.")
        guard let remarkID = UUID(uuidString: input.path.opmerkingId) else { throw APIProblem.notFound }
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        try await problems {
            try await reviews.answer(
                remarkID: remarkID, roundID: round.summary.id, answer: body.antwoord.rawValue, explanation: body.uitleg, sectionKey: body.onderdeel,
                organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        guard let remark = try await reviews.remarks(roundID: round.summary.id, user: user).first(where: { $0.id == remarkID }) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.opmerking(remark))))
    }

    // MARK: rapport

    package func getToetsRapport(_ input: Operations.GetToetsRapport.Input) async throws -> Operations.GetToetsRapport.Output {
        let user = try user()
        let round = try await round(input.path.id, of: user)
        guard ReviewRepository.mayManage(user) || round.summary.status == .closed else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Het rapport is er voor iedereen zodra de toets gesloten is.")
        }
        guard let report = try await reviews.report(roundID: round.summary.id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        let threshold = try await indicators.smallNumberThreshold(organisationID: user.organisationID)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(Self.rapport(report, round: round.summary, policy: SmallNumberPolicy(threshold: max(1, threshold))))))
    }

    /// The report with every count of people as `ReviewReport.protect` allows it to be shown.
    static func rapport(_ report: ReviewReport, round: ReviewRepository.RoundSummary, policy: SmallNumberPolicy) -> Components.Schemas.ToetsRapport {
        let shown = report.protect(policy)
        func figure(_ protected: Protected, percentage: Bool = false) -> Components.Schemas.BeschermdAantal {
            switch protected {
            case .shown(let value):
                let text = percentage ? "\(Int(value.rounded()))%" : String(Int(value.rounded()))
                return .init(waarde: value, weergave: text)
            case .belowThreshold:
                return .init(beveiliging: .kleinAantal, weergave: policy.label(protected) ?? "< \(policy.threshold)")
            case .hidden:
                return .init(beveiliging: .verborgen, weergave: "–")
            }
        }
        func rounded(_ value: Double?) -> Double? { value.map { ($0 * 100).rounded() / 100 } }
        let sections = report.sections.enumerated().map { s, section in
            Components.Schemas.RapportOnderdeel(
                onderdeel: section.key, titel: section.title,
                dimensies: ReviewDimension.allCases.enumerated().map { d, dimension in
                    let cell = section.cells[d]
                    let (visible, count) = shown.cells[s][d]
                    // n.v.t. is a count of people too; on its own, like the doenvermogen counts.
                    return .init(
                        dimensie: Components.Schemas.Dimensie(rawValue: dimension.rawValue)!, aantal: figure(count),
                        nvt: figure(policy.count(cell.notApplicable)), gemiddelde: visible ? rounded(cell.mean) : nil,
                        spreiding: visible ? rounded(cell.spread) : nil, beveiliging: visible ? nil : .kleinAantal)
                })
        }
        let conditions: [Components.Schemas.RapportVoorwaarde] = report.notes(shown).flatMap { group in
            group.notes.map { .init(oordeel: group.verdict.flatMap { Components.Schemas.Oordeel(rawValue: $0.rawValue) }, toelichting: $0) }
        }
        return .init(
            toetsId: round.id.uuidString.lowercased(), beleidId: round.policyID.uuidString.lowercased(), beleidTitel: round.policyTitle,
            versie: round.versionNumber, status: Components.Schemas.ToetsStatus(rawValue: round.status.rawValue) ?? .open, drempel: policy.threshold,
            respons: .init(uitgenodigd: figure(shown.invited), gereageerd: figure(shown.responded), percentage: figure(shown.rate, percentage: true)),
            teams: report.teams.enumerated().map { index, team in
                let cells = shown.teams[index]
                return .init(
                    team: team.team, uitgenodigd: figure(cells.invited), gereageerd: figure(cells.responded),
                    percentage: figure(cells.rate, percentage: true))
            },
            onderdelen: sections,
            oordelen: ReviewVerdict.allCases.enumerated().map { index, verdict in
                .init(oordeel: Components.Schemas.Oordeel(rawValue: verdict.rawValue)!, aantal: figure(shown.verdicts[index]))
            },
            voorwaarden: conditions,
            doenvermogen: CapabilityDemand.allCases.enumerated().map { index, demand in
                .init(punt: Components.Schemas.Doenvermogenpunt(rawValue: demand.rawValue)!, aantal: figure(shown.demands[index]))
            },
            // Sorted, so their order does not follow the order the reviews came in.
            doenvermogenToelichtingen: report.demandNotes.sorted(),
            opmerkingen: report.remarks.map { remark in
                .init(
                    onderdeel: remark.sectionKey, naam: remark.reviewer, citaat: remark.quote, tekst: remark.text,
                    antwoord: remark.answer.flatMap { Components.Schemas.OpmerkingAntwoordSoort(rawValue: $0.rawValue) }, uitleg: remark.answerText)
            },
            onbeantwoord: report.unanswered)
    }

    // MARK: helpers

    /// The round of the caller's organisation; any other id is 404, whoever asks.
    func round(_ raw: String, of user: SignedInUser) async throws -> ReviewRepository.Round {
        guard let id = UUID(uuidString: raw), let round = try await reviews.round(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        return round
    }

    func requireReviewManager(_ user: SignedInUser, detail: String) throws {
        guard ReviewRepository.mayManage(user) else { throw APIProblem(status: 403, title: "Geen toegang", detail: detail) }
    }

    /// The repository names fields as the forms do; the API names them as the request body does.
    static func renaming<T>(_ names: [String: String], _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as ValidationFailure {
            throw ValidationFailure(failure.invalidParams.map { InvalidParam(name: names[$0.name] ?? $0.name, code: $0.code, reason: $0.reason) })
        }
    }

    static func toets(
        _ summary: ReviewRepository.RoundSummary, detail: ReviewRepository.Round? = nil, invitees: Bool = false
    ) -> Components.Schemas.Toets {
        let id = summary.id.uuidString.lowercased()
        let base = "\(Self.base)/toetsen/\(id)"
        return .init(
            id: id, beleidId: summary.policyID.uuidString.lowercased(), beleidTitel: summary.policyTitle, versie: summary.versionNumber,
            status: Components.Schemas.ToetsStatus(rawValue: summary.status.rawValue) ?? .open, termijn: ReviewDeadline.code(summary.deadline),
            geopendOp: summary.openedAt, geslotenOp: summary.closedAt, inleiding: detail?.introduction, vragen: detail?.questions,
            onderdelen: detail?.version.sections.map { .init(onderdeel: $0.key, niveau: $0.level, titel: $0.title, tekst: $0.body) },
            aantallen: .init(
                uitgenodigd: summary.invited, ingediend: summary.submitted, opmerkingen: summary.remarks, onbeantwoord: summary.unanswered),
            genodigden: invitees
                ? detail?.invitees.map { invitee in
                    .init(
                        gebruikerId: invitee.userID.uuidString.lowercased(), naam: invitee.name, team: invitee.teamName,
                        stand: Components.Schemas.ReactieStand(rawValue: invitee.state.rawValue) ?? .nietBegonnen, ingediendOp: invitee.submittedAt)
                } : nil,
            _links: .init(
                _self: .init(href: base), beleid: .init(href: "\(Self.base)/beleid/\(summary.policyID.uuidString.lowercased())"),
                reacties: .init(href: "\(base)/reacties"), opmerkingen: .init(href: "\(base)/opmerkingen"), rapport: .init(href: "\(base)/rapport")))
    }

    /// A review with its scores in the order of the draft's sections and of the dimensions.
    static func reactie(_ review: ReviewRepository.Review, sections: [String]) -> Components.Schemas.Reactie {
        let position = Dictionary(sections.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let scores = review.scores.flatMap { key, byDimension in byDimension.map { (key: key, dimension: $0.key, score: $0.value) } }
            .sorted {
                (position[$0.key] ?? .max, $0.key, ReviewDimension.allCases.firstIndex(of: $0.dimension) ?? 0)
                    < (position[$1.key] ?? .max, $1.key, ReviewDimension.allCases.firstIndex(of: $1.dimension) ?? 0)
            }
        return .init(
            gebruikerId: review.reviewerID.uuidString.lowercased(), naam: review.reviewerName,
            stand: Components.Schemas.ReactieStand(rawValue: review.state.rawValue) ?? .nietBegonnen,
            oordeel: review.verdict.flatMap { Components.Schemas.Oordeel(rawValue: $0.rawValue) }, oordeelToelichting: review.verdictNote,
            doenvermogen: CapabilityDemand.allCases.filter { review.demands.contains($0) }
                .compactMap { Components.Schemas.Doenvermogenpunt(rawValue: $0.rawValue) },
            doenvermogenToelichting: review.demandsNote,
            scores: scores.compactMap { entry in
                guard let dimension = Components.Schemas.Dimensie(rawValue: entry.dimension.rawValue),
                    let score = Components.Schemas.Score(rawValue: entry.score.code)
                else { return nil }
                return .init(onderdeel: entry.key, dimensie: dimension, score: score)
            },
            opmerkingen: review.remarks.map(opmerking), gewijzigdOp: review.updatedAt, ingediendOp: review.submittedAt)
    }

    static func opmerking(_ remark: ReviewRepository.Remark) -> Components.Schemas.Opmerking {
        .init(
            id: remark.id.uuidString.lowercased(), gebruikerId: remark.reviewerID.uuidString.lowercased(), naam: remark.reviewerName,
            onderdeel: remark.sectionKey, citaat: remark.quote, tekst: remark.text, aangemaaktOp: remark.createdAt, ingediend: remark.submitted,
            antwoord: remark.answer.flatMap { answer in
                Components.Schemas.OpmerkingAntwoordSoort(rawValue: answer.rawValue).map {
                    .init(
                        antwoord: $0, uitleg: remark.answerText ?? "", onderdeel: remark.answerSectionKey, door: remark.answeredBy,
                        beantwoordOp: remark.answeredAt)
                }
            })
    }
}

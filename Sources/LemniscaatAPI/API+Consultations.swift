// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore
import OpenAPIRuntime

/// Raadplegingen for staff: list, open, read one and its results with the same small-number protection as the page.
/// Who may is the repository's rule (`ConsultationRepository.mayManage`). Residents answer on the public pages only:
/// those carry the honeypot, the signed fill-in time and the rate limits.
extension APIImplementation {
    var consultations: ConsultationRepository { ConsultationRepository(store: store) }

    func consultationManager() throws -> SignedInUser {
        let user = try user()
        guard ConsultationRepository.mayManage(user) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Alleen beleidsmedewerkers, managers en beheerders werken met raadplegingen.")
        }
        return user
    }

    static func text(_ id: UUID) -> String { id.uuidString.lowercased() }

    package func listRaadplegingen(_ input: Operations.ListRaadplegingen.Input) async throws -> Operations.ListRaadplegingen.Output {
        let user = try consultationManager()
        let q = input.query
        var policyID: UUID?
        if let raw = q.beleid {
            guard let id = UUID(uuidString: raw) else {
                throw APIProblem(
                    status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.",
                    invalidParams: [InvalidParam(name: "beleid", code: "geen-uuid", reason: "beleid moet het id (UUID) van een beleid zijn.")])
            }
            policyID = id
        }
        let now = clock()
        let items = try await consultations.list(organisationID: user.organisationID, policyID: policyID).map {
            Components.Schemas.RaadplegingSamenvatting(
                id: Self.text($0.id), titel: $0.title, beleidId: Self.text($0.policyID), beleidTitel: $0.policyTitle,
                doelgroep: .init(rawValue: $0.audience.rawValue)!, opent: $0.opensAt, sluit: $0.closesAt,
                stand: .init(rawValue: ConsultationPhase.at(now, opensAt: $0.opensAt, closesAt: $0.closesAt).rawValue)!, reacties: $0.responses)
        }
        let page = try Page(all: items, page: q.page, pageSize: q.pageSize, path: APIRequest.path, query: [("beleid", q.beleid)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current), body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items))))
    }

    package func createRaadpleging(_ input: Operations.CreateRaadpleging.Input) async throws -> Operations.CreateRaadpleging.Output {
        let user = try consultationManager()
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        var invalid: [InvalidParam] = []
        let policyID = UUID(uuidString: body.beleidId)
        if policyID == nil { invalid.append(InvalidParam(name: "beleidId", code: "geen-uuid", reason: "beleidId moet een UUID zijn.")) }
        var themeID: UUID?
        if let raw = body.themaId {
            themeID = UUID(uuidString: raw)
            if themeID == nil { invalid.append(InvalidParam(name: "themaId", code: "geen-uuid", reason: "themaId moet een UUID zijn.")) }
        }
        if !invalid.isEmpty { throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alles is goed ingevuld.", invalidParams: invalid) }
        let consultationInput = ConsultationRepository.Input(
            policyID: policyID, themeID: themeID, title: body.titel, explanation: body.uitleg, audience: body.doelgroep.rawValue,
            opens: Self.day(body.start), closes: Self.day(body.einde),
            questions: body.vragen.map { .init(kind: $0.soort.rawValue, text: $0.tekst, options: ($0.keuzes ?? []).joined(separator: "\n")) })
        let id = try await problems {
            try await consultations.create(consultationInput, organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await raadpleging(id, of: user))))
    }

    /// A `format: date` arrives as the text the client sent; the repository reads `jjjj-mm-dd` and says what is wrong.
    static func day(_ value: String) -> String { value }

    package func getRaadpleging(_ input: Operations.GetRaadpleging.Input) async throws -> Operations.GetRaadpleging.Output {
        let user = try consultationManager()
        guard let id = UUID(uuidString: input.path.id) else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await raadpleging(id, of: user))))
    }

    package func getRaadplegingResultaten(_ input: Operations.GetRaadplegingResultaten.Input) async throws -> Operations.GetRaadplegingResultaten.Output {
        let user = try consultationManager()
        guard let id = UUID(uuidString: input.path.id), let results = try await consultations.results(id: id, organisationID: user.organisationID)
        else { throw APIProblem.notFound }
        let policy = SmallNumberPolicy(threshold: results.threshold)
        func count(_ label: String, _ protected: Protected) -> Components.Schemas.RaadplegingAantal {
            let shown: Int? = if case .shown(let value) = protected { Int(value) } else { nil }
            return .init(antwoord: label, aantal: shown, beveiliging: Self.beveiliging(protected))
        }
        _ = policy
        let questions = results.questions.map { result in
            Components.Schemas.RaadplegingVraagResultaat(
                vraagId: Self.text(result.question.id), soort: .init(rawValue: result.question.kind.rawValue)!, tekst: result.question.text,
                aantallen: result.tally.map { tally in zip(tally.labels, tally.counts).map { count($0, $1) } } ?? [],
                totaal: result.tally.map { count("totaal", $0.total) },
                openAntwoorden: result.answers.map { .init(id: Self.text($0.id), tekst: $0.text, signaalId: $0.signalID.map(Self.text)) })
        }
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(
                raadplegingId: Self.text(id), reacties: results.consultation.responses, drempel: results.threshold, vragen: questions))))
    }

    func raadpleging(_ id: UUID, of user: SignedInUser) async throws -> Components.Schemas.Raadpleging {
        guard let c = try await consultations.consultation(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        return .init(
            id: Self.text(c.id), titel: c.title, beleidId: Self.text(c.policyID), beleidTitel: c.policyTitle, themaId: c.themeID.map(Self.text),
            doelgroep: .init(rawValue: c.audience.rawValue)!, opent: c.opensAt, sluit: c.closesAt, stand: .init(rawValue: c.phase(clock()).rawValue)!,
            reacties: c.responses, uitleg: c.explanation, openbareLink: c.audience == .publicLink ? "/doe-mee/\(c.publicToken)" : nil,
            vragen: c.questions.map { .init(id: Self.text($0.id), soort: .init(rawValue: $0.kind.rawValue)!, tekst: $0.text, keuzes: $0.options) },
            uitgenodigd: c.invitations, meegedaan: c.invitationsUsed, antwoordAanInwoners: c.publicAnswer)
    }
}

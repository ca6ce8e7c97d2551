// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
import LemniscaatCore
package import LemniscaatStore
import OpenAPIRuntime

/// What a resident's answer through the API is checked with: the `/doe-mee` pages' key for fill-in stamps and their
/// rate limits.
package struct PublicParticipation: Sendable {
    package let key: String
    package let limits: ConsultationRepository.Limits
    package let minimumSeconds: TimeInterval

    package init(key: String, limits: ConsultationRepository.Limits, minimumSeconds: TimeInterval) {
        self.key = key
        self.limits = limits
        self.minimumSeconds = minimumSeconds
    }

    /// A stamp is valid for one raadpleging's token, from the API and the page alike.
    package static func scope(_ token: String) -> String { "doe-mee:" + token }
}

/// Residents answer without an API key (`security: []`), with the protections of the public pages: signed fill-in
/// time, honeypot, size limits, the privacy guard and rate limits per address and per raadpleging.
extension APIImplementation {
    func resolvePublic(_ token: String) async throws -> ConsultationRepository.Target {
        do {
            return try await consultations.resolve(token: token)
        } catch let refusal as ConsultationRepository.Refusal {
            throw Self.problem(refusal)
        }
    }

    static func problem(_ refusal: ConsultationRepository.Refusal) -> APIProblem {
        switch refusal {
        case .unknown: .notFound
        case .used: APIProblem(status: 410, title: "Al gebruikt", detail: "Met deze persoonlijke code is al gereageerd. Een code werkt één keer.")
        case .tooMany(let seconds):
            APIProblem(
                status: 429, title: "Te veel reacties",
                detail: "Er kwamen in korte tijd te veel reacties binnen. Probeer het over \(max(1, (seconds + 59) / 60)) minuten opnieuw.",
                retryAfter: seconds)
        }
    }

    package func getPubliekeRaadpleging(_ input: Operations.GetPubliekeRaadpleging.Input) async throws -> Operations.GetPubliekeRaadpleging.Output {
        let token = input.path.token
        let consultation = try await resolvePublic(token).consultation
        let now = clock()
        let phase = consultation.phase(now)
        let questions = consultation.questions.enumerated().map { index, question in
            let choices: [String] =
                switch question.kind {
                case .open: []
                case .choice: question.options
                case .scale: ConsultationQuestionKind.scaleValues.map(String.init)
                }
            return Components.Schemas.PubliekeVraag(
                nummer: index + 1, soort: .init(rawValue: question.kind.rawValue)!, tekst: question.text, keuzes: choices)
        }
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(
                titel: consultation.title, uitleg: consultation.explanation, stand: .init(rawValue: phase.rawValue)!, opent: consultation.opensAt,
                sluit: consultation.closesAt, vragen: questions, antwoordAanInwoners: phase == .closed ? consultation.publicAnswer : nil,
                invulstempel: FillInStamp.make(at: now, scope: PublicParticipation.scope(token), key: participation.key)))))
    }

    package func createPubliekeReactie(_ input: Operations.CreatePubliekeReactie.Input) async throws -> Operations.CreatePubliekeReactie.Output {
        let token = input.path.token
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        // The spec's limits first (JSON Schema counts code points), for everyone: a request outside them is refused, also when the honeypot is filled.
        var outside: [InvalidParam] = []
        if body.invulstempel.unicodeScalars.count > 200 { outside.append(InvalidParam(name: "invulstempel", code: "te-lang", reason: "invulstempel is te lang.")) }
        if body.antwoorden.count > 20 {
            outside.append(InvalidParam(name: "antwoorden", code: "te-veel", reason: "Geef hoogstens 20 antwoorden."))
        }
        for answer in body.antwoorden where !(1...20).contains(answer.vraag) || answer.antwoord.unicodeScalars.count > 4000 {
            outside.append(InvalidParam(
                name: "antwoorden", code: "ongeldig", reason: "Elk antwoord noemt een vraag van 1 tot en met 20 en heeft hoogstens 4000 tekens."))
            break
        }
        if (body.contact ?? "").unicodeScalars.count > 400 { outside.append(InvalidParam(name: "contact", code: "te-lang", reason: "contact heeft hoogstens 400 tekens.")) }
        if (body.website ?? "").unicodeScalars.count > 400 { outside.append(InvalidParam(name: "website", code: "te-lang", reason: "website heeft hoogstens 400 tekens.")) }
        if !outside.isEmpty { throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.", invalidParams: outside) }
        let consultation = try await resolvePublic(token).consultation
        let thanks = Operations.CreatePubliekeReactie.Output.created(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(bericht: "Dank u wel. Uw reactie is ontvangen. Uw antwoorden worden bewaard zonder uw naam."))))
        // A filled-in honeypot: thanked like anyone, and nothing is stored, so a bot learns nothing.
        if !(body.website ?? "").isEmpty { return thanks }
        let now = clock()
        switch FillInStamp.verify(
            body.invulstempel, now: now, scope: PublicParticipation.scope(token), key: participation.key, minimumSeconds: participation.minimumSeconds)
        {
        case .fine: break
        case .tooFast:
            throw APIProblem(
                status: 400, title: "Ongeldige invoer", detail: "De reactie kwam te snel na het openen binnen.",
                invalidParams: [InvalidParam(name: "invulstempel", code: "te-snel", reason: "Neem de tijd om de vragen te lezen, en stuur de reactie daarna opnieuw.")])
        case .invalid:
            throw APIProblem(
                status: 400, title: "Ongeldige invoer", detail: "Het invulstempel hoort niet bij deze raadpleging of is te oud.",
                invalidParams: [InvalidParam(name: "invulstempel", code: "verlopen", reason: "Haal de raadpleging opnieuw op en stuur het nieuwe invulstempel mee.")])
        }
        var answers: [UUID: String] = [:]
        var invalid: [InvalidParam] = []
        for answer in body.antwoorden {
            guard consultation.questions.indices.contains(answer.vraag - 1) else {
                invalid.append(InvalidParam(name: "antwoorden", code: "onbekende-vraag", reason: "Vraag \(answer.vraag) bestaat niet in deze raadpleging."))
                continue
            }
            let id = consultation.questions[answer.vraag - 1].id
            if answers[id] != nil {
                invalid.append(InvalidParam(name: "antwoorden", code: "dubbel", reason: "Vraag \(answer.vraag) staat twee keer in de antwoorden."))
            }
            answers[id] = answer.antwoord
        }
        if !invalid.isEmpty { throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.", invalidParams: invalid) }
        do {
            try await problems {
                try await consultations.answer(
                    token: token, answers: answers, contact: body.contact ?? "",
                    addressKey: ConsultationRepository.addressKey(APIRequest.origin, secret: participation.key), limits: participation.limits,
                    now: now)
            }
        } catch let refusal as ConsultationRepository.Refusal {
            throw Self.problem(refusal)
        }
        return thanks
    }
}

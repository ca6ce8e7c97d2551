// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// Two raadplegingen: a closed one with a panel of ervaringsdeskundigen on schuldhulpverlening, its answers and the
/// public answer written after it closed; and an open public one on jeugd with a few answers so far. Loaded in the
/// demo loader's transaction.
enum DemoConsultations {
    struct Question {
        let kind: ConsultationQuestionKind
        let text: String
        let options: [String]
    }

    static func consultation(
        organisationID: UUID, policyID: UUID, title: String, explanation: String, audience: ConsultationAudience, opens: Date, closes: Date,
        publicAnswer: String?, author: UUID?, questions: [Question], on db: any Database
    ) async throws -> (UUID, [UUID]) {
        let model = ConsultationModel()
        model.organisationID = organisationID
        model.policyID = policyID
        model.title = title
        model.explanation = explanation
        model.audience = audience.rawValue
        // A fixed public token for the open one, so a demo can link to it: /doe-mee/demo-jeugd.
        model.publicToken = audience == .publicLink ? "demo-jeugd" : SecretToken.generate()
        model.opensAt = opens
        model.closesAt = closes
        model.publicAnswer = publicAnswer
        model.createdBy = author
        model.createdAt = opens.addingTimeInterval(-7 * 86_400)
        model.updatedAt = publicAnswer == nil ? model.createdAt : closes.addingTimeInterval(10 * 86_400)
        try await model.create(on: db)
        var ids: [UUID] = []
        for (position, question) in questions.enumerated() {
            let row = ConsultationQuestionModel()
            row.consultationID = model.id!
            row.position = position
            row.kind = question.kind.rawValue
            row.text = question.text
            row.options = question.options.joined(separator: "\n")
            try await row.create(on: db)
            ids.append(row.id!)
        }
        return (model.id!, ids)
    }

    /// One response per entry: per question an open text, an option's index or a scale value (nil: not answered).
    static func respond(_ consultationID: UUID, questions: [UUID], answers: [[Any?]], day: Date, on db: any Database) async throws {
        for (n, set) in answers.enumerated() {
            let response = ConsultationResponseModel()
            response.consultationID = consultationID
            response.day = ReviewDeadline.code(day.addingTimeInterval(Double(n % 5) * 86_400))
            try await response.create(on: db)
            for (index, value) in set.enumerated() {
                guard let value else { continue }
                let answer = ConsultationAnswerModel()
                answer.responseID = response.id!
                answer.questionID = questions[index]
                answer.text = value as? String
                answer.value = value as? Int
                try await answer.create(on: db)
            }
        }
    }

    static func load(organisationID: UUID, now: Date, on db: any Database) async throws {
        let policies = Dictionary(
            try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.title, $0.id!) },
            uniquingKeysWith: { first, _ in first })
        let author = try await UserModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$email == "beleid@demo.test").first()?.id
        let day: TimeInterval = 86_400
        if let debts = policies["Beleidsplan schuldhulpverlening 2024–2027"] {
            let opens = now.addingTimeInterval(-75 * day)
            let closes = now.addingTimeInterval(-45 * day)
            let (id, questions) = try await consultation(
                organisationID: organisationID, policyID: debts, title: "Hoe ervaart u de schuldhulp?",
                explanation:
                    "Wij willen de schuldhulp beter maken. Daarom vragen wij mensen die zelf schulden hadden wat goed ging en wat beter kan.\n\nU hoeft uw naam niet te geven. Het invullen duurt ongeveer vijf minuten.",
                audience: .panel, opens: opens, closes: closes,
                publicAnswer:
                    "Dank u wel voor uw reacties. Veel mensen vonden de brieven moeilijk en wachtten lang op een eerste gesprek.\n\nDaarom schrijven wij de brieven opnieuw in gewone taal. En u krijgt binnen twee weken een eerste gesprek. Daar houden wij ons aan, en wij vertellen in het voorjaar hoe het gaat.",
                author: author,
                questions: [
                    Question(kind: .scale, text: "Hoe tevreden bent u over de hulp die u kreeg?", options: []),
                    Question(kind: .choice, text: "Hoe lang duurde het tot uw eerste gesprek?", options: ["Binnen twee weken", "Twee tot zes weken", "Langer dan zes weken"]),
                    Question(kind: .open, text: "Wat kan er beter?", options: []),
                ], on: db)
            for n in 0..<14 {
                let invitation = ConsultationInvitationModel()
                invitation.consultationID = id
                invitation.organisationID = organisationID
                invitation.codeHash = SecretToken.hash(InvitationCode.generate())
                invitation.name = "Panellid \(n + 1)"
                invitation.email = nil
                invitation.used = n < 11
                invitation.createdAt = opens.addingTimeInterval(-2 * day)
                try await invitation.create(on: db)
            }
            try await respond(
                id, questions: questions,
                answers: [
                    [4, 1, "De brieven waren moeilijk. Ik begreep niet wat ik moest doen."],
                    [2, 2, "Ik wachtte heel lang op een eerste gesprek. In die tijd werden de schulden groter."],
                    [4, 0, "Mijn consulent was vriendelijk en nam de tijd."],
                    [3, 1, "Graag één vast contactpersoon, nu moest ik steeds opnieuw mijn verhaal doen."],
                    [5, 0, nil],
                    [2, 2, "De brieven moeten in gewone taal. Nu zijn ze heel ambtelijk."],
                    [3, 1, "Het budgetcursusje hielp mij echt."],
                    [4, 1, nil],
                    [1, 2, "Ik schaamde mij en durfde lang niet te bellen. Kom eerder langs."],
                    [4, 0, "Fijn dat er iemand mee kon naar de bank."],
                    [3, 1, "Meer hulp bij het invullen van formulieren."],
                ], day: opens.addingTimeInterval(day), on: db)
        }
        if let youth = policies["Beleidsplan Jeugd 2024–2027: Gewoon opgroeien"] {
            let (id, questions) = try await consultation(
                organisationID: organisationID, policyID: youth, title: "Wat vindt u van de hulp bij opgroeien?",
                explanation:
                    "De gemeente wil ouders en jongeren beter helpen bij opgroeien. Wij horen graag wat u ervan vindt.\n\nIedereen mag meedoen. U hoeft uw naam niet te geven.",
                audience: .publicLink, opens: now.addingTimeInterval(-10 * day), closes: now.addingTimeInterval(20 * day), publicAnswer: nil,
                author: author,
                questions: [
                    Question(kind: .choice, text: "Waar zoekt u eerst hulp?", options: ["Huisarts", "School", "Wijkteam", "Familie of vrienden"]),
                    Question(kind: .scale, text: "Hoe makkelijk vindt u hulp?", options: []),
                    Question(kind: .open, text: "Wat zou u helpen?", options: []),
                ], on: db)
            try await respond(
                id, questions: questions,
                answers: [
                    [0, 3, "Een spreekuur op school zonder afspraak."],
                    [2, 2, "Ik weet niet goed wat het wijkteam doet."],
                    [0, 4, nil],
                    [3, 2, "Informatie in meer talen."],
                    [1, 3, "Een app of website met alles op één plek."],
                    [0, 4, "Minder wachten op de jeugdhulp."],
                ], day: now.addingTimeInterval(-9 * day), on: db)
        }
    }
}

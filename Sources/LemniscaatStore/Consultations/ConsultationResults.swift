// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

extension ConsultationRepository {
    public struct OpenAnswer: Sendable {
        public let id: UUID
        public let text: String
        public let signalID: UUID?
        public let signalNumber: Int?
    }

    public struct QuestionResult: Sendable {
        public let question: Question
        /// Closed questions: counts per option or scale value, protected.
        public let tally: ConsultationTally?
        /// Open questions: every answer, oldest first.
        public let answers: [OpenAnswer]
    }

    public struct Results: Sendable {
        public let consultation: Consultation
        public let questions: [QuestionResult]
        /// Contact details residents chose to leave.
        public let contacts: [String]
        public let threshold: Int
    }

    /// The results, with the organisation's small-number threshold k: a category with fewer than k answers is shown
    /// as "< k", and others are hidden where it could be computed back from the total.
    public func results(id: UUID, organisationID: UUID) async throws -> Results? {
        guard let consultation = try await consultation(id: id, organisationID: organisationID) else { return nil }
        let db = store.database
        let threshold = try await IndicatorRepository(store: store).smallNumberThreshold(organisationID: organisationID)
        let policy = SmallNumberPolicy(threshold: threshold)
        let responseIDs = try await ConsultationResponseModel.query(on: db).filter(\.$consultationID == id).all()
        let contacts = responseIDs.compactMap(\.contact).sorted()
        let questionIDs = consultation.questions.map(\.id)
        let answers = questionIDs.isEmpty ? [] : try await ConsultationAnswerModel.query(on: db).filter(\.$questionID ~~ questionIDs).all()
        let signalIDs = answers.compactMap(\.signalID)
        let signals = signalIDs.isEmpty ? [] : try await SignalModel.query(on: db).filter(\.$id ~~ signalIDs).all()
        let numbers = Dictionary(uniqueKeysWithValues: signals.map { ($0.id!, $0.number) })
        let results = consultation.questions.map { question -> QuestionResult in
            let mine = answers.filter { $0.questionID == question.id }
            switch question.kind {
            case .open:
                return QuestionResult(
                    question: question, tally: nil,
                    answers: mine.compactMap { answer in
                        answer.text.map {
                            OpenAnswer(id: answer.id!, text: $0, signalID: answer.signalID, signalNumber: answer.signalID.flatMap { numbers[$0] })
                        }
                    }.sorted { $0.text < $1.text })
            case .choice:
                let counts = question.options.indices.map { index in mine.filter { $0.value == index }.count }
                return QuestionResult(question: question, tally: ConsultationTally(labels: question.options, counts: counts, policy: policy), answers: [])
            case .scale:
                let values = ConsultationQuestionKind.scaleValues
                let counts = values.map { value in mine.filter { $0.value == value }.count }
                return QuestionResult(
                    question: question, tally: ConsultationTally(labels: values.map(String.init), counts: counts, policy: policy), answers: [])
            }
        }
        return Results(consultation: consultation, questions: results, contacts: contacts, threshold: threshold)
    }

    /// Turns open answers into one signal, marked *stem van de doelgroep*: on the raadpleging's policy and its first
    /// domain, with the answers quoted, and the answers linked to it — one transaction, one audit entry.
    @discardableResult
    public func makeSignal(
        id: UUID, answerIDs: [UUID], title: String, themeID: UUID?, signals: SignalRepository, reporter: SignedInUser, origin: String, now: Date
    ) async throws -> SignalModel {
        let organisationID = reporter.organisationID
        guard let consultation = try await consultation(id: id, organisationID: organisationID) else { throw NotFound() }
        let db = store.database
        let openIDs = Set(consultation.questions.filter { $0.kind == .open }.map(\.id))
        let chosen = Array(Set(answerIDs))
        let answers = chosen.isEmpty ? [] : try await ConsultationAnswerModel.query(on: db).filter(\.$id ~~ chosen).all()
            .filter { openIDs.contains($0.questionID) && $0.text != nil }
        var validator = Validator()
        if answers.isEmpty || answers.count != chosen.count { validator.add("antwoorden", "verplicht", "Kies een of meer open antwoorden.") }
        if answers.contains(where: { $0.signalID != nil }) {
            validator.add("antwoorden", "al-signaal", "Een van de gekozen antwoorden is al een signaal. Kies andere antwoorden.")
        }
        if let themeID, try await ThemeModel.query(on: db).filter(\.$id == themeID).filter(\.$organisationID == organisationID).first() == nil {
            validator.add("thema", "onbekend", "Kies een thema uit de lijst, of laat het leeg.")
        }
        let cleanTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        try validator.check()
        guard let domain = try await PolicyDomainModel.query(on: db).filter(\.$policyID == consultation.policyID).first() else {
            throw ValidationFailure([InvalidParam(name: "beleid", code: "geen-domein", reason: "Het beleid heeft geen beleidsterrein.")])
        }
        let quotes = answers.map { "> " + ($0.text ?? "").replacingOccurrences(of: "\n", with: "\n> ") }.joined(separator: "\n\n")
        let description = String(
            ("Stem van de doelgroep — uit de raadpleging ‘\(consultation.title)’ (\(answers.count) "
                + (answers.count == 1 ? "antwoord" : "antwoorden") + "):\n\n" + quotes).prefix(5000))
        let ids = answers.compactMap(\.id)
        return try await signals.submit(
            .init(
                title: cleanTitle.isEmpty ? "Stem van de doelgroep: \(consultation.title)" : cleanTitle, description: description,
                domainID: domain.domainID, policyID: consultation.policyID, areaCode: nil, affected: "1", urgency: "laag", solution: nil,
                anonymous: false),
            reporter: reporter, origin: origin, now: now, auditNote: "; stem van de doelgroep uit raadpleging ‘\(consultation.title)’",
            alsoInTransaction: { db, signal in
                if let themeID {
                    signal.themeID = themeID
                    try await (db as! any SQLDatabase).update(SignalModel.schema).set("theme_id", to: SQLBind(themeID))
                        .where("id", .equal, SQLBind(signal.id!)).run()
                }
                try await ConsultationAnswerModel.query(on: db).filter(\.$id ~~ ids).set(\.$signalID, to: signal.id!).update()
            })
    }
}

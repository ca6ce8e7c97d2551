// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// Concept texts of a policy: numbered versions split into sections, a comparison of two versions, and signals linked
/// to a section (a bottleneck from practice that the draft should solve).
public struct DraftRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// A draft can be written while the policy is still being made; once adopted its text is the adopted one.
    public static let writableStatuses: Set<PolicyStatus> = [.concept, .inReview]
    public static let maximumChangeNote = 1000

    public struct VersionSummary: Sendable {
        public let id: UUID
        public let number: Int
        public let changeNote: String
        public let authorName: String?
        public let createdAt: Date
    }

    public struct Version: Sendable {
        public let summary: VersionSummary
        public let markdown: String
        public let sections: [DraftSection]
    }

    public struct SectionSignal: Sendable {
        public let sectionKey: String
        public let signalID: UUID
        public let number: Int
        public let title: String
        public let status: String
    }

    /// Every version of a policy's draft, newest first; empty when it has none (or the policy is not the organisation's).
    public func versions(policyID: UUID, organisationID: UUID) async throws -> [VersionSummary] {
        let versions = try await DraftVersionModel.query(on: store.database).filter(\.$policyID == policyID)
            .filter(\.$organisationID == organisationID).sort(\.$number, .descending)
            .field(\.$id).field(\.$number).field(\.$changeNote).field(\.$authorID).field(\.$createdAt).all()
        let authors = Array(Set(versions.compactMap(\.authorID)))
        let names = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: store.database).filter(\.$id ~~ authors).filter(\.$organisationID == organisationID)
                .all().map { ($0.id!, $0.name) })
        return versions.map {
            VersionSummary(id: $0.id!, number: $0.number, changeNote: $0.changeNote, authorName: $0.authorID.flatMap { names[$0] }, createdAt: $0.createdAt)
        }
    }

    /// One version with its sections in order.
    public func version(policyID: UUID, number: Int, organisationID: UUID) async throws -> Version? {
        guard let model = try await DraftVersionModel.query(on: store.database).filter(\.$policyID == policyID)
            .filter(\.$organisationID == organisationID).filter(\.$number == number).first()
        else { return nil }
        let sections = try await DraftSectionModel.query(on: store.database).filter(\.$versionID == model.id!).sort(\.$position).all()
        let author = try await model.authorID.asyncFlatMap { try await UserModel.find($0, on: store.database)?.name }
        return Version(
            summary: VersionSummary(id: model.id!, number: model.number, changeNote: model.changeNote, authorName: author, createdAt: model.createdAt),
            markdown: model.markdown,
            sections: sections.map { DraftSection(key: $0.key, level: $0.level, title: $0.title, body: $0.body) })
    }

    /// Two versions compared section by section; nil when either does not exist.
    public func compare(policyID: UUID, from: Int, to: Int, organisationID: UUID) async throws -> (old: Version, new: Version, comparison: DraftComparison)? {
        guard let old = try await version(policyID: policyID, number: from, organisationID: organisationID),
            let new = try await version(policyID: policyID, number: to, organisationID: organisationID)
        else { return nil }
        return (old, new, DraftComparison.compare(old.sections, new.sections))
    }

    /// The signals linked to sections of this policy's draft, by section key, in signal number order.
    public func signals(policyID: UUID, organisationID: UUID) async throws -> [SectionSignal] {
        let links = try await DraftSectionSignalModel.query(on: store.database).filter(\.$policyID == policyID).all()
        guard !links.isEmpty else { return [] }
        let signals = Dictionary(
            uniqueKeysWithValues: try await SignalModel.query(on: store.database).filter(\.$id ~~ links.map(\.signalID))
                .filter(\.$organisationID == organisationID).field(\.$id).field(\.$number).field(\.$title).field(\.$status).all().map { ($0.id!, $0) })
        return links.compactMap { link in
            signals[link.signalID].map { SectionSignal(sectionKey: link.sectionKey, signalID: link.signalID, number: $0.number, title: $0.title, status: $0.status) }
        }.sorted { ($0.number, $0.sectionKey) < ($1.number, $1.sectionKey) }
    }

    /// Adds the next version of a policy's draft, split into sections.
    @discardableResult
    public func addVersion(
        policyID: UUID, markdown: String, changeNote: String, organisationID: UUID, actor: AuditActor, now: Date
    ) async throws -> DraftVersionModel {
        try await store.write { db in
            guard let policy = try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let version = try await Self.insertVersion(policy: policy, markdown: markdown, changeNote: changeNote, authorID: actor.userID, now: now, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "concept.versie", entityType: "beleid", entityID: policyID.uuidString.lowercased(),
                summary: "versie \(version.model.number), \(version.sections) onderdelen" + (version.model.changeNote.isEmpty ? "" : ": \(version.model.changeNote)"),
                at: now)
            return version.model
        }
    }

    /// Checks and writes a version inside the caller's transaction (the demo loader writes its drafts this way too).
    static func insertVersion(
        policy: PolicyModel, markdown: String, changeNote: String, authorID: UUID?, now: Date, on db: any Database
    ) async throws -> (model: DraftVersionModel, sections: Int) {
        let status = PolicyStatus(rawValue: policy.status) ?? .concept
        guard writableStatuses.contains(status) else {
            throw ValidationFailure([
                InvalidParam(
                    name: "tekst", code: "verkeerde-status",
                    reason: "Dit beleid is \(status.label.lowercased()). Een nieuwe concepttekst kan alleen als het beleid in concept of in toets is.")
            ])
        }
        let text = markdown.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let note = changeNote.trimmingCharacters(in: .whitespacesAndNewlines)
        let previous = try await DraftVersionModel.query(on: db).filter(\.$policyID == policy.id!).sort(\.$number, .descending).first()
        let number = (previous?.number ?? 0) + 1
        var validator = Validator()
        let sections = DraftText.sections(text)
        if text.isEmpty {
            validator.add("tekst", "verplicht", "Plak de concepttekst in het tekstvak of kies een bestand.")
        } else if text.count > DraftText.maximumLength {
            validator.add("tekst", "te-lang", "De concepttekst mag hoogstens 200 000 tekens hebben. Deze tekst heeft er \(text.count).")
        } else if sections.isEmpty {
            validator.add("tekst", "geen-onderdelen", "In deze tekst staan geen onderdelen. Zet een kop (# Artikel 1) boven elk artikel.")
        } else if let previous, previous.markdown == text {
            validator.add("tekst", "ongewijzigd", "Deze tekst is gelijk aan versie \(previous.number). Er is dus niets veranderd.")
        }
        if number > 1 && note.isEmpty {
            validator.add("toelichting", "verplicht", "Schrijf kort op wat er is veranderd ten opzichte van versie \(number - 1).")
        } else if note.count > maximumChangeNote {
            validator.add("toelichting", "te-lang", "De toelichting mag hoogstens \(maximumChangeNote) tekens hebben.")
        }
        if text.count <= DraftText.maximumLength {
            var reported = 0
            for section in sections where reported < 5 {
                for kind in Set(PrivacyGuard.scan(section.title + "\n" + section.body).map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) where reported < 5 {
                    validator.add("tekst", "persoonsgegeven", Self.privacyReason(kind, in: section.title))
                    reported += 1
                }
            }
        }
        for kind in Set(PrivacyGuard.scan(note).map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) {
            validator.add("toelichting", "persoonsgegeven", "In de toelichting staat iets dat lijkt op een \(kind.label). Haal het weg: schrijf over de regels, niet over personen.")
        }
        try validator.check()
        let version = DraftVersionModel()
        version.organisationID = policy.organisationID
        version.policyID = policy.id!
        version.number = number
        version.markdown = text
        version.changeNote = note
        version.authorID = authorID
        version.createdAt = now
        try await version.create(on: db)
        for (position, section) in sections.enumerated() {
            let model = DraftSectionModel()
            model.versionID = version.id!
            model.position = position + 1
            model.key = section.key
            model.level = section.level
            model.title = section.title
            model.body = section.body
            try await model.create(on: db)
        }
        return (version, sections.count)
    }

    static func privacyReason(_ kind: PersonalDataKind, in title: String) -> String {
        "In ‘\(title.isEmpty ? "(zonder titel)" : title)’ staat iets dat lijkt op een \(kind.label). Haal het weg: een concepttekst gaat over regels, niet over personen."
    }

    /// Links a signal, by the number people know it by, to a section of the policy's draft.
    public func linkSignal(
        policyID: UUID, sectionKey: String, signalNumber: String, organisationID: UUID, actor: AuditActor, now: Date
    ) async throws {
        try await store.write { db in
            guard try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first() != nil else {
                throw NotFound()
            }
            let versions = try await DraftVersionModel.query(on: db).filter(\.$policyID == policyID).field(\.$id).all().compactMap(\.id)
            guard let section = try await DraftSectionModel.query(on: db).filter(\.$versionID ~~ versions).filter(\.$key == sectionKey).first() else {
                throw ValidationFailure([InvalidParam(name: "sectie", code: "onbekend", reason: "Dit onderdeel staat niet in de concepttekst.")])
            }
            let typed = signalNumber.trimmingCharacters(in: .whitespaces).trimmingPrefix("#")
            guard let number = Int(typed), number > 0 else {
                throw ValidationFailure([
                    InvalidParam(name: "signaal", code: typed.isEmpty ? "verplicht" : "ongeldig", reason: "Vul het nummer van het signaal in, bijvoorbeeld 42.")
                ])
            }
            guard let signal = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$number == number).first() else {
                throw ValidationFailure([InvalidParam(name: "signaal", code: "onbekend", reason: "Er is geen signaal met nummer \(number).")])
            }
            let existing = try await DraftSectionSignalModel.query(on: db).filter(\.$policyID == policyID).filter(\.$sectionKey == sectionKey)
                .filter(\.$signalID == signal.id!).count()
            guard existing == 0 else {
                throw ValidationFailure([
                    InvalidParam(name: "signaal", code: "bestaat-al", reason: "Signaal \(number) is al gekoppeld aan ‘\(section.title)’.")
                ])
            }
            let link = DraftSectionSignalModel()
            link.policyID = policyID
            link.sectionKey = sectionKey
            link.signalID = signal.id!
            link.linkedBy = actor.userID
            link.createdAt = now
            try await link.create(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "concept.signaal-gekoppeld", entityType: "beleid", entityID: policyID.uuidString.lowercased(),
                summary: "signaal \(number) → \(section.title)", at: now)
        }
    }

    /// Removes a signal's link to a section.
    public func unlinkSignal(policyID: UUID, sectionKey: String, signalID: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first() != nil,
                let link = try await DraftSectionSignalModel.query(on: db).filter(\.$policyID == policyID).filter(\.$sectionKey == sectionKey)
                    .filter(\.$signalID == signalID).first(),
                let signal = try await SignalModel.query(on: db).filter(\.$id == signalID).filter(\.$organisationID == organisationID).first()
            else { throw NotFound() }
            try await link.delete(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "concept.signaal-ontkoppeld", entityType: "beleid", entityID: policyID.uuidString.lowercased(),
                summary: "signaal \(signal.number) ↛ \(sectionKey)", at: now)
        }
    }
}

extension Optional {
    fileprivate func asyncFlatMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

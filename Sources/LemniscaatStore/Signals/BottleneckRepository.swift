// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Knelpunten: to whom, under which regulation and article a signal or a theme was forwarded, what goes wrong in
/// practice and the proposed solution. Recorded when the signal or theme is forwarded, or afterwards for one that was
/// forwarded without them (by a session decision, or before the details existed). See docs/knelpuntenbrief.md.
public struct BottleneckRepository: Sendable {
    let store: Store
    let similarity: SignalSimilarity

    public init(store: Store, similarity: SignalSimilarity) {
        self.store = store
        self.similarity = similarity
    }

    /// The details as typed. An empty practice takes the signal's or theme's own description: nothing is typed twice.
    public struct Input: Sendable, Equatable {
        public var addresseeKind: String
        public var addressee: String
        public var regulation: String
        public var article: String?
        public var practice: String
        public var proposedSolution: String

        public init(addresseeKind: String, addressee: String, regulation: String, article: String?, practice: String, proposedSolution: String) {
            self.addresseeKind = addresseeKind
            self.addressee = addressee
            self.regulation = regulation
            self.article = article
            self.practice = practice
            self.proposedSolution = proposedSolution
        }
    }

    struct Checked: Sendable {
        let addresseeKind: AddresseeKind
        let addressee: String
        let regulation: String
        let article: String?
        let practice: String
        let proposedSolution: String
    }

    /// Themes are forwarded by those who manage themes.
    public static func mayManageTheme(_ user: SignedInUser) -> Bool { user.has(.liaison) || user.has(.policyOfficer) || user.has(.manager) }

    /// Required fields, lengths, the choice of addressee and the privacy guard; all problems at once. Field names are
    /// the form's and the API's.
    static func check(_ input: Input, description: String) -> (Checked?, [InvalidParam]) {
        var validator = Validator()
        let kind = AddresseeKind(rawValue: input.addresseeKind)
        if kind == nil { validator.add("soortGeadresseerde", "verplicht", "Kies of het naar een andere organisatie of naar het Rijk gaat.") }
        let addressee = validator.text(
            "geadresseerde", input.addressee, label: "aan wie het is doorgezet, bijvoorbeeld UWV of Ministerie van SZW", maximum: 200)
        let regulation = validator.text("regeling", input.regulation, label: "de regeling, bijvoorbeeld Participatiewet", maximum: 200)
        let article = input.article?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if article.count > 100 { validator.add("artikel", "te-lang", "Het artikel mag hoogstens 100 tekens hebben.") }
        var practice = input.practice.trimmingCharacters(in: .whitespacesAndNewlines)
        if practice.isEmpty { practice = description.trimmingCharacters(in: .whitespacesAndNewlines) }
        if practice.count > 5000 { validator.add("praktijk", "te-lang", "Wat er in de praktijk gebeurt mag hoogstens 5000 tekens hebben.") }
        let solution = input.proposedSolution.trimmingCharacters(in: .whitespacesAndNewlines)
        if solution.count < 10 {
            validator.add("voorgesteldeOplossing", "verplicht", "Schrijf welke oplossing u voorstelt (minstens 10 tekens).")
        } else if solution.count > 5000 {
            validator.add("voorgesteldeOplossing", "te-lang", "De voorgestelde oplossing mag hoogstens 5000 tekens hebben.")
        }
        for (text, field) in [
            (addressee, "geadresseerde"), (regulation, "regeling"), (article, "artikel"), (practice, "praktijk"), (solution, "voorgesteldeOplossing"),
        ] {
            SignalRepository.guardText(text, field: field, into: &validator)
        }
        guard validator.problems.isEmpty, let kind else { return (nil, validator.problems) }
        return (
            Checked(
                addresseeKind: kind, addressee: addressee, regulation: regulation, article: article.isEmpty ? nil : article, practice: practice,
                proposedSolution: solution), []
        )
    }

    static func checked(_ input: Input, description: String) throws -> Checked {
        let (checked, problems) = check(input, description: description)
        guard let checked else { throw ValidationFailure(problems) }
        return checked
    }

    /// "UWV, Participatiewet art. 18": the knelpunt in a few words, for events and the audit log.
    static func summary(_ c: Checked) -> String {
        "\(c.addressee), \(c.regulation)\(c.article.map { " \($0)" } ?? "")"
    }

    // MARK: reading

    public func bottleneck(signalID: UUID, organisationID: UUID) async throws -> BottleneckModel? {
        try await BottleneckModel.query(on: store.database).filter(\.$signalID == signalID).filter(\.$organisationID == organisationID).first()
    }

    public func bottleneck(themeID: UUID, organisationID: UUID) async throws -> BottleneckModel? {
        try await BottleneckModel.query(on: store.database).filter(\.$themeID == themeID).filter(\.$organisationID == organisationID).first()
    }

    // MARK: writing

    /// Writes the knelpunt of a signal or theme, new or changed, inside the caller's transaction; with its own audit entry
    /// unless `audited` is false because the caller's entry (the move to doorgezet) names it: one request, one entry.
    static func save(
        _ c: Checked, signalID: UUID?, themeID: UUID?, organisationID: UUID, forwardedAt: Date, actor: AuditActor, now: Date, label: String,
        forwarding: Bool = false, audited: Bool = true, on db: any Database
    ) async throws {
        var query = BottleneckModel.query(on: db).filter(\.$organisationID == organisationID)
        if let signalID { query = query.filter(\.$signalID == signalID) } else if let themeID { query = query.filter(\.$themeID == themeID) }
        let existing = try await query.first()
        let model = existing ?? BottleneckModel()
        if existing == nil {
            model.organisationID = organisationID
            model.signalID = signalID
            model.themeID = themeID
            model.recordedBy = actor.userID
            model.recordedAt = now
        }
        // Forwarded again (after being taken back into work): the letter dates it from the latest move.
        if existing == nil || forwarding { model.forwardedAt = forwardedAt }
        model.addresseeKind = c.addresseeKind.rawValue
        model.addressee = c.addressee
        model.regulation = c.regulation
        model.article = c.article
        model.practice = c.practice
        model.proposedSolution = c.proposedSolution
        model.updatedAt = now
        try await model.save(on: db)
        guard audited else { return }
        try await AuditLog.append(
            on: db, actor: actor, action: existing == nil ? "knelpunt.vastgelegd" : "knelpunt.gewijzigd",
            entityType: signalID != nil ? "signaal" : "thema", entityID: (signalID ?? themeID)!.uuidString.lowercased(),
            summary: "\(label): \(summary(c))", at: now)
    }

    /// The last move to doorgezet among these signals: when details are recorded afterwards, that is when it was forwarded.
    static func lastForwarded(signalIDs: [UUID], on db: any Database) async throws -> Date? {
        guard !signalIDs.isEmpty else { return nil }
        return try await SignalEventModel.query(on: db).filter(\.$signalID ~~ signalIDs).filter(\.$toStatus == SignalStatus.forwarded.rawValue)
            .max(\.$at)
    }

    /// Adds or changes the details of a signal that is (or was) forwarded.
    public func record(signalID: UUID, input: Input, by user: SignedInUser, origin: String, now: Date) async throws {
        let signals = SignalRepository(store: store, similarity: similarity)
        guard let signal = try await signals.signal(id: signalID, organisationID: user.organisationID) else { throw NotFound() }
        guard try await signals.canHandle(signal, user: user) else { throw SignalRepository.NotAllowed() }
        let c = try Self.checked(input, description: signal.signalDescription)
        try await store.write { db in
            let existing = try await BottleneckModel.query(on: db).filter(\.$signalID == signalID).first()
            guard existing != nil || signal.status == SignalStatus.forwarded.rawValue else {
                throw ValidationFailure([
                    InvalidParam(name: "status", code: "niet-doorgezet", reason: "Dit signaal is niet doorgezet. Zet het eerst op ‘doorgezet’.")
                ])
            }
            let forwardedAt = try await Self.lastForwarded(signalIDs: [signalID], on: db) ?? now
            try await Self.save(
                c, signalID: signalID, themeID: nil, organisationID: user.organisationID, forwardedAt: forwardedAt,
                actor: user.auditActor(origin: origin), now: now, label: "signaal \(signal.number)", on: db)
        }
    }

    /// Adds or changes the details of a theme that is (or was) forwarded: one with a knelpunt or a forwarded signal.
    public func record(themeID: UUID, input: Input, by user: SignedInUser, origin: String, now: Date) async throws {
        guard Self.mayManageTheme(user) else { throw SignalRepository.NotAllowed() }
        guard
            let theme = try await ThemeModel.query(on: store.database).filter(\.$id == themeID).filter(\.$organisationID == user.organisationID)
                .first()
        else { throw NotFound() }
        let c = try Self.checked(input, description: theme.themeDescription)
        try await store.write { db in
            let existing = try await BottleneckModel.query(on: db).filter(\.$themeID == themeID).first()
            let forwarded = try await SignalModel.query(on: db).filter(\.$themeID == themeID).filter(\.$status == SignalStatus.forwarded.rawValue)
                .all(\.$id)
            guard existing != nil || !forwarded.isEmpty else {
                throw ValidationFailure([
                    InvalidParam(
                        name: "status", code: "niet-doorgezet", reason: "Dit thema is niet doorgezet. Gebruik ‘Doorzetten’ om het door te zetten.")
                ])
            }
            let forwardedAt = try await Self.lastForwarded(signalIDs: forwarded, on: db) ?? now
            try await Self.save(
                c, signalID: nil, themeID: themeID, organisationID: user.organisationID, forwardedAt: forwardedAt,
                actor: user.auditActor(origin: origin), now: now, label: "thema ‘\(theme.title)’", on: db)
        }
    }

    /// Forwards a theme: records its knelpunt and moves its signals that are not yet forwarded, answered or closed to
    /// doorgezet through the transition table. A signal that cannot make the move (one not taken up) is named in the
    /// refusal and nothing is written. One transaction and one audit entry, naming the knelpunt and the signals moved
    /// (as a session decision does). Returns the number of signals moved.
    @discardableResult
    public func forward(themeID: UUID, input: Input, by user: SignedInUser, origin: String, now: Date) async throws -> Int {
        guard Self.mayManageTheme(user) else { throw SignalRepository.NotAllowed() }
        guard
            let theme = try await ThemeModel.query(on: store.database).filter(\.$id == themeID).filter(\.$organisationID == user.organisationID)
                .first()
        else { throw NotFound() }
        let c = try Self.checked(input, description: theme.themeDescription)
        let finished: Set<SignalStatus> = [.forwarded, .answered, .closed]
        defer { CountsCache.shared.clear() }
        let moved = try await store.write { db -> [SignalModel] in
            let members = try await SignalModel.query(on: db).filter(\.$themeID == themeID).sort(\.$number).all()
            let candidates = members.filter { !finished.contains(SignalStatus(rawValue: $0.status) ?? .new) }
            let stuck = candidates.filter { !(SignalStatus(rawValue: $0.status) ?? .new).canMove(to: .forwarded) }
            if !stuck.isEmpty {
                throw ValidationFailure(
                    stuck.map { signal in
                        let from = SignalStatus(rawValue: signal.status)?.label.lowercased() ?? signal.status
                        return InvalidParam(
                            name: "signalen", code: "niet-toegestaan",
                            reason:
                                "Signaal \(signal.number) (\(signal.title)) is \(from) en kan niet naar doorgezet. Heropen het eerst, of haal het uit het thema."
                        )
                    })
            }
            let actor = user.auditActor(origin: origin)
            let text = "Doorgezet met het thema ‘\(theme.title)’ aan \(Self.summary(c))."
            for signal in candidates {
                try await SignalRepository.apply(.forwarded, text: text, to: signal, actorID: user.userID, now: now, on: db)
            }
            try await Self.save(
                c, signalID: nil, themeID: themeID, organisationID: user.organisationID, forwardedAt: now, actor: actor, now: now, label: "",
                forwarding: true, audited: false, on: db)
            let numbers = candidates.map { String($0.number) }.joined(separator: ", ")
            try await AuditLog.append(
                on: db, actor: actor, action: "thema.doorgezet", entityType: "thema", entityID: themeID.uuidString.lowercased(),
                summary: "\(theme.title): \(Self.summary(c)); \(candidates.isEmpty ? "geen signalen" : "signalen \(numbers)") doorgezet", at: now)
            return candidates
        }
        for signal in moved { await similarity.changed(signal) }
        return moved.count
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Themes group signals about the same bottleneck. An answer on a theme reaches every reporter in it.
public struct ThemeRepository: Sendable {
    let store: Store
    let similarity: SignalSimilarity

    public init(store: Store, similarity: SignalSimilarity) {
        self.store = store
        self.similarity = similarity
    }

    public struct Listing: Sendable {
        public let theme: ThemeModel
        public let owner: UserModel?
        public let signals: Int
        public let openSignals: Int
        public let recognitions: Int
    }

    public func list(organisationID: UUID) async throws -> [Listing] {
        let db = store.database
        let themes = try await ThemeModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$title).all()
        let signals = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$themeID != nil)
            .field(\.$themeID).field(\.$status).field(\.$recognitionCount).all()
        let owners = try await UserModel.query(on: db).filter(\.$id ~~ themes.compactMap(\.ownerID)).all()
        let ownersByID = Dictionary(uniqueKeysWithValues: owners.map { ($0.id!, $0) })
        let byTheme = Dictionary(grouping: signals, by: { $0.themeID! })
        return themes.map { theme in
            let members = byTheme[theme.id!] ?? []
            return Listing(
                theme: theme, owner: theme.ownerID.flatMap { ownersByID[$0] }, signals: members.count,
                openSignals: members.filter { SignalStatus(rawValue: $0.status)?.isOpen == true }.count,
                recognitions: members.reduce(0) { $0 + $1.recognitionCount })
        }
        .sorted { ($0.recognitions, $0.signals) > ($1.recognitions, $1.signals) }
    }

    /// Id and title of every theme, for a choice list.
    public func titles(organisationID: UUID) async throws -> [(id: UUID, title: String)] {
        struct Row: Decodable {
            let id: UUID
            let title: String
        }
        return try await store.sql.select().column("id").column("title").from("themes").where("organisation_id", .equal, SQLBind(organisationID))
            .orderBy("title").all(decoding: Row.self).map { ($0.id, $0.title) }
    }

    public func theme(id: UUID, organisationID: UUID) async throws -> ThemeModel? {
        try await ThemeModel.query(on: store.database).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
    }

    public func create(title: String, description: String, ownerID: UUID?, by user: SignedInUser, origin: String, now: Date) async throws -> ThemeModel {
        var validator = Validator()
        let title = validator.text("titel", title, label: "de titel", maximum: 200)
        let description = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if description.count > 4000 { validator.add("omschrijving", "te-lang", "De omschrijving mag hoogstens 4000 tekens hebben.") }
        SignalRepository.guardText(title, field: "titel", into: &validator)
        SignalRepository.guardText(description, field: "omschrijving", into: &validator)
        try validator.check()
        return try await store.write { db in
            if let ownerID, try await UserModel.query(on: db).filter(\.$id == ownerID).filter(\.$organisationID == user.organisationID).first() == nil {
                throw ValidationFailure([InvalidParam(name: "eigenaar", code: "onbekend", reason: "Kies een eigenaar uit de lijst.")])
            }
            let theme = ThemeModel()
            theme.organisationID = user.organisationID
            theme.title = title
            theme.themeDescription = description
            theme.ownerID = ownerID ?? user.userID
            theme.status = "open"
            theme.createdAt = now
            try await theme.create(on: db)
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "thema.aangemaakt", entityType: "thema", entityID: theme.id!.uuidString.lowercased(),
                summary: title, at: now)
            return theme
        }
    }

    /// Puts a signal in a theme, or takes it out (themeID nil).
    public func setTheme(signalID: UUID, themeID: UUID?, by user: SignedInUser, origin: String, now: Date) async throws {
        try await store.write { db in
            guard let signal = try await SignalModel.query(on: db).filter(\.$id == signalID).filter(\.$organisationID == user.organisationID).first() else {
                throw NotFound()
            }
            if let themeID, try await ThemeModel.query(on: db).filter(\.$id == themeID).filter(\.$organisationID == user.organisationID).first() == nil {
                throw ValidationFailure([InvalidParam(name: "thema", code: "onbekend", reason: "Kies een thema uit de lijst.")])
            }
            signal.themeID = themeID
            signal.updatedAt = now
            try await signal.update(on: db)
            try await SignalEventModel(signalID: signalID, at: now, actorID: user.userID, kind: "thema").create(on: db)
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "signaal.thema", entityType: "signaal", entityID: signalID.uuidString.lowercased(),
                summary: "signaal \(signal.number): thema \(themeID?.uuidString.prefix(8).lowercased() ?? "geen")", at: now)
        }
    }

    /// Answers the theme: every signal in it that can still be answered gets this answer, and its reporter hears it.
    public func answer(themeID: UUID, text: String, by user: SignedInUser, origin: String, now: Date) async throws -> Int {
        var validator = Validator()
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count < 10 { validator.add("antwoord", "verplicht", "Schrijf een antwoord van minstens 10 tekens.") }
        if text.count > 5000 { validator.add("antwoord", "te-lang", "Het antwoord mag hoogstens 5000 tekens hebben.") }
        SignalRepository.guardText(text, field: "antwoord", into: &validator)
        try validator.check()
        let changed = try await store.write { db -> [SignalModel] in
            guard let theme = try await ThemeModel.query(on: db).filter(\.$id == themeID).filter(\.$organisationID == user.organisationID).first() else {
                throw NotFound()
            }
            theme.answer = text
            try await theme.update(on: db)
            var changed: [SignalModel] = []
            for signal in try await SignalModel.query(on: db).filter(\.$themeID == themeID).all() {
                guard let status = SignalStatus(rawValue: signal.status), status.canMove(to: .answered) else { continue }
                try await SignalRepository.apply(.answered, text: text, to: signal, actorID: user.userID, now: now, on: db)
                changed.append(signal)
            }
            try await AuditLog.append(
                on: db, actor: user.auditActor(origin: origin), action: "thema.beantwoord", entityType: "thema", entityID: themeID.uuidString.lowercased(),
                summary: "\(theme.title): \(changed.count) signalen beantwoord", at: now)
            return changed
        }
        for signal in changed { await similarity.changed(signal) }
        return changed.count
    }
}

/// The beheerder's routing rules, in order, and the response terms.
public struct RoutingRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public func rules(organisationID: UUID) async throws -> [RoutingRuleModel] {
        try await RoutingRuleModel.query(on: store.database).filter(\.$organisationID == organisationID).sort(\.$position).all()
    }

    public struct Input: Sendable {
        public var domainID: UUID?
        public var policyID: UUID?
        public var areaCode: String?
        public var urgency: String?
        public var textContains: String?
        public var targetTeamID: UUID?
        public var targetUserID: UUID?

        public init(domainID: UUID?, policyID: UUID?, areaCode: String?, urgency: String?, textContains: String?, targetTeamID: UUID?, targetUserID: UUID?) {
            self.domainID = domainID
            self.policyID = policyID
            self.areaCode = areaCode
            self.urgency = urgency
            self.textContains = textContains
            self.targetTeamID = targetTeamID
            self.targetUserID = targetUserID
        }
    }

    public func add(_ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        var validator = Validator()
        if (input.targetTeamID == nil) == (input.targetUserID == nil) {
            validator.add("doel", "verplicht", "Kies óf een team óf een persoon als bestemming.")
        }
        let area = input.areaCode.flatMap { $0.isEmpty ? nil : $0 }
        if let area, AreaCode(area) == nil { validator.add("gebied", "ongeldig", "Gebruik een CBS-code zoals WK036301.") }
        let urgency = input.urgency.flatMap { $0.isEmpty ? nil : $0 }
        if let urgency, SignalUrgency(rawValue: urgency) == nil { validator.add("urgentie", "ongeldig", "Kies laag, normaal of hoog.") }
        let text = input.textContains?.trimmingCharacters(in: .whitespaces)
        if (text ?? "").count > 100 { validator.add("tekst", "te-lang", "De zoektekst mag hoogstens 100 tekens hebben.") }
        try validator.check()
        try await store.write { db in
            var problems: [InvalidParam] = []
            if let id = input.domainID, try await DomainModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() == nil {
                problems.append(InvalidParam(name: "domein", code: "onbekend", reason: "Kies een beleidsterrein uit de lijst."))
            }
            if let id = input.policyID, try await PolicyModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() == nil {
                problems.append(InvalidParam(name: "beleid", code: "onbekend", reason: "Kies beleid uit de lijst."))
            }
            if let id = input.targetTeamID, try await TeamModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() == nil {
                problems.append(InvalidParam(name: "doel", code: "onbekend", reason: "Kies een team uit de lijst."))
            }
            if let id = input.targetUserID, try await UserModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() == nil {
                problems.append(InvalidParam(name: "doel", code: "onbekend", reason: "Kies een persoon uit de lijst."))
            }
            if !problems.isEmpty { throw ValidationFailure(problems) }
            let last = try await RoutingRuleModel.query(on: db).filter(\.$organisationID == organisationID).max(\.$position) ?? 0
            let rule = RoutingRuleModel()
            rule.organisationID = organisationID
            rule.position = last + 1
            rule.domainID = input.domainID
            rule.policyID = input.policyID
            rule.areaCode = area.flatMap { AreaCode($0)?.description }
            rule.urgency = urgency
            rule.textContains = (text ?? "").isEmpty ? nil : text
            rule.targetTeamID = input.targetTeamID
            rule.targetUserID = input.targetUserID
            rule.createdAt = now
            try await rule.create(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "routeringsregel.aangemaakt", entityType: "routeringsregel", entityID: rule.id!.uuidString.lowercased(),
                summary: "regel \(rule.position)", at: now)
        }
    }

    /// Moves a rule one place up (-1) or down (+1).
    public func move(id: UUID, by offset: Int, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let rules = try await RoutingRuleModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$position).all()
            guard let index = rules.firstIndex(where: { $0.id == id }) else { throw NotFound() }
            let other = index + offset
            guard rules.indices.contains(other) else { return }
            let (a, b) = (rules[index], rules[other])
            (a.position, b.position) = (b.position, a.position)
            try await a.update(on: db)
            try await b.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "routeringsregel.verplaatst", entityType: "routeringsregel", entityID: id.uuidString.lowercased(),
                summary: "naar plaats \(a.position)", at: now)
        }
    }

    public func delete(id: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let rule = try await RoutingRuleModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            try await rule.delete(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "routeringsregel.verwijderd", entityType: "routeringsregel", entityID: id.uuidString.lowercased(),
                summary: "regel \(rule.position)", at: now)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Indicators per policy goal, their targets and the comments on them.
public struct IndicatorRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// An indicator with the goal and policy it measures.
    public struct Listing: Sendable {
        public let indicator: Indicator
        public let goalTitle: String
        public let policyID: UUID
        public let policyTitle: String
    }

    public struct Filter: Sendable, Hashable {
        public var policyID: UUID?
        public var goalID: UUID?
        public var domainID: UUID?
        public var kind: IndicatorKind?
        public init(policyID: UUID? = nil, goalID: UUID? = nil, domainID: UUID? = nil, kind: IndicatorKind? = nil) {
            self.policyID = policyID
            self.goalID = goalID
            self.domainID = domainID
            self.kind = kind
        }
    }

    public func list(organisationID: UUID, filter: Filter = Filter()) async throws -> [Listing] {
        let db = store.database
        var query = IndicatorModel.query(on: db).filter(\.$organisationID == organisationID)
        if let kind = filter.kind { query = query.filter(\.$kind == kind.rawValue) }
        if let goalID = filter.goalID { query = query.filter(\.$goalID == goalID) }
        if let policyID = filter.policyID {
            // A policy page asks for its own few indicators: select them by its goals, not all of the organisation's.
            let goalIDs = try await PolicyGoalModel.query(on: db).filter(\.$policyID == policyID).all().compactMap(\.id)
            if goalIDs.isEmpty { return [] }
            query = query.filter(\.$goalID ~~ goalIDs)
        }
        let models = try await query.all()
        if models.isEmpty { return [] }
        let goals = try await PolicyGoalModel.query(on: db).filter(\.$id ~~ Set(models.map(\.goalID))).all()
        let goalByID = Dictionary(uniqueKeysWithValues: goals.map { ($0.id!, $0) })
        let policies = try await PolicyModel.query(on: db).filter(\.$id ~~ Set(goals.map(\.policyID))).filter(\.$organisationID == organisationID).all()
        let policyByID = Dictionary(uniqueKeysWithValues: policies.map { ($0.id!, $0) })
        var inDomain: Set<UUID>?
        if let domainID = filter.domainID {
            inDomain = Set(try await PolicyDomainModel.query(on: db).filter(\.$domainID == domainID).all().map(\.policyID))
        }
        let targets = Dictionary(
            grouping: try await IndicatorTargetModel.query(on: db).filter(\.$indicatorID ~~ models.compactMap(\.id)).all(), by: \.indicatorID)
        return models.compactMap { model -> Listing? in
            guard let goal = goalByID[model.goalID], let policy = policyByID[goal.policyID] else { return nil }
            if let policyID = filter.policyID, policy.id != policyID { return nil }
            if let inDomain, !inDomain.contains(policy.id!) { return nil }
            return Listing(
                indicator: Indicator(model, targets: targets[model.id!] ?? []), goalTitle: goal.title, policyID: policy.id!, policyTitle: policy.title)
        }
        .sorted { ($0.policyTitle, goalByID[$0.indicator.goalID]?.position ?? 0, $0.indicator.code) < ($1.policyTitle, goalByID[$1.indicator.goalID]?.position ?? 0, $1.indicator.code) }
    }

    public func indicator(id: UUID, organisationID: UUID) async throws -> Listing? {
        guard let model = try await IndicatorModel.query(on: store.database).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
        else { return nil }
        return try await list(organisationID: organisationID, filter: Filter(goalID: model.goalID)).first { $0.indicator.id == id }
    }

    /// The indicators an import file may name, by code.
    public func byCode(organisationID: UUID) async throws -> [String: Indicator] {
        let models = try await IndicatorModel.query(on: store.database).filter(\.$organisationID == organisationID).all()
        return Dictionary(uniqueKeysWithValues: models.map { ($0.code, Indicator($0, targets: [])) })
    }

    public struct Goal: Sendable {
        public let id: UUID
        public let policyID: UUID
        public let policyTitle: String
        public let position: Int
        public let title: String
        public let description: String
    }

    public func goals(organisationID: UUID, policyID: UUID? = nil) async throws -> [Goal] {
        let db = store.database
        var policies = PolicyModel.query(on: db).filter(\.$organisationID == organisationID)
        if let policyID { policies = policies.filter(\.$id == policyID) }
        let byID = Dictionary(uniqueKeysWithValues: try await policies.all().map { ($0.id!, $0) })
        let goals = try await PolicyGoalModel.query(on: db).filter(\.$policyID ~~ Array(byID.keys)).all()
        return goals.map { goal in
            Goal(id: goal.id!, policyID: goal.policyID, policyTitle: byID[goal.policyID]!.title, position: goal.position, title: goal.title, description: goal.goalDescription)
        }
        .sorted { ($0.policyTitle, $0.position) < ($1.policyTitle, $1.position) }
    }

    public func goal(id: UUID, organisationID: UUID) async throws -> Goal? {
        guard let goal = try await PolicyGoalModel.find(id, on: store.database) else { return nil }
        return try await goals(organisationID: organisationID, policyID: goal.policyID).first { $0.id == id }
    }

    /// Adds an indicator to a goal of the organisation's own.
    public func create(goalID: UUID, _ input: IndicatorInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        let checked = try input.check()
        guard try await goal(id: goalID, organisationID: organisationID) != nil else {
            throw ValidationFailure([InvalidParam(name: "doel", code: "onbekend", reason: "Kies een doel van een beleid van uw eigen organisatie.")])
        }
        try await checkOwner(input.ownerID, organisationID: organisationID)
        return try await store.write { db in
            try await Self.refuseTakenCode(checked.code, except: nil, organisationID: organisationID, on: db)
            let model = IndicatorModel()
            model.organisationID = organisationID
            model.goalID = goalID
            model.createdAt = now
            Self.apply(checked, ownerID: input.ownerID, to: model, now: now)
            try await model.create(on: db)
            try await Self.writeTargets(checked.targets, indicatorID: model.id!, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "indicator.aangemaakt", entityType: "indicator", entityID: model.id!.uuidString.lowercased(),
                summary: "\(checked.code) \(checked.name); \(checked.kind.rawValue), \(checked.unit.rawValue), \(checked.targets.count) streefwaarden", at: now)
            return model.id!
        }
    }

    public func update(id: UUID, _ input: IndicatorInput, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        let checked = try input.check()
        try await checkOwner(input.ownerID, organisationID: organisationID)
        try await store.write { db in
            guard let model = try await IndicatorModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            try await Self.refuseTakenCode(checked.code, except: id, organisationID: organisationID, on: db)
            if model.frequency != checked.frequency.rawValue,
                try await MeasurementRepository.fromMeasurementsOfIndicators(
                    (db as! any SQLDatabase).select().column(MeasurementRepository.measurements("id"))
                )
                .where(MeasurementRepository.indicatorID, .equal, SQLBind(id)).limit(1).first() != nil
            {
                throw ValidationFailure([
                    InvalidParam(name: "frequentie", code: "heeft-metingen", reason: "De frequentie kan niet meer veranderen: er zijn al metingen met de oude frequentie.")
                ])
            }
            let before = model.code
            Self.apply(checked, ownerID: input.ownerID, to: model, now: now)
            try await model.update(on: db)
            try await IndicatorTargetModel.query(on: db).filter(\.$indicatorID == id).delete()
            try await Self.writeTargets(checked.targets, indicatorID: id, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "indicator.gewijzigd", entityType: "indicator", entityID: id.uuidString.lowercased(),
                summary: (before == checked.code ? checked.code : "\(before) → \(checked.code)") + " \(checked.name); \(checked.targets.count) streefwaarden",
                at: now)
        }
    }

    private func checkOwner(_ ownerID: UUID?, organisationID: UUID) async throws {
        guard let ownerID else { return }
        let found = try await UserModel.query(on: store.database).filter(\.$id == ownerID).filter(\.$organisationID == organisationID).first()
        if found == nil {
            throw ValidationFailure([InvalidParam(name: "eigenaar", code: "onbekend", reason: "Kies als eigenaar iemand van uw eigen organisatie.")])
        }
    }

    private static func refuseTakenCode(_ code: String, except id: UUID?, organisationID: UUID, on db: any Database) async throws {
        var query = IndicatorModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        if try await query.first() != nil {
            throw ValidationFailure([InvalidParam(name: "code", code: "bestaat-al", reason: "Code \(code) is al in gebruik voor een andere indicator.")])
        }
    }

    private static func apply(_ checked: IndicatorInput.Checked, ownerID: UUID?, to model: IndicatorModel, now: Date) {
        model.code = checked.code
        model.name = checked.name
        model.definition = checked.definition
        model.kind = checked.kind.rawValue
        model.unit = checked.unit.rawValue
        model.direction = checked.direction.rawValue
        model.source = checked.source.rawValue
        model.ownerID = ownerID
        model.frequency = checked.frequency.rawValue
        model.aggregation = checked.aggregation.rawValue
        model.baselinePeriod = checked.baseline?.0.description
        model.baselineValue = checked.baseline?.1
        model.smallNumberThreshold = checked.threshold
        model.updatedAt = now
    }

    private static func writeTargets(_ targets: [(Period, Double)], indicatorID: UUID, on db: any Database) async throws {
        for (period, value) in targets {
            try await IndicatorTargetModel(indicatorID: indicatorID, period: period.description, value: value).create(on: db)
        }
    }

    /// The organisation's k for small-number protection.
    public func smallNumberThreshold(organisationID: UUID) async throws -> Int {
        struct Row: Decodable { let small_number_threshold: Int }
        return try await store.sql.select().column("small_number_threshold").from("organisations").where("id", .equal, SQLBind(organisationID))
            .first(decoding: Row.self)?.small_number_threshold ?? SmallNumberPolicy.standard.threshold
    }

    /// Sets the organisation's k; indicators with their own keep theirs.
    public func setSmallNumberThreshold(_ raw: String, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        guard let threshold = Int(raw.trimmingCharacters(in: .whitespaces)), (2...100).contains(threshold) else {
            throw ValidationFailure([
                InvalidParam(name: "drempel", code: "ongeldig", reason: "De drempel is een heel getal van 2 tot en met 100 (meestal 5 of 10).")
            ])
        }
        try await store.write { db in
            let sql = db as! any SQLDatabase
            try await sql.update("organisations").set("small_number_threshold", to: SQLBind(threshold))
                .where("id", .equal, SQLBind(organisationID)).run()
            try await AuditLog.append(
                on: db, actor: actor, action: "organisatie.drempel", entityType: "organisatie", entityID: organisationID.uuidString.lowercased(),
                summary: "drempel kleine aantallen: \(threshold)", at: now)
        }
    }

    // MARK: comments

    public struct Comment: Sendable {
        public let id: UUID
        public let period: Period?
        public let area: AreaCode?
        public let authorID: UUID?
        public let body: String
        public let signalID: UUID?
        public let themeID: UUID?
        public let createdAt: Date
    }

    public struct CommentInput: Sendable {
        public var body: String
        public var period: String
        public var areaCode: String
        public var signalNumber: String
        public var themeID: UUID?
        public init(body: String, period: String = "", areaCode: String = "", signalNumber: String = "", themeID: UUID? = nil) {
            self.body = body
            self.period = period
            self.areaCode = areaCode
            self.signalNumber = signalNumber
            self.themeID = themeID
        }
    }

    public func comments(indicatorID: UUID, organisationID: UUID) async throws -> [Comment] {
        try await IndicatorCommentModel.query(on: store.database).filter(\.$indicatorID == indicatorID).filter(\.$organisationID == organisationID)
            .sort(\.$createdAt, .descending).all()
            .map { model in
                Comment(
                    id: model.id!, period: model.period.flatMap(Period.init), area: model.areaCode.flatMap(AreaCode.init), authorID: model.authorID,
                    body: model.body, signalID: model.signalID, themeID: model.themeID, createdAt: model.createdAt)
            }
    }

    /// A comment on the indicator, or on one figure of it (a period, and optionally an area). The privacy guard
    /// applies: the story behind a figure is about the work, never about a client.
    public func addComment(indicatorID: UUID, _ input: CommentInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        var validator = Validator()
        let body = validator.text("tekst", input.body, label: "uw toelichting", maximum: 4000)
        for finding in PrivacyGuard.scan(body) { validator.add("tekst", "persoonsgegeven", finding.kind.explanation) }
        let rawPeriod = input.period.trimmingCharacters(in: .whitespaces)
        let period = Period(rawPeriod)
        if !rawPeriod.isEmpty && period == nil { validator.add("periode", "ongeldig", "Vul een periode in zoals 2026-Q1, of laat het veld leeg.") }
        let rawArea = input.areaCode.trimmingCharacters(in: .whitespaces)
        let area = AreaCode(rawArea)
        if !rawArea.isEmpty && area == nil { validator.add("gebied", "ongeldig", "Kies een gebied uit de lijst, of laat het veld leeg.") }
        if area != nil && period == nil && rawPeriod.isEmpty { validator.add("periode", "verplicht", "Kies bij een gebied ook de periode.") }
        let rawSignal = input.signalNumber.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "#"))
        let signalNumber = Int(rawSignal)
        if !rawSignal.isEmpty && signalNumber == nil { validator.add("signaal", "ongeldig", "Vul het nummer van een signaal in, zoals 123, of laat het veld leeg.") }
        try validator.check()
        let db = store.database
        guard try await IndicatorModel.query(on: db).filter(\.$id == indicatorID)
            .filter(\.$organisationID == organisationID).first() != nil
        else { throw NotFound() }
        var signalID: UUID?
        if let signalNumber {
            signalID = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$number == signalNumber).first()?.id
            if signalID == nil {
                throw ValidationFailure([InvalidParam(name: "signaal", code: "onbekend", reason: "Signaal \(signalNumber) bestaat niet in uw organisatie.")])
            }
        }
        if let themeID = input.themeID,
            try await ThemeModel.query(on: db).filter(\.$id == themeID).filter(\.$organisationID == organisationID).first() == nil
        {
            throw ValidationFailure([InvalidParam(name: "thema", code: "onbekend", reason: "Kies een thema uit de lijst.")])
        }
        let linkedSignal = signalID
        return try await store.write { db in
            let comment = IndicatorCommentModel()
            comment.organisationID = organisationID
            comment.indicatorID = indicatorID
            comment.period = period?.description
            comment.areaCode = area?.description
            comment.authorID = actor.userID
            comment.body = body
            comment.signalID = linkedSignal
            comment.themeID = input.themeID
            comment.createdAt = now
            try await comment.create(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "indicator.toelichting", entityType: "indicator", entityID: indicatorID.uuidString.lowercased(),
                summary: "toelichting" + (period.map { " bij \($0)" } ?? "") + (area.map { " \($0)" } ?? "") + (signalNumber.map { ", signaal \($0)" } ?? ""),
                at: now)
            return comment.id!
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// MKBA: social cost-benefit analyses per intervention, each linked to a policy, with cost and benefit lines per
/// stakeholder and year. The figures are `MKBACalculation`'s; this stores the input.
///
/// Who may do what: everyone in the organisation reads; policy officers, managers and administrators write
/// (`mayEdit`). Pages and the API check that before they call in. Another organisation's MKBA does not exist here.
public struct MKBARepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let maximumTitle = 200
    public static let maximumDescription = 5000
    public static let maximumCategory = 100

    /// Who may write an MKBA: policy officers, managers and administrators.
    public static func mayEdit(_ user: SignedInUser) -> Bool {
        ReviewRepository.mayManage(user)
    }

    static func entity(_ id: UUID) -> String { id.uuidString.lowercased() }

    // MARK: reading

    /// One MKBA with its lines, ready to compute.
    public struct Record: Sendable {
        public let id: UUID
        public let policyID: UUID
        public let policyTitle: String
        public let title: String
        public let description: String
        public let mkba: MKBA
        public let createdAt: Date
        public let updatedAt: Date
    }

    func records(_ models: [MKBAModel], on db: any Database) async throws -> [Record] {
        guard !models.isEmpty else { return [] }
        let ids = models.compactMap(\.id)
        var lines: [UUID: [MKBALine]] = [:]
        for line in try await MKBALineModel.query(on: db).filter(\.$mkbaID ~~ ids).sort(\.$mkbaID).sort(\.$position).all() {
            lines[line.mkbaID, default: []].append(
                MKBALine(
                    kind: MKBALineKind(rawValue: line.kind) ?? .cost, category: line.category,
                    stakeholder: MKBAStakeholder(rawValue: line.stakeholder) ?? .other, amounts: MKBA.parseAmounts(line.amounts) ?? [],
                    lowPercent: line.lowPercent, highPercent: line.highPercent))
        }
        let policyIDs = Array(Set(models.map(\.policyID)))
        let titles = Dictionary(
            uniqueKeysWithValues: try await PolicyModel.query(on: db).filter(\.$id ~~ policyIDs).all().map { ($0.id!, $0.title) })
        return models.map {
            Record(
                id: $0.id!, policyID: $0.policyID, policyTitle: titles[$0.policyID] ?? "–", title: $0.title, description: $0.description,
                mkba: MKBA(horizonYears: $0.horizonYears, rateBasisPoints: $0.rateBasisPoints, startYear: $0.startYear, lines: lines[$0.id!] ?? []),
                createdAt: $0.createdAt, updatedAt: $0.updatedAt)
        }
    }

    /// The organisation's MKBAs (of one policy when given), by title.
    public func list(organisationID: UUID, policyID: UUID? = nil) async throws -> [Record] {
        let db = store.database
        var query = MKBAModel.query(on: db).filter(\.$organisationID == organisationID)
        if let policyID { query = query.filter(\.$policyID == policyID) }
        return try await records(try await query.sort(\.$title).all(), on: db)
    }

    /// One MKBA; nil when it is not the organisation's.
    public func record(id: UUID, organisationID: UUID) async throws -> Record? {
        let db = store.database
        guard let model = try await MKBAModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
            return nil
        }
        return try await records([model], on: db).first
    }

    // MARK: writing

    /// One line as typed: every value a text, so a page and the API get the same Dutch reasons.
    public struct LineInput: Sendable {
        /// `MKBALineKind` raw value: kosten or baten.
        public var kind: String
        public var category: String
        /// `MKBAStakeholder` raw value.
        public var stakeholder: String
        /// "100000; 120000; 120000": whole euros per year, the first for the start year.
        public var amounts: String
        /// Percentages of the expected amounts; empty is 100.
        public var low: String
        public var high: String

        public init(kind: String, category: String, stakeholder: String, amounts: String, low: String = "", high: String = "") {
            self.kind = kind
            self.category = category
            self.stakeholder = stakeholder
            self.amounts = amounts
            self.low = low
            self.high = high
        }
    }

    public struct Input: Sendable {
        public var policyID: UUID?
        public var title: String
        public var description: String
        /// Whole years, 1 to 50.
        public var horizon: String
        /// A percentage such as "2,25"; empty is the standard 2,25 %.
        public var rate: String
        public var startYear: String
        public var lines: [LineInput]

        public init(
            policyID: UUID?, title: String, description: String = "", horizon: String, rate: String = "", startYear: String, lines: [LineInput]
        ) {
            self.policyID = policyID
            self.title = title
            self.description = description
            self.horizon = horizon
            self.rate = rate
            self.startYear = startYear
            self.lines = lines
        }
    }

    struct Checked {
        let policyID: UUID
        let title: String
        let description: String
        let mkba: MKBA
    }

    /// The field name of a line's value: `regels[0].bedragen`.
    public static func lineField(_ index: Int, _ name: String) -> String { "regels[\(index)].\(name)" }

    static func whole(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 6, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(trimmed)
    }

    static func check(_ input: Input, organisationID: UUID, on db: any Database) async throws -> Checked {
        var validator = Validator()
        let title = validator.text("titel", input.title, label: "een titel", maximum: maximumTitle)
        let description = input.description.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if description.count > maximumDescription {
            validator.add("beschrijving", "te-lang", "De beschrijving mag hoogstens \(maximumDescription) tekens hebben.")
        }
        ReviewRepository.privacy(title, field: "titel", what: "de titel", into: &validator)
        ReviewRepository.privacy(description, field: "beschrijving", what: "de beschrijving", into: &validator)
        if let policyID = input.policyID {
            if try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first() == nil {
                validator.add("beleid", "onbekend", "Kies beleid uit de lijst.")
            }
        } else {
            validator.add("beleid", "verplicht", "Kies het beleid waar deze MKBA bij hoort.")
        }
        let horizon = whole(input.horizon)
        if input.horizon.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.add("looptijd", "verplicht", "Vul de looptijd in: het aantal jaren, het startjaar meegeteld.")
        } else if horizon.map({ !MKBA.horizonRange.contains($0) }) ?? true {
            validator.add("looptijd", "ongeldig", "De looptijd is een heel aantal jaren, van 1 tot en met 50.")
        }
        let rateText = input.rate.trimmingCharacters(in: .whitespaces)
        let rate = rateText.isEmpty ? MKBA.standardRateBasisPoints : MKBA.parseRate(rateText)
        if rate.map({ !MKBA.rateRange.contains($0) }) ?? true {
            validator.add("discontovoet", "ongeldig", "De discontovoet is een percentage van 0 tot en met 20, met hoogstens twee decimalen, zoals 2,25.")
        }
        let startYear = whole(input.startYear)
        if input.startYear.trimmingCharacters(in: .whitespaces).isEmpty {
            validator.add("startjaar", "verplicht", "Vul het startjaar in, zoals 2025.")
        } else if startYear.map({ !MKBA.startYearRange.contains($0) }) ?? true {
            validator.add("startjaar", "ongeldig", "Het startjaar is een jaartal van 1990 tot en met 2100.")
        }

        if input.lines.isEmpty {
            validator.add("regels", "verplicht", "Vul minstens één regel met kosten of baten in.")
        } else if input.lines.count > MKBA.maximumLines {
            validator.add("regels", "te-veel", "Een MKBA heeft hoogstens \(MKBA.maximumLines) regels.")
        }
        var lines: [MKBALine] = []
        for (index, line) in input.lines.prefix(MKBA.maximumLines).enumerated() {
            let row = "Regel \(index + 1)"
            func field(_ name: String) -> String { lineField(index, name) }
            let kind = MKBALineKind(rawValue: line.kind.trimmingCharacters(in: .whitespaces))
            if kind == nil { validator.add(field("soort"), "ongeldig", "\(row): kies kosten of baten.") }
            let category = line.category.trimmingCharacters(in: .whitespacesAndNewlines)
            if category.isEmpty {
                validator.add(field("categorie"), "verplicht", "\(row): vul een categorie in, zoals ‘uitvoeringskosten’ of ‘minder uitkeringen’.")
            } else if category.count > maximumCategory {
                validator.add(field("categorie"), "te-lang", "\(row): de categorie mag hoogstens \(maximumCategory) tekens hebben.")
            }
            ReviewRepository.privacy(category, field: field("categorie"), what: "de categorie van regel \(index + 1)", into: &validator)
            let stakeholder = MKBAStakeholder(rawValue: line.stakeholder.trimmingCharacters(in: .whitespaces))
            if stakeholder == nil {
                validator.add(
                    field("belanghebbende"), "ongeldig", "\(row): kies wie betaalt of baat heeft: gemeente, Rijk, zorgverzekeraar, werkgever, inwoner of overig.")
            }
            let amounts = MKBA.parseAmounts(line.amounts)
            if line.amounts.trimmingCharacters(in: .whitespaces).isEmpty || amounts?.isEmpty == true {
                validator.add(field("bedragen"), "verplicht", "\(row): vul de bedragen per jaar in, gescheiden door puntkomma’s, zoals 100000; 120000.")
            } else if let amounts {
                if amounts.contains(where: { $0 > MKBA.maximumAmount }) {
                    validator.add(field("bedragen"), "te-groot", "\(row): een bedrag mag hoogstens 1.000.000.000.000 euro zijn.")
                } else if let horizon, MKBA.horizonRange.contains(horizon), amounts.count > horizon {
                    validator.add(
                        field("bedragen"), "te-veel",
                        "\(row): u gaf \(amounts.count) bedragen, maar de looptijd is \(horizon) jaar. Geef hoogstens één bedrag per jaar.")
                }
            } else {
                validator.add(
                    field("bedragen"), "ongeldig", "\(row): de bedragen zijn hele euro’s van 0 of meer, gescheiden door puntkomma’s, zoals 100000; 120000.")
            }
            let low = line.low.trimmingCharacters(in: .whitespaces).isEmpty ? 100 : whole(line.low)
            if low.map({ !(0...100).contains($0) }) ?? true {
                validator.add(field("laag"), "ongeldig", "\(row): de lage waarde is een percentage van 0 tot en met 100 van de verwachte bedragen.")
            }
            let high = line.high.trimmingCharacters(in: .whitespaces).isEmpty ? 100 : whole(line.high)
            if high.map({ !(100...1000).contains($0) }) ?? true {
                validator.add(field("hoog"), "ongeldig", "\(row): de hoge waarde is een percentage van 100 tot en met 1000 van de verwachte bedragen.")
            }
            if let kind, let stakeholder, let amounts, let low, let high {
                lines.append(
                    MKBALine(kind: kind, category: category, stakeholder: stakeholder, amounts: amounts, lowPercent: low, highPercent: high))
            }
        }
        try validator.check()
        return Checked(
            policyID: input.policyID!, title: title, description: description,
            mkba: MKBA(horizonYears: horizon!, rateBasisPoints: rate!, startYear: startYear!, lines: lines))
    }

    static func apply(_ checked: Checked, to model: MKBAModel) {
        model.policyID = checked.policyID
        model.title = checked.title
        model.description = checked.description
        model.horizonYears = checked.mkba.horizonYears
        model.rateBasisPoints = checked.mkba.rateBasisPoints
        model.startYear = checked.mkba.startYear
    }

    /// Replaces the MKBA's lines with the checked ones, in their order.
    static func writeLines(_ lines: [MKBALine], mkbaID: UUID, on db: any Database) async throws {
        try await MKBALineModel.query(on: db).filter(\.$mkbaID == mkbaID).delete()
        for (position, line) in lines.enumerated() {
            let model = MKBALineModel()
            model.mkbaID = mkbaID
            model.kind = line.kind.rawValue
            model.category = line.category
            model.stakeholder = line.stakeholder.rawValue
            model.amounts = line.amounts.map(String.init).joined(separator: ";")
            model.lowPercent = line.lowPercent
            model.highPercent = line.highPercent
            model.position = position
            try await model.create(on: db)
        }
    }

    static func summary(_ checked: Checked) -> String {
        let result = MKBACalculation(checked.mkba)
        return "\(checked.title): netto contante waarde \(MKBACalculation.euroText(result.netPresentValue))"
    }

    /// Writes a new MKBA with its lines.
    @discardableResult
    public func create(_ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws -> UUID {
        try await store.write { db in
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            let model = MKBAModel()
            model.organisationID = organisationID
            Self.apply(checked, to: model)
            model.createdBy = actor.userID
            model.createdAt = now
            model.updatedAt = now
            try await model.create(on: db)
            try await Self.writeLines(checked.mkba.lines, mkbaID: model.id!, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "mkba.aangemaakt", entityType: "mkba", entityID: Self.entity(model.id!), summary: Self.summary(checked),
                at: now)
            return model.id!
        }
    }

    /// Changes an MKBA: its fields, and its lines replaced by the ones given.
    public func update(id: UUID, _ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let model = try await MKBAModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let checked = try await Self.check(input, organisationID: organisationID, on: db)
            Self.apply(checked, to: model)
            model.updatedAt = now
            try await model.save(on: db)
            try await Self.writeLines(checked.mkba.lines, mkbaID: id, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "mkba.gewijzigd", entityType: "mkba", entityID: Self.entity(id), summary: Self.summary(checked), at: now)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore

/// An indicator as the monitor works with it: typed, with its targets.
public struct Indicator: Sendable, Identifiable {
    public let id: UUID
    public let organisationID: UUID
    public let goalID: UUID
    public let code: String
    public let name: String
    public let definition: String
    public let kind: IndicatorKind
    public let unit: IndicatorUnit
    public let direction: IndicatorDirection
    public let source: IndicatorSource
    public let ownerID: UUID?
    public let frequency: Frequency
    public let aggregation: Aggregation
    public let baseline: (period: Period, value: Double)?
    public let smallNumberThreshold: Int?
    public let targets: [(period: Period, value: Double)]

    init(_ model: IndicatorModel, targets: [IndicatorTargetModel]) {
        id = model.id!
        organisationID = model.organisationID
        goalID = model.goalID
        code = model.code
        name = model.name
        definition = model.definition
        kind = IndicatorKind(rawValue: model.kind) ?? .output
        unit = IndicatorUnit(rawValue: model.unit) ?? .count
        direction = IndicatorDirection(rawValue: model.direction) ?? .higherIsBetter
        source = IndicatorSource(rawValue: model.source) ?? .other
        ownerID = model.ownerID
        frequency = Frequency(rawValue: model.frequency) ?? .year
        aggregation = Aggregation(rawValue: model.aggregation) ?? .none
        if let raw = model.baselinePeriod, let period = Period(raw), let value = model.baselineValue {
            baseline = (period, value)
        } else {
            baseline = nil
        }
        smallNumberThreshold = model.smallNumberThreshold
        self.targets = targets.compactMap { target in Period(target.period).map { ($0, target.value) } }.sorted { $0.0 < $1.0 }
    }

    public var path: TargetPath { TargetPath(baseline: baseline, targets: targets) }

    /// k for this indicator: its own, or the organisation's.
    public func policy(organisationThreshold: Int, publication: Bool = false) -> SmallNumberPolicy {
        SmallNumberPolicy(threshold: smallNumberThreshold ?? organisationThreshold, roundForPublication: publication)
    }
}

/// What a form or an API request gives for an indicator, still as text: checked by `IndicatorRepository`.
public struct IndicatorInput: Sendable {
    public var code: String
    public var name: String
    public var definition: String
    public var kind: String
    public var unit: String
    public var direction: String
    public var source: String
    public var ownerID: UUID?
    public var frequency: String
    public var aggregation: String
    public var baselinePeriod: String
    public var baselineValue: String
    public var smallNumberThreshold: String
    public var targets: [(period: String, value: String)]

    public init(
        code: String, name: String, definition: String, kind: String, unit: String, direction: String, source: String, ownerID: UUID?,
        frequency: String, aggregation: String, baselinePeriod: String = "", baselineValue: String = "", smallNumberThreshold: String = "",
        targets: [(period: String, value: String)] = []
    ) {
        self.code = code
        self.name = name
        self.definition = definition
        self.kind = kind
        self.unit = unit
        self.direction = direction
        self.source = source
        self.ownerID = ownerID
        self.frequency = frequency
        self.aggregation = aggregation
        self.baselinePeriod = baselinePeriod
        self.baselineValue = baselineValue
        self.smallNumberThreshold = smallNumberThreshold
        self.targets = targets
    }

    public init(_ indicator: Indicator) {
        self.init(
            code: indicator.code, name: indicator.name, definition: indicator.definition, kind: indicator.kind.rawValue,
            unit: indicator.unit.rawValue, direction: indicator.direction.rawValue, source: indicator.source.rawValue, ownerID: indicator.ownerID,
            frequency: indicator.frequency.rawValue, aggregation: indicator.aggregation.rawValue,
            baselinePeriod: indicator.baseline?.period.description ?? "", baselineValue: indicator.baseline.map { Self.number($0.value) } ?? "",
            smallNumberThreshold: indicator.smallNumberThreshold.map(String.init) ?? "",
            targets: indicator.targets.map { ($0.period.description, Self.number($0.value)) })
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A number as people type it: a decimal comma or point.
    static func parseNumber(_ raw: String) -> Double? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }

    struct Checked {
        var code, name, definition: String
        var kind: IndicatorKind
        var unit: IndicatorUnit
        var direction: IndicatorDirection
        var source: IndicatorSource
        var frequency: Frequency
        var aggregation: Aggregation
        var baseline: (Period, Double)?
        var threshold: Int?
        var targets: [(Period, Double)]
    }

    /// Checks the input as `IndicatorRepository` will, without writing anything: throws `ValidationFailure` with
    /// every problem. (Whether the goal, owner and code fit the organisation is checked on writing.)
    public func validate() throws {
        _ = try check()
    }

    func check() throws -> Checked {
        var validator = Validator()
        let code = validator.text("code", code, label: "een code", maximum: 30).uppercased()
        if !code.isEmpty, !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".") }) {
            validator.add("code", "ongeldig", "Een code bestaat uit letters, cijfers, streepjes en punten, zoals JZ-01.")
        }
        let name = validator.text("naam", name, label: "de naam", maximum: 200)
        let definition = validator.text("definitie", definition, label: "de definitie", maximum: 4000)
        for (field, text) in [("naam", name), ("definitie", definition)] {
            for finding in PrivacyGuard.scan(text) { validator.add(field, "persoonsgegeven", finding.kind.explanation) }
        }
        func choice<T: RawRepresentable<String> & CaseIterable>(_ field: String, _ raw: String, _ label: String) -> T? {
            let value = T(rawValue: raw)
            if value == nil {
                validator.add(field, "onbekend", "Kies \(label): \(T.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return value
        }
        let kind: IndicatorKind? = choice("soort", kind, "een soort")
        let unit: IndicatorUnit? = choice("eenheid", unit, "een eenheid")
        let direction: IndicatorDirection? = choice("richting", direction, "een richting")
        let source: IndicatorSource? = choice("bron", source, "een bron")
        let frequency: Frequency? = choice("frequentie", frequency, "een frequentie")
        let aggregation: Aggregation? = choice("optellen", aggregation, "hoe gebieden optellen")
        if unit == .percentage, aggregation == .sum {
            validator.add("optellen", "niet-toegestaan", "Percentages tel je niet op: kies gewogen gemiddelde of geen.")
        }
        if unit == .yesNo, aggregation != Aggregation.none, aggregation != nil {
            validator.add("optellen", "niet-toegestaan", "Ja/nee-indicatoren tel je niet op: kies geen.")
        }
        var baseline: (Period, Double)?
        let rawBaselinePeriod = baselinePeriod.trimmingCharacters(in: .whitespaces)
        let rawBaselineValue = baselineValue.trimmingCharacters(in: .whitespaces)
        if !rawBaselinePeriod.isEmpty || !rawBaselineValue.isEmpty {
            let period = Period(rawBaselinePeriod)
            let value = Self.parseNumber(rawBaselineValue)
            if period == nil { validator.add("nulmeting-periode", "ongeldig", "Vul de periode van de nulmeting in, zoals 2024, 2024-Q4 of 2024-12.") }
            if value == nil { validator.add("nulmeting-waarde", "ongeldig", "Vul de waarde van de nulmeting in als getal, zoals 42 of 12,5.") }
            if let period, let value { baseline = (period, value) }
        }
        var threshold: Int?
        let rawThreshold = smallNumberThreshold.trimmingCharacters(in: .whitespaces)
        if !rawThreshold.isEmpty {
            threshold = Int(rawThreshold)
            if threshold == nil || !(1...100).contains(threshold!) {
                validator.add("drempel", "ongeldig", "De drempel voor kleine aantallen is een heel getal van 1 tot en met 100, of leeg.")
                threshold = nil
            }
        }
        var targets: [(Period, Double)] = []
        var seen: Set<Period> = []
        for (index, target) in self.targets.enumerated() {
            let rawPeriod = target.period.trimmingCharacters(in: .whitespaces)
            let rawValue = target.value.trimmingCharacters(in: .whitespaces)
            if rawPeriod.isEmpty && rawValue.isEmpty { continue }
            guard let period = Period(rawPeriod), let value = Self.parseNumber(rawValue) else {
                validator.add("doelwaarde-\(index + 1)", "ongeldig", "Streefwaarde \(index + 1): vul een periode (zoals 2026) en een getal in.")
                continue
            }
            if !seen.insert(period).inserted {
                validator.add("doelwaarde-\(index + 1)", "dubbel", "Streefwaarde \(index + 1): voor \(period) staat al een streefwaarde.")
            }
            if let baseline, period <= baseline.0 {
                validator.add("doelwaarde-\(index + 1)", "te-vroeg", "Streefwaarde \(index + 1): \(period) ligt niet na de nulmeting (\(baseline.0)).")
            }
            targets.append((period, value))
        }
        try validator.check()
        return Checked(
            code: code, name: name, definition: definition, kind: kind!, unit: unit!, direction: direction!, source: source!, frequency: frequency!,
            aggregation: aggregation!, baseline: baseline, threshold: threshold, targets: targets.sorted { $0.0 < $1.0 })
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// What an indicator says about a goal, after the results chain input → output → outcome → impact.
public enum IndicatorKind: String, CaseIterable, Codable, Sendable {
    case input
    case output
    case outcome
    case impact
}

public enum IndicatorUnit: String, CaseIterable, Codable, Sendable {
    /// A count of people, cases or things; small counts are protected.
    case count = "aantal"
    /// A share computed from a numerator and a denominator; hidden when the denominator is small.
    case percentage = "percentage"
    case euro = "bedrag"
    case score = "score"
    /// 1 for yes, 0 for no.
    case yesNo = "ja-nee"

    /// Counts of people are what small-number protection is for.
    public var countsPeople: Bool { self == .count || self == .percentage }
}

public enum IndicatorDirection: String, CaseIterable, Codable, Sendable {
    case higherIsBetter = "hoger-is-beter"
    case lowerIsBetter = "lager-is-beter"
}

public enum IndicatorSource: String, CaseIterable, Codable, Sendable {
    case ownRegistration = "eigen-registratie"
    case cbs = "cbs"
    case survey = "enquete"
    case other = "anders"
}

/// How a figure for a wijk or a gemeente follows from the figures of the areas inside it.
public enum Aggregation: String, CaseIterable, Codable, Sendable {
    case sum = "som"
    /// The mean weighted by each area's denominator: for a percentage the sum of numerators over the sum of
    /// denominators, for a score the mean weighted by the number of respondents.
    case weightedMean = "gewogen-gemiddelde"
    /// Figures do not add up (a median, a yes/no): every area is measured on its own.
    case none = "geen"
}

public enum MeasurementState: String, CaseIterable, Codable, Sendable {
    case provisional = "voorlopig"
    case final = "definitief"
}

/// The figure of one area in one period: a value, and for a percentage or a weighted mean also the numerator
/// and denominator it came from.
public struct Figure: Sendable, Hashable {
    public var value: Double
    public var numerator: Double?
    public var denominator: Double?
    public var state: MeasurementState

    public init(value: Double, numerator: Double? = nil, denominator: Double? = nil, state: MeasurementState) {
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.state = state
    }

    /// A percentage's value always follows from its parts, so a file cannot hold a value that contradicts them.
    public static func percentage(numerator: Double, denominator: Double, state: MeasurementState) -> Figure? {
        guard denominator > 0, numerator >= 0, numerator <= denominator else { return nil }
        return Figure(value: numerator / denominator * 100, numerator: numerator, denominator: denominator, state: state)
    }
}

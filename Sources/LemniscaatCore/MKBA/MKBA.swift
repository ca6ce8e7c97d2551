// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// Who pays or who benefits (*wie betaalt, wie baat*). Raw values are the Dutch words forms and the API use.
public enum MKBAStakeholder: String, CaseIterable, Codable, Sendable {
    case municipality = "gemeente"
    case state = "rijk"
    case healthInsurer = "zorgverzekeraar"
    case employer = "werkgever"
    case resident = "inwoner"
    case other = "overig"

    public var label: String {
        switch self {
        case .municipality: "Gemeente"
        case .state: "Rijk"
        case .healthInsurer: "Zorgverzekeraar"
        case .employer: "Werkgever"
        case .resident: "Inwoner"
        case .other: "Overig"
        }
    }
}

/// A line is a cost or a benefit.
public enum MKBALineKind: String, CaseIterable, Codable, Sendable {
    case cost = "kosten"
    case benefit = "baten"

    public var label: String {
        switch self {
        case .cost: "Kosten"
        case .benefit: "Baten"
        }
    }
}

/// Which value of each line a scenario takes.
public enum MKBAValue: String, CaseIterable, Sendable {
    case low = "laag"
    case expected = "verwacht"
    case high = "hoog"
}

/// One cost or benefit line: who pays or benefits, and the expected amount per year in whole euros.
///
/// The low and high values are percentages of the expected amounts (80 and 120 mean "20 % less or more"), one pair per
/// line: that is what a user can estimate ("dit kan 20 % lager uitvallen") without typing every year three times.
public struct MKBALine: Sendable, Equatable {
    public var kind: MKBALineKind
    public var category: String
    public var stakeholder: MKBAStakeholder
    /// Expected amounts in whole euros; index 0 is the start year. Years after the last amount count as 0.
    public var amounts: [Int]
    /// At most 100.
    public var lowPercent: Int
    /// At least 100.
    public var highPercent: Int

    public init(
        kind: MKBALineKind, category: String, stakeholder: MKBAStakeholder, amounts: [Int], lowPercent: Int = 100, highPercent: Int = 100
    ) {
        self.kind = kind
        self.category = category
        self.stakeholder = stakeholder
        self.amounts = amounts
        self.lowPercent = lowPercent
        self.highPercent = highPercent
    }

    public func percent(_ value: MKBAValue) -> Int {
        switch value {
        case .low: lowPercent
        case .expected: 100
        case .high: highPercent
        }
    }
}

/// A social cost-benefit analysis of one intervention: its horizon, discount rate, start year and lines.
public struct MKBA: Sendable, Equatable {
    /// 2,25 %: the standard discount rate for Dutch cost-benefit analyses (Werkwijzer discontovoet, 2020).
    public static let standardRateBasisPoints = 225
    public static let horizonRange = 1...50
    /// 0 % to 20 %, in basis points.
    public static let rateRange = 0...2000
    public static let startYearRange = 1990...2100
    /// Per year and line; keeps every sum far from overflowing.
    public static let maximumAmount = 1_000_000_000_000
    public static let maximumLines = 40

    public var horizonYears: Int
    /// The discount rate in hundredths of a percent: 225 is 2,25 %.
    public var rateBasisPoints: Int
    public var startYear: Int
    public var lines: [MKBALine]

    public init(horizonYears: Int, rateBasisPoints: Int = MKBA.standardRateBasisPoints, startYear: Int, lines: [MKBALine]) {
        self.horizonYears = horizonYears
        self.rateBasisPoints = rateBasisPoints
        self.startYear = startYear
        self.lines = lines
    }

    /// "100000; 120.000;  € 120000" → [100000, 120000, 120000]. Whole euros, 0 or more; dots and spaces group thousands;
    /// an empty entry between semicolons is 0, empty entries at the end are dropped. Nil when an entry is no such number.
    public static func parseAmounts(_ text: String) -> [Int]? {
        var entries = text.split(separator: ";", omittingEmptySubsequences: false).map {
            $0.filter { !$0.isWhitespace && $0 != "." && $0 != "€" }
        }
        while entries.last?.isEmpty == true { entries.removeLast() }
        var amounts: [Int] = []
        for entry in entries {
            if entry.isEmpty {
                amounts.append(0)
                continue
            }
            guard entry.count <= 16, entry.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(entry) else { return nil }
            amounts.append(value)
        }
        return amounts
    }

    /// The amounts as the form shows them: "100000; 120000".
    public static func amountsText(_ amounts: [Int]) -> String {
        amounts.map(String.init).joined(separator: "; ")
    }

    /// "2,25" or "2.25" or "2,25 %" → 225; nil when it is no percentage with at most two decimals.
    public static func parseRate(_ text: String) -> Int? {
        let cleaned = text.filter { !$0.isWhitespace && $0 != "%" }.replacingOccurrences(of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard !cleaned.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])), whole < 1000
        else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= 2 else { return nil }
        while fraction.count < 2 { fraction += "0" }
        return whole * 100 + (Int(fraction) ?? 0)
    }

    /// 225 → "2,25"; 300 → "3".
    public static func rateText(_ basisPoints: Int) -> String {
        DutchNumber.format(Double(basisPoints) / 100, maximumDecimals: 2)
    }
}

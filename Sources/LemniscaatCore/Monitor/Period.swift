// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// How often an indicator is measured; every measurement's period has this length.
public enum Frequency: String, CaseIterable, Codable, Sendable {
    case month = "maand"
    case quarter = "kwartaal"
    case year = "jaar"

    public var months: Int {
        switch self {
        case .month: 1
        case .quarter: 3
        case .year: 12
        }
    }
}

/// A reporting period written as a code: `2026` (a year), `2026-Q1` (a quarter) or `2026-03` (a month).
/// Periods order by their end and then by their length, so a year follows its last quarter and its December.
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public let year: Int
    public let frequency: Frequency
    /// 1 for a year, the quarter 1...4, or the month 1...12.
    public let index: Int

    public static let years = 1900...2200

    public init?(year: Int, frequency: Frequency, index: Int) {
        guard Self.years.contains(year), (1...(12 / frequency.months)).contains(index) else { return nil }
        self.year = year
        self.frequency = frequency
        self.index = index
    }

    public init?(_ raw: String) {
        let code = raw.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, first.allSatisfy(\.isASCIIDigit), let year = Int(first) else { return nil }
        switch parts.count {
        case 1:
            self.init(year: year, frequency: .year, index: 1)
        case 2 where parts[1].count == 2 && parts[1].first == "Q":
            guard let digit = parts[1].last, digit.isASCIIDigit, let quarter = Int(String(digit)) else { return nil }
            self.init(year: year, frequency: .quarter, index: quarter)
        case 2 where parts[1].count == 2 && parts[1].allSatisfy(\.isASCIIDigit):
            self.init(year: year, frequency: .month, index: Int(parts[1])!)
        default:
            return nil
        }
    }

    public var description: String {
        switch frequency {
        case .year: "\(year)"
        case .quarter: "\(year)-Q\(index)"
        case .month: index < 10 ? "\(year)-0\(index)" : "\(year)-\(index)"
        }
    }

    /// The first month, counted from January of year 0; lets periods of any length be compared and stored as numbers.
    public var startMonth: Int { year * 12 + (index - 1) * frequency.months }
    /// The last month, counted the same way.
    public var endMonth: Int { startMonth + frequency.months - 1 }

    /// The period's place on a time axis in months: its end, because a figure or a target for a period holds for
    /// the period as a whole, which is known when it is over.
    public var position: Double { Double(endMonth) + 1 }

    public func contains(_ other: Period) -> Bool {
        startMonth <= other.startMonth && other.endMonth <= endMonth
    }

    public var next: Period {
        let count = 12 / frequency.months
        return index == count
            ? Period(year: year + 1, frequency: frequency, index: 1)!
            : Period(year: year, frequency: frequency, index: index + 1)!
    }

    /// Every period of this one's length from this one to `last`, both included.
    public func through(_ last: Period) -> [Period] {
        precondition(frequency == last.frequency, "a range of periods has one length")
        var result: [Period] = []
        var period = self
        while period <= last {
            result.append(period)
            period = period.next
        }
        return result
    }

    /// A period of `frequency` ending in or just before the given month: the last complete one.
    public static func ending(atOrBefore month: Int, frequency: Frequency) -> Period? {
        let months = frequency.months
        let end = (month + 1) / months * months - 1
        let startMonth = end - months + 1
        return Period(year: startMonth / 12, frequency: frequency, index: (startMonth % 12) / months + 1)
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.endMonth, lhs.frequency.months) < (rhs.endMonth, rhs.frequency.months)
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(raw)"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

import Foundation

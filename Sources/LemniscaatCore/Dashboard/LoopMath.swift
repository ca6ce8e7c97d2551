// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// The months *De lus* covers: whole calendar months in Dutch time, from `from` up to and including `until`.
public struct LoopPeriod: Sendable, Equatable {
    /// At most three years: the monthly chart stays readable and the queries stay bounded.
    public static let maximumMonths = 36

    public let from: Period
    public let until: Period

    /// Nil unless both are months, `from` is not after `until` and the span is at most `maximumMonths`.
    public init?(from: Period, until: Period) {
        guard from.frequency == .month, until.frequency == .month, from <= until,
            until.startMonth - from.startMonth < Self.maximumMonths
        else { return nil }
        self.from = from
        self.until = until
    }

    /// The default: the twelve months up to and including the month of `now`.
    public static func lastTwelveMonths(endingAt now: Date) -> LoopPeriod {
        let until = month(of: now)
        let start = until.startMonth - 11
        return LoopPeriod(from: Period(year: start / 12, frequency: .month, index: start % 12 + 1)!, until: until)!
    }

    /// The month (in Dutch time) that `date` falls in.
    public static func month(of date: Date) -> Period {
        let c = DutchCalendar.calendar.dateComponents([.year, .month], from: date)
        return Period(year: c.year!, frequency: .month, index: c.month!)!
    }

    /// Midnight at the start of the first day of `month`'s first month, Dutch time.
    public static func start(of period: Period) -> Date {
        let first = period.startMonth
        return DutchCalendar.calendar.date(from: DateComponents(year: first / 12, month: first % 12 + 1, day: 1))!
    }

    public var months: [Period] { from.through(until) }

    /// The quarters that hold at least one month of the period.
    public var quarters: [Period] {
        let first = Period(year: from.year, frequency: .quarter, index: (from.index - 1) / 3 + 1)!
        let last = Period(year: until.year, frequency: .quarter, index: (until.index - 1) / 3 + 1)!
        return first.through(last)
    }

    /// The first moment of the period.
    public var start: Date { Self.start(of: from) }
    /// The first moment after the period.
    public var end: Date { Self.start(of: until.next) }

    /// The start of each month and the end of the last: `months.count + 1` moments, for bucketing.
    public var monthBoundaries: [Date] { months.map(Self.start(of:)) + [end] }
}

/// The plain arithmetic behind *De lus*: medians, percentiles and shares. See docs/lus.md.
public enum LoopMath {
    /// The middle value, or the mean of the two middle values for an even count; nil for no values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The `p`-th percentile (0 < p ≤ 100) by nearest rank: the smallest value with at least p % of the values at or
    /// below it. Always one of the values; nil for no values.
    public static func percentile(_ p: Double, of values: [Double]) -> Double? {
        precondition(p > 0 && p <= 100, "a percentile lies in (0, 100]")
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[max(1, min(rank, sorted.count)) - 1]
    }

    /// The median of values given as a histogram (value → how often), as SQL's GROUP BY returns them.
    public static func median(histogram: [Int: Int]) -> Double? {
        let n = histogram.values.reduce(0, +)
        guard n > 0 else { return nil }
        if n % 2 == 1 { return Double(value(at: n / 2 + 1, in: histogram)) }
        return Double(value(at: n / 2, in: histogram) + value(at: n / 2 + 1, in: histogram)) / 2
    }

    /// The nearest-rank percentile of values given as a histogram.
    public static func percentile(_ p: Double, histogram: [Int: Int]) -> Int? {
        precondition(p > 0 && p <= 100, "a percentile lies in (0, 100]")
        let n = histogram.values.reduce(0, +)
        guard n > 0 else { return nil }
        let rank = Int((p / 100 * Double(n)).rounded(.up))
        return value(at: max(1, min(rank, n)), in: histogram)
    }

    /// The `rank`-th smallest value (1-based) in a histogram with at least `rank` values.
    static func value(at rank: Int, in histogram: [Int: Int]) -> Int {
        var seen = 0
        for (value, count) in histogram.sorted(by: { $0.key < $1.key }) where count > 0 {
            seen += count
            if seen >= rank { return value }
        }
        preconditionFailure("rank \(rank) beyond the histogram")
    }

    /// `part` as a fraction (0...1) of `whole`; nil when there is no whole.
    public static func share(_ part: Int, of whole: Int) -> Double? {
        guard whole > 0 else { return nil }
        return Double(part) / Double(whole)
    }

    /// A fraction as a whole percentage for display ("83 %"), or "–" without one.
    public static func percentText(_ share: Double?) -> String {
        guard let share else { return "–" }
        return "\(Int((share * 100).rounded())) %"
    }

    /// Hours as days with one decimal, Dutch style ("2,5 dagen"), or "–" without a value.
    public static func daysText(hours: Double?) -> String {
        guard let hours else { return "–" }
        let tenths = Int((hours / 24 * 10).rounded())
        let text = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
        return text + (tenths == 10 ? " dag" : " dagen")
    }
}

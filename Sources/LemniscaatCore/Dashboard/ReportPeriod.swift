// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// The period a *Staat van de Uitvoering* covers: a year ("2026") or a quarter ("2026-Q3"), compared with the period
/// of the same length just before it.
public struct ReportPeriod: Sendable, Equatable {
    public let period: Period

    /// A year or a quarter; nil for a month or anything that is not a period code.
    public init?(_ text: String) {
        guard let period = Period(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        self.init(period)
    }

    /// The first year has no year before it to compare with, so it is refused too.
    public init?(_ period: Period) {
        guard period.frequency == .year || period.frequency == .quarter, period.year > Period.years.lowerBound else { return nil }
        self.period = period
    }

    /// The year or quarter before: 2025 for 2026, 2025-Q4 for 2026-Q1.
    public var previous: ReportPeriod {
        let months = period.frequency.months
        let start = period.startMonth - months
        return ReportPeriod(unchecked: Period(year: start / 12, frequency: period.frequency, index: (start % 12) / months + 1)!)
    }

    private init(unchecked period: Period) {
        self.period = period
    }

    /// The months of the period, as *De lus* counts them.
    public var months: LoopPeriod {
        func month(_ index: Int) -> Period { Period(year: index / 12, frequency: .month, index: index % 12 + 1)! }
        return LoopPeriod(from: month(period.startMonth), until: month(period.endMonth))!
    }

    /// "2026" or "2026-Q3", as in URLs and file names.
    public var code: String { period.description }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// How a chart writes the values on its axis and next to its bars. An enum rather than a closure so a
/// chart stays a plain `Sendable` value that compares and renders deterministically.
public enum ValueFormat: Sendable, Equatable {
    /// Whole numbers ("1.234"); the axis steps by at least 1 and starts at zero.
    case count
    /// Percentage points ("12,5%"); the axis starts at zero.
    case percent(decimals: Int = 1)
    /// Amounts in euros ("€ 1.234", "€ 1.234,50"); the axis starts at zero.
    case euro
    /// A mark or index ("7,2"); the axis fits the values instead of starting at zero, so small changes stay visible.
    case score(decimals: Int = 1)

    /// One value as it appears in a label.
    public func string(_ value: Double) -> String {
        switch self {
        case .count: DutchNumber.format(value, decimals: 0)
        case .percent(let decimals): DutchNumber.percent(value, decimals: decimals)
        case .euro: DutchNumber.euro(value)
        case .score(let decimals): DutchNumber.format(value, decimals: decimals)
        }
    }

    /// An axis tick with as many decimals as the step needs, so "0%, 20%, 40%" rather than "0,0%, 20,0%, 40,0%".
    func tick(_ value: Double, decimals: Int) -> String {
        switch self {
        case .count, .score: DutchNumber.format(value, decimals: decimals)
        case .percent: DutchNumber.percent(value, decimals: decimals)
        case .euro: DutchNumber.euro(value, alwaysCents: decimals > 0)
        }
    }

    /// Bars and counts read as lengths from zero; a score axis that starts at zero flattens every change.
    var startsAtZero: Bool {
        if case .score = self { return false }
        return true
    }

    var wholeNumbers: Bool { self == .count }
}

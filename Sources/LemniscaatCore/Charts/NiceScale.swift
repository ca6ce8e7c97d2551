// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// An axis of 4 to 6 round ticks (steps of 1, 2 or 5 × 10ⁿ) that covers the data as tightly as it can.
struct NiceScale: Equatable {
    let ticks: [Double]
    /// Decimals the step needs, so every tick label has the same form.
    let decimals: Int

    var lower: Double { ticks[0] }
    var upper: Double { ticks[ticks.count - 1] }

    /// Where `value` lies between the lowest (0) and highest (1) tick.
    func fraction(_ value: Double) -> Double {
        (value - lower) / (upper - lower)
    }

    init(from low: Double, to high: Double, includeZero: Bool, wholeNumbers: Bool) {
        var lo = min(low, high)
        var hi = max(low, high)
        if includeZero {
            lo = min(lo, 0)
            hi = max(hi, 0)
        }
        if lo == hi {
            // One value alone still needs a scale around it; zero stays the bottom so a count axis does not go negative.
            let pad = max(lo == 0 ? 1 : lo.magnitude / 10, wholeNumbers ? 1 : 0)
            if lo == 0 {
                hi = pad
            } else {
                lo -= pad
                hi += pad
            }
        }
        let magnitude = Int(floor(log10(hi - lo)))
        var best: Candidate?
        var fewest: Candidate?
        for exponent in (magnitude - 2)...(magnitude + 1) where !(wholeNumbers && exponent < 0) {
            for mantissa in [1, 2, 5] {
                let step = Self.value(1, mantissa, exponent)
                // The epsilon keeps 0.30000000000000004 / 0.1 from earning a tick of its own.
                let first = floor(lo / step + 1e-9)
                let last = ceil(hi / step - 1e-9)
                guard first.magnitude < 1e15, last.magnitude < 1e15 else { continue }
                let candidate = Candidate(
                    first: Int(first), last: Int(last), mantissa: mantissa, exponent: exponent, covered: (last - first) * step)
                if (4...6).contains(candidate.count) {
                    if best.map({ candidate.isBetter(than: $0) }) ?? true { best = candidate }
                } else if candidate.count < 4 && fewest == nil {
                    fewest = candidate
                }
            }
        }
        guard var chosen = best ?? fewest else {
            // Values beyond 10¹⁵ steps from zero: no round step exists, so label the bounds themselves.
            ticks = [lo, hi]
            decimals = 2
            return
        }
        // A tiny count range (0 to 2) has too few whole steps; grow away from zero to reach four ticks.
        while chosen.count < 4 {
            if chosen.first < 0 && chosen.last <= 0 { chosen.first -= 1 } else { chosen.last += 1 }
        }
        let (mantissa, exponent) = (chosen.mantissa, chosen.exponent)
        ticks = (chosen.first...chosen.last).map { Self.value($0, mantissa, exponent) }
        decimals = max(0, -exponent)
    }

    private struct Candidate {
        var first: Int
        var last: Int
        let mantissa: Int
        let exponent: Int
        let covered: Double
        var count: Int { last - first + 1 }

        func isBetter(than other: Candidate) -> Bool {
            if covered < other.covered * (1 - 1e-9) { return true }
            if covered > other.covered * (1 + 1e-9) { return false }
            return abs(count - 5) < abs(other.count - 5)
        }
    }

    /// k × m × 10ᵉ, dividing for negative exponents so 3 × 10⁻¹ is exactly the Double nearest 0.3.
    private static func value(_ k: Int, _ mantissa: Int, _ exponent: Int) -> Double {
        var power = 1.0
        for _ in 0..<abs(exponent) { power *= 10 }
        return exponent >= 0 ? Double(k * mantissa) * power : Double(k * mantissa) / power
    }
}

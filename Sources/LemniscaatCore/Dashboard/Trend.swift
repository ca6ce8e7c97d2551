// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// A figure against the same figure in the period before, as the *Staat van de Uitvoering* reports it: the change,
/// and whether that is better or worse where the figure has a good direction.
public struct Trend: Sendable, Equatable {
    public enum Good: Sendable { case higher, lower, neither }

    public enum Verdict: String, Sendable, Equatable {
        case better = "beter"
        case worse = "slechter"
        case more = "meer"
        case less = "minder"
        case same = "gelijk"
        /// One of the two periods has no value (nothing answered, say).
        case unknown = "onbekend"
    }

    public let current: Double?
    public let previous: Double?
    public let good: Good

    public init(current: Double?, previous: Double?, good: Good) {
        self.current = current
        self.previous = previous
        self.good = good
    }

    public init(current: Int, previous: Int, good: Good) {
        self.init(current: Double(current), previous: Double(previous), good: good)
    }

    /// Current minus previous; nil when either is missing.
    public var change: Double? {
        guard let current, let previous else { return nil }
        return current - previous
    }

    /// Changes smaller than a hundred-thousandth count as none, so shares computed two ways still compare equal.
    public var verdict: Verdict {
        guard let change else { return .unknown }
        if abs(change) < 1e-5 { return .same }
        switch good {
        case .higher: return change > 0 ? .better : .worse
        case .lower: return change < 0 ? .better : .worse
        case .neither: return change > 0 ? .more : .less
        }
    }

    /// The change with its sign, written by `format` ("+12", "−3 %"), or "–".
    public func changeText(_ format: (Double) -> String) -> String {
        guard let change else { return "–" }
        if abs(change) < 1e-5 { return "0" }
        return (change > 0 ? "+" : "−") + format(abs(change))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// Small-number protection: the one place that decides how a count or a percentage may be shown, so that every
/// page, API response, export and chart hides the same things.
///
/// A count below the threshold `k` is shown as "< k"; a percentage of fewer than `k` is not shown at all. Counts
/// that appear together with their totals go through `SuppressionTable`, which also hides the cells that could
/// otherwise be computed back from the totals.
public struct SmallNumberPolicy: Sendable, Hashable {
    /// `k`: counts below it are not shown. At least 1; with 1 only a zero is replaced by "< 1", which says it anyway.
    /// Take 3 or more for tables: under 2, two counts of 1 under a total of 2 give each other away ("< 2" twice adds
    /// up to at least 2 only as 1 + 1) whatever else is hidden.
    public var threshold: Int {
        didSet { precondition(threshold >= 1, "the small-number threshold must be at least 1") }
    }

    /// Round shown counts to the nearest multiple of 5, for exports that are published: subtracting published figures
    /// from each other then gives ranges, not exact small counts.
    public var roundForPublication: Bool

    public init(threshold: Int = 5, roundForPublication: Bool = false) {
        precondition(threshold >= 1, "the small-number threshold must be at least 1")
        self.threshold = threshold
        self.roundForPublication = roundForPublication
    }

    public static let standard = SmallNumberPolicy()
}

/// How one number may be shown.
public enum Protected: Sendable, Hashable {
    /// The value to display; already rounded when the policy rounds for publication.
    case shown(Double)
    /// A count below the threshold, displayed as "< k".
    case belowThreshold
    /// Not displayed at all: hidden so that a small count cannot be computed back, or a percentage of fewer than k.
    case hidden
}

extension SmallNumberPolicy {
    /// A count on its own. Counts that add up to totals shown next to them go through `SuppressionTable` instead.
    public func count(_ n: Int) -> Protected {
        precondition(n >= 0, "a count cannot be negative")
        return n < threshold ? .belowThreshold : .shown(Double(published(n)))
    }

    /// `numerator` as a percentage (0...100) of `denominator`; hidden when the denominator is below the threshold.
    ///
    /// With `roundForPublication` the percentage is taken from the rounded counts: one taken from the exact counts
    /// would, together with the rounded denominator, give the exact numerator back.
    ///
    /// Only the denominator is checked, yet 7.5 % of a shown 40 gives back a numerator of 3: a caller that shows or
    /// hides that numerator as a small count must not show its percentage next to the denominator either.
    public func percentage(numerator: Int, denominator: Int) -> Protected {
        precondition(numerator >= 0 && numerator <= denominator, "a percentage is a part of its denominator")
        guard denominator >= threshold else { return .hidden }
        let part = published(numerator)
        let whole = published(denominator)
        // Rounding takes a denominator of 1 or 2 (possible only with k below 3) to 0.
        guard whole > 0 else { return .hidden }
        return .shown(Double(part) * 100 / Double(whole))
    }

    /// The text for a count below the threshold ("< 5"); nil for anything else, which the caller formats itself.
    public func label(_ p: Protected) -> String? {
        guard case .belowThreshold = p else { return nil }
        return "< \(threshold)"
    }

    /// The count as it may be displayed: itself, or its nearest multiple of 5 when rounding for publication.
    /// Halfway cannot happen: a whole number is never 2.5 away from a multiple of 5.
    func published(_ n: Int) -> Int {
        roundForPublication ? (n + 2) / 5 * 5 : n
    }
}

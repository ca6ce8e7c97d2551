// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import LemniscaatCore

/// Small-number protection applied to the monitor's figures: the one place pages, the API, exports and charts
/// get their protected values from.
public enum FigureProtection {
    /// One figure on its own: a count below k, or a share or a mean over fewer than k people, is not shown.
    public static func protect(_ figure: Figure, unit: IndicatorUnit, policy: SmallNumberPolicy) -> Protected {
        switch unit {
        case .count:
            guard let count = count(figure.value) else { return .hidden }
            return policy.count(count)
        case .percentage:
            guard let numerator = figure.numerator.flatMap(count), let denominator = figure.denominator.flatMap(count), numerator <= denominator
            else { return .hidden }
            return policy.percentage(numerator: numerator, denominator: denominator)
        case .score:
            if let respondents = figure.denominator, (count(respondents) ?? 0) < policy.threshold { return .hidden }
            return .shown(figure.value)
        case .euro, .yesNo:
            return .shown(figure.value)
        }
    }

    /// The figures of areas that add up (a count summed over areas), protected as one table so a hidden area
    /// cannot be computed back from its parent and its siblings. Other units are protected figure by figure.
    public static func protect(_ figures: [AreaCode: Figure], indicator: Indicator, policy: SmallNumberPolicy) -> [AreaCode: Protected] {
        guard indicator.unit == .count, indicator.aggregation == .sum else {
            return figures.mapValues { protect($0, unit: indicator.unit, policy: policy) }
        }
        let codes = figures.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let values = codes.compactMap { count(figures[$0]!.value) }
        guard values.count == codes.count else { return figures.mapValues { _ in .hidden } }
        var table = SuppressionTable(values: values)
        let children = Dictionary(grouping: codes.filter { $0.parent != nil && index[$0.parent!] != nil }, by: { $0.parent! })
        for (parent, parts) in children {
            // Only where the parent is exactly the sum of the parts shown with it does the sum give anything away.
            let sum = parts.reduce(0) { $0 + values[index[$1]!] }
            if sum == values[index[parent]!] {
                table.addConstraint(total: index[parent]!, parts: parts.map { index[$0]! })
            }
        }
        let protected = table.protect(policy)
        return Dictionary(uniqueKeysWithValues: codes.map { ($0, protected[index[$0]!]) })
    }

    /// A breakdown of one area: its categories with the area's figure as their total.
    public static func protect(categories: [(String, Figure)], total: Protected?, indicator: Indicator, policy: SmallNumberPolicy) -> [Protected] {
        // A hidden area total would be given away by its categories: show none of them.
        if case .shown = total ?? .shown(0) {} else { return categories.map { _ in .hidden } }
        guard indicator.unit == .count else { return categories.map { protect($0.1, unit: indicator.unit, policy: policy) } }
        let values = categories.compactMap { count($0.1.value) }
        guard values.count == categories.count else { return categories.map { _ in .hidden } }
        var table = SuppressionTable(values: values + [values.reduce(0, +)])
        table.addConstraint(total: values.count, parts: Array(0..<values.count))
        return Array(table.protect(policy).prefix(values.count))
    }

    /// A stored value as the whole count the protection works with; nil for one no import lets through (negative,
    /// not finite, or beyond any count of people), which is then hidden rather than trusted.
    static func count(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0, value <= 1e15 else { return nil }
        return Int(value.rounded())
    }

    public static func value(_ protected: Protected) -> Double? {
        if case .shown(let value) = protected { return value }
        return nil
    }
}

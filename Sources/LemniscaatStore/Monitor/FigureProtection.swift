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
            return policy.count(Int(figure.value.rounded()))
        case .percentage:
            guard let numerator = figure.numerator, let denominator = figure.denominator else { return .hidden }
            return policy.percentage(numerator: Int(numerator.rounded()), denominator: Int(denominator.rounded()))
        case .score:
            if let respondents = figure.denominator, Int(respondents.rounded()) < policy.threshold { return .hidden }
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
        var table = SuppressionTable(values: codes.map { Int(figures[$0]!.value.rounded()) })
        let children = Dictionary(grouping: codes.filter { $0.parent != nil && index[$0.parent!] != nil }, by: { $0.parent! })
        for (parent, parts) in children {
            // Only where the parent is exactly the sum of the parts shown with it does the sum give anything away.
            let sum = parts.reduce(0) { $0 + Int(figures[$1]!.value.rounded()) }
            if sum == Int(figures[parent]!.value.rounded()) {
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
        let values = categories.map { Int($0.1.value.rounded()) }
        var table = SuppressionTable(values: values + [values.reduce(0, +)])
        table.addConstraint(total: values.count, parts: Array(0..<values.count))
        return Array(table.protect(policy).prefix(values.count))
    }

    public static func value(_ protected: Protected) -> Double? {
        if case .shown(let value) = protected { return value }
        return nil
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// Figures for areas that were not measured themselves, computed from the areas inside them: buurt → wijk →
/// gemeente. A measured figure always wins over a computed one; computed figures are never stored.
public struct RollUp: Sendable {
    public let aggregation: Aggregation

    public init(aggregation: Aggregation) {
        self.aggregation = aggregation
    }

    /// The figure of every area in `areas` (measured, or computed from its children where the aggregation
    /// allows), for one period and one breakdown category. `measured` holds the figures as stored.
    public func figures(measured: [AreaCode: Figure], areas: [AreaCode]) -> [AreaCode: Figure] {
        var result = measured
        var children: [AreaCode: [AreaCode]] = [:]
        for area in Set(areas).union(measured.keys) {
            if let parent = area.parent { children[parent, default: []].append(area) }
        }
        // Deepest first, so a wijk computed from its buurten can count towards its gemeente.
        for level in [AreaLevel.district, .municipality] {
            for parent in Set(areas).union(children.keys) where parent.level == level && result[parent] == nil {
                let parts = (children[parent] ?? []).compactMap { result[$0] }
                if let figure = combine(parts) { result[parent] = figure }
            }
        }
        return result
    }

    /// One figure from the figures of the parts; nil when the aggregation does not allow it or nothing is known.
    public func combine(_ parts: [Figure]) -> Figure? {
        guard !parts.isEmpty else { return nil }
        let state: MeasurementState = parts.allSatisfy { $0.state == .final } ? .final : .provisional
        switch aggregation {
        case .none:
            return nil
        case .sum:
            let numerators = parts.compactMap(\.numerator)
            let denominators = parts.compactMap(\.denominator)
            return Figure(
                value: parts.reduce(0) { $0 + $1.value },
                numerator: numerators.count == parts.count ? numerators.reduce(0, +) : nil,
                denominator: denominators.count == parts.count ? denominators.reduce(0, +) : nil,
                state: state)
        case .weightedMean:
            // Without every part's weight the mean would lean on whichever areas happen to have one.
            guard parts.allSatisfy({ ($0.denominator ?? 0) > 0 }) else { return nil }
            let weight = parts.reduce(0) { $0 + $1.denominator! }
            let weighted = parts.reduce(0) { $0 + $1.value * $1.denominator! }
            let numerators = parts.compactMap(\.numerator)
            return Figure(
                value: weighted / weight,
                numerator: numerators.count == parts.count ? numerators.reduce(0, +) : nil,
                denominator: weight, state: state)
        }
    }
}

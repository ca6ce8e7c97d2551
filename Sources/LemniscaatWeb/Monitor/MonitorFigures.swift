// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

/// How the monitor writes a figure: in Dutch number format, a protected one as "< 5" or "verborgen". Protection itself
/// is `FigureProtection`'s, shared with the API.
enum MonitorDisplay {
    static func format(_ unit: IndicatorUnit) -> ValueFormat {
        switch unit {
        case .count, .yesNo: .count
        case .percentage: .percent(decimals: 1)
        case .euro: .euro
        case .score: .score(decimals: 1)
        }
    }

    static func text(_ value: Double, unit: IndicatorUnit) -> String {
        unit == .yesNo ? (value >= 0.5 ? "ja" : "nee") : format(unit).string(value)
    }

    /// The text of a protected figure.
    static func cell(_ protected: Protected, unit: IndicatorUnit, policy: SmallNumberPolicy) -> String {
        switch protected {
        case .shown(let value): text(value, unit: unit)
        case .belowThreshold: policy.label(protected) ?? "< \(policy.threshold)"
        case .hidden: "verborgen"
        }
    }


    /// The one-sentence explanation of a status, in Dutch.
    static func explanation(_ assessment: TrackAssessment?, latest: Period?, indicator: Indicator, shownActual: String?) -> String {
        guard let assessment, let latest else {
            if indicator.targets.isEmpty { return "Nog geen status: deze indicator heeft nog geen streefwaarde." }
            return "Nog geen status: er is nog geen meting voor de hele gemeente na de nulmeting."
        }
        let unit = indicator.unit
        guard let shownActual else {
            // The distance to the line would give the hidden figure away.
            return "\(assessment.status.label.prefix(1).uppercased() + assessment.status.label.dropFirst()): de meting over \(latest) is een klein aantal en wordt daarom niet getoond."
        }
        let expected = text(assessment.expected, unit: unit)
        let actual = shownActual
        if assessment.shortfall == 0 {
            return "Op koers: de meting over \(latest) (\(actual)) is even goed als of beter dan de lijn naar het doel (\(expected))."
        }
        let side = indicator.direction == .higherIsBetter ? "onder" : "boven"
        let gap = unit == .percentage ? DutchNumber.format(assessment.shortfall, maximumDecimals: 1) + " procentpunt" : text(assessment.shortfall, unit: unit)
        let share = DutchNumber.format(assessment.shortfallShare * 100, decimals: 0) + "%"
        return "\(assessment.status.label.prefix(1).uppercased() + assessment.status.label.dropFirst()): de meting over \(latest) (\(actual)) ligt \(gap) \(side) de lijn naar het doel (\(expected)); dat is \(share) van de geplande verandering."
    }
}

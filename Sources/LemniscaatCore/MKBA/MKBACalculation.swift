// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// The figures of an MKBA: present values, net present value, benefit-cost ratio, payback year, the balance per
/// stakeholder, a sensitivity table and the cumulative discounted balance per year.
///
/// The convention (Algemene leidraad MKBA, Werkwijzer): everything is discounted to the start year, which is t = 0 and
/// not discounted; year t counts as amount / (1 + r)^t. The horizon counts the start year: 3 years from 2025 are 2025,
/// 2026 and 2027. Calculations are in `Decimal`, so a figure never shows a binary rounding error; they are rounded to
/// whole euros (half away from zero) only where a figure is shown, each figure on its own.
public struct MKBACalculation: Sendable {
    /// One year of the expected scenario.
    public struct Year: Sendable, Equatable {
        /// The calendar year.
        public let year: Int
        /// t: years since the start year.
        public let offset: Int
        /// Costs and benefits of this year, discounted to the start year.
        public let costs: Decimal
        public let benefits: Decimal
        /// Discounted benefits minus costs of this year, and of every year up to this one.
        public let balance: Decimal
        public let cumulative: Decimal
    }

    /// Who pays and who benefits, in present value (expected scenario).
    public struct StakeholderBalance: Sendable, Equatable {
        public let stakeholder: MKBAStakeholder
        public let costs: Decimal
        public let benefits: Decimal
        public var balance: Decimal { benefits - costs }
    }

    /// One row of the sensitivity table.
    public struct Scenario: Sendable, Equatable {
        public enum Kind: String, CaseIterable, Sendable {
            /// Every line at its expected value, at the chosen discount rate.
            case expected = "verwacht"
            /// Every line at its low value.
            case low = "laag"
            /// Every line at its high value.
            case high = "hoog"
            /// Costs high, benefits low.
            case unfavourable = "ongunstig"
            /// Costs low, benefits high.
            case favourable = "gunstig"
            /// The discount rate one percentage point lower (not below 0 %).
            case rateMinusOne = "discontovoet-min-1"
            /// The discount rate one percentage point higher.
            case ratePlusOne = "discontovoet-plus-1"

            public var label: String {
                switch self {
                case .expected: "Verwachte waarden"
                case .low: "Alle regels laag"
                case .high: "Alle regels hoog"
                case .unfavourable: "Ongunstig: kosten hoog, baten laag"
                case .favourable: "Gunstig: kosten laag, baten hoog"
                case .rateMinusOne: "Discontovoet 1 procentpunt lager"
                case .ratePlusOne: "Discontovoet 1 procentpunt hoger"
                }
            }
        }

        public let kind: Kind
        public let rateBasisPoints: Int
        public let costs: Decimal
        public let benefits: Decimal
        public var netPresentValue: Decimal { benefits - costs }
        public let ratio: Decimal?
    }

    public let mkba: MKBA
    /// Present values of the expected scenario.
    public let presentCosts: Decimal
    public let presentBenefits: Decimal
    public let netPresentValue: Decimal
    /// Benefits per euro of costs; nil when the present value of the costs is 0.
    public let ratio: Decimal?
    /// The first calendar year in which the cumulative discounted balance is 0 or more; nil when that never happens
    /// within the horizon.
    public let paybackYear: Int?
    public let years: [Year]
    /// The stakeholders that have a line, in the order of `MKBAStakeholder.allCases`.
    public let stakeholders: [StakeholderBalance]
    public let sensitivity: [Scenario]

    public init(_ mkba: MKBA) {
        self.mkba = mkba
        let years = Self.years(mkba, costs: .expected, benefits: .expected, rateBasisPoints: mkba.rateBasisPoints)
        self.years = years
        presentCosts = years.reduce(0) { $0 + $1.costs }
        presentBenefits = years.reduce(0) { $0 + $1.benefits }
        netPresentValue = presentBenefits - presentCosts
        ratio = presentCosts == 0 ? nil : presentBenefits / presentCosts
        paybackYear = years.first { $0.cumulative >= 0 }?.year
        var balances: [MKBAStakeholder: (costs: Decimal, benefits: Decimal)] = [:]
        for line in mkba.lines {
            let value = Self.presentValue(line, value: .expected, mkba: mkba, rateBasisPoints: mkba.rateBasisPoints)
            var entry = balances[line.stakeholder] ?? (0, 0)
            switch line.kind {
            case .cost: entry.costs += value
            case .benefit: entry.benefits += value
            }
            balances[line.stakeholder] = entry
        }
        stakeholders = MKBAStakeholder.allCases.compactMap { stakeholder in
            balances[stakeholder].map { StakeholderBalance(stakeholder: stakeholder, costs: $0.costs, benefits: $0.benefits) }
        }
        sensitivity = Scenario.Kind.allCases.map { kind in
            let (costs, benefits, rate): (MKBAValue, MKBAValue, Int) =
                switch kind {
                case .expected: (.expected, .expected, mkba.rateBasisPoints)
                case .low: (.low, .low, mkba.rateBasisPoints)
                case .high: (.high, .high, mkba.rateBasisPoints)
                case .unfavourable: (.high, .low, mkba.rateBasisPoints)
                case .favourable: (.low, .high, mkba.rateBasisPoints)
                case .rateMinusOne: (.expected, .expected, max(0, mkba.rateBasisPoints - 100))
                case .ratePlusOne: (.expected, .expected, mkba.rateBasisPoints + 100)
                }
            let years = Self.years(mkba, costs: costs, benefits: benefits, rateBasisPoints: rate)
            let presentCosts = years.reduce(Decimal(0)) { $0 + $1.costs }
            let presentBenefits = years.reduce(Decimal(0)) { $0 + $1.benefits }
            return Scenario(
                kind: kind, rateBasisPoints: rate, costs: presentCosts, benefits: presentBenefits,
                ratio: presentCosts == 0 ? nil : presentBenefits / presentCosts)
        }
    }

    /// (1 + r)^t with r in basis points, exact in `Decimal`.
    public static func discountFactor(rateBasisPoints: Int, offset: Int) -> Decimal {
        let base = 1 + Decimal(rateBasisPoints) / 10_000
        var factor: Decimal = 1
        for _ in 0..<max(0, offset) { factor *= base }
        return factor
    }

    /// An amount of year t at a value's percentage, discounted to the start year.
    static func discounted(_ amount: Int, percent: Int, offset: Int, rateBasisPoints: Int) -> Decimal {
        Decimal(amount) * Decimal(percent) / 100 / discountFactor(rateBasisPoints: rateBasisPoints, offset: offset)
    }

    /// A line's present value within the horizon.
    public static func presentValue(_ line: MKBALine, value: MKBAValue, mkba: MKBA, rateBasisPoints: Int) -> Decimal {
        line.amounts.prefix(mkba.horizonYears).enumerated().reduce(Decimal(0)) { sum, entry in
            sum + discounted(entry.element, percent: line.percent(value), offset: entry.offset, rateBasisPoints: rateBasisPoints)
        }
    }

    static func years(_ mkba: MKBA, costs: MKBAValue, benefits: MKBAValue, rateBasisPoints: Int) -> [Year] {
        var cumulative: Decimal = 0
        return (0..<max(0, mkba.horizonYears)).map { offset in
            var yearCosts: Decimal = 0
            var yearBenefits: Decimal = 0
            for line in mkba.lines where offset < line.amounts.count {
                switch line.kind {
                case .cost:
                    yearCosts += discounted(line.amounts[offset], percent: line.percent(costs), offset: offset, rateBasisPoints: rateBasisPoints)
                case .benefit:
                    yearBenefits += discounted(
                        line.amounts[offset], percent: line.percent(benefits), offset: offset, rateBasisPoints: rateBasisPoints)
                }
            }
            cumulative += yearBenefits - yearCosts
            return Year(
                year: mkba.startYear + offset, offset: offset, costs: yearCosts, benefits: yearBenefits, balance: yearBenefits - yearCosts,
                cumulative: cumulative)
        }
    }

    /// Whole euros, half away from zero: 293,4469… → 293; −0,5 → −1.
    public static func euros(_ value: Decimal) -> Int {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }

    /// A ratio to two decimals, half away from zero: 1,1607 → 1.16.
    public static func roundedRatio(_ value: Decimal) -> Double {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 2, .plain)
        return NSDecimalNumber(decimal: rounded).doubleValue
    }

    /// "€ 1.234" and "€ −1.234", rounded to whole euros.
    public static func euroText(_ value: Decimal) -> String {
        DutchNumber.euro(Double(euros(value)))
    }

    /// "1,16", or "–" without costs.
    public static func ratioText(_ value: Decimal?) -> String {
        value.map { DutchNumber.format(roundedRatio($0), decimals: 2) } ?? DutchNumber.notANumber
    }

    /// The cumulative discounted balance per year as a line chart with a zero line, in euros.
    public func chart(title: String, description: String) -> LineChart {
        LineChart(
            title: title, description: description, periods: years.map { String($0.year) },
            series: [.init(name: title, values: years.map { Double(Self.euros($0.cumulative)) })], format: .euro)
    }
}

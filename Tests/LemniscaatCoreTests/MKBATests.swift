// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

/// MKBA figures against examples computed by hand. The convention: the start year is t = 0 and not discounted; year t
/// counts as amount / (1 + r)^t.
@Suite struct MKBATests {
    /// |a − b| < 0,000001: the hand computations below are written to more places than that.
    func close(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = a - b
        return (difference < 0 ? -difference : difference) < Decimal(string: "0.000001")!
    }

    @Test func threeEqualYearsAtTheStandardRate() {
        // setup: 3 years from 2025 at 2,25 %, costs 100 / 100 / 100 for the gemeente
        let mkba = MKBA(
            horizonYears: 3, startYear: 2025,
            lines: [MKBALine(kind: .cost, category: "Uitvoering", stakeholder: .municipality, amounts: [100, 100, 100])])

        // act
        let result = MKBACalculation(mkba)

        // check: PV = 100 / 1,0225^0 + 100 / 1,0225^1 + 100 / 1,0225^2
        //           = 100 + 97,799511… + 95,647443… = 293,446954…
        #expect(close(result.presentCosts, Decimal(string: "293.4469545256")!))
        #expect(MKBACalculation.euros(result.presentCosts) == 293)
        #expect(result.presentBenefits == 0)
        #expect(MKBACalculation.euros(result.netPresentValue) == -293)
        // no benefits: the ratio is 0, and the balance never reaches 0 again
        #expect(result.ratio == 0)
        #expect(result.paybackYear == nil)
        #expect(result.years.map(\.year) == [2025, 2026, 2027])
        #expect(result.years.first?.costs == 100)  // the start year is not discounted
    }

    @Test func earlySignallingPaysBackInTheThirdYear() {
        // setup: costs 1 000 in the start year (gemeente); benefits 300 a year in years 1 and 2 for gemeente and inwoner
        let mkba = MKBA(
            horizonYears: 3, rateBasisPoints: 225, startYear: 2025,
            lines: [
                MKBALine(kind: .cost, category: "Huisbezoeken", stakeholder: .municipality, amounts: [1000], lowPercent: 100, highPercent: 120),
                MKBALine(kind: .benefit, category: "Minder schuldhulp", stakeholder: .municipality, amounts: [0, 300, 300], lowPercent: 80, highPercent: 120),
                MKBALine(kind: .benefit, category: "Minder stress", stakeholder: .resident, amounts: [0, 300, 300], lowPercent: 80, highPercent: 120),
            ])

        // act
        let result = MKBACalculation(mkba)

        // check: PV costs = 1 000 (t = 0)
        //        PV benefits = 600 / 1,0225 + 600 / 1,0225² = 586,797066… + 573,884661… = 1 160,681727…
        //        NPV = 160,681727…; ratio = 1 160,681727 / 1 000 = 1,160681…
        #expect(result.presentCosts == 1000)
        #expect(close(result.presentBenefits, Decimal(string: "1160.6817271537114")!))
        #expect(MKBACalculation.euros(result.netPresentValue) == 161)
        #expect(MKBACalculation.ratioText(result.ratio) == "1,16")
        // cumulative: −1 000; −1 000 + 586,80 = −413,20; −413,20 + 573,88 = 160,68 → pays back in 2027
        #expect(result.years.map { MKBACalculation.euros($0.cumulative) } == [-1000, -413, 161])
        #expect(result.paybackYear == 2027)
        // per stakeholder: the gemeente pays 1 000 and gets 300 / 1,0225 + 300 / 1,0225² = 580,340864…
        let gemeente = try! #require(result.stakeholders.first { $0.stakeholder == .municipality })
        #expect(gemeente.costs == 1000)
        #expect(MKBACalculation.euros(gemeente.benefits) == 580)
        #expect(MKBACalculation.euros(gemeente.balance) == -420)
        #expect(result.stakeholders.map(\.stakeholder) == [.municipality, .resident])
        #expect(MKBACalculation.euros(result.stakeholders[1].balance) == 580)
    }

    @Test func theSensitivityTable() {
        // setup: the same analysis
        let mkba = MKBA(
            horizonYears: 3, startYear: 2025,
            lines: [
                MKBALine(kind: .cost, category: "Huisbezoeken", stakeholder: .municipality, amounts: [1000], lowPercent: 100, highPercent: 120),
                MKBALine(kind: .benefit, category: "Baten", stakeholder: .municipality, amounts: [0, 600, 600], lowPercent: 80, highPercent: 120),
            ])

        // act
        let rows = Dictionary(uniqueKeysWithValues: MKBACalculation(mkba).sensitivity.map { ($0.kind, $0) })

        // check: ongunstig = costs × 1,2 = 1 200 and benefits × 0,8 = 928,545382… → NPV −271,45…
        let unfavourable = try! #require(rows[.unfavourable])
        #expect(unfavourable.costs == 1200)
        #expect(MKBACalculation.euros(unfavourable.benefits) == 929)
        #expect(MKBACalculation.euros(unfavourable.netPresentValue) == -271)
        // gunstig: costs 1 000 (low is 100 %), benefits × 1,2 = 1 392,818073 → NPV 392,82
        #expect(MKBACalculation.euros(rows[.favourable]!.netPresentValue) == 393)
        // 1,25 %: 600 / 1,0125 + 600 / 1,0125² = 1 177,869227…; 3,25 %: 600 / 1,0325 + 600 / 1,0325² = 1 143,935885…
        #expect(rows[.rateMinusOne]?.rateBasisPoints == 125)
        #expect(MKBACalculation.euros(rows[.rateMinusOne]!.benefits) == 1178)
        #expect(rows[.ratePlusOne]?.rateBasisPoints == 325)
        #expect(MKBACalculation.euros(rows[.ratePlusOne]!.benefits) == 1144)
        #expect(rows[.expected]?.netPresentValue == MKBACalculation(mkba).netPresentValue)
        #expect(MKBACalculation.euros(rows[.low]!.netPresentValue) == MKBACalculation.euros(Decimal(string: "928.5453817229691")! - 1000))
    }

    @Test func zeroCostsZeroRateAndTheHorizon() {
        // setup: only benefits, at 0 %; an amount after the horizon does not count
        let mkba = MKBA(
            horizonYears: 2, rateBasisPoints: 0, startYear: 2030,
            lines: [MKBALine(kind: .benefit, category: "Baten", stakeholder: .state, amounts: [100, 100, 100])])

        // act
        let result = MKBACalculation(mkba)

        // check: at 0 % nothing is discounted: 100 + 100 = 200; no costs, so no ratio; balance ≥ 0 from the start year
        #expect(result.presentBenefits == 200)
        #expect(result.ratio == nil)
        #expect(MKBACalculation.ratioText(result.ratio) == "–")
        #expect(result.paybackYear == 2030)
        // the −1 point row does not go below 0 %
        #expect(result.sensitivity.first { $0.kind == .rateMinusOne }?.rateBasisPoints == 0)
    }

    @Test func neverPaysBack() {
        // setup: costs 500 a year, benefits 400 a year, 5 years
        let mkba = MKBA(
            horizonYears: 5, startYear: 2025,
            lines: [
                MKBALine(kind: .cost, category: "Kosten", stakeholder: .municipality, amounts: [500, 500, 500, 500, 500]),
                MKBALine(kind: .benefit, category: "Baten", stakeholder: .healthInsurer, amounts: [400, 400, 400, 400, 400]),
            ])

        // act
        let result = MKBACalculation(mkba)

        // check: every year −100 / 1,0225^t, so the cumulative balance only falls
        #expect(result.paybackYear == nil)
        #expect(result.netPresentValue < 0)
        #expect(zip(result.years, result.years.dropFirst()).allSatisfy { $1.cumulative < $0.cumulative })
        // the ratio is exactly 0,8 in every year, so in total too
        #expect(MKBACalculation.ratioText(result.ratio) == "0,80")
    }

    @Test func discountFactorIsExact() {
        // 1,0225² = 1,04550625 exactly
        #expect(MKBACalculation.discountFactor(rateBasisPoints: 225, offset: 2) == Decimal(string: "1.04550625")!)
        #expect(MKBACalculation.discountFactor(rateBasisPoints: 225, offset: 0) == 1)
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(MKBACalculation.euros(Decimal(string: "2.5")!) == 3)
        #expect(MKBACalculation.euros(Decimal(string: "-2.5")!) == -3)
        #expect(MKBACalculation.euros(Decimal(string: "-0.4")!) == 0)
        #expect(MKBACalculation.euroText(Decimal(string: "-1234.5")!) == "€ −1.235")
    }

    @Test func amountsAndRatesAreReadAsPeopleWriteThem() {
        #expect(MKBA.parseAmounts("100000; 120.000;  € 120000") == [100_000, 120_000, 120_000])
        #expect(MKBA.parseAmounts("100;;200;") == [100, 0, 200])
        #expect(MKBA.parseAmounts("") == [])
        #expect(MKBA.parseAmounts("100; -5") == nil)
        #expect(MKBA.parseAmounts("100,50") == nil)
        #expect(MKBA.parseAmounts("veel") == nil)
        #expect(MKBA.parseRate("2,25") == 225)
        #expect(MKBA.parseRate("2.25 %") == 225)
        #expect(MKBA.parseRate("4") == 400)
        #expect(MKBA.parseRate("0,5") == 50)
        #expect(MKBA.parseRate("2,255") == nil)
        #expect(MKBA.parseRate("") == nil)
        #expect(MKBA.parseRate("-1") == nil)
        #expect(MKBA.rateText(225) == "2,25")
        #expect(MKBA.rateText(300) == "3")
    }

    @Test func theChartShowsTheCumulativeBalance() {
        // setup
        let mkba = MKBA(
            horizonYears: 3, startYear: 2025,
            lines: [
                MKBALine(kind: .cost, category: "Kosten", stakeholder: .municipality, amounts: [1000]),
                MKBALine(kind: .benefit, category: "Baten", stakeholder: .resident, amounts: [0, 600, 600]),
            ])

        // act
        let svg = MKBACalculation(mkba).chart(title: "Gecumuleerd saldo", description: "Het saldo per jaar.").svg(id: "mkba")

        // check
        #expect(svg.contains("<title id=\"mkba-title\">Gecumuleerd saldo</title>"))
        #expect(svg.contains("2027"))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct LoopMathTests {
    @Test func medianTakesTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        // check
        #expect(LoopMath.median([]) == nil)
        #expect(LoopMath.median([7]) == 7)
        #expect(LoopMath.median([9, 1, 5]) == 5)
        #expect(LoopMath.median([4, 1, 3, 2]) == 2.5)
    }

    @Test func percentileIsTheNearestRank() {
        // setup
        let values = (1...10).map(Double.init)
        // check
        #expect(LoopMath.percentile(90, of: values) == 9)
        #expect(LoopMath.percentile(100, of: values) == 10)
        #expect(LoopMath.percentile(50, of: values) == 5)
        #expect(LoopMath.percentile(90, of: [3]) == 3)
        #expect(LoopMath.percentile(90, of: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) == 10)
        #expect(LoopMath.percentile(90, of: []) == nil)
    }

    @Test func histogramGivesTheSameAsTheListOfValues() {
        // setup
        let values = [0, 3, 3, 3, 7, 12, 12, 40, 41, 200, 200, 5]
        let histogram = Dictionary(values.map { ($0, 1) }, uniquingKeysWith: +)
        // act
        let median = LoopMath.median(histogram: histogram)
        let p90 = LoopMath.percentile(90, histogram: histogram)
        // check
        #expect(median == LoopMath.median(values.map(Double.init)))
        #expect(p90.map(Double.init) == LoopMath.percentile(90, of: values.map(Double.init)))
        #expect(LoopMath.median(histogram: [:]) == nil)
        #expect(LoopMath.percentile(90, histogram: [5: 0]) == nil)
    }

    @Test func sharesAndTexts() {
        // check
        #expect(LoopMath.share(3, of: 4) == 0.75)
        #expect(LoopMath.share(0, of: 0) == nil)
        #expect(LoopMath.percentText(0.755) == "76 %")
        #expect(LoopMath.percentText(nil) == "–")
        #expect(LoopMath.daysText(hours: 60) == "2,5 dagen")
        #expect(LoopMath.daysText(hours: 24) == "1 dag")
        #expect(LoopMath.daysText(hours: 48) == "2 dagen")
        #expect(LoopMath.daysText(hours: nil) == "–")
    }

    @Test func periodIsWholeDutchMonths() {
        // setup: 15 March 2026 at noon in Amsterdam
        let now = DutchCalendar.calendar.date(from: DateComponents(year: 2026, month: 3, day: 15, hour: 12))!
        // act
        let period = LoopPeriod.lastTwelveMonths(endingAt: now)
        // check
        #expect(period.from.description == "2025-04")
        #expect(period.until.description == "2026-03")
        #expect(period.months.count == 12)
        #expect(period.quarters.map(\.description) == ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"])
        #expect(period.start == DutchCalendar.calendar.date(from: DateComponents(year: 2025, month: 4, day: 1))!)
        #expect(period.end == DutchCalendar.calendar.date(from: DateComponents(year: 2026, month: 4, day: 1))!)
        #expect(period.monthBoundaries.count == 13)
        // Midnight in Amsterdam is 22:00 or 23:00 UTC the day before.
        #expect(LoopPeriod.month(of: period.start).description == "2025-04")
        #expect(LoopPeriod.month(of: period.start.addingTimeInterval(-1)).description == "2025-03")
    }

    @Test func periodRefusesReversedOrTooLongSpans() {
        // check
        #expect(LoopPeriod(from: Period("2026-03")!, until: Period("2026-01")!) == nil)
        #expect(LoopPeriod(from: Period("2023-01")!, until: Period("2026-01")!) == nil)
        #expect(LoopPeriod(from: Period("2023-02")!, until: Period("2026-01")!) != nil)
        #expect(LoopPeriod(from: Period("2026-Q1")!, until: Period("2026-Q2")!) == nil)
    }
}

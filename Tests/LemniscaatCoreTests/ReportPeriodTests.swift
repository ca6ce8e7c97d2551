// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import Testing

/// The period of a Staat van de Uitvoering and the trend against the period before.
@Suite struct ReportPeriodTests {
    @Test func aYearOrAQuarterAndThePeriodBefore() throws {
        // setup / act
        let year = try #require(ReportPeriod("2026"))
        let first = try #require(ReportPeriod("2026-Q1"))
        let third = try #require(ReportPeriod(" 2026-q3 "))

        // check
        #expect(year.previous.code == "2025")
        #expect(first.previous.code == "2025-Q4")
        #expect(third.previous.code == "2026-Q2")
        #expect(year.months.months.count == 12)
        #expect(year.months.from.description == "2026-01" && year.months.until.description == "2026-12")
        #expect(third.months.from.description == "2026-07" && third.months.until.description == "2026-09")
        #expect(first.previous.months.from.description == "2025-10")
        // the months of a period follow one another without a gap
        #expect(first.previous.months.end == first.months.start)
    }

    @Test func refusesMonthsAndNonsense() {
        for text in ["2026-03", "", "2026-Q5", "26", "volgend jaar", "1900", "1900-Q2"] {
            #expect(ReportPeriod(text) == nil, "\(text)")
        }
        #expect(ReportPeriod("1901")?.previous.code == "1900")
    }

    @Test func trendVerdictFollowsTheGoodDirection() {
        #expect(Trend(current: 12, previous: 10, good: .higher).verdict == .better)
        #expect(Trend(current: 8, previous: 10, good: .higher).verdict == .worse)
        #expect(Trend(current: 8, previous: 10, good: .lower).verdict == .better)
        #expect(Trend(current: 12, previous: 10, good: .neither).verdict == .more)
        #expect(Trend(current: 9, previous: 10, good: .neither).verdict == .less)
        #expect(Trend(current: 10, previous: 10, good: .higher).verdict == .same)
        #expect(Trend(current: nil, previous: 0.5, good: .higher).verdict == .unknown)
        #expect(Trend(current: 12, previous: 10, good: .neither).changeText { String(Int($0)) } == "+2")
        #expect(Trend(current: 7, previous: 10, good: .neither).changeText { String(Int($0)) } == "−3")
        #expect(Trend(current: 7, previous: 7, good: .neither).changeText { String(Int($0)) } == "0")
        #expect(Trend(current: nil, previous: 7, good: .neither).changeText { String(Int($0)) } == "–")
    }
}

/// The knelpuntenbrief goes outside the organisation: recognitions (counts of people) below the threshold are hidden.
@Suite struct BottleneckLetterSmallNumberTests {
    @Test func recognitionsBelowTheThresholdShowAsLessThanK() {
        // setup
        let letter = BottleneckLetter(organisation: "Gemeente Testdorp", filter: .init(), items: [], smallNumberThreshold: 5)

        // act / check
        #expect(letter.recognitionsText(3) == "< 5")
        #expect(letter.recognitionsText(0) != "0")
        #expect(letter.recognitionsText(5) == "5")
        #expect(letter.recognitionsText(12) == "12")
    }
}

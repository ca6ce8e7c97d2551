// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

/// A local wall-clock moment with its UTC offset written out, so the expectations do not lean on the
/// time-zone handling they are meant to check.
private func moment(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 12, _ minute: Int = 0, offset: Int) -> Date {
    var utc = Calendar(identifier: .gregorian)
    utc.timeZone = TimeZone(identifier: "UTC")!
    let midnight = utc.date(from: DateComponents(year: year, month: month, day: day))!
    return midnight.addingTimeInterval(TimeInterval((hour - offset) * 3600 + minute * 60))
}

/// 23:59:59.999 local on that day; `offset` is the one in force at that hour, which on a DST Sunday differs
/// from the morning's.
private func endOfDay(_ year: Int, _ month: Int, _ day: Int, offset: Int) -> Date {
    moment(year, month, day, 0, 0, offset: offset).addingTimeInterval(86_400 - 0.001)
}

/// Amsterdam is on +01:00 in winter and +02:00 from the last Sunday of March to the last Sunday of October.
private let winter = 1
private let summer = 2

private let millisecond: TimeInterval = 0.001

@Suite struct HolidayCalendarTests {
    struct EasterYear: Sendable, CustomTestStringConvertible {
        let year: Int
        let easter: (month: Int, day: Int)
        let easterMonday: (month: Int, day: Int)
        let ascension: (month: Int, day: Int)
        let whitMonday: (month: Int, day: Int)
        var testDescription: String { "\(year)" }
    }

    static let years: [EasterYear] = [
        EasterYear(year: 2024, easter: (3, 31), easterMonday: (4, 1), ascension: (5, 9), whitMonday: (5, 20)),
        EasterYear(year: 2025, easter: (4, 20), easterMonday: (4, 21), ascension: (5, 29), whitMonday: (6, 9)),
        EasterYear(year: 2026, easter: (4, 5), easterMonday: (4, 6), ascension: (5, 14), whitMonday: (5, 25)),
        EasterYear(year: 2027, easter: (3, 28), easterMonday: (3, 29), ascension: (5, 6), whitMonday: (5, 17)),
        EasterYear(year: 2028, easter: (4, 16), easterMonday: (4, 17), ascension: (5, 25), whitMonday: (6, 5)),
        EasterYear(year: 2029, easter: (4, 1), easterMonday: (4, 2), ascension: (5, 10), whitMonday: (5, 21)),
        EasterYear(year: 2030, easter: (4, 21), easterMonday: (4, 22), ascension: (5, 30), whitMonday: (6, 10)),
    ]

    @Test(arguments: years)
    func computesEasterSunday(_ known: EasterYear) {
        let easter = HolidayCalendar.easterSunday(year: known.year)
        #expect(easter.month == known.easter.month)
        #expect(easter.day == known.easter.day)
    }

    @Test(arguments: years)
    func derivesTheMovableHolidaysFromEaster(_ known: EasterYear) {
        // act
        let list = HolidayCalendar().holidays(year: known.year)
        func date(of name: String) -> [Int] {
            list.filter { $0.name == name }.map { $0.month * 100 + $0.day }
        }
        // check
        #expect(date(of: "Tweede Paasdag") == [known.easterMonday.month * 100 + known.easterMonday.day])
        #expect(date(of: "Hemelvaartsdag") == [known.ascension.month * 100 + known.ascension.day])
        #expect(date(of: "Tweede Pinksterdag") == [known.whitMonday.month * 100 + known.whitMonday.day])
        // Sundays cost no working day, so they are not listed.
        #expect(date(of: "Eerste Paasdag").isEmpty)
        #expect(!HolidayCalendar().isHoliday(year: known.year, month: known.easter.month, day: known.easter.day))
    }

    @Test func keepsEasterWithinItsBoundsOverFourCenturies() {
        for year in 1900...2299 {
            let easter = HolidayCalendar.easterSunday(year: year)
            let day = CivilDate(year: year, month: easter.month, day: easter.day)
            #expect(day >= CivilDate(year: year, month: 3, day: 22) && day <= CivilDate(year: year, month: 4, day: 25))
            #expect(day.isoWeekday == 7, "Easter \(year) is no Sunday")
        }
    }

    @Test(arguments: 2024...2031)
    func movesKingsDayToSaturdayWhenThe27thIsASunday(_ year: Int) {
        let kingsDay = HolidayCalendar().holidays(year: year).filter { $0.name == "Koningsdag" }
        let expectedDay = (year == 2025 || year == 2031) ? 26 : 27
        #expect(kingsDay.map(\.month) == [4])
        #expect(kingsDay.map(\.day) == [expectedDay])
        #expect(HolidayCalendar().isHoliday(year: year, month: 4, day: expectedDay))
        #expect(!HolidayCalendar().isHoliday(year: year, month: 4, day: expectedDay == 26 ? 27 : 26))
    }

    @Test func listsAYearSortedWithDutchNames() {
        let list = HolidayCalendar().holidays(year: 2025)
        #expect(
            list.map(\.name) == [
                "Nieuwjaarsdag", "Tweede Paasdag", "Koningsdag", "Hemelvaartsdag", "Tweede Pinksterdag",
                "Eerste Kerstdag", "Tweede Kerstdag",
            ])
        #expect(list.map { $0.month * 100 + $0.day } == [101, 421, 426, 529, 609, 1225, 1226])
    }

    @Test func leavesGoodFridayAndLiberationDayOutUnlessSwitchedOn() {
        // setup
        let plain = HolidayCalendar()
        let goodFriday = HolidayCalendar(includesGoodFriday: true)
        let liberation = HolidayCalendar(includesLiberationDay: true)
        let both = HolidayCalendar(includesGoodFriday: true, includesLiberationDay: true)
        // check
        #expect(!plain.isHoliday(year: 2025, month: 4, day: 18))
        #expect(!plain.isHoliday(year: 2025, month: 5, day: 5))
        #expect(!plain.holidays(year: 2025).contains { $0.name == "Goede Vrijdag" || $0.name == "Bevrijdingsdag" })
        #expect(goodFriday.isHoliday(year: 2025, month: 4, day: 18))
        #expect(!goodFriday.isHoliday(year: 2025, month: 5, day: 5))
        #expect(liberation.isHoliday(year: 2025, month: 5, day: 5))
        #expect(!liberation.isHoliday(year: 2025, month: 4, day: 18))
        // Liberation Day is every year, not only the lustrum years.
        #expect(liberation.isHoliday(year: 2026, month: 5, day: 5))
        #expect(
            both.holidays(year: 2025).map(\.name) == [
                "Nieuwjaarsdag", "Goede Vrijdag", "Tweede Paasdag", "Koningsdag", "Bevrijdingsdag", "Hemelvaartsdag",
                "Tweede Pinksterdag", "Eerste Kerstdag", "Tweede Kerstdag",
            ])
        #expect(both != plain)
    }

    @Test func listsBothWhenAscensionFallsOnLiberationDay() {
        // setup: Easter 2016 was 27 March, so Hemelvaartsdag was 5 May.
        let both = HolidayCalendar(includesLiberationDay: true)
        let calendar = WorkingDayCalendar(holidays: both)
        // act
        let onTheFifth = both.holidays(year: 2016).filter { $0.month == 5 && $0.day == 5 }.map(\.name)
        // check
        #expect(onTheFifth == ["Hemelvaartsdag", "Bevrijdingsdag"])
        // Wed 4 May to Fri 6 May: only the Friday, the shared Thursday is not taken off twice.
        #expect(calendar.workingDays(from: moment(2016, 5, 4, offset: summer), to: moment(2016, 5, 6, offset: summer)) == 1)
    }
}

@Suite struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar()

    @Test func knowsWeekendsAndHolidays() {
        #expect(calendar.isWorkingDay(moment(2025, 1, 10, offset: winter)))  // Friday
        #expect(!calendar.isWorkingDay(moment(2025, 1, 11, offset: winter)))  // Saturday
        #expect(!calendar.isWorkingDay(moment(2025, 1, 12, offset: winter)))  // Sunday
        #expect(!calendar.isWorkingDay(moment(2025, 1, 1, offset: winter)))
        #expect(!calendar.isWorkingDay(moment(2026, 4, 27, offset: summer)))  // Koningsdag on a Monday
        #expect(calendar.isWorkingDay(moment(2025, 4, 18, offset: summer)))  // Goede Vrijdag, off by default
        #expect(!WorkingDayCalendar(holidays: HolidayCalendar(includesGoodFriday: true)).isWorkingDay(moment(2025, 4, 18, offset: summer)))
    }

    @Test func decidesTheDayInAmsterdamNotInUTC() {
        // 00:30 on Friday in Amsterdam is still Thursday in UTC; 23:30 on Friday is Friday in both.
        let earlyFriday = moment(2025, 1, 10, 0, 30, offset: winter)
        let saturdayMorning = moment(2025, 1, 11, 0, 30, offset: winter)
        #expect(calendar.isWorkingDay(earlyFriday))
        #expect(!calendar.isWorkingDay(saturdayMorning))
        #expect(calendar.endOfWorkingDay(0, after: earlyFriday) == endOfDay(2025, 1, 10, offset: winter))
        #expect(calendar.endOfWorkingDay(1, after: earlyFriday) == endOfDay(2025, 1, 13, offset: winter))
    }

    @Test func countsAcrossAWeekend() {
        // Wed 8 Jan 2025 + 10 working days: two weekends, no holidays.
        let end = calendar.endOfWorkingDay(10, after: moment(2025, 1, 8, 9, 15, offset: winter))
        #expect(end == endOfDay(2025, 1, 22, offset: winter))
    }

    @Test func countsAcrossChristmasAndNewYear() {
        // Mon 23 Dec 2024: 24, 27, 30, 31 Dec, 2, 3, 6, 7, 8, 9 Jan.
        let end = calendar.endOfWorkingDay(10, after: moment(2024, 12, 23, 16, 0, offset: winter))
        #expect(end == endOfDay(2025, 1, 9, offset: winter))
    }

    @Test func countsAcrossEasterKingsDayAndAscension() {
        let goodFridayOff = WorkingDayCalendar(holidays: HolidayCalendar(includesGoodFriday: true))
        let liberationDayOff = WorkingDayCalendar(holidays: HolidayCalendar(includesLiberationDay: true))
        // Thu 2 Apr 2026, over Goede Vrijdag (3 Apr, off only when chosen) and Tweede Paasdag (6 Apr).
        let beforeEaster = moment(2026, 4, 2, offset: summer)
        #expect(calendar.endOfWorkingDay(10, after: beforeEaster) == endOfDay(2026, 4, 17, offset: summer))
        #expect(goodFridayOff.endOfWorkingDay(10, after: beforeEaster) == endOfDay(2026, 4, 20, offset: summer))
        // Mon 20 Apr 2026, over Koningsdag (Mon 27 Apr) up to Bevrijdingsdag (5 May, off only when chosen).
        let beforeKingsDay = moment(2026, 4, 20, offset: summer)
        #expect(calendar.endOfWorkingDay(10, after: beforeKingsDay) == endOfDay(2026, 5, 5, offset: summer))
        #expect(liberationDayOff.endOfWorkingDay(10, after: beforeKingsDay) == endOfDay(2026, 5, 6, offset: summer))
        // Mon 11 May 2026, over Hemelvaartsdag (Thu 14 May) and Tweede Pinksterdag (Mon 25 May).
        let beforeAscension = moment(2026, 5, 11, offset: summer)
        #expect(calendar.endOfWorkingDay(10, after: beforeAscension) == endOfDay(2026, 5, 27, offset: summer))
    }

    @Test func startsCountingFromTheFridayOfALateFridaySubmission() {
        let fridayNight = moment(2025, 1, 10, 23, 30, offset: winter)
        #expect(calendar.endOfWorkingDay(0, after: fridayNight) == endOfDay(2025, 1, 10, offset: winter))
        #expect(calendar.endOfWorkingDay(1, after: fridayNight) == endOfDay(2025, 1, 13, offset: winter))
        #expect(calendar.endOfWorkingDay(10, after: fridayNight) == endOfDay(2025, 1, 24, offset: winter))
        // Same in summer, when 23:30 is 21:30 UTC.
        let summerFridayNight = moment(2025, 6, 13, 23, 30, offset: summer)
        #expect(calendar.endOfWorkingDay(1, after: summerFridayNight) == endOfDay(2025, 6, 16, offset: summer))
    }

    @Test func countsFromASaturdayOrHolidayAsDayZero() {
        #expect(calendar.endOfWorkingDay(1, after: moment(2025, 1, 11, 10, 0, offset: winter)) == endOfDay(2025, 1, 13, offset: winter))
        // Eerste Kerstdag 2025 is a Thursday; Tweede Kerstdag and the weekend follow.
        #expect(calendar.endOfWorkingDay(1, after: moment(2025, 12, 25, offset: winter)) == endOfDay(2025, 12, 29, offset: winter))
        #expect(calendar.endOfWorkingDay(1, after: moment(2026, 4, 27, offset: summer)) == endOfDay(2026, 4, 28, offset: summer))
    }

    @Test func keepsTheEndOfDayAtMidnightLocalOverDSTChanges() {
        // 30 March 2025 has 23 hours, 26 October 2025 has 25; midnight local still closes each day.
        #expect(calendar.endOfWorkingDay(1, after: moment(2025, 3, 27, offset: winter)) == endOfDay(2025, 3, 28, offset: winter))
        #expect(calendar.endOfWorkingDay(1, after: moment(2025, 3, 28, offset: winter)) == endOfDay(2025, 3, 31, offset: summer))
        #expect(calendar.endOfWorkingDay(0, after: moment(2025, 3, 30, 1, 30, offset: winter)) == endOfDay(2025, 3, 30, offset: summer))
        #expect(calendar.endOfWorkingDay(1, after: moment(2025, 10, 24, offset: summer)) == endOfDay(2025, 10, 27, offset: winter))
        #expect(calendar.endOfWorkingDay(0, after: moment(2025, 10, 25, offset: summer)) == endOfDay(2025, 10, 25, offset: summer))
        #expect(calendar.endOfWorkingDay(0, after: moment(2025, 10, 26, 1, 0, offset: summer)) == endOfDay(2025, 10, 26, offset: winter))
        // Read back in Amsterdam, every one of them is 23:59:59.
        var amsterdam = Calendar(identifier: .gregorian)
        amsterdam.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        for start in [moment(2025, 3, 28, offset: winter), moment(2025, 10, 24, offset: summer)] {
            for days in 0...3 {
                let parts = amsterdam.dateComponents([.hour, .minute, .second], from: calendar.endOfWorkingDay(days, after: start))
                #expect((parts.hour, parts.minute, parts.second) == (23, 59, 59))
            }
        }
    }

    @Test func countsWorkingDaysBetweenTwoMoments() {
        let friday = moment(2025, 1, 10, 23, 30, offset: winter)
        #expect(calendar.workingDays(from: friday, to: friday) == 0)
        #expect(calendar.workingDays(from: friday, to: moment(2025, 1, 10, 8, 0, offset: winter)) == 0)
        #expect(calendar.workingDays(from: friday, to: moment(2025, 1, 1, offset: winter)) == 0)
        #expect(calendar.workingDays(from: friday, to: moment(2025, 1, 12, offset: winter)) == 0)
        #expect(calendar.workingDays(from: friday, to: moment(2025, 1, 13, 0, 1, offset: winter)) == 1)
        #expect(calendar.workingDays(from: moment(2024, 12, 23, offset: winter), to: moment(2025, 1, 9, offset: winter)) == 10)
        // 2025 has 261 weekdays; every holiday but Koningsdag (a Saturday) takes one of them.
        #expect(calendar.workingDays(from: moment(2024, 12, 31, offset: winter), to: moment(2025, 12, 31, offset: winter)) == 261 - 6)
    }

    @Test(arguments: [HolidayCalendar(), HolidayCalendar(includesGoodFriday: true, includesLiberationDay: true)])
    func countingAgreesWithWalkingDayByDay(_ holidays: HolidayCalendar) {
        // setup: every day of two years, from a Wednesday before a New Year.
        let calendar = WorkingDayCalendar(holidays: holidays)
        let start = moment(2025, 12, 17, 14, 0, offset: winter)
        var walked = 0
        // act / check
        for offset in 1...730 {
            let day = CivilDate(year: 2025, month: 12, day: 17).adding(days: offset)
            let noon = moment(day.year, day.month, day.day, offset: winter)
            if calendar.isWorkingDay(noon) {
                walked += 1
                #expect(calendar.endOfWorkingDay(walked, after: start) == calendar.endOfDay(day))
            }
            #expect(calendar.workingDays(from: start, to: noon) == walked)
        }
    }

    @Test func convertsCivilDatesBothWays() {
        for dayNumber in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CivilDate(dayNumber: dayNumber).dayNumber == dayNumber)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(CivilDate(year: 2024, month: 2, day: 29).adding(days: 1) == CivilDate(year: 2024, month: 3, day: 1))
        #expect(CivilDate(year: 1969, month: 12, day: 29).isoWeekday == 1)
    }
}

@Suite struct ResponseDeadlineTests {
    @Test func defaultsToTenWorkingDaysAndThirtyForEscalation() {
        // Wed 8 Jan 2025: due Wed 22 Jan, escalation after 30 working days on Wed 19 Feb.
        let deadline = ResponseDeadline(submittedAt: moment(2025, 1, 8, 9, 15, offset: winter))
        #expect(deadline.workingDays == 10)
        #expect(deadline.due == endOfDay(2025, 1, 22, offset: winter))
        #expect(deadline.escalation == endOfDay(2025, 2, 19, offset: winter))
    }

    @Test func turnsLateAndEscalatedOnlyAfterTheLastMillisecond() {
        let deadline = ResponseDeadline(submittedAt: moment(2024, 12, 23, 16, 0, offset: winter))
        #expect(deadline.due == endOfDay(2025, 1, 9, offset: winter))
        #expect(deadline.escalation == endOfDay(2025, 2, 6, offset: winter))
        #expect(deadline.state(at: deadline.submittedAt) == .onTime)
        #expect(deadline.state(at: deadline.due.addingTimeInterval(-millisecond)) == .onTime)
        #expect(deadline.state(at: deadline.due) == .onTime)
        #expect(deadline.state(at: deadline.due.addingTimeInterval(millisecond)) == .late)
        #expect(deadline.state(at: deadline.escalation.addingTimeInterval(-millisecond)) == .late)
        #expect(deadline.state(at: deadline.escalation) == .late)
        #expect(deadline.state(at: deadline.escalation.addingTimeInterval(millisecond)) == .escalated)
    }

    @Test func handlesATermOfOneWorkingDay() {
        // Friday evening: due Monday, escalation after three working days on Wednesday.
        let deadline = ResponseDeadline(submittedAt: moment(2025, 1, 10, 23, 30, offset: winter), workingDays: 1)
        #expect(deadline.due == endOfDay(2025, 1, 13, offset: winter))
        #expect(deadline.escalation == endOfDay(2025, 1, 15, offset: winter))
        #expect(deadline.state(at: moment(2025, 1, 13, 23, 59, offset: winter)) == .onTime)
        #expect(deadline.state(at: moment(2025, 1, 14, 0, 0, offset: winter)) == .late)
        #expect(deadline.state(at: moment(2025, 1, 16, 0, 0, offset: winter)) == .escalated)
    }

    @Test func handlesATermOfZeroWorkingDays() {
        // Due the same day, even a Saturday; with nothing between due and escalation it escalates at once.
        let deadline = ResponseDeadline(submittedAt: moment(2025, 1, 11, 10, 0, offset: winter), workingDays: 0)
        #expect(deadline.due == endOfDay(2025, 1, 11, offset: winter))
        #expect(deadline.escalation == deadline.due)
        #expect(deadline.state(at: deadline.due) == .onTime)
        #expect(deadline.state(at: deadline.due.addingTimeInterval(millisecond)) == .escalated)
    }

    @Test func takesANegativeTermAsZero() {
        let submitted = moment(2025, 1, 8, offset: winter)
        #expect(ResponseDeadline(submittedAt: submitted, workingDays: -3) == ResponseDeadline(submittedAt: submitted, workingDays: 0))
    }

    @Test func usesTheOrganisationsHolidayChoices() {
        // Thu 2 Apr 2026 with Goede Vrijdag off moves both moments by a day.
        let calendar = WorkingDayCalendar(holidays: HolidayCalendar(includesGoodFriday: true))
        let plain = ResponseDeadline(submittedAt: moment(2026, 4, 2, offset: summer))
        let withGoodFriday = ResponseDeadline(submittedAt: moment(2026, 4, 2, offset: summer), calendar: calendar)
        #expect(plain.due == endOfDay(2026, 4, 17, offset: summer))
        #expect(withGoodFriday.due == endOfDay(2026, 4, 20, offset: summer))
        #expect(withGoodFriday.escalation == calendar.endOfWorkingDay(30, after: moment(2026, 4, 2, offset: summer)))
        #expect(withGoodFriday.escalation > plain.escalation)
    }

    @Test func encodesTheStatesWithTheirDutchNames() throws {
        let json = try JSONEncoder().encode([DeadlineState.onTime, .late, .escalated])
        #expect(String(decoding: json, as: UTF8.self) == #"["op-tijd","te-laat","signalering"]"#)
    }
}

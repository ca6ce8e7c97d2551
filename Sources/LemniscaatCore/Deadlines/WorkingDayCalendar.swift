// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// Counts working days on the wall calendar of one time zone: Monday to Friday, less the public holidays.
///
/// Which day a moment belongs to is decided in `timeZone` (Europe/Amsterdam by default), not in UTC or the
/// server's zone: a signal sent at 23:30 on a Friday evening in Amsterdam is a Friday signal, even though it
/// is already Saturday in Tokyo and still late Friday afternoon in New York.
public struct WorkingDayCalendar: Sendable {
    public let holidays: HolidayCalendar
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(
        holidays: HolidayCalendar = HolidayCalendar(),
        timeZone: TimeZone = TimeZone(identifier: "Europe/Amsterdam")!
    ) {
        self.holidays = holidays
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    public func isWorkingDay(_ date: Date) -> Bool {
        var lookup = HolidayLookup(holidays: holidays)
        return isWorkingDay(civilDate(of: date), lookup: &lookup)
    }

    /// The end of the `days`-th working day after the day of `start` (day of `start` itself is day 0).
    ///
    /// Day 0 need not be a working day: a signal sent on a Saturday has Monday as its first working day. With
    /// `days` 0 (or less) the answer is the end of the day of `start` itself. The end is the last millisecond,
    /// 23:59:59.999 local time, so that "past the deadline" is simply `now > end`.
    public func endOfWorkingDay(_ days: Int, after start: Date) -> Date {
        var lookup = HolidayLookup(holidays: holidays)
        var day = civilDate(of: start)
        var remaining = max(0, days)
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day, lookup: &lookup) {
                remaining -= 1
            }
        }
        return endOfDay(day)
    }

    /// Working days from the day of `start` (exclusive) up to and including the day of `end`; 0 when end is on or before start's day.
    public func workingDays(from start: Date, to end: Date) -> Int {
        let first = civilDate(of: start).dayNumber + 1
        let last = civilDate(of: end).dayNumber
        guard last >= first else { return 0 }
        // Counted rather than walked, so that a span of years costs no more than a span of days.
        var count = Self.weekdaysBefore(last + 1) - Self.weekdaysBefore(first)
        for year in CivilDate(dayNumber: first).year...CivilDate(dayNumber: last).year {
            for dayNumber in holidays.dayNumbers(year: year)
            where (first...last).contains(dayNumber) && CivilDate.isoWeekday(dayNumber: dayNumber) <= 5 {
                count -= 1
            }
        }
        return count
    }

    // MARK: - Days and moments

    func civilDate(of date: Date) -> CivilDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    func startOfDay(_ day: CivilDate) -> Date {
        guard let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) else {
            preconditionFailure("No midnight for \(day) in \(timeZone.identifier)")
        }
        return date
    }

    /// Taken from the next midnight rather than by adding 24 hours, because a day in March or October may last
    /// 23 or 25 hours.
    func endOfDay(_ day: CivilDate) -> Date {
        startOfDay(day.adding(days: 1)).addingTimeInterval(-0.001)
    }

    private func isWorkingDay(_ day: CivilDate, lookup: inout HolidayLookup) -> Bool {
        !day.isWeekend && !lookup.contains(day)
    }

    /// Monday-to-Friday days with a day number below `dayNumber`, counted from a Monday (1969-12-29, day -3);
    /// only differences of it mean anything.
    private static func weekdaysBefore(_ dayNumber: Int) -> Int {
        let sinceMonday = dayNumber + 3
        return CivilDate.floorDiv(sinceMonday, 7) * 5 + min(CivilDate.floorMod(sinceMonday, 7), 5)
    }
}

/// Holds one year's holidays while walking day by day, so Easter is not worked out again for every day.
private struct HolidayLookup {
    let holidays: HolidayCalendar
    private var year: Int?
    private var dayNumbers: Set<Int> = []

    init(holidays: HolidayCalendar) {
        self.holidays = holidays
    }

    mutating func contains(_ day: CivilDate) -> Bool {
        if year != day.year {
            year = day.year
            dayNumbers = holidays.dayNumbers(year: day.year)
        }
        return dayNumbers.contains(day.dayNumber)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// The Dutch public holidays that stop the clock of a response deadline. Goede Vrijdag and Bevrijdingsdag are
/// not days off under every collective agreement, so an organisation chooses; Eerste Paasdag and Eerste
/// Pinksterdag are left out because they are Sundays and never cost a working day.
public struct HolidayCalendar: Sendable, Equatable {
    public var includesGoodFriday: Bool
    public var includesLiberationDay: Bool

    public init(includesGoodFriday: Bool = false, includesLiberationDay: Bool = false) {
        self.includesGoodFriday = includesGoodFriday
        self.includesLiberationDay = includesLiberationDay
    }

    /// Easter Sunday of a year, computed.
    ///
    /// The anonymous Gregorian algorithm (Meeus/Jones/Butcher), so there is no table to run out.
    public static func easterSunday(year: Int) -> (month: Int, day: Int) {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let n = h + l - 7 * m + 114
        return (month: n / 31, day: n % 31 + 1)
    }

    /// The holidays of one year with their Dutch names, sorted by date, as (month, day, name).
    ///
    /// Two holidays can fall on the same date (Hemelvaartsdag on Bevrijdingsdag, as in 2016); both are listed.
    public func holidays(year: Int) -> [(month: Int, day: Int, name: String)] {
        namedDates(year: year)
            .enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map { (month: $0.element.date.month, day: $0.element.date.day, name: $0.element.name) }
    }

    public func isHoliday(year: Int, month: Int, day: Int) -> Bool {
        let date = CivilDate(year: year, month: month, day: day)
        return namedDates(year: year).contains { $0.date == date }
    }

    /// The day numbers of the year's holidays, for counting without building names.
    func dayNumbers(year: Int) -> Set<Int> {
        Set(namedDates(year: year).map(\.date.dayNumber))
    }

    private func namedDates(year: Int) -> [(date: CivilDate, name: String)] {
        let easter = Self.easterSunday(year: year)
        let easterSunday = CivilDate(year: year, month: easter.month, day: easter.day)
        let kingsDay = CivilDate(year: year, month: 4, day: 27)
        var result: [(date: CivilDate, name: String)] = [
            (CivilDate(year: year, month: 1, day: 1), "Nieuwjaarsdag"),
            (easterSunday.adding(days: 1), "Tweede Paasdag"),
            // On a Sunday the king's birthday is kept the day before, not after.
            (kingsDay.isoWeekday == 7 ? kingsDay.adding(days: -1) : kingsDay, "Koningsdag"),
            (easterSunday.adding(days: 39), "Hemelvaartsdag"),
            (easterSunday.adding(days: 50), "Tweede Pinksterdag"),
            (CivilDate(year: year, month: 12, day: 25), "Eerste Kerstdag"),
            (CivilDate(year: year, month: 12, day: 26), "Tweede Kerstdag"),
        ]
        if includesGoodFriday {
            result.append((easterSunday.adding(days: -2), "Goede Vrijdag"))
        }
        if includesLiberationDay {
            result.append((CivilDate(year: year, month: 5, day: 5), "Bevrijdingsdag"))
        }
        return result
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// The calendar of the Netherlands: days begin and end in Amsterdam time, whatever the server's zone.
public enum DutchCalendar {
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return calendar
    }()

    /// "15-12-2026", as the interface and its messages write a day.
    public static func day(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d-%02d-%04d", c.day!, c.month!, c.year!)
    }
}

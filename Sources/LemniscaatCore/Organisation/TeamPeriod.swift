// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// How far back a team's page looks: the last 3, 6, 12 or 24 months.
public enum TeamPeriod: Int, CaseIterable, Codable, Sendable {
    case threeMonths = 3
    case sixMonths = 6
    case twelveMonths = 12
    case twentyFourMonths = 24

    /// "3", "6", "12" or "24"; nil for anything else.
    public init?(_ text: String) {
        guard let months = Int(text.trimmingCharacters(in: .whitespaces)), let period = TeamPeriod(rawValue: months) else { return nil }
        self = period
    }

    public var months: Int { rawValue }

    /// The first moment inside the period: the same time of day, `months` calendar months before `now`, in Dutch time.
    public func since(_ now: Date) -> Date {
        DutchCalendar.calendar.date(byAdding: .month, value: -rawValue, to: now) ?? now.addingTimeInterval(-Double(rawValue) * 30 * 86_400)
    }

    /// The samenwerkingskaart's window of the same length, when it has one.
    public var contactWindow: ContactWindow? { ContactWindow(rawValue: rawValue) }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// Where an open signal stands against its afhandeltermijn.
public enum DeadlineState: String, Sendable, Codable {
    case onTime = "op-tijd"
    case late = "te-laat"
    case escalated = "signalering"
}

/// The afhandeltermijn of a signal: N working days after it was submitted, and a signalering once three times
/// that has passed without an answer.
public struct ResponseDeadline: Sendable, Equatable {
    public static let defaultWorkingDays = 10
    /// Escalation comes at three times the term, so a longer term set by an organisation also waits longer.
    static let escalationFactor = 3

    public let submittedAt: Date
    public let workingDays: Int
    /// End of the N-th working day.
    public let due: Date
    /// End of the 3N-th working day.
    public let escalation: Date

    /// A negative `workingDays` is taken as 0: the signal is due by the end of the day it came in.
    public init(
        submittedAt: Date,
        workingDays: Int = ResponseDeadline.defaultWorkingDays,
        calendar: WorkingDayCalendar = WorkingDayCalendar()
    ) {
        let days = max(0, workingDays)
        self.submittedAt = submittedAt
        self.workingDays = days
        self.due = calendar.endOfWorkingDay(days, after: submittedAt)
        self.escalation = calendar.endOfWorkingDay(days * Self.escalationFactor, after: submittedAt)
    }

    /// For an open signal; a closed or answered signal is simply not asked.
    ///
    /// `due` and `escalation` are the last millisecond still in time, so they themselves count as before.
    /// With 0 working days both fall together and an unanswered signal goes straight to signalering.
    public func state(at now: Date) -> DeadlineState {
        if now > escalation { return .escalated }
        if now > due { return .late }
        return .onTime
    }
}

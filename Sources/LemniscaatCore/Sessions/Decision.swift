// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// What a decision does to the signals and themes on the agenda items it concerns. Raw values are the Dutch words
/// forms and the API use; the three effects are the signal statuses of the same name.
public enum DecisionEffect: String, CaseIterable, Codable, Sendable {
    case none = "geen"
    case scheduled = "geagendeerd"
    /// The decision becomes the answer every reporter receives.
    case answered = "beantwoord"
    case forwarded = "doorgezet"

    /// The status a concerned signal moves to; nil for a decision that only records.
    public var signalStatus: SignalStatus? {
        switch self {
        case .none: nil
        case .scheduled: .scheduled
        case .answered: .answered
        case .forwarded: .forwarded
        }
    }

    public var label: String {
        switch self {
        case .none: "Alleen vastleggen"
        case .scheduled: "Signalen op ‘geagendeerd’ zetten"
        case .answered: "Signalen beantwoorden met dit besluit"
        case .forwarded: "Signalen op ‘doorgezet’ zetten"
        }
    }
}

/// Where an action from a session stands. Raw values are the Dutch words forms and the API use.
public enum ActionStatus: String, CaseIterable, Codable, Sendable {
    case open = "open"
    case inProgress = "bezig"
    case done = "gereed"
    /// No longer needed; kept so the record shows what was agreed.
    case cancelled = "vervallen"

    /// Open actions run against their due date.
    public var isOpen: Bool { self == .open || self == .inProgress }

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "Bezig"
        case .done: "Gereed"
        case .cancelled: "Vervallen"
        }
    }
}

/// When an action's owner hears that the due date is near.
public enum ActionReminder {
    /// Days before the due date that the reminder goes out.
    public static let daysBefore = 3

    /// Whether an open action due at `due` should get its reminder at `now`: within the last `daysBefore` days before
    /// the due date, and not once it has passed (that is the overdue notice).
    public static func isDue(due: Date, now: Date) -> Bool {
        now <= due && now >= due.addingTimeInterval(-Double(daysBefore) * 86_400)
    }
}

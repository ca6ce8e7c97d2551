// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Where a signal is in the loop. Raw values are the Dutch words the API and URLs use.
public enum SignalStatus: String, CaseIterable, Codable, Sendable {
    case new = "nieuw"
    case inProgress = "in-behandeling"
    case waitingForInformation = "wacht-op-informatie"
    /// Put on the agenda of a session.
    case scheduled = "geagendeerd"
    /// Passed on to another organisation or to national government (feeds the knelpuntenbrief).
    case forwarded = "doorgezet"
    case answered = "beantwoord"
    case closed = "afgesloten"
    /// Deliberately not taken up; needs a reason.
    case notTakenUp = "niet-opgepakt"
    case reopened = "heropend"

    private static let working: Set<SignalStatus> = [.inProgress, .waitingForInformation, .scheduled, .forwarded, .notTakenUp, .answered]

    /// Every allowed move, in one table. Anything not listed is refused.
    public static let transitions: [SignalStatus: Set<SignalStatus>] = [
        .new: working,
        .inProgress: working.subtracting([.inProgress]),
        .waitingForInformation: [.inProgress, .answered, .notTakenUp, .forwarded],
        .scheduled: [.inProgress, .answered, .forwarded, .notTakenUp],
        .forwarded: [.answered, .inProgress, .closed],
        .answered: [.closed, .reopened],
        .closed: [.reopened],
        .notTakenUp: [.reopened, .closed],
        .reopened: working,
    ]

    public func canMove(to next: SignalStatus) -> Bool {
        Self.transitions[self, default: []].contains(next)
    }

    /// The moves that need text: an answer for the reporter, or a reason.
    public var requiresText: Bool {
        switch self {
        case .answered, .notTakenUp, .forwarded: true
        default: false
        }
    }

    /// Open signals run against their response deadline.
    public var isOpen: Bool {
        switch self {
        case .new, .inProgress, .waitingForInformation, .scheduled, .reopened: true
        case .forwarded, .answered, .closed, .notTakenUp: false
        }
    }

    public var label: String {
        switch self {
        case .new: "Nieuw"
        case .inProgress: "In behandeling"
        case .waitingForInformation: "Wacht op informatie"
        case .scheduled: "Geagendeerd"
        case .forwarded: "Doorgezet"
        case .answered: "Beantwoord"
        case .closed: "Afgesloten"
        case .notTakenUp: "Niet opgepakt"
        case .reopened: "Heropend"
        }
    }

    /// The label of the text field a move needs.
    public var textLabel: String? {
        switch self {
        case .answered: "Antwoord aan de melder"
        case .notTakenUp: "Reden waarom het signaal niet wordt opgepakt"
        case .forwarded: "Aan wie en waarom doorgezet"
        default: nil
        }
    }
}

public enum SignalUrgency: String, CaseIterable, Codable, Sendable {
    case low = "laag"
    case normal = "normaal"
    case high = "hoog"

    public var label: String {
        switch self {
        case .low: "Laag"
        case .normal: "Normaal"
        case .high: "Hoog"
        }
    }
}

/// How many clients a bottleneck touches, in the bands a practitioner can judge quickly.
public enum AffectedClients: String, CaseIterable, Codable, Sendable {
    case one = "1"
    case few = "2-10"
    case several = "11-50"
    case many = "meer-dan-50"
    case unknown = "onbekend"

    public var label: String {
        switch self {
        case .one: "1 cliënt"
        case .few: "2 tot 10"
        case .several: "11 tot 50"
        case .many: "Meer dan 50"
        case .unknown: "Weet ik niet"
        }
    }
}

/// The reporter's verdict on an answer.
public enum ReporterVerdict: String, CaseIterable, Codable, Sendable {
    case satisfied = "tevreden"
    case dissatisfied = "niet-tevreden"

    /// A dissatisfied reporter reopens the signal only within this many days of the answer.
    public static let reopenWindowDays = 14
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// The kinds of overleg between policy and practice. Raw values are the Dutch words forms and the API use.
public enum SessionType: String, CaseIterable, Codable, Sendable {
    case evaluation = "evaluatiegesprek"
    case workingSession = "werksessie"
    case shadowDay = "meeloopdag"
    case triangle = "driehoeksoverleg"
    case themeMeeting = "themabijeenkomst"

    public var label: String {
        switch self {
        case .evaluation: "Evaluatiegesprek"
        case .workingSession: "Werksessie"
        case .shadowDay: "Meeloopdag"
        case .triangle: "Driehoeksoverleg"
        case .themeMeeting: "Themabijeenkomst"
        }
    }

    /// One sentence in B1 Dutch: what this kind of overleg is for.
    public var explanation: String {
        switch self {
        case .evaluation: "Beleid en uitvoering kijken samen terug: werkt de regel zoals bedoeld?"
        case .workingSession: "U werkt samen aan een concreet geval of knelpunt uit de praktijk."
        case .shadowDay: "Een beleidsmedewerker loopt een dag mee met een team in de uitvoering."
        case .triangle: "Eigenaar, opdrachtgever en opdrachtnemer van een beleid bespreken hun rollen en afspraken."
        case .themeMeeting: "Een bijeenkomst over één thema, met iedereen die ermee te maken heeft."
        }
    }
}

/// Where an agenda item comes from: added by hand, or proposed by the loop and accepted, in which case
/// `source_kind` / `source_id` name the record.
public enum AgendaItemKind: String, CaseIterable, Codable, Sendable {
    case manual = "eigen"
    case proposed = "voorgesteld"
}

/// The kind of record an agenda item was proposed from. Raw values are stored in `source_kind` and sent by the form.
public enum AgendaSource: String, CaseIterable, Codable, Sendable {
    case signal = "signaal"
    case theme = "thema"
    case indicator = "indicator"
    case review = "toets"
    case action = "actie"
    case lesson = "les"
}

/// A session's times as the form has them: a day and two clock times, in Dutch time.
public enum SessionTime {
    static let calendar = DutchCalendar.calendar

    /// "2027-01-31" and "09:30" as a moment; nil when either is not a real day or time.
    public static func parse(day: String, time: String) -> Date? {
        let dayParts = day.trimmingCharacters(in: .whitespaces).split(separator: "-")
        let timeParts = time.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard dayParts.count == 3, dayParts[0].count == 4, let year = Int(dayParts[0]), let month = Int(dayParts[1]),
            let dayNumber = Int(dayParts[2]),
            (1...12).contains(month), (1...31).contains(dayNumber),
            timeParts.count == 2 || timeParts.count == 3, let hour = Int(timeParts[0]), let minute = Int(timeParts[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: dayNumber, hour: hour, minute: minute)),
            calendar.component(.day, from: date) == dayNumber
        else { return nil }
        return date
    }

    /// The day and the time of a moment, as the form shows them again: ("2027-01-31", "09:30").
    public static func codes(_ date: Date) -> (day: String, time: String) {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return (String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!), String(format: "%02d:%02d", c.hour!, c.minute!))
    }
}

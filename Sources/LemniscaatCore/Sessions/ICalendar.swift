// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// One event in an iCalendar file.
public struct CalendarEvent: Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public let name: String
        public let email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    /// Stable for the record, so a calendar updates the event instead of adding a second one.
    public let uid: String
    /// When the event last changed.
    public let stamp: Date
    public let start: Date
    public let end: Date
    public let summary: String
    public let location: String
    public let description: String
    public let url: String?
    public let organizer: Person?
    public let attendees: [Person]

    public init(
        uid: String, stamp: Date, start: Date, end: Date, summary: String, location: String = "", description: String = "", url: String? = nil,
        organizer: Person? = nil, attendees: [Person] = []
    ) {
        self.uid = uid
        self.stamp = stamp
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.url = url
        self.organizer = organizer
        self.attendees = attendees
    }
}

/// Writes iCalendar (RFC 5545) files: CRLF line ends, lines folded at 75 octets, texts escaped, times in UTC.
public enum ICalendar {
    public static let mediaType = "text/calendar; charset=utf-8"

    /// A whole VCALENDAR with the events; `name` names a feed in the calendar programs that show one.
    public static func document(_ events: [CalendarEvent], name: String? = nil) -> String {
        // No METHOD: the file is not a scheduling message (RFC 5546), so DTSTAMP may be the event's last change, which
        // keeps the file the same until the session changes.
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lemniscaat//Overleggen//NL", "CALSCALE:GREGORIAN"]
        if let name { lines.append("X-WR-CALNAME:" + escape(name)) }
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(event.uid))
            lines.append("DTSTAMP:" + utc(event.stamp))
            lines.append("LAST-MODIFIED:" + utc(event.stamp))
            lines.append("DTSTART:" + utc(event.start))
            lines.append("DTEND:" + utc(event.end))
            lines.append("SUMMARY:" + escape(event.summary))
            if !event.location.isEmpty { lines.append("LOCATION:" + escape(event.location)) }
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + escape(event.description)) }
            if let url = event.url { lines.append("URL:" + url) }
            if let organizer = event.organizer { lines.append("ORGANIZER;CN=" + parameter(organizer.name) + ":mailto:" + organizer.email) }
            for attendee in event.attendees {
                lines.append("ATTENDEE;CN=" + parameter(attendee.name) + ";ROLE=REQ-PARTICIPANT:mailto:" + attendee.email)
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map { fold($0) + "\r\n" }.joined()
    }

    /// TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash; every line break becomes `\n`.
    public static func escape(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCR { result += "\\n" }
            default:
                // Other control characters are not allowed in a TEXT value.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { break }
                result.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return result
    }

    /// A parameter value such as CN: quoted, since a name may hold a comma or colon; a double quote cannot occur in it.
    static func parameter(_ text: String) -> String {
        let cleaned = text.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }
        return "\"" + String(String.UnicodeScalarView(cleaned)) + "\""
    }

    /// Splits a content line into lines of at most 75 octets, each continuation starting with one space, never inside
    /// a UTF-8 sequence.
    public static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A UTC date-time: 20270131T083000Z.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}

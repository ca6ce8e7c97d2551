// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct ICalendarTests {
    @Test func escapesCommaSemicolonBackslashAndLineBreaks() {
        #expect(ICalendar.escape("Wmo, jeugd; en\\of") == "Wmo\\, jeugd\\; en\\\\of")
        #expect(ICalendar.escape("regel 1\nregel 2\r\nregel 3\rregel 4") == "regel 1\\nregel 2\\nregel 3\\nregel 4")
        // a colon needs no escape in a TEXT value
        #expect(ICalendar.escape("Stadhuis: zaal 2") == "Stadhuis: zaal 2")
    }

    @Test func foldsAtSeventyFiveOctetsWithASpace() {
        // setup
        let line = "DESCRIPTION:" + String(repeating: "a", count: 200)
        // act
        let folded = ICalendar.fold(line)
        // check: every physical line has at most 75 octets; unfolding gives the line back
        let lines = folded.components(separatedBy: "\r\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines[0].utf8.count == 75)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func neverSplitsAMultiOctetCharacter() {
        // setup: "é" is two octets and "€" three, so octet 75 falls inside one of them
        let line = "SUMMARY:" + String(repeating: "é€", count: 40)
        // act
        let folded = ICalendar.fold(line)
        // check: each physical line is valid UTF-8 on its own, and at most 75 octets
        for physical in folded.components(separatedBy: "\r\n") {
            #expect(physical.utf8.count <= 75)
            #expect(String(bytes: Array(physical.utf8), encoding: .utf8) == physical)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendar.fold("SUMMARY:kort") == "SUMMARY:kort")
    }

    @Test func aDocumentWithOneEvent() {
        // setup
        let start = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z
        let event = CalendarEvent(
            uid: "abc@lemniscaat", stamp: start.addingTimeInterval(-86_400), start: start, end: start.addingTimeInterval(5400),
            summary: "Werksessie: bijstand, jongeren", location: "Stadhuis; zaal 2", description: "Agenda:\n1. Opening",
            organizer: .init(name: "Bea, Beleid", email: "beleid@demo.test"),
            attendees: [.init(name: "Uri \"U\" Uitvoerder", email: "uitvoerder@demo.test")])
        // act
        let text = ICalendar.document([event], name: "Overleggen")
        // check: CRLF only, the required properties, times in UTC
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains("UID:abc@lemniscaat"))
        #expect(lines.contains("DTSTAMP:20270114T080000Z"))
        #expect(lines.contains("DTSTART:20270115T080000Z"))
        #expect(lines.contains("DTEND:20270115T093000Z"))
        #expect(lines.contains("SUMMARY:Werksessie: bijstand\\, jongeren"))
        #expect(lines.contains("LOCATION:Stadhuis\\; zaal 2"))
        #expect(lines.contains("DESCRIPTION:Agenda:\\n1. Opening"))
        #expect(lines.contains("ORGANIZER;CN=\"Bea, Beleid\":mailto:beleid@demo.test"))
        #expect(lines.contains("ATTENDEE;CN=\"Uri U Uitvoerder\";ROLE=REQ-PARTICIPANT:mailto:uitvoerder@demo.test"))
        #expect(lines.contains("X-WR-CALNAME:Overleggen"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
    }
}

@Suite struct SessionTimeTests {
    @Test func readsADayAndATimeInDutchTime() {
        // 15 January: winter time, UTC+1
        #expect(SessionTime.parse(day: "2027-01-15", time: "09:00") == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(SessionTime.codes(Date(timeIntervalSince1970: 1_800_000_000)) == ("2027-01-15", "09:00"))
        #expect(SessionTime.parse(day: "2027-02-30", time: "09:00") == nil)
        #expect(SessionTime.parse(day: "2027-01-15", time: "25:00") == nil)
        #expect(SessionTime.parse(day: "15-01-2027", time: "09:00") == nil)
    }

    @Test func everyTypeHasALabelAndAnExplanation() {
        #expect(SessionType.allCases.count == 5)
        #expect(SessionType.allCases.allSatisfy { !$0.label.isEmpty && !$0.explanation.isEmpty })
        #expect(SessionType(rawValue: "meeloopdag") == .shadowDay)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct ContactMatrixTests {
    @Test func readsOnlySixOrTwelveMonthsAndGoesBackWholeCalendarMonths() throws {
        // setup
        let now = try #require(DutchCalendar.calendar.date(from: DateComponents(year: 2026, month: 11, day: 24, hour: 10)))
        // act, check
        #expect(ContactWindow("6") == .sixMonths)
        #expect(ContactWindow(" 12") == .twelveMonths)
        #expect(ContactWindow("7") == nil)
        #expect(ContactWindow("zes") == nil)
        let since = DutchCalendar.calendar.dateComponents([.year, .month, .day, .hour], from: ContactWindow.sixMonths.since(now))
        #expect([since.year, since.month, since.day, since.hour] == [2026, 5, 24, 10])
    }

    @Test func keepsOnlyPairsWithContactAndListsTheRestAsNoContact() {
        // setup
        let (a, b, x, y) = (UUID(), UUID(), UUID(), UUID())
        let matrix = ContactMatrix(
            window: .twelveMonths, since: Date(), until: Date(), policyTeams: [.init(id: a, name: "A"), .init(id: b, name: "B")],
            practiceTeams: [.init(id: x, name: "X"), .init(id: y, name: "Y")],
            counts: [.init(policyTeamID: a, practiceTeamID: x): .init(sessions: 1, shadowDays: 2, signals: 3, remarks: 4), .init(policyTeamID: b, practiceTeamID: y): .zero])
        // check
        #expect(matrix.counts.count == 1)
        #expect(matrix.counts(policy: a, practice: x).total == 10)
        #expect(matrix.noContact.map { $0.policy.name + $0.practice.name } == ["AY", "BX", "BY"])
        #expect(matrix.highest == 10)
    }

    @Test func drawsCountsWithHatchedZerosAndTheirOwnLegend() {
        // setup
        let heatmap = Heatmap(
            title: "Contact", description: "Per paar teams.", columns: ["Wijkteam", "Schuldhulp"],
            rows: [.init(label: "Beleid", values: [0, 4]), .init(label: "Jeugd", values: [12, 1])], lowLabel: "Aantal keer contact", highLabel: "",
            scale: .counts)
        // act
        let svg = heatmap.svg(id: "kaart")
        let probe = SVGProbe(svg)
        // check: whole numbers in the cells; the zero hatched as well as "0"; the legend names the count classes
        #expect(probe.error == nil)
        #expect(probe.texts(class: "chart-heatmap-value") == ["0", "4", "12", "1"])
        let cells = probe.all("rect", class: "chart-heatmap-cell")
        #expect(cells.map { $0.attributes["fill"] } == ["url(#kaart-zero)", "#9ecae1", "#08519c", "#deebf7"])
        #expect(cells[0].classes.contains("chart-heatmap-zero"))
        #expect(svg.contains("<pattern id=\"kaart-zero\""))
        #expect(probe.texts(class: "chart-legend-value") == ["0", "1–2", "3–5", "6–10", "11+"])
        #expect([0, 1, 2, 3, 5, 6, 10, 11, 40].map { Heatmap.countClass(Double($0)) } == [0, 1, 1, 2, 2, 3, 3, 4, 4])
    }

    @Test func givesEveryCountClassTextOfEnoughContrast() {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            return 0.2126 * linear((value >> 16) & 0xff) + 0.7152 * linear((value >> 8) & 0xff) + 0.0722 * linear(value & 0xff)
        }
        for colours in Heatmap.countClasses {
            let (a, b) = (luminance(colours.fill), luminance(colours.text))
            #expect((max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, "\(colours)")
        }
    }
}

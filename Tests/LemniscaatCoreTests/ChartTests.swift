// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of a parsed SVG, in document order, or the parser's error.
final class SVGProbe: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: Error?

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String]
    ) {
        open.append(elements.count)
        elements.append(Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }

    var root: Element? { elements.first }
    func all(_ name: String, class className: String? = nil) -> [Element] {
        elements.filter { element in element.name == name && (className.map { element.classes.contains($0) } ?? true) }
    }
    func texts(class className: String) -> [String] { all("text", class: className).map(\.text) }
    func text(of name: String) -> String? { all(name).first?.text }
}

private func quarterly(_ values: [Double?], target: [Double?]? = nil, gapNote: String? = "Kleine aantallen zijn verborgen.") -> LineChart {
    var series = [LineChart.Series(name: "Gemeten", values: values)]
    if let target { series.append(LineChart.Series(name: "Doel", values: target, style: .target)) }
    let periods = values.indices.map { "20\(24 + $0 / 4)-K\($0 % 4 + 1)" }
    return LineChart(
        title: "Wachttijd Wmo", description: "De wachttijd daalt sinds 2024.", periods: periods, series: series,
        format: .count, unitSuffix: " dagen", gapNote: gapNote)
}

@Suite struct DutchNumberTests {
    @Test(arguments: [
        (0.0, 0, "0"), (0.0, 2, "0,00"), (1234.5, 1, "1.234,5"), (1234.5, 2, "1.234,50"), (1234567, 0, "1.234.567"),
        (-3.25, 2, "\u{2212}3,25"), (-3.25, 1, "\u{2212}3,3"), (0.05, 1, "0,1"), (-0.05, 1, "\u{2212}0,1"), (2.5, 0, "3"),
        (-2.5, 0, "\u{2212}3"), (1.005, 2, "1,01"), (-0.04, 1, "0,0"), (999.96, 1, "1.000,0"), (1e20, 0, "100.000.000.000.000.000.000"),
        (1e-7, 2, "0,00"), (0.000015, 5, "0,00002"), (123.456, -1, "123"),
    ])
    func formatsWithFixedDecimals(_ value: Double, _ decimals: Int, _ expected: String) {
        #expect(DutchNumber.format(value, decimals: decimals) == expected)
    }

    @Test func dropsTrailingZerosUpToTheMaximum() {
        #expect(DutchNumber.format(0) == "0")
        #expect(DutchNumber.format(12.50) == "12,5")
        #expect(DutchNumber.format(12.0) == "12")
        #expect(DutchNumber.format(12.04) == "12")
        #expect(DutchNumber.format(1234567) == "1.234.567")
        #expect(DutchNumber.format(-3.25, maximumDecimals: 1) == "\u{2212}3,3")
        #expect(DutchNumber.format(3.14159, maximumDecimals: 3) == "3,142")
        #expect(DutchNumber.format(999_999.96) == "1.000.000")
    }

    @Test func writesPercentWithoutASpace() {
        #expect(DutchNumber.percent(12.5) == "12,5%")
        #expect(DutchNumber.percent(99.95) == "100,0%")
        #expect(DutchNumber.percent(99.95, decimals: 2) == "99,95%")
        #expect(DutchNumber.percent(12.5, decimals: 0) == "13%")
        #expect(DutchNumber.percent(-0.5) == "\u{2212}0,5%")
    }

    @Test func writesWholeEurosOrCents() {
        #expect(DutchNumber.euro(1234) == "€ 1.234")
        #expect(DutchNumber.euro(1234.5) == "€ 1.234,50")
        #expect(DutchNumber.euro(1234.004) == "€ 1.234")
        #expect(DutchNumber.euro(0.999) == "€ 1")
        #expect(DutchNumber.euro(-12.5) == "€ \u{2212}12,50")
        #expect(DutchNumber.euro(0) == "€ 0")
    }

    @Test func marksWhatIsNoNumber() {
        #expect(DutchNumber.format(.nan, decimals: 1) == "\u{2013}")
        #expect(DutchNumber.format(.infinity) == "\u{2013}")
        #expect(DutchNumber.percent(.nan) == "\u{2013}")
        #expect(DutchNumber.euro(-.infinity) == "\u{2013}")
    }
}

@Suite struct ChartScaleTests {
    @Test func picksRoundStepsThatCoverTheData() {
        #expect(NiceScale(from: 0, to: 87, includeZero: true, wholeNumbers: true).ticks == [0, 20, 40, 60, 80, 100])
        #expect(NiceScale(from: 0, to: 7, includeZero: true, wholeNumbers: true).ticks == [0, 2, 4, 6, 8])
        #expect(NiceScale(from: -3, to: 12, includeZero: true, wholeNumbers: true).ticks == [-5, 0, 5, 10, 15])
        #expect(NiceScale(from: 6.8, to: 7.4, includeZero: false, wholeNumbers: false).ticks == [6.8, 7.0, 7.2, 7.4])
        #expect(NiceScale(from: 6.8, to: 7.4, includeZero: false, wholeNumbers: false).decimals == 1)
    }

    @Test func startsNonNegativeCountsAtZero() {
        // act
        let scale = NiceScale(from: 40, to: 87, includeZero: true, wholeNumbers: true)
        let free = NiceScale(from: 40, to: 87, includeZero: false, wholeNumbers: true)
        // check
        #expect(scale.ticks.first == 0)
        #expect(free.ticks == [40, 50, 60, 70, 80, 90])
    }

    @Test func givesSmallCountsWholeSteps() {
        #expect(NiceScale(from: 0, to: 0, includeZero: true, wholeNumbers: true).ticks == [0, 1, 2, 3])
        #expect(NiceScale(from: 0, to: 2, includeZero: true, wholeNumbers: true).ticks == [0, 1, 2, 3])
        #expect(NiceScale(from: 5, to: 5, includeZero: false, wholeNumbers: false).ticks.count >= 4)
    }

    @Test func keepsFourToSixTicksOfOneTwoOrFive() {
        let ranges: [(Double, Double)] = [
            (0, 1), (0, 3), (0, 9.9), (0, 10), (0, 11), (0, 45), (0, 99), (0, 101), (0, 1234), (0, 987_654), (0.01, 0.07),
            (-40, 25), (-0.3, -0.01), (1999, 2024), (12.3, 12.9), (0, 0.0004), (250, 251),
        ]
        for (low, high) in ranges {
            for whole in [false, true] where !(whole && high - low < 1) {
                // act
                let scale = NiceScale(from: low, to: high, includeZero: low >= 0, wholeNumbers: whole)
                // check
                #expect((4...6).contains(scale.ticks.count), "\(low)…\(high): \(scale.ticks)")
                #expect(scale.lower <= low && scale.upper >= high, "\(low)…\(high): \(scale.ticks)")
                if low >= 0 { #expect(scale.lower == 0) }
                let step = scale.ticks[1] - scale.ticks[0]
                let mantissa = step / pow(10, floor(log10(step)))
                #expect([1.0, 2.0, 5.0].contains { abs($0 - mantissa) < 1e-6 }, "step \(step)")
            }
        }
    }
}

@Suite struct LineChartTests {
    @Test func drawsAWellFormedAccessibleSVG() throws {
        // setup
        let chart = quarterly([12, 14, nil, 11, 9, 10], target: [10, 10, 10, 10, 10, 10])
        // act
        let svg = chart.svg(id: "wachttijd")
        let probe = SVGProbe(svg)
        // check
        #expect(probe.error == nil)
        let root = try #require(probe.root)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "wachttijd-title wachttijd-desc")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 640 ") == true)
        #expect(root.attributes["width"] == "100%")
        #expect(root.classes.contains("chart-line"))
        #expect(probe.elements[1].name == "title")  // the accessible name comes first
        #expect(probe.all("title").first?.attributes["id"] == "wachttijd-title")
        #expect(probe.all("desc").first?.attributes["id"] == "wachttijd-desc")
        #expect(probe.text(of: "title") == "Wachttijd Wmo")
        // Every drawn element carries a class for CSS and an inline colour for a page without CSS.
        for element in probe.elements where ["path", "line", "rect", "circle"].contains(element.name) {
            #expect(!element.classes.isEmpty)
            #expect(element.attributes["stroke"] != nil || element.attributes["fill"] != nil)
        }
        for text in probe.all("text") { #expect(text.attributes["fill"] != nil) }
        for banned in ["<script", "href", "@import", "<style", "url(", "<foreignObject"] { #expect(!svg.contains(banned)) }
    }

    @Test func labelsTheAxisInDutch() {
        // setup
        let chart = LineChart(
            title: "Bereik", description: "Het bereik groeit.", periods: ["2023", "2024", "2025"],
            series: [LineChart.Series(name: "Bereik", values: [1200, 2500, 4100])], format: .count)
        let share = LineChart(
            title: "Aandeel", description: "Het aandeel groeit.", periods: ["2023", "2024"],
            series: [LineChart.Series(name: "Aandeel", values: [12.5, 87.5])], format: .percent())
        // act
        let labels = SVGProbe(chart.svg(id: "a")).texts(class: "chart-axis-label")
        let percentLabels = SVGProbe(share.svg(id: "b")).texts(class: "chart-axis-label")
        // check
        #expect(Array(labels.prefix(5)) == ["0", "1.000", "2.000", "3.000", "4.000"])
        #expect(labels.contains("5.000"))
        #expect(labels.suffix(3) == ["2023", "2024", "2025"])
        #expect(Array(percentLabels.prefix(6)) == ["0%", "20%", "40%", "60%", "80%", "100%"])
    }

    @Test func breaksTheLineAtGaps() {
        // setup
        let chart = quarterly([1, 2, nil, 4, 5, nil, 7])
        // act
        let probe = SVGProbe(chart.svg(id: "gaten"))
        // check
        let segments = probe.all("path", class: "chart-line-measured")
        #expect(segments.count == 2)
        for segment in segments { #expect(segment.attributes["d"]?.filter { $0 == "M" }.count == 1) }
        #expect(segments.map { $0.attributes["d"]?.filter { $0 == "L" }.count } == [1, 1])
        #expect(probe.all("circle", class: "chart-point-isolated").count == 1)
    }

    @Test func showsTheGapNoteOnlyWhenAValueIsMissing() {
        // setup
        let note = "Ontbrekende punten zijn verborgen (kleine aantallen)"
        let withGap = quarterly([3, nil, 5], gapNote: note)
        let complete = quarterly([3, 4, 5], target: [4, nil, nil], gapNote: note)
        // act
        let gapped = SVGProbe(withGap.svg(id: "a"))
        let whole = SVGProbe(complete.svg(id: "b"))
        // check
        #expect(gapped.texts(class: "chart-note-text").joined(separator: " ") == note)
        #expect(gapped.text(of: "desc") == "De wachttijd daalt sinds 2024. " + note)
        #expect(whole.texts(class: "chart-note-text").isEmpty)
        #expect(whole.text(of: "desc") == "De wachttijd daalt sinds 2024.")
        #expect(!complete.svg(id: "b").contains("verborgen"))
    }

    @Test func explainsGapsEvenWithoutACallerNote() {
        // act
        let probe = SVGProbe(quarterly([3, nil, 5], gapNote: nil).svg(id: "a"))
        // check
        #expect(probe.text(of: "desc")?.hasSuffix(ChartText.defaultGapNote) == true)
        #expect(!probe.texts(class: "chart-note-text").isEmpty)
    }

    @Test func drawsTheTargetDashedAndTheBaselineDotted() throws {
        // setup
        var chart = quarterly([12, 14, 11, 9], target: [10, 10, 10, 10])
        chart.series.append(LineChart.Series(name: "Nulmeting", values: [12, 12, 12, 12], style: .baseline))
        // act
        let probe = SVGProbe(chart.svg(id: "doel"))
        // check
        let target = try #require(probe.all("path", class: "chart-line-target").first)
        let baseline = try #require(probe.all("path", class: "chart-line-baseline").first)
        let measured = try #require(probe.all("path", class: "chart-line-measured").first)
        #expect(target.attributes["stroke-dasharray"] == ChartPalette.targetDash)
        #expect(baseline.attributes["stroke-dasharray"] == ChartPalette.baselineDash)
        #expect(measured.attributes["stroke-dasharray"] == nil)
        // The legend shows each line's own style next to the caller's name.
        #expect(probe.texts(class: "chart-legend-label") == ["Gemeten", "Doel", "Nulmeting"])
        #expect(probe.all("line", class: "chart-legend-target").first?.attributes["stroke-dasharray"] == ChartPalette.targetDash)
        #expect(probe.all("line", class: "chart-legend-baseline").first?.attributes["stroke-dasharray"] == ChartPalette.baselineDash)
    }

    @Test func thinsXLabelsWhenPeriodsAreMany() {
        // setup
        let months = (0..<48).map { "20\(22 + $0 / 12)-\(String(format: "%02d", $0 % 12 + 1))" }
        let chart = LineChart(
            title: "Meldingen per maand", description: "Het aantal meldingen schommelt.", periods: months,
            series: [LineChart.Series(name: "Meldingen", values: months.indices.map { Double(($0 * 37) % 50) })])
        // act
        let labels = SVGProbe(chart.svg(id: "m")).texts(class: "chart-axis-label").filter { $0.contains("-") }
        // check
        #expect(labels.first == "2022-01")
        #expect(labels.count < 48 && labels.count >= 6)
        #expect(labels.count * 7 * 7 <= 640)  // 7 characters of about 7 units each still fit side by side
    }

    @Test func escapesCallerText() throws {
        // setup
        let chart = LineChart(
            title: "Meldingen <script>&\"'", description: "A & B <b>", periods: ["<K1>"],
            series: [LineChart.Series(name: "x\"y", values: [1]), LineChart.Series(name: "Doel & ambitie", values: [2], style: .target)],
            gapNote: "<i>")
        // act
        let svg = chart.svg(id: "esc")
        let probe = SVGProbe(svg)
        // check
        #expect(probe.error == nil)
        #expect(svg.contains("<title id=\"esc-title\">Meldingen &lt;script&gt;&amp;&quot;&apos;</title>"))
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<b>"))
        #expect(probe.text(of: "title") == "Meldingen <script>&\"'")
        #expect(probe.texts(class: "chart-legend-label") == ["x\"y", "Doel & ambitie"])
    }

    @Test func makesIdsUniquePerIdArgument() throws {
        // setup
        let chart = quarterly([1, 2, 3])
        // act
        let first = SVGProbe(chart.svg(id: "indicator-1"))
        let second = SVGProbe(chart.svg(id: "indicator-2"))
        let odd = SVGProbe(chart.svg(id: "1 \"x\""))
        // check
        let ids = [first, second].flatMap { $0.elements.compactMap { $0.attributes["id"] } }
        #expect(Set(ids).count == ids.count)
        #expect(ids == ["indicator-1-title", "indicator-1-desc", "indicator-2-title", "indicator-2-desc"])
        // An id never splits aria-labelledby or starts with a digit.
        let labelled = try #require(odd.root?.attributes["aria-labelledby"])
        #expect(labelled.split(separator: " ").map(String.init) == odd.elements.compactMap { $0.attributes["id"] })
        #expect(labelled.first?.isLetter == true)
    }

    @Test func rendersNoDataWhenEmptyOrAllMissing() {
        // setup
        let charts = [
            LineChart(title: "Leeg", description: "Nog geen metingen.", periods: [], series: []),
            quarterly([nil, nil, nil], target: [5, 5, 5]),
            quarterly([.nan, .infinity, nil]),
        ]
        for chart in charts {
            // act
            let probe = SVGProbe(chart.svg(id: "leeg"))
            // check
            #expect(probe.error == nil)
            #expect(probe.texts(class: "chart-empty-label") == ["geen gegevens"])
            #expect(probe.all("path").isEmpty)
            #expect(probe.texts(class: "chart-note-text").isEmpty)
        }
    }

    @Test func rendersTheSameBytesEveryTime() {
        // setup
        let chart = quarterly([12.25, 14, nil, 11, 9.5, 10], target: [10, 10, 10, 10, 10, 10])
        // act
        let renders = (0..<3).map { _ in chart.svg(id: "x") }
        // check
        #expect(Set(renders).count == 1)
    }
}

@Suite struct BarChartTests {
    private let areas = BarChart(
        title: "Tevredenheid per wijk", description: "Noord scoort het hoogst.",
        bars: [
            .init(label: "Centrum", value: 72.5), .init(label: "Noord", value: 81),
            .init(label: "Oost", value: nil, marker: "< 5"), .init(ChartPoint(label: "West", value: 64.25)),
        ],
        target: 75, format: .percent(), gapNote: "Wijken met minder dan 5 antwoorden zijn verborgen.")

    @Test func drawsBarsValuesAndMarkers() throws {
        // act
        let svg = areas.svg(id: "wijken")
        let probe = SVGProbe(svg)
        // check
        #expect(probe.error == nil)
        #expect(probe.root?.attributes["aria-labelledby"] == "wijken-title wijken-desc")
        #expect(probe.all("rect", class: "chart-bar").count == 3)
        #expect(probe.texts(class: "chart-bar-label") == ["Centrum", "Noord", "Oost", "West"])
        #expect(probe.texts(class: "chart-value") == ["72,5%", "81,0%", "64,3%"])
        #expect(probe.texts(class: "chart-bar-marker") == ["< 5"])
        #expect(svg.contains(">&lt; 5</text>"))
        #expect(probe.texts(class: "chart-axis-label").first == "0%")
    }

    @Test func drawsTheTargetLineDashedAndLabelled() throws {
        // act
        let probe = SVGProbe(areas.svg(id: "t"))
        // check
        let line = try #require(probe.all("line", class: "chart-target-line").first)
        #expect(line.attributes["stroke-dasharray"] == ChartPalette.targetDash)
        #expect(probe.texts(class: "chart-target-label") == ["doel 75,0%"])
    }

    @Test func showsTheGapNoteOnlyWhenABarIsMissing() {
        // setup
        var complete = areas
        complete.bars.removeAll { $0.value == nil }
        // act
        let gapped = SVGProbe(areas.svg(id: "a"))
        let whole = SVGProbe(complete.svg(id: "b"))
        // check
        #expect(gapped.texts(class: "chart-note-text").joined(separator: " ") == "Wijken met minder dan 5 antwoorden zijn verborgen.")
        #expect(gapped.text(of: "desc") == "Noord scoort het hoogst. Wijken met minder dan 5 antwoorden zijn verborgen.")
        #expect(whole.texts(class: "chart-note-text").isEmpty)
        #expect(whole.text(of: "desc") == "Noord scoort het hoogst.")
    }

    @Test func drawsNegativeBarsLeftOfZero() throws {
        // setup
        let chart = BarChart(
            title: "Verandering", description: "Oost daalt.", bars: [.init(label: "Oost", value: -12), .init(label: "West", value: 30)])
        // act
        let probe = SVGProbe(chart.svg(id: "n"))
        // check
        #expect(probe.error == nil)
        let bars = probe.all("rect", class: "chart-bar")
        let zero = try #require(probe.all("line", class: "chart-axis-line").last?.attributes["x1"].flatMap(Double.init))
        let negative = try #require(bars.first?.attributes)
        let end = try #require(Double(negative["x"] ?? "")) + (try #require(Double(negative["width"] ?? "")))
        #expect(abs(end - zero) < 0.02)
        #expect(probe.texts(class: "chart-value") == ["\u{2212}12", "30"])
    }

    @Test func rendersNoDataWhenEmptyOrAllMissing() {
        for bars in [[], [BarChart.Bar(label: "Oost", value: nil, marker: "< 5")]] {
            // setup
            let chart = BarChart(title: "Leeg", description: "Geen antwoorden.", bars: bars, target: 50)
            // act
            let probe = SVGProbe(chart.svg(id: "leeg"))
            // check
            #expect(probe.error == nil)
            #expect(probe.texts(class: "chart-empty-label") == ["geen gegevens"])
            #expect(probe.all("rect", class: "chart-bar").isEmpty)
        }
    }

    @Test func escapesCallerText() {
        // setup
        let chart = BarChart(title: "<script>&\"'", description: "x", bars: [.init(label: "A&B <wijk>", value: 3)])
        // act
        let svg = chart.svg(id: "e")
        // check
        #expect(SVGProbe(svg).error == nil)
        #expect(svg.contains("&lt;script&gt;&amp;&quot;&apos;"))
        #expect(svg.contains("A&amp;B &lt;wijk&gt;"))
        #expect(!svg.contains("<script"))
    }
}

@Suite struct SparklineChartTests {
    @Test func drawsAFixedSizeTrendWithTarget() throws {
        // setup
        let line = Sparkline(values: [3, 4, nil, 6, 5], title: "Wachttijd, laatste vijf kwartalen", target: 4)
        // act
        let svg = line.svg(id: "spark-1")
        let probe = SVGProbe(svg)
        // check
        #expect(probe.error == nil)
        let root = try #require(probe.root)
        #expect(root.attributes["viewBox"] == "0 0 120 28")
        #expect(root.attributes["width"] == "120" && root.attributes["height"] == "28")
        #expect(root.attributes["aria-labelledby"] == "spark-1-title spark-1-desc")
        #expect(probe.all("path", class: "chart-line-measured").count == 2)
        #expect(probe.all("line", class: "chart-target-line").first?.attributes["stroke-dasharray"] != nil)
        #expect(probe.text(of: "desc") == ChartText.defaultGapNote)
    }

    @Test func namesItselfByTitleAloneWithoutGaps() {
        // act
        let probe = SVGProbe(Sparkline(values: [1, 2, 3], title: "Trend").svg(id: "s"))
        // check
        #expect(probe.root?.attributes["aria-labelledby"] == "s-title")
        #expect(probe.all("desc").isEmpty)
        #expect(probe.all("circle", class: "chart-point-isolated").isEmpty)
    }

    @Test func rendersNoDataWhenEmpty() {
        for values in [[], [nil, nil] as [Double?]] {
            // act
            let probe = SVGProbe(Sparkline(values: values, title: "Leeg").svg(id: "s"))
            // check
            #expect(probe.error == nil)
            #expect(probe.texts(class: "chart-empty-label") == ["geen gegevens"])
        }
    }

    @Test func drawsASingleValueAsAPoint() {
        // act
        let probe = SVGProbe(Sparkline(values: [nil, 7, nil], title: "Eén meting").svg(id: "s"))
        // check
        #expect(probe.error == nil)
        #expect(probe.all("path").isEmpty)
        #expect(probe.all("circle", class: "chart-point-isolated").count == 1)
    }
}

@Suite struct HeatmapTests {
    private let scores = Heatmap(
        title: "Scores per onderdeel", description: "Capaciteit scoort het laagst.", columns: ["Uitvoerbaarheid", "Capaciteit"],
        rows: [
            .init(label: "Artikel 1", values: [4.26, 1.2]),
            .init(label: "Artikel 2 <toekomstplan>", values: [2.5, nil]),
            .init(label: "Artikel 3", values: [3.0, 4.49]),
        ],
        hiddenNote: "Minder dan 5 scores: niet getoond.")

    @Test func drawsAnAccessibleGridWithTheMeanInEveryCell() throws {
        // act
        let svg = scores.svg(id: "toets")
        let probe = SVGProbe(svg)
        // check
        #expect(probe.error == nil)
        #expect(probe.root?.attributes["role"] == "img")
        #expect(probe.root?.attributes["aria-labelledby"] == "toets-title toets-desc")
        #expect(probe.text(of: "title") == "Scores per onderdeel")
        #expect(probe.text(of: "desc") == "Capaciteit scoort het laagst. Minder dan 5 scores: niet getoond.")
        #expect(probe.texts(class: "chart-heatmap-column") == ["Uitvoerbaarheid", "Capaciteit"])
        #expect(probe.texts(class: "chart-heatmap-row") == ["Artikel 1", "Artikel 2 <toekomstplan>", "Artikel 3"])
        #expect(probe.texts(class: "chart-heatmap-value") == ["4,3", "1,2", "2,5", "–", "3,0", "4,5"])
        #expect(probe.all("rect", class: "chart-heatmap-cell").count == 6)
        #expect(svg.contains("Artikel 2 &lt;toekomstplan&gt;"))
    }

    @Test func coloursByClassAndDrawsHiddenCellsGrey() {
        // act
        let probe = SVGProbe(scores.svg(id: "toets"))
        let cells = probe.all("rect", class: "chart-heatmap-cell")
        let values = probe.all("text", class: "chart-heatmap-value")
        // check: 4.26 → 4, 1.2 → 1 (red, white text), 2.5 → 3, hidden grey, 3.0 → 3, 4.49 (written 4,5) → 5
        #expect(cells.map { $0.attributes["fill"] } == ["#80cdc1", "#b2182b", "#f7f7f7", "#d5d9de", "#f7f7f7", "#01665e"])
        #expect(values[1].attributes["fill"] == "#ffffff")
        #expect(values[3].attributes["fill"] == "#1b1f24")
        #expect(cells[3].classes.contains("chart-heatmap-hidden"))
        #expect(probe.texts(class: "chart-note-text").joined(separator: " ") == "Minder dan 5 scores: niet getoond.")
        #expect(probe.texts(class: "chart-legend-value") == ["1", "2", "3", "4", "5", "–"])
    }

    @Test func putsScoresInFiveClassesOfHalfAPoint() {
        #expect([1.0, 1.44, 1.5, 2.44, 2.5, 3.4, 3.5, 4.44, 4.47, 5.0, 0.2, 7].map(Heatmap.scoreClass) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 1, 5])
    }

    @Test func givesEveryClassTextOfEnoughContrast() {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        func luminance(_ hex: String) -> Double {
            let value = Int(hex.dropFirst(), radix: 16)!
            let red: Double = 0.2126 * linear((value >> 16) & 0xff)
            let green: Double = 0.7152 * linear((value >> 8) & 0xff)
            let blue: Double = 0.0722 * linear(value & 0xff)
            return red + green + blue
        }
        for colours in Heatmap.classes + [Heatmap.hidden] {
            let (a, b) = (luminance(colours.fill), luminance(colours.text))
            #expect((max(a, b) + 0.05) / (min(a, b) + 0.05) >= 4.5, "\(colours)")
        }
    }

    @Test func leavesOutTheNoteWithoutHiddenCellsAndDrawsNoDataWhenEmpty() {
        // act
        let full = SVGProbe(Heatmap(title: "T", description: "D.", columns: ["A"], rows: [.init(label: "R", values: [3])]).svg(id: "h"))
        let empty = SVGProbe(Heatmap(title: "T", description: "D.", columns: ["A"], rows: []).svg(id: "h"))
        // check
        #expect(full.text(of: "desc") == "D.")
        #expect(full.texts(class: "chart-note-text").isEmpty)
        #expect(full.texts(class: "chart-legend-value") == ["1", "2", "3", "4", "5"])
        #expect(empty.texts(class: "chart-empty-label") == ["geen gegevens"])
    }

    @Test func rendersTheSameBytesEveryTime() {
        #expect(scores.svg(id: "a") == scores.svg(id: "a"))
    }
}

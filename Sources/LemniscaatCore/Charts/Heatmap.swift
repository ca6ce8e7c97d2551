// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// A grid of mean scores from 1 to 5: one row per item (a section of a draft), one column per question (a review
/// dimension). Every cell carries its mean as text, so the colour only repeats what the figure says (WCAG 1.4.1).
/// With `scale: .counts` the cells hold whole counts instead (the samenwerkingskaart): light to dark blue in five
/// classes, and a zero cell hatched as well as saying "0", so "no contact" never rests on colour alone.
public struct Heatmap: Sendable, Equatable {
    /// What the cells hold: mean scores from 1 to 5 (the default) or counts from 0 up.
    public enum Scale: Sendable, Equatable {
        case scores
        case counts
    }

    public struct Row: Sendable, Equatable {
        public var label: String
        /// One per column; nil draws a grey cell with "–": too few scores to show, or none.
        public var values: [Double?]

        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// The chart's accessible name, in `<title>`.
    public var title: String
    /// A one-sentence summary in Dutch, in `<desc>`; the hidden-cell note follows it when a cell is hidden.
    public var description: String
    public var columns: [String]
    public var rows: [Row]
    /// The legend's words for the lowest and the highest score, e.g. "1 slecht" and "5 goed".
    public var lowLabel: String
    public var highLabel: String
    /// Shown in the legend next to the grey cell and in `<desc>` when a cell is hidden; nil uses a general Dutch note.
    public var hiddenNote: String?
    public var scale: Scale

    public init(
        title: String, description: String, columns: [String], rows: [Row], lowLabel: String = "1 = slecht", highLabel: String = "5 = goed",
        hiddenNote: String? = nil, scale: Scale = .scores
    ) {
        self.scale = scale
        self.title = title
        self.description = description
        self.columns = columns
        self.rows = rows
        self.lowLabel = lowLabel
        self.highLabel = highLabel
        self.hiddenNote = hiddenNote
    }

    /// Five classes of half a point around each whole score, from red (1) through near-white (3) to blue-green (5):
    /// the ends differ in lightness and on the blue–yellow axis, so they stay apart for red–green colour blindness.
    /// Each class has the text colour that reaches at least 4.5:1 on it (1.4.3).
    static let classes: [(fill: String, text: String)] = [
        ("#b2182b", "#ffffff"),  // 6.9:1
        ("#f4a582", ChartPalette.ink),  // 8.3:1
        ("#f7f7f7", ChartPalette.ink),  // 15.5:1
        ("#80cdc1", ChartPalette.ink),  // 9.0:1
        ("#01665e", "#ffffff"),  // 6.9:1
    ]
    /// Grey with a dash: clearly none of the five classes, and 11.7:1 for the dash.
    static let hidden = (fill: "#d5d9de", text: ChartPalette.ink)

    /// The count classes: 1–2, 3–5, 6–10 and 11 or more, light to dark blue, each with text of at least 4.5:1.
    static let countClasses: [(fill: String, text: String, label: String)] = [
        ("#deebf7", ChartPalette.ink, "1–2"),
        ("#9ecae1", ChartPalette.ink, "3–5"),
        ("#4292c6", ChartPalette.ink, "6–10"),
        ("#08519c", "#ffffff", "11+"),
    ]
    /// A zero count: white, hatched with grey lines, and "0" on a white halo.
    static let zero = (fill: "#ffffff", text: ChartPalette.ink, hatch: "#9aa3ad")

    /// The class of a count: 0 for none, then 1…4 as in `countClasses`.
    static func countClass(_ count: Double) -> Int {
        switch count.rounded() {
        case ..<0.5: 0
        case ..<2.5: 1
        case ..<5.5: 2
        case ..<10.5: 3
        default: 4
        }
    }

    /// The class of a mean as the cell writes it (one decimal): 1 below 1,5, 2 below 2,5, and so on, so a cell that
    /// says 4,5 is never coloured as a 4. Means outside 1…5 fall in the nearest class.
    static func scoreClass(_ mean: Double) -> Int {
        let written = (mean * 10).rounded() / 10
        return min(5, max(1, Int((written + 0.5).rounded(.down))))
    }

    /// The cell's text: the mean with one decimal, Dutch style, or "–".
    static func cellText(_ value: Double?) -> String {
        drawable(value).map { DutchNumber.format($0, decimals: 1) } ?? DutchNumber.notANumber
    }

    /// A cell's fill and text colour, and whether it is a hatched zero.
    func colours(_ value: Double?) -> (fill: String, text: String, zero: Bool) {
        guard let value else { return (Self.hidden.fill, Self.hidden.text, false) }
        switch scale {
        case .scores:
            let colours = Self.classes[Self.scoreClass(value) - 1]
            return (colours.fill, colours.text, false)
        case .counts:
            let index = Self.countClass(value)
            guard index > 0 else { return (Self.zero.fill, Self.zero.text, true) }
            let colours = Self.countClasses[index - 1]
            return (colours.fill, colours.text, false)
        }
    }

    func text(_ value: Double?) -> String {
        switch scale {
        case .scores: Self.cellText(value)
        case .counts: drawable(value).map { DutchNumber.format($0.rounded(), decimals: 0) } ?? DutchNumber.notANumber
        }
    }

    /// The heatmap as an `<svg>` element to place inline in HTML; `id` prefixes the ids of its `<title>` and `<desc>`.
    public func svg(id: String) -> String {
        let ids = ChartIDs(id)
        let columnWidth = max(96, (columns.map { ChartMetrics.textWidth($0) }.max() ?? 0) + 12)
        let labelColumn = min(260, max(120, (rows.map { ChartMetrics.textWidth($0.label) }.max() ?? 0) + 16))
        let lowWidth = ChartMetrics.textWidth(lowLabel)
        let legendStart = max(8, labelColumn - lowWidth - 8)
        let legend: [(fill: String, text: String, label: String, zero: Bool)] =
            switch scale {
            case .scores: Self.classes.enumerated().map { ($1.fill, $1.text, String($0 + 1), false) }
            case .counts: [(Self.zero.fill, Self.zero.text, "0", true)] + Self.countClasses.map { ($0.fill, $0.text, $0.label, false) }
            }
        let legendSwatch = scale == .scores ? 28.0 : 40.0
        let legendWidth =
            legendStart + lowWidth + 8 + Double(legend.count) * (legendSwatch + 2) + 6 + ChartMetrics.textWidth(highLabel) + 24 + 28 + 8
        let width = max(labelColumn + Double(columns.count) * columnWidth + 8, legendWidth)
        guard !rows.isEmpty, !columns.isEmpty else {
            var svg = SVGWriter(kind: "chart-heatmap", ids: ids, width: max(width, 320), height: 120, title: title, desc: description)
            svg.noData(x: 8, y: 8, width: max(width, 320) - 16, height: 104)
            return svg.finish()
        }
        let hasHidden = rows.contains { row in columns.indices.contains { drawable(row.values.indices.contains($0) ? row.values[$0] : nil) == nil } }
        let note = hiddenNote ?? ChartText.defaultGapNote
        let headerHeight = 28.0
        let rowHeight = 32.0
        let gridTop = headerHeight
        let gridBottom = gridTop + Double(rows.count) * rowHeight
        let legendTop = gridBottom + 16
        let swatch = 28.0
        let noteLines = hasHidden ? ChartMetrics.wrap(note, width: width - 16) : []
        let height = legendTop + swatch + (noteLines.isEmpty ? 0 : 12 + Double(noteLines.count) * 16) + 8

        var svg = SVGWriter(
            kind: "chart-heatmap", ids: ids, width: width, height: height, title: title, desc: hasHidden ? sentences(description, note) : description)
        let hatchID = ids.title.replacingOccurrences(of: "-title", with: "") + "-zero"
        if scale == .counts {
            svg.open("defs", [])
            svg.open("pattern", [("id", hatchID), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")])
            svg.element("rect", [("width", "6"), ("height", "6"), ("fill", Self.zero.fill)])
            svg.element("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", Self.zero.hatch), ("stroke-width", "2")])
            svg.close("pattern")
            svg.close("defs")
        }
        svg.group("chart-heatmap-columns") { svg in
            for (index, column) in columns.enumerated() {
                svg.text(
                    "chart-heatmap-column", column, x: labelColumn + (Double(index) + 0.5) * columnWidth, y: headerHeight - 10, anchor: .middle,
                    fill: ChartPalette.ink)
            }
        }
        svg.group("chart-heatmap-rows") { svg in
            for (rowIndex, row) in rows.enumerated() {
                let top = gridTop + Double(rowIndex) * rowHeight
                svg.text(
                    "chart-heatmap-row", ChartMetrics.truncate(row.label, width: labelColumn - 16), x: labelColumn - 8, y: top + rowHeight / 2 + 4,
                    anchor: .end)
                for columnIndex in columns.indices {
                    let value = drawable(row.values.indices.contains(columnIndex) ? row.values[columnIndex] : nil)
                    let colours = colours(value)
                    let x = labelColumn + Double(columnIndex) * columnWidth
                    let cellClass =
                        value == nil ? "chart-heatmap-cell chart-heatmap-hidden" : colours.zero ? "chart-heatmap-cell chart-heatmap-zero" : "chart-heatmap-cell"
                    svg.element(
                        "rect",
                        [
                            ("class", cellClass), ("x", SVGWriter.number(x + 1)),
                            ("y", SVGWriter.number(top + 1)), ("width", SVGWriter.number(columnWidth - 2)),
                            ("height", SVGWriter.number(rowHeight - 2)), ("fill", colours.zero ? "url(#\(hatchID))" : colours.fill),
                            ("stroke", ChartPalette.grid), ("stroke-width", "1"),
                        ])
                    svg.text(
                        "chart-heatmap-value", text(value), x: x + columnWidth / 2, y: top + rowHeight / 2 + 4, anchor: .middle,
                        fill: colours.text, halo: colours.zero)
                }
            }
        }
        svg.group("chart-legend") { svg in
            // The low and high words sit outside the swatches, which hold only the score each colour stands for.
            var x = legendStart
            svg.text("chart-legend-label", lowLabel, x: x, y: legendTop + swatch / 2 + 4, fill: ChartPalette.muted)
            x += lowWidth + 8
            for entry in legend {
                svg.element(
                    "rect",
                    [
                        ("class", "chart-legend-swatch"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(legendTop)),
                        ("width", SVGWriter.number(legendSwatch)), ("height", SVGWriter.number(swatch)),
                        ("fill", entry.zero ? "url(#\(hatchID))" : entry.fill), ("stroke", ChartPalette.grid), ("stroke-width", "1"),
                    ])
                svg.text(
                    "chart-legend-value", entry.label, x: x + legendSwatch / 2, y: legendTop + swatch / 2 + 4, anchor: .middle, fill: entry.text,
                    halo: entry.zero)
                x += legendSwatch + 2
            }
            svg.text("chart-legend-label", highLabel, x: x + 6, y: legendTop + swatch / 2 + 4, fill: ChartPalette.muted)
            x += ChartMetrics.textWidth(highLabel) + 24
            guard hasHidden else { return }
            svg.element(
                "rect",
                [
                    ("class", "chart-legend-swatch chart-heatmap-hidden"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(legendTop)),
                    ("width", SVGWriter.number(swatch)), ("height", SVGWriter.number(swatch)), ("fill", Self.hidden.fill),
                ])
            svg.text("chart-legend-value", DutchNumber.notANumber, x: x + swatch / 2, y: legendTop + swatch / 2 + 4, anchor: .middle, fill: Self.hidden.text)
        }
        if !noteLines.isEmpty {
            svg.group("chart-note") { svg in
                for (offset, line) in noteLines.enumerated() {
                    svg.text("chart-note-text", line, x: 8, y: legendTop + swatch + 22 + Double(offset) * 16, fill: ChartPalette.muted)
                }
            }
        }
        return svg.finish()
    }
}

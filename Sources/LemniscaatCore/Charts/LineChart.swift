// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// Measurements per period, with an optional target and baseline, as an SVG drawn on the server.
public struct LineChart: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        /// Solid for measurements, dashed for a target, dotted for a baseline: the style itself tells them apart.
        public enum Style: Sendable, Equatable {
            case measured
            case target
            case baseline
        }

        /// Shown in the legend.
        public var name: String
        /// Aligned with `LineChart.periods`; nil (or a missing value at the end) is a gap.
        public var values: [Double?]
        public var style: Style

        public init(name: String, values: [Double?], style: Style = .measured) {
            self.name = name
            self.values = values
            self.style = style
        }

        /// Values taken from points in period order; the points' labels and notes are not used here.
        public init(name: String, points: [ChartPoint], style: Style = .measured) {
            self.init(name: name, values: points.map(\.value), style: style)
        }
    }

    /// The chart's accessible name, in `<title>`.
    public var title: String
    /// A one-sentence summary in Dutch, in `<desc>`; the gap note follows it when values are missing.
    public var description: String
    /// X-axis labels in order, such as "2024-K1".
    public var periods: [String]
    public var series: [Series]
    public var format: ValueFormat
    /// Appended to every axis value, with the caller's own spacing, e.g. " dagen". Percent and euro carry their sign already.
    public var unitSuffix: String
    /// Shown under the chart and in `<desc>` when a measured value is missing; nil uses a general Dutch note.
    /// Gaps in a target or baseline series do not count: a target that starts later hides nothing.
    public var gapNote: String?
    /// The viewBox; the chart scales to its container's width.
    public var width: Int
    /// The viewBox height; grows when the legend and note need more room than a 100-unit plot leaves.
    public var height: Int

    public init(
        title: String, description: String, periods: [String], series: [Series], format: ValueFormat = .count,
        unitSuffix: String = "", gapNote: String? = nil, width: Int = 640, height: Int = 280
    ) {
        self.title = title
        self.description = description
        self.periods = periods
        self.series = series
        self.format = format
        self.unitSuffix = unitSuffix
        self.gapNote = gapNote
        self.width = width
        self.height = height
    }

    /// The chart as an `<svg>` element to place inline in HTML; `id` prefixes the ids of its `<title>` and `<desc>`.
    public func svg(id: String) -> String {
        let ids = ChartIDs(id)
        let count = periods.count
        let columns = series.map { line in (0..<count).map { $0 < line.values.count ? drawable(line.values[$0]) : nil } }
        let measured = series.indices.filter { series[$0].style == .measured }
        let hasData = measured.contains { columns[$0].contains { $0 != nil } }
        let width = Double(max(self.width, 160))

        guard hasData else {
            let height = Double(max(self.height, 80))
            var svg = SVGWriter(kind: "chart-line", ids: ids, width: width, height: height, title: title, desc: description)
            svg.noData(x: 8, y: 8, width: width - 16, height: height - 16)
            return svg.finish()
        }

        let hasGaps = measured.contains { columns[$0].contains { $0 == nil } }
        let note = gapNote ?? ChartText.defaultGapNote
        let values = columns.flatMap { $0.compactMap { $0 } }
        let scale = NiceScale(
            from: values.min()!, to: values.max()!, includeZero: format.startsAtZero, wholeNumbers: format.wholeNumbers)
        let tickLabels = scale.ticks.map { format.tick($0, decimals: scale.decimals) + unitSuffix }

        // Horizontal layout: y labels set the left margin, so a long euro label never runs off the edge.
        let top = 12.0
        let right = 16.0
        let plotLeft = min(width / 2, (tickLabels.map { ChartMetrics.textWidth($0) }.max() ?? 0) + 14)
        let plotRight = width - right
        let plotWidth = plotRight - plotLeft
        let slot = plotWidth / Double(count)

        // Vertical layout, bottom up: note lines, legend rows, x labels, then the plot takes what is left.
        let legend = series.count > 1 ? legendLayout(width: width - plotLeft - right) : []
        let legendRows = (legend.map(\.row).max() ?? -1) + 1
        let noteLines = hasGaps ? ChartMetrics.wrap(note, width: width - plotLeft - right) : []
        let xLabelBand = 22.0
        let rowHeight = 18.0
        let bottom = xLabelBand + Double(legendRows) * rowHeight + (legendRows > 0 ? 4 : 0) + Double(noteLines.count) * 16 + 6
        let height = max(Double(self.height), top + 100 + bottom)
        let plotBottom = height - bottom
        let plotHeight = plotBottom - top

        func x(_ index: Int) -> Double { plotLeft + (Double(index) + 0.5) * slot }
        func y(_ value: Double) -> Double { plotBottom - scale.fraction(value) * plotHeight }

        var svg = SVGWriter(
            kind: "chart-line", ids: ids, width: width, height: height, title: title,
            desc: hasGaps ? sentences(description, note) : description)

        svg.group("chart-grid") { svg in
            for tick in scale.ticks where tick != 0 {
                svg.line("chart-gridline", x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), stroke: ChartPalette.grid)
            }
        }
        svg.group("chart-axis chart-axis-y") { svg in
            svg.line("chart-axis-line", x1: plotLeft, y1: top, x2: plotLeft, y2: plotBottom, stroke: ChartPalette.axis)
            for (tick, label) in zip(scale.ticks, tickLabels) {
                svg.text("chart-axis-label", label, x: plotLeft - 8, y: y(tick) + 4, anchor: .end, fill: ChartPalette.muted)
            }
        }
        svg.group("chart-axis chart-axis-x") { svg in
            // The zero line when the scale crosses zero (the lowest tick's gridline closes the plot), otherwise the bottom.
            let baseY = scale.lower < 0 && scale.upper > 0 ? y(0) : plotBottom
            svg.line("chart-axis-line", x1: plotLeft, y1: baseY, x2: plotRight, y2: baseY, stroke: ChartPalette.axis)
            let labelWidth = (periods.map { ChartMetrics.textWidth($0) }.max() ?? 0) + 10
            let stride = ChartMetrics.labelStride(labelWidth: labelWidth, slot: slot)
            for index in 0..<count {
                svg.line("chart-tick", x1: x(index), y1: plotBottom, x2: x(index), y2: plotBottom + 4, stroke: ChartPalette.axis)
                guard index % stride == 0 else { continue }
                // Kept inside the viewBox: the first and last labels may be wider than their slot.
                let half = ChartMetrics.textWidth(periods[index]) / 2
                let labelX = min(max(x(index), half + 2), width - half - 2)
                svg.text("chart-axis-label", periods[index], x: labelX, y: plotBottom + 17, anchor: .middle, fill: ChartPalette.muted)
            }
        }

        // Markers on every point only while they stay apart; isolated points always get one, or they would vanish.
        let markEveryPoint = slot >= 10
        var measuredIndex = 0
        for (index, line) in series.enumerated() {
            let look = Look(style: line.style, measuredIndex: measuredIndex)
            if line.style == .measured { measuredIndex += 1 }
            svg.group("chart-series chart-series-\(line.style)") { svg in
                for run in chartRuns(columns[index]) {
                    if run.count == 1 {
                        svg.marker(
                            "chart-point chart-point-isolated", shape: look.shape, x: x(run[0].index), y: y(run[0].value),
                            radius: 3.5, fill: look.colour)
                        continue
                    }
                    let d = run.enumerated().map { offset, point in
                        (offset == 0 ? "M" : "L") + SVGWriter.number(x(point.index)) + " " + SVGWriter.number(y(point.value))
                    }.joined(separator: " ")
                    svg.element("path", look.pathAttributes(d: d))
                    if markEveryPoint && line.style == .measured {
                        for point in run {
                            svg.marker("chart-point", shape: look.shape, x: x(point.index), y: y(point.value), radius: 3, fill: look.colour)
                        }
                    }
                }
            }
        }

        if !legend.isEmpty {
            svg.group("chart-legend") { svg in
                let firstRowY = plotBottom + xLabelBand + 12
                var measuredIndex = 0
                for (line, place) in zip(series, legend) {
                    let look = Look(style: line.style, measuredIndex: measuredIndex)
                    if line.style == .measured { measuredIndex += 1 }
                    let rowY = firstRowY + Double(place.row) * rowHeight
                    let sampleX = plotLeft + place.x
                    svg.line(
                        "chart-legend-sample chart-legend-\(line.style)", x1: sampleX, y1: rowY - 4, x2: sampleX + 28, y2: rowY - 4,
                        stroke: look.colour, width: look.strokeWidth, dash: look.dash)
                    if line.style == .measured {
                        svg.marker("chart-point", shape: look.shape, x: sampleX + 14, y: rowY - 4, radius: 3, fill: look.colour)
                    }
                    svg.text("chart-legend-label", line.name, x: sampleX + 34, y: rowY, fill: ChartPalette.ink)
                }
            }
        }

        if !noteLines.isEmpty {
            svg.group("chart-note") { svg in
                let firstY = plotBottom + xLabelBand + Double(legendRows) * rowHeight + (legendRows > 0 ? 4 : 0) + 12
                for (offset, text) in noteLines.enumerated() {
                    svg.text("chart-note-text", text, x: plotLeft, y: firstY + Double(offset) * 16, fill: ChartPalette.muted)
                }
            }
        }
        return svg.finish()
    }

    /// Legend entries placed left to right, wrapping to a new row when the next would not fit.
    private func legendLayout(width: Double) -> [(row: Int, x: Double)] {
        var places: [(row: Int, x: Double)] = []
        var row = 0
        var x = 0.0
        for line in series {
            let entry = 34 + ChartMetrics.textWidth(line.name)
            if x > 0 && x + entry > width {
                row += 1
                x = 0
            }
            places.append((row, x))
            x += entry + 18
        }
        return places
    }

    /// How one series is drawn.
    private struct Look {
        let style: Series.Style
        let colour: String
        let shape: Int
        let dash: String?
        let strokeWidth: Double

        init(style: Series.Style, measuredIndex: Int) {
            self.style = style
            switch style {
            case .measured:
                colour = ChartPalette.measured[measuredIndex % ChartPalette.measured.count]
                shape = measuredIndex
                dash = nil
                strokeWidth = 2.5
            case .target:
                colour = ChartPalette.target
                shape = 0
                dash = ChartPalette.targetDash
                strokeWidth = 2
            case .baseline:
                colour = ChartPalette.baseline
                shape = 0
                dash = ChartPalette.baselineDash
                strokeWidth = 2
            }
        }

        func pathAttributes(d: String) -> [(String, String)] {
            var attributes: [(String, String)] = [
                ("class", "chart-line-segment chart-line-\(style)"), ("d", d), ("fill", "none"), ("stroke", colour),
                ("stroke-width", SVGWriter.number(strokeWidth)), ("stroke-linejoin", "round"),
            ]
            if let dash { attributes.append(("stroke-dasharray", dash)) }
            return attributes
        }
    }
}

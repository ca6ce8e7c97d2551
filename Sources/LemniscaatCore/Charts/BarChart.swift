// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// One horizontal bar per area or category, each with its value written at the end, and an optional target line.
public struct BarChart: Sendable, Equatable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// nil shows `marker` instead of a bar.
        public var value: Double?
        /// Text in place of a missing bar, such as "< 5" or "verborgen"; nil writes "geen gegevens".
        public var marker: String?

        public init(label: String, value: Double?, marker: String? = nil) {
            self.label = label
            self.value = value
            self.marker = marker
        }

        /// A point's note becomes the marker of its gap.
        public init(_ point: ChartPoint) {
            self.init(label: point.label, value: point.value, marker: point.note)
        }
    }

    /// The chart's accessible name, in `<title>`.
    public var title: String
    /// A one-sentence summary in Dutch, in `<desc>`; the gap note follows it when a bar is missing.
    public var description: String
    public var bars: [Bar]
    /// A vertical dashed line labelled "doel" with its value.
    public var target: Double?
    public var format: ValueFormat
    /// Appended to every value, with the caller's own spacing, e.g. " dagen". Percent and euro carry their sign already.
    public var unitSuffix: String
    /// Shown under the chart and in `<desc>` when a bar is missing; nil uses a general Dutch note.
    public var gapNote: String?
    /// The viewBox width; the height follows from the number of bars.
    public var width: Int

    public init(
        title: String, description: String, bars: [Bar], target: Double? = nil, format: ValueFormat = .count,
        unitSuffix: String = "", gapNote: String? = nil, width: Int = 640
    ) {
        self.title = title
        self.description = description
        self.bars = bars
        self.target = target
        self.format = format
        self.unitSuffix = unitSuffix
        self.gapNote = gapNote
        self.width = width
    }

    /// The chart as an `<svg>` element to place inline in HTML; `id` prefixes the ids of its `<title>` and `<desc>`.
    public func svg(id: String) -> String {
        let ids = ChartIDs(id)
        let width = Double(max(self.width, 200))
        let values = bars.map { drawable($0.value) }
        let present = values.compactMap { $0 }

        guard !present.isEmpty else {
            var svg = SVGWriter(kind: "chart-bar", ids: ids, width: width, height: 120, title: title, desc: description)
            svg.noData(x: 8, y: 8, width: width - 16, height: 104)
            return svg.finish()
        }

        let hasGaps = present.count < bars.count
        let note = gapNote ?? ChartText.defaultGapNote
        let target = drawable(self.target)
        // Bars encode length from zero, so zero is always on the scale, whatever the format.
        let scale = NiceScale(
            from: min(present.min()!, target ?? 0), to: max(present.max()!, target ?? 0), includeZero: true,
            wholeNumbers: format.wholeNumbers)
        let tickLabels = scale.ticks.map { format.tick($0, decimals: scale.decimals) + unitSuffix }
        let valueLabels = values.map { $0.map { format.string($0) + unitSuffix } }
        let markers = bars.map { $0.marker ?? ChartText.noData }

        // Horizontal layout: category labels, then the plot with room for value labels beyond the longest bars.
        let right = 12.0
        let labelColumn = min((bars.map { ChartMetrics.textWidth($0.label) }.max() ?? 0), width * 0.35) + 16
        let positiveRoom =
            (zip(values, valueLabels).compactMap { $0.0.map { $0 >= 0 } == true ? $0.1 : nil }
            + markers.enumerated().compactMap { values[$0.offset] == nil ? $0.element : nil })
            .map { ChartMetrics.textWidth($0) + 8 }.max() ?? 0
        let negativeRoom =
            zip(values, valueLabels).compactMap { $0.0.map { $0 < 0 } == true ? $0.1 : nil }
            .map { ChartMetrics.textWidth($0) + 8 }.max() ?? 0
        let plotLeft = labelColumn
        let scaleLeft = plotLeft + negativeRoom
        let scaleRight = max(scaleLeft + 40, width - right - positiveRoom)
        func x(_ value: Double) -> Double { scaleLeft + scale.fraction(value) * (scaleRight - scaleLeft) }

        // Vertical layout: a line for the target label, the rows, the axis labels, the note.
        let top = target == nil ? 8.0 : 24.0
        let rowHeight = 28.0
        let barThickness = 16.0
        let plotTop = top
        let plotBottom = plotTop + Double(bars.count) * rowHeight
        let noteLines = hasGaps ? ChartMetrics.wrap(note, width: width - plotLeft - right) : []
        let height = plotBottom + 24 + Double(noteLines.count) * 16 + 6

        var svg = SVGWriter(
            kind: "chart-bar", ids: ids, width: width, height: height, title: title,
            desc: hasGaps ? sentences(description, note) : description)

        svg.group("chart-grid") { svg in
            for tick in scale.ticks where tick != 0 {
                svg.line("chart-gridline", x1: x(tick), y1: plotTop, x2: x(tick), y2: plotBottom, stroke: ChartPalette.grid)
            }
        }
        svg.group("chart-axis chart-axis-x") { svg in
            svg.line("chart-axis-line", x1: scaleLeft, y1: plotBottom, x2: scaleRight, y2: plotBottom, stroke: ChartPalette.axis)
            let slot = (scaleRight - scaleLeft) / Double(max(scale.ticks.count - 1, 1))
            let labelWidth = (tickLabels.map { ChartMetrics.textWidth($0) }.max() ?? 0) + 10
            let stride = ChartMetrics.labelStride(labelWidth: labelWidth, slot: slot)
            for (offset, (tick, label)) in zip(scale.ticks, tickLabels).enumerated() {
                svg.line("chart-tick", x1: x(tick), y1: plotBottom, x2: x(tick), y2: plotBottom + 4, stroke: ChartPalette.axis)
                guard offset % stride == 0 else { continue }
                let half = ChartMetrics.textWidth(label) / 2
                let labelX = min(max(x(tick), half + 2), width - half - 2)
                svg.text("chart-axis-label", label, x: labelX, y: plotBottom + 17, anchor: .middle, fill: ChartPalette.muted)
            }
        }

        let zero = x(0)
        func rowBaseline(_ row: Int) -> Double { plotTop + (Double(row) + 0.5) * rowHeight + 4 }
        svg.group("chart-bars") { svg in
            for (row, bar) in bars.enumerated() {
                svg.text(
                    "chart-bar-label", ChartMetrics.truncate(bar.label, width: labelColumn - 16), x: labelColumn - 8, y: rowBaseline(row),
                    anchor: .end)
                guard let value = values[row] else { continue }
                let end = x(value)
                svg.element(
                    "rect",
                    [
                        ("class", "chart-bar"), ("x", SVGWriter.number(min(zero, end))),
                        ("y", SVGWriter.number(rowBaseline(row) - 4 - barThickness / 2)), ("width", SVGWriter.number(abs(end - zero))),
                        ("height", SVGWriter.number(barThickness)), ("fill", ChartPalette.measured[0]),
                    ])
            }
        }
        svg.group("chart-axis chart-axis-zero") { svg in
            svg.line("chart-axis-line", x1: zero, y1: plotTop, x2: zero, y2: plotBottom, stroke: ChartPalette.axis)
        }

        // Over the bars, so a bar never hides where the target lies.
        if let target {
            svg.group("chart-target") { svg in
                let targetX = x(target)
                svg.line(
                    "chart-target-line", x1: targetX, y1: plotTop - 4, x2: targetX, y2: plotBottom, stroke: ChartPalette.target,
                    width: 2, dash: ChartPalette.targetDash)
                let label = ChartText.target + " " + format.string(target) + unitSuffix
                let half = ChartMetrics.textWidth(label) / 2
                svg.text(
                    "chart-target-label", label, x: min(max(targetX, half + 2), width - half - 2), y: plotTop - 8, anchor: .middle,
                    fill: ChartPalette.target)
            }
        }

        // Last of all, with a white halo, so the target line never runs through a figure.
        svg.group("chart-values") { svg in
            for row in bars.indices {
                guard let value = values[row], let valueLabel = valueLabels[row] else {
                    let leftward = zero > (scaleLeft + scaleRight) / 2
                    svg.text(
                        "chart-bar-marker", markers[row], x: leftward ? zero - 6 : zero + 6, y: rowBaseline(row),
                        anchor: leftward ? .end : .start, fill: ChartPalette.muted, italic: true, halo: true)
                    continue
                }
                let end = x(value)
                svg.text(
                    "chart-value", valueLabel, x: value < 0 ? end - 6 : end + 6, y: rowBaseline(row), anchor: value < 0 ? .end : .start,
                    halo: true)
            }
        }

        if !noteLines.isEmpty {
            svg.group("chart-note") { svg in
                for (offset, text) in noteLines.enumerated() {
                    svg.text("chart-note-text", text, x: plotLeft, y: plotBottom + 38 + Double(offset) * 16, fill: ChartPalette.muted)
                }
            }
        }
        return svg.finish()
    }
}

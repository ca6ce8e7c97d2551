// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// A word-sized trend line without axes, for a list of indicators; the exact figures belong in the text beside it.
public struct Sparkline: Sendable, Equatable {
    /// In order; nil is a gap.
    public var values: [Double?]
    /// The accessible name, in `<title>`.
    public var title: String
    /// A dashed horizontal line.
    public var target: Double?
    /// Optional summary in `<desc>`; the gap note follows it when a value is missing.
    public var description: String?
    /// Goes only into `<desc>`, as there is no room to write it; nil uses a general Dutch note.
    public var gapNote: String?
    public var width: Int
    public var height: Int

    public init(
        values: [Double?], title: String, target: Double? = nil, description: String? = nil, gapNote: String? = nil,
        width: Int = 120, height: Int = 28
    ) {
        self.values = values
        self.title = title
        self.target = target
        self.description = description
        self.gapNote = gapNote
        self.width = width
        self.height = height
    }

    /// The sparkline as an `<svg>` of its own fixed size (it sits in a line of text or a table cell, where a
    /// percentage width would collapse); `id` prefixes the ids of its `<title>` and `<desc>`.
    public func svg(id: String) -> String {
        let ids = ChartIDs(id)
        let width = Double(max(self.width, 40))
        let height = Double(max(self.height, 12))
        let points = values.map(drawable)
        let present = points.compactMap { $0 }
        let hasGaps = !present.isEmpty && present.count < points.count
        let desc = hasGaps ? sentences(description ?? "", gapNote ?? ChartText.defaultGapNote) : description

        var svg = SVGWriter(kind: "chart-sparkline", ids: ids, width: width, height: height, title: title, desc: desc, fixedSize: true)
        guard !present.isEmpty else {
            svg.noData(x: 0.5, y: 0.5, width: width - 1, height: height - 1, fontSize: min(10, height * 0.6))
            return svg.finish()
        }

        // A trend needs no zero: the line spans the height between the lowest and highest value (or target).
        let target = drawable(self.target)
        let low = min(present.min()!, target ?? .infinity)
        let high = max(present.max()!, target ?? -.infinity)
        let pad = 3.0
        func x(_ index: Int) -> Double {
            points.count == 1 ? width / 2 : pad + Double(index) * (width - 2 * pad) / Double(points.count - 1)
        }
        func y(_ value: Double) -> Double {
            high == low ? height / 2 : height - pad - (value - low) / (high - low) * (height - 2 * pad)
        }

        if let target {
            svg.line(
                "chart-target-line", x1: 0, y1: y(target), x2: width, y2: y(target), stroke: ChartPalette.target, width: 1,
                dash: "3 2")
        }
        let colour = ChartPalette.measured[0]
        svg.group("chart-series chart-series-measured") { svg in
            let runs = chartRuns(points)
            for run in runs {
                if run.count == 1 {
                    svg.marker("chart-point chart-point-isolated", shape: 0, x: x(run[0].index), y: y(run[0].value), radius: 2, fill: colour)
                    continue
                }
                let d = run.enumerated().map { offset, point in
                    (offset == 0 ? "M" : "L") + SVGWriter.number(x(point.index)) + " " + SVGWriter.number(y(point.value))
                }.joined(separator: " ")
                svg.element(
                    "path",
                    [
                        ("class", "chart-line-segment chart-line-measured"), ("d", d), ("fill", "none"), ("stroke", colour),
                        ("stroke-width", "1.5"), ("stroke-linejoin", "round"),
                    ])
            }
            // The latest value marked, as the one a reader compares with the figure beside the line; an isolated
            // last point has its marker already.
            if let run = runs.last, run.count > 1, let last = run.last {
                svg.marker("chart-point chart-point-last", shape: 0, x: x(last.index), y: y(last.value), radius: 2, fill: colour)
            }
        }
        return svg.finish()
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// The only words a chart writes itself; every other text comes from the caller.
enum ChartText {
    static let noData = "geen gegevens"
    static let target = "doel"
    /// Used when the caller gives no gap note, because a gap nobody explains reads as a drawing error.
    static let defaultGapNote = "Sommige waarden ontbreken of zijn verborgen."
}

/// One labelled value, for callers that hold their data as points rather than as aligned columns.
public struct ChartPoint: Sendable, Equatable {
    public var label: String
    /// nil draws a gap.
    public var value: Double?
    /// Short text for a gap, such as "< 5"; a bar chart shows it in place of the bar.
    public var note: String?

    public init(label: String, value: Double?, note: String? = nil) {
        self.label = label
        self.value = value
        self.note = note
    }
}

/// Colours with WCAG 2.1 contrast on white: text ≥ 4.5:1 (1.4.3), lines and bars ≥ 3:1 (1.4.11). They match
/// lemniscaat.css, and sit inline so a chart also reads right in a feed reader or a saved page without the CSS.
enum ChartPalette {
    /// 16.6:1
    static let ink = "#1b1f24"
    /// 7.8:1
    static let muted = "#4a5360"
    /// 4.7:1
    static let axis = "#6b7480"
    /// Gridlines only guide the eye; every value they mark is also a label, so they may stay light.
    static let grid = "#c9cfd6"
    /// Blue 6.7:1, green 6.6:1, purple 7.6:1, brown 6.8:1; the marker shapes tell series apart without colour.
    static let measured = ["#0b5cad", "#1d6b33", "#6a3d9a", "#8a4b00"]
    /// 7.3:1, and dashed.
    static let target = "#b00020"
    /// 7.8:1, and dotted.
    static let baseline = "#4a5360"
    static let targetDash = "8 5"
    static let baselineDash = "2 4"
}

enum ChartMetrics {
    static let fontSize = 12.0
    static let fontFamily = "system-ui, -apple-system, Segoe UI, Roboto, sans-serif"
    /// SVG text cannot be measured on the server; 0.6 em per character errs wide for digits and Dutch words,
    /// so labels get room to spare rather than overlap.
    static func textWidth(_ text: String, fontSize: Double = fontSize) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    /// Splits text into lines of at most `width`; a single word longer than that keeps a line of its own.
    static func wrap(_ text: String, width: Double, fontSize: Double = fontSize) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: \.isWhitespace) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && textWidth(candidate, fontSize: fontSize) > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Shortens text to `width` with an ellipsis; the full text stays available in the caller's table or desc.
    static func truncate(_ text: String, width: Double, fontSize: Double = fontSize) -> String {
        guard textWidth(text, fontSize: fontSize) > width else { return text }
        let fits = max(1, Int(width / (fontSize * 0.6)) - 1)
        return String(text.prefix(fits)) + "…"
    }

    /// Show every nth label so labels of `labelWidth` never overlap in slots of `slot` wide.
    static func labelStride(labelWidth: Double, slot: Double) -> Int {
        guard slot > 0 else { return 1 }
        return max(1, Int((labelWidth / slot).rounded(.up)))
    }
}

/// Ids for `<title>` and `<desc>`; the caller's id keeps two charts on one page from pointing at each other's text.
struct ChartIDs {
    let title: String
    let desc: String

    init(_ id: String) {
        // aria-labelledby is a space-separated list, so only characters that are safe in any id survive.
        var clean = String(
            id.unicodeScalars.map { scalar -> Character in
                let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
                return allowed ? Character(scalar) : "-"
            })
        if clean.isEmpty { clean = "chart" }
        if let first = clean.unicodeScalars.first, !first.properties.isAlphabetic { clean = "chart-" + clean }
        title = clean + "-title"
        desc = clean + "-desc"
    }
}

/// A small writer of SVG markup: one element per line, attributes in the order given, every value escaped.
struct SVGWriter {
    private(set) var markup = ""

    /// Opens the root with its accessible name, the caller's `<title>` and `<desc>`.
    /// `fixedSize` gives the element its own width and height; without it, the chart fills its container's width
    /// and keeps its aspect ratio from the viewBox, so it shrinks on a phone.
    /// `role` is "group" for a chart whose parts are links: inside an "img" they would be hidden from assistive
    /// technology.
    init(kind: String, ids: ChartIDs, width: Double, height: Double, title: String, desc: String?, fixedSize: Bool = false, role: String = "img") {
        var attributes: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "chart " + kind),
            ("role", role),
            ("aria-labelledby", desc == nil ? ids.title : ids.title + " " + ids.desc),
            ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
        ]
        if fixedSize {
            attributes += [("width", Self.number(width)), ("height", Self.number(height))]
        } else {
            attributes += [("width", "100%"), ("preserveAspectRatio", "xMidYMid meet")]
        }
        attributes += [("font-family", ChartMetrics.fontFamily), ("font-size", Self.number(ChartMetrics.fontSize))]
        open("svg", attributes)
        element("title", [("id", ids.title)], text: title)
        if let desc { element("desc", [("id", ids.desc)], text: desc) }
    }

    mutating func open(_ name: String, _ attributes: [(String, String)]) {
        markup += "<" + name + Self.attributes(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        markup += "</" + name + ">\n"
    }

    mutating func element(_ name: String, _ attributes: [(String, String)]) {
        markup += "<" + name + Self.attributes(attributes) + "/>\n"
    }

    mutating func element(_ name: String, _ attributes: [(String, String)], text: String) {
        markup += "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">\n"
    }

    mutating func group(_ className: String, _ body: (inout SVGWriter) -> Void) {
        open("g", [("class", className)])
        body(&self)
        close("g")
    }

    mutating func line(_ className: String, x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil) {
        var attributes: [(String, String)] = [
            ("class", className), ("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)), ("y2", Self.number(y2)),
            ("stroke", stroke), ("stroke-width", Self.number(width)),
        ]
        if let dash { attributes.append(("stroke-dasharray", dash)) }
        element("line", attributes)
    }

    enum Anchor: String { case start, middle, end }

    /// `halo` outlines the glyphs in white, painted beneath the fill, so a line crossing the text cannot hide it.
    mutating func text(
        _ className: String, _ content: String, x: Double, y: Double, anchor: Anchor = .start, fill: String = ChartPalette.ink,
        italic: Bool = false, fontSize: Double? = nil, halo: Bool = false
    ) {
        var attributes: [(String, String)] = [("class", className), ("x", Self.number(x)), ("y", Self.number(y))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        attributes.append(("fill", fill))
        if halo { attributes += [("stroke", "#fff"), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("paint-order", "stroke")] }
        if let fontSize { attributes.append(("font-size", Self.number(fontSize))) }
        if italic { attributes.append(("font-style", "italic")) }
        element("text", attributes, text: content)
    }

    /// A point marker; the shape follows the series, so series differ by more than colour (WCAG 1.4.1).
    mutating func marker(_ className: String, shape: Int, x: Double, y: Double, radius: Double, fill: String) {
        let r = radius
        func point(_ dx: Double, _ dy: Double) -> String { Self.number(x + dx) + " " + Self.number(y + dy) }
        switch shape % 4 {
        case 1:
            element(
                "rect",
                [
                    ("class", className), ("x", Self.number(x - r)), ("y", Self.number(y - r)),
                    ("width", Self.number(2 * r)), ("height", Self.number(2 * r)), ("fill", fill),
                ])
        case 2:
            let d = "M" + point(0, -1.25 * r) + " L" + point(1.15 * r, 0.85 * r) + " L" + point(-1.15 * r, 0.85 * r) + " Z"
            element("path", [("class", className), ("d", d), ("fill", fill)])
        case 3:
            let d = "M" + point(0, -1.3 * r) + " L" + point(1.3 * r, 0) + " L" + point(0, 1.3 * r) + " L" + point(-1.3 * r, 0) + " Z"
            element("path", [("class", className), ("d", d), ("fill", fill)])
        default:
            element("circle", [("class", className), ("cx", Self.number(x)), ("cy", Self.number(y)), ("r", Self.number(r)), ("fill", fill)])
        }
    }

    /// An empty plot with "geen gegevens" in the middle, so a page without data still shows where the chart belongs.
    mutating func noData(x: Double, y: Double, width: Double, height: Double, fontSize: Double? = nil) {
        group("chart-empty") { svg in
            svg.element(
                "rect",
                [
                    ("class", "chart-frame"), ("x", Self.number(x)), ("y", Self.number(y)), ("width", Self.number(width)),
                    ("height", Self.number(height)), ("fill", "none"), ("stroke", ChartPalette.axis), ("stroke-width", "1"),
                ])
            let size = fontSize ?? ChartMetrics.fontSize
            svg.text(
                "chart-empty-label", ChartText.noData, x: x + width / 2, y: y + height / 2 + size * 0.35, anchor: .middle, fill: ChartPalette.muted,
                fontSize: fontSize)
        }
    }

    mutating func finish() -> String {
        close("svg")
        return markup
    }

    /// A coordinate with at most two decimals and no trailing zeros: short, and identical on every platform.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded()
        guard hundredths.magnitude < 9e15 else { return "0" }
        let scaled = Int(hundredths)
        if scaled == 0 { return "0" }
        let sign = scaled < 0 ? "-" : ""
        let whole = scaled.magnitude / 100
        let fraction = scaled.magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Escapes the five XML specials and drops characters XML 1.0 forbids outright, so caller text can never
    /// break the markup or open an element of its own.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " " + $0.0 + "=\"" + escape($0.1) + "\"" }.joined()
    }
}

/// Runs of consecutive values between gaps; each run becomes its own path, so a gap is never bridged by a line.
func chartRuns(_ values: [Double?]) -> [[(index: Int, value: Double)]] {
    var runs: [[(index: Int, value: Double)]] = []
    var current: [(index: Int, value: Double)] = []
    for (index, value) in values.enumerated() {
        if let value {
            current.append((index, value))
        } else if !current.isEmpty {
            runs.append(current)
            current = []
        }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
}

/// A value a chart can draw: nil, NaN and infinity all become gaps.
func drawable(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
}

/// The caller's summary followed by the gap note, as two sentences.
func sentences(_ first: String, _ second: String) -> String {
    let head = first.trimmingTrailingWhitespace
    if head.isEmpty { return second }
    let ends = head.last.map { ".!?".contains($0) } ?? false
    return head + (ends ? " " : ". ") + second
}

extension String {
    fileprivate var trimmingTrailingWhitespace: String {
        var copy = self
        while copy.last?.isWhitespace == true { copy.removeLast() }
        return copy
    }
}

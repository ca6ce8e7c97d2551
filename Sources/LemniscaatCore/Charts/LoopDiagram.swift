// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// The loop of one policy as a picture: columns from practice (themes, signals) through sessions, decisions and the
/// changes they brought, to the policy, its goals and its indicators. Every node is a link; its height grows with its
/// weight; a node where the loop is broken has a dashed outline and says why in words, so colour is never the only
/// sign (WCAG 1.4.1).
///
/// The columns run left to right in the order the loop runs in practice: what is reported, where it is discussed,
/// what is decided, what changes, and what that policy aims at. A reader follows a line from a theme to the goal it
/// touches; a broken node stands out at the place in that order where the loop stops.
public struct LoopDiagram: Sendable, Equatable {
    public enum Kind: String, CaseIterable, Sendable {
        case theme, signalGroup, session, decision, policyChange, policy, goal, indicator

        /// The column the kind is drawn in, left (practice) to right (policy and what it measures).
        public var column: Int {
            switch self {
            case .theme, .signalGroup: 0
            case .session: 1
            case .decision: 2
            case .policyChange: 3
            case .policy: 4
            case .goal: 5
            case .indicator: 6
            }
        }

        /// The Dutch word before a node's label in its accessible name.
        var noun: String {
            switch self {
            case .theme: "Thema"
            case .signalGroup: "Signalen"
            case .session: "Overleg"
            case .decision: "Besluit"
            case .policyChange: "Wijziging"
            case .policy: "Beleid"
            case .goal: "Doel"
            case .indicator: "Indicator"
            }
        }
    }

    public struct Node: Sendable, Equatable {
        /// Unique within the diagram; edges refer to it. It is not written into the markup.
        public var id: String
        public var kind: Kind
        public var label: String
        /// A short second line, such as "4 signalen"; also read out after the label.
        public var detail: String?
        public var url: String
        /// Drives the height (square root scale); negative counts as zero.
        public var weight: Double
        /// Why the loop is broken here ("geen antwoord"); nil when it is not.
        public var broken: String?

        public init(id: String, kind: Kind, label: String, detail: String? = nil, url: String, weight: Double, broken: String? = nil) {
            self.id = id
            self.kind = kind
            self.label = label
            self.detail = detail
            self.url = url
            self.weight = weight
            self.broken = broken
        }
    }

    /// The words the diagram writes itself, Dutch unless the caller speaks another language. `{n}` stands for a
    /// number, `{kind}` for a noun in lower case.
    public struct Words: Sendable, Equatable {
        public var nouns: [Kind: String]
        /// The label of a "+N meer" node.
        public var more: String
        /// Its accessible name.
        public var moreName: String
        /// Before the reason in the accessible name of a node where the loop is stuck.
        public var stuck: String
        /// The reason on a "+N meer" node standing for a node where the loop is stuck.
        public var alsoStuck: String

        public init(nouns: [Kind: String], more: String, moreName: String, stuck: String, alsoStuck: String) {
            self.nouns = nouns
            self.more = more
            self.moreName = moreName
            self.stuck = stuck
            self.alsoStuck = alsoStuck
        }

        public static let dutch = Words(
            nouns: Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0, $0.noun) }), more: "+{n} meer",
            moreName: "Nog {n} meer: {kind} en andere",
            stuck: "lus stokt", alsoStuck: "ook waar de lus stokt")

        func noun(_ kind: Kind) -> String { nouns[kind] ?? kind.noun }
    }

    public struct Edge: Sendable, Equatable, Hashable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// The accessible name of the whole diagram.
    public var title: String
    public var description: String?
    /// Headings above the seven columns.
    public var columnTitles: [String]
    /// Nodes per column at most, the "+N meer" node included.
    public var maximumPerColumn: Int
    /// Where a "+N meer" node links to, by the kind of the first node it stands for.
    public var moreURLs: [Kind: String]
    /// Written in an empty column.
    public var emptyText: String
    public var words: Words

    public static let defaultColumnTitles = ["Praktijk", "Overleggen", "Besluiten", "Wijzigingen", "Beleid", "Doelen", "Indicatoren"]

    public init(
        nodes: [Node], edges: [Edge], title: String, description: String? = nil, columnTitles: [String] = Self.defaultColumnTitles,
        maximumPerColumn: Int = 7, moreURLs: [Kind: String] = [:], emptyText: String = "geen", words: Words = .dutch
    ) {
        self.nodes = nodes
        self.edges = edges
        self.title = title
        self.description = description
        self.columnTitles = columnTitles
        self.maximumPerColumn = maximumPerColumn
        self.moreURLs = moreURLs
        self.emptyText = emptyText
        self.words = words
    }

    // MARK: layout

    static let columns = 7
    /// Seven columns come to about 1 130 pixels, the width of the page's main column, so the text is drawn at its
    /// own size there.
    static let boxWidth = 140.0
    static let columnGap = 24.0
    static let rowGap = 14.0
    static let margin = 8.0
    static let headerHeight = 26.0
    /// Room for three lines of text; the largest node holds eight.
    static let minimumHeight = 50.0
    static let maximumHeight = 120.0
    static let lineHeight = 13.0
    static let fontSize = 11.0

    /// A node where it is drawn. `more` is set on the "+N meer" node: how many nodes it stands for.
    public struct Placed: Sendable, Equatable {
        public let node: Node
        public let column: Int
        public let x: Double
        public let y: Double
        public let width: Double
        public let height: Double
        public let more: Int?
    }

    public struct Layout: Sendable, Equatable {
        public let nodes: [Placed]
        /// Between ids of placed nodes; edges to nodes behind a "+N meer" node lead to that node.
        public let edges: [Edge]
        public let width: Double
        public let height: Double
    }

    /// The height for a weight: the square root of its share of the heaviest, between the minimum and maximum, so a
    /// node of four times the weight is twice as tall (area would exaggerate big counts).
    public static func height(weight: Double, heaviest: Double) -> Double {
        let w = max(0, weight.isFinite ? weight : 0)
        guard heaviest > 0 else { return minimumHeight }
        let share = min(1, w / heaviest).squareRoot()
        return (minimumHeight + (maximumHeight - minimumHeight) * share).rounded()
    }

    public func layout() -> Layout {
        let cap = max(2, maximumPerColumn)
        var seen = Set<String>()
        let unique = nodes.filter { seen.insert($0.id).inserted }
        // Caps each column in the caller's order (heaviest or most relevant first), folding the rest into one node.
        var columnNodes: [[(node: Node, more: Int?)]] = Array(repeating: [], count: Self.columns)
        var redirect: [String: String] = [:]
        for column in 0..<Self.columns {
            let inColumn = unique.filter { $0.kind.column == column }
            guard inColumn.count > cap else {
                columnNodes[column] = inColumn.map { ($0, nil) }
                continue
            }
            let kept = inColumn.prefix(cap - 1)
            let rest = inColumn.dropFirst(cap - 1)
            let first = rest.first!
            let moreID = "meer-\(column)"
            let more = Node(
                id: moreID, kind: first.kind, label: words.more.replacingAll("{n}", with: String(rest.count)),
                url: moreURLs[first.kind] ?? rest.first!.url, weight: 0, broken: rest.contains { $0.broken != nil } ? words.alsoStuck : nil)
            for node in rest { redirect[node.id] = moreID }
            columnNodes[column] = kept.map { ($0, nil) } + [(more, rest.count)]
        }
        // The policy holds the weight of all practice together; measured against it every other node would shrink to
        // the minimum, so it is left out of the scale (and drawn at most at the maximum).
        let heaviest = unique.filter { $0.kind != .policy }.map(\.weight).filter(\.isFinite).max() ?? 0
        func height(_ entry: (node: Node, more: Int?)) -> Double {
            entry.more == nil ? Self.height(weight: entry.node.weight, heaviest: heaviest) : Self.minimumHeight
        }

        let present = Set(columnNodes.flatMap { $0.map(\.node.id) })
        var edgeSet = Set<Edge>()
        var edges: [Edge] = []
        for edge in self.edges {
            let from = redirect[edge.from] ?? edge.from
            let to = redirect[edge.to] ?? edge.to
            guard from != to, present.contains(from), present.contains(to) else { continue }
            let edge = Edge(from: from, to: to)
            if edgeSet.insert(edge).inserted { edges.append(edge) }
        }

        let stacks = columnNodes.map { column in column.map(height).reduce(0, +) + Double(max(0, column.count - 1)) * Self.rowGap }
        let body = max(Self.minimumHeight, stacks.max() ?? 0)
        let top = Self.margin + Self.headerHeight
        var centres: [String: Double] = [:]
        var placed: [Placed] = []
        for column in 0..<Self.columns {
            var entries = columnNodes[column].enumerated().map { (index: $0.offset, entry: $0.element) }
            // Orders a column by where its neighbours to the left sit (barycentre), so lines cross less; nodes
            // without such neighbours keep the caller's order after them. The first column keeps the caller's order.
            if column > 0 {
                func barycentre(_ id: String) -> Double? {
                    let ys = edges.compactMap { edge -> Double? in
                        if edge.to == id, let y = centres[edge.from] { return y }
                        if edge.from == id, let y = centres[edge.to] { return y }
                        return nil
                    }
                    return ys.isEmpty ? nil : ys.reduce(0, +) / Double(ys.count)
                }
                let keys = entries.map { barycentre($0.entry.node.id) }
                let order = entries.indices.sorted { a, b in
                    switch (keys[a], keys[b]) {
                    case let (x?, y?): x == y ? entries[a].index < entries[b].index : x < y
                    case (_?, nil): true
                    case (nil, _?): false
                    case (nil, nil): entries[a].index < entries[b].index
                    }
                }
                // A "+N meer" node stays last: it stands for the lightest rest.
                let ordered = order.map { entries[$0] }
                entries = ordered.filter { $0.entry.more == nil } + ordered.filter { $0.entry.more != nil }
            }
            let x = Self.margin + Double(column) * (Self.boxWidth + Self.columnGap)
            var y = top + (body - stacks[column]) / 2
            for (_, entry) in entries {
                let h = height(entry)
                placed.append(Placed(node: entry.node, column: column, x: x, y: y, width: Self.boxWidth, height: h, more: entry.more))
                centres[entry.node.id] = y + h / 2
                y += h + Self.rowGap
            }
        }
        let width = 2 * Self.margin + Double(Self.columns) * Self.boxWidth + Double(Self.columns - 1) * Self.columnGap
        return Layout(nodes: placed, edges: edges, width: width, height: top + body + Self.margin)
    }

    // MARK: drawing

    /// Ink and tint per side of the loop: practice brown, sessions and decisions purple, changes green, policy blue —
    /// the inks from `ChartPalette`, with ≥ 4.5:1 on their tints.
    static func colours(_ kind: Kind) -> (ink: String, tint: String) {
        switch kind {
        case .theme, .signalGroup: ("#8a4b00", "#fbf3ea")
        case .session, .decision: ("#6a3d9a", "#f5effa")
        case .policyChange: ("#1d6b33", "#edf7ef")
        case .policy, .goal, .indicator: ("#0b5cad", "#eaf2fb")
        }
    }

    static let brokenInk = ChartPalette.target

    /// Inside a node the text is measured tighter than `ChartMetrics` does for axes: the box is fixed and each line
    /// has its full text in the link's title, so a rare overrun costs less than words cut short everywhere.
    static let characterWidth = fontSize * 0.55

    /// Splits at ordinary spaces only, unlike `ChartMetrics.wrap`: a no-break space (as in "< 5") holds.
    static func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if !line.isEmpty && Double(candidate.count) * characterWidth > width {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Cuts a line to the width with "…"; `ellipsis` says the line already ends in one that must stay.
    static func fit(_ text: String, width: Double, ellipsis: Bool = false) -> String {
        let room = max(1, Int(width / characterWidth))
        guard text.count > room else { return text }
        let body = ellipsis ? String(text.dropLast()) : text
        var cut = String(body.prefix(room - 1))
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// The name a screen reader gives the link: kind, full label, detail and why the loop is broken here.
    public static func accessibleName(_ node: Node, more: Int? = nil, words: Words = .dutch) -> String {
        if let more {
            return words.moreName.replacingAll("{n}", with: String(more)).replacingAll("{kind}", with: words.noun(node.kind).lowercased())
        }
        var parts = [words.noun(node.kind) + ": " + node.label]
        if let detail = node.detail, !detail.isEmpty { parts.append(detail) }
        if let broken = node.broken { parts.append(words.stuck + ": " + broken) }
        return parts.joined(separator: ". ")
    }

    /// The diagram as an `<svg>` that fills its container's width; `id` prefixes the ids of its `<title>` and `<desc>`.
    public func svg(id: String) -> String {
        let layout = layout()
        var svg = SVGWriter(
            kind: "chart-loop", ids: ChartIDs(id), width: layout.width, height: layout.height, title: title, desc: description, role: "group")
        let ink = ChartPalette.ink
        svg.group("loop-columns") { svg in
            for column in 0..<Self.columns {
                let x = Self.margin + Double(column) * (Self.boxWidth + Self.columnGap) + Self.boxWidth / 2
                let heading = column < columnTitles.count ? columnTitles[column] : ""
                svg.text("loop-column-title", heading, x: x, y: Self.margin + 13, anchor: .middle, fill: ChartPalette.muted, fontSize: 12)
                if !layout.nodes.contains(where: { $0.column == column }) {
                    svg.text(
                        "loop-empty", emptyText, x: x, y: layout.height / 2 + 4, anchor: .middle, fill: ChartPalette.muted, italic: true,
                        fontSize: Self.fontSize, halo: true)
                }
            }
        }
        let byID = Dictionary(uniqueKeysWithValues: layout.nodes.map { ($0.node.id, $0) })
        svg.group("loop-edges") { svg in
            for edge in layout.edges {
                guard var a = byID[edge.from], var b = byID[edge.to] else { continue }
                if a.column > b.column { swap(&a, &b) }
                guard a.column != b.column else { continue }
                let x1 = a.x + a.width
                let y1 = a.y + a.height / 2
                let x2 = b.x
                let y2 = b.y + b.height / 2
                let bend = min(60, (x2 - x1) / 2)
                // A line that skips a column passes behind its boxes; dashed, it does not read as ending there.
                let skips = b.column - a.column > 1
                let d =
                    "M" + SVGWriter.number(x1) + " " + SVGWriter.number(y1) + " C" + SVGWriter.number(x1 + bend) + " " + SVGWriter.number(y1) + " "
                    + SVGWriter.number(x2 - bend) + " " + SVGWriter.number(y2) + " " + SVGWriter.number(x2) + " " + SVGWriter.number(y2)
                var attributes: [(String, String)] = [
                    ("class", "loop-edge"), ("d", d), ("fill", "none"), ("stroke", ChartPalette.axis), ("stroke-width", "1.5"),
                    ("stroke-opacity", "0.7"),
                ]
                if skips { attributes.append(("stroke-dasharray", "3 3")) }
                svg.element("path", attributes)
            }
        }
        svg.group("loop-nodes") { svg in
            for placed in layout.nodes {
                let node = placed.node
                let (kindInk, tint) = Self.colours(node.kind)
                let broken = node.broken != nil
                let name = Self.accessibleName(node, more: placed.more, words: words)
                svg.open(
                    "a",
                    [("class", "loop-node loop-\(node.kind.rawValue)" + (broken ? " loop-broken" : "")), ("href", node.url), ("aria-label", name)])
                svg.element("title", [], text: name)
                var rect: [(String, String)] = [
                    ("x", SVGWriter.number(placed.x)), ("y", SVGWriter.number(placed.y)), ("width", SVGWriter.number(placed.width)),
                    ("height", SVGWriter.number(placed.height)), ("rx", "6"), ("fill", placed.more == nil ? tint : "#ffffff"),
                    ("stroke", broken ? Self.brokenInk : kindInk), ("stroke-width", broken ? "2.5" : "1.5"),
                ]
                if broken { rect.append(("stroke-dasharray", "6 4")) }
                if placed.more != nil && !broken { rect.append(("stroke-dasharray", "2 3")) }
                svg.element("rect", rect)
                // Lines in order of importance, as many as the height holds: why it is broken, the label's first line,
                // the detail, then the rest of the label.
                let capacity = max(1, Int((placed.height - 8) / Self.lineHeight))
                let textWidth = placed.width - 14
                func wrap(_ text: String) -> [String] { Self.wrap(text, width: textWidth) }
                var lines: [(text: String, fill: String, bold: Bool)] = []
                if let reason = node.broken { lines.append(("⚠ " + reason, Self.brokenInk, true)) }
                var detailLines = node.detail.map(wrap) ?? []
                detailLines = Array(detailLines.prefix(max(0, min(2, capacity - lines.count - 1))))
                let labelRoom = max(1, capacity - lines.count - detailLines.count)
                var labelLines = wrap(node.label)
                if labelLines.isEmpty { labelLines = [""] }
                if labelLines.count > labelRoom {
                    labelLines = Array(labelLines.prefix(labelRoom))
                    labelLines[labelRoom - 1] = Self.fit(labelLines[labelRoom - 1] + "…", width: textWidth, ellipsis: true)
                }
                let strong = placed.more != nil || node.kind == .policy
                lines += labelLines.map { (Self.fit($0, width: textWidth), ink, strong) }
                lines += detailLines.map { (Self.fit($0, width: textWidth), ChartPalette.muted, false) }
                let shown = Array(lines.prefix(capacity))
                let block = Double(shown.count) * Self.lineHeight
                var baseline = placed.y + (placed.height - block) / 2 + Self.lineHeight - 3
                for line in shown {
                    var attributes: [(String, String)] = [
                        ("x", SVGWriter.number(placed.x + 7)), ("y", SVGWriter.number(baseline)), ("fill", line.fill),
                        ("font-size", SVGWriter.number(Self.fontSize)),
                    ]
                    if line.bold { attributes.append(("font-weight", "600")) }
                    svg.element("text", attributes, text: line.text)
                    baseline += Self.lineHeight
                }
                svg.close("a")
            }
        }
        return svg.finish()
    }
}

extension String {
    /// Core has no Foundation: a plain replacement of every occurrence, for the diagram's few placeholders.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return out + rest
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

private func node(_ id: String, _ kind: LoopDiagram.Kind, weight: Double = 1, broken: String? = nil, label: String? = nil) -> LoopDiagram.Node {
    LoopDiagram.Node(
        id: id, kind: kind, label: label ?? "Knoop \(id)", detail: "\(Int(weight)) signalen", url: "/x/\(id)", weight: weight, broken: broken)
}

/// A small loop: two themes and a group of loose signals, one session, a decision that changed the policy, one goal
/// with an indicator off course.
private func sample() -> LoopDiagram {
    LoopDiagram(
        nodes: [
            node("t1", .theme, weight: 12), node("t2", .theme, weight: 3, broken: "geen antwoord"), node("g1", .signalGroup, weight: 2),
            node("s1", .session, weight: 12), node("d1", .decision, weight: 12), node("c1", .policyChange, weight: 12),
            node("p", .policy, weight: 17), node("goal", .goal, weight: 1), node("i1", .indicator, weight: 1, broken: "geen besluit"),
        ],
        edges: [
            .init(from: "t1", to: "s1"), .init(from: "s1", to: "d1"), .init(from: "d1", to: "c1"), .init(from: "c1", to: "p"),
            .init(from: "t2", to: "p"), .init(from: "g1", to: "p"), .init(from: "p", to: "goal"), .init(from: "goal", to: "i1"),
        ],
        title: "De lus van dit beleid", moreURLs: [.session: "/overleggen?beleid=p"])
}

@Suite struct LoopDiagramTests {
    @Test func nodeHeightsGrowWithWeightOnASquareRootScale() {
        // setup
        let weights: [Double] = [0, 1, 2, 4, 9, 16, 50, 100]
        // act
        let heights = weights.map { LoopDiagram.height(weight: $0, heaviest: 100) }
        // check
        #expect(heights == heights.sorted())
        #expect(heights.first == LoopDiagram.minimumHeight)
        #expect(heights.last == LoopDiagram.maximumHeight)
        #expect(LoopDiagram.height(weight: 500, heaviest: 100) == LoopDiagram.maximumHeight)
        #expect(LoopDiagram.height(weight: -3, heaviest: 100) == LoopDiagram.minimumHeight)
        #expect(LoopDiagram.height(weight: .nan, heaviest: 100) == LoopDiagram.minimumHeight)
        // four times the weight is twice the growth above the minimum
        let grow = { (w: Double) in LoopDiagram.height(weight: w, heaviest: 100) - LoopDiagram.minimumHeight }
        #expect(abs(grow(100) - 2 * grow(25)) <= 1)
    }

    @Test func placesKindsInColumnsFromPracticeToPolicyWithoutOverlap() {
        // setup
        var diagram = sample()
        diagram.nodes += (1...4).map { node("x\($0)", .theme, weight: Double($0)) }
        // act
        let layout = diagram.layout()
        // check
        #expect(layout.nodes.count == 13)
        for placed in layout.nodes { #expect(placed.column == placed.node.kind.column) }
        for a in layout.nodes {
            #expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height)
            for b in layout.nodes where a.node.id != b.node.id {
                let apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
                #expect(apart, "\(a.node.id) overlaps \(b.node.id)")
            }
        }
        let t1 = layout.nodes.first { $0.node.id == "t1" }!
        let g1 = layout.nodes.first { $0.node.id == "g1" }!
        #expect(t1.height > g1.height)
    }

    @Test func isDeterministic() {
        #expect(sample().svg(id: "lus") == sample().svg(id: "lus"))
    }

    @Test func everyNodeIsALinkWithAnAccessibleName() throws {
        // setup
        let diagram = sample()
        // act
        let probe = SVGProbe(diagram.svg(id: "lus"))
        // check
        #expect(probe.error == nil)
        #expect(probe.root?.attributes["role"] == "group")
        let links = probe.all("a")
        #expect(links.count == diagram.nodes.count)
        #expect(Set(links.compactMap { $0.attributes["href"] }) == Set(diagram.nodes.map(\.url)))
        for link in links { #expect(!(link.attributes["aria-label"] ?? "").isEmpty) }
        #expect(links.contains { $0.attributes["aria-label"] == "Thema: Knoop t2. 3 signalen. lus stokt: geen antwoord" })
        #expect(probe.all("path", class: "loop-edge").count == 8)
        // no id but the title and desc, so two diagrams or the page never clash
        #expect(probe.elements.compactMap { $0.attributes["id"] } == ["lus-title"])
    }

    @Test func marksBrokenNodesWithADashedOutlineAndWords() {
        // setup
        let diagram = sample()
        // act
        let probe = SVGProbe(diagram.svg(id: "lus"))
        // check
        let broken = probe.all("a", class: "loop-broken")
        #expect(broken.count == 2)
        let dashed = probe.all("rect").filter { $0.attributes["stroke-dasharray"] == "6 4" }
        #expect(dashed.count == 2)
        let texts = probe.all("text").map(\.text)
        #expect(texts.contains("⚠ geen antwoord"))
        #expect(texts.contains("⚠ geen besluit"))
    }

    @Test func escapesEveryText() {
        // setup
        var diagram = sample()
        diagram.nodes[0].label = "<script>alert('x')</script> & \"meer\""
        diagram.nodes[0].url = "/thema's?a=1&b=\"2\""
        diagram.title = "Lus <b>"
        // act
        let svg = diagram.svg(id: "lus")
        let probe = SVGProbe(svg)
        // check
        #expect(probe.error == nil)
        #expect(!svg.contains("<script>"))
        #expect(!svg.contains("<b>"))
        #expect(probe.all("a").contains { $0.attributes["href"] == "/thema's?a=1&b=\"2\"" })
        #expect(probe.all("title").contains { $0.text.contains("<script>alert('x')</script> & \"meer\"") })
    }

    @Test func capsAColumnWithAMoreNodeThatTakesItsEdges() {
        // setup
        var diagram = sample()
        diagram.maximumPerColumn = 4
        diagram.nodes += (2...10).map { node("s\($0)", .session) }
        diagram.edges += (2...10).map { LoopDiagram.Edge(from: "s\($0)", to: "p") }
        // act
        let layout = diagram.layout()
        let probe = SVGProbe(diagram.svg(id: "lus"))
        // check
        let sessions = layout.nodes.filter { $0.column == 1 }
        #expect(sessions.count == 4)
        let more = sessions.last!
        #expect(more.more == 7)
        #expect(more.node.label == "+7 meer")
        #expect(more.node.url == "/overleggen?beleid=p")
        #expect(layout.edges.filter { $0.from == more.node.id && $0.to == "p" }.count == 1)
        #expect(
            probe.all("a").contains {
                $0.attributes["href"] == "/overleggen?beleid=p" && $0.attributes["aria-label"] == "Nog 7 meer: overleg en andere"
            })
    }

    @Test func speaksTheCallersWords() {
        // setup
        var diagram = sample()
        diagram.maximumPerColumn = 2
        diagram.nodes += [node("t3", .theme, broken: "no answer")]
        var nouns = LoopDiagram.Words.dutch.nouns
        nouns[.theme] = "Theme"
        nouns[.indicator] = "Indicator"
        diagram.words = LoopDiagram.Words(
            nouns: nouns, more: "+{n} more", moreName: "{n} more: {kind} and others", stuck: "loop stuck", alsoStuck: "including stuck ones")
        // act
        let probe = SVGProbe(diagram.svg(id: "loop"))
        // check
        let names = probe.all("a").compactMap { $0.attributes["aria-label"] }
        #expect(names.contains("Theme: Knoop t1. 12 signalen"))
        #expect(names.contains("Indicator: Knoop i1. 1 signalen. loop stuck: geen besluit"))
        #expect(names.contains("3 more: theme and others"))
        #expect(probe.all("text").map(\.text).contains("+3 more"))
        #expect(probe.all("text").map(\.text).contains("⚠ including stuck ones"))
    }

    @Test func dropsEdgesToUnknownNodesAndWritesEmptyColumns() {
        // setup
        let diagram = LoopDiagram(
            nodes: [node("p", .policy, weight: 0)], edges: [.init(from: "p", to: "nergens"), .init(from: "p", to: "p")], title: "Lus")
        // act
        let layout = diagram.layout()
        let probe = SVGProbe(diagram.svg(id: "lus"))
        // check
        #expect(layout.edges.isEmpty)
        #expect(probe.error == nil)
        #expect(probe.texts(class: "loop-empty").count == 6)
        #expect(probe.texts(class: "loop-column-title") == LoopDiagram.defaultColumnTitles)
    }
}

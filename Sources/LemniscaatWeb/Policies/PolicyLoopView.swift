// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

/// The loop of one policy as the policy page shows it: the diagram and, under it, the same nodes as a table. Weights
/// are signals plus their recognitions, so a theme many colleagues recognise weighs more than one reported once;
/// see docs/beleid.md.
///
/// Lines follow what really happened — on the agenda, decided in, changed by — and nothing else: a theme that never
/// reached a session, or a session without a decision, has no line onward, so the reader sees where the loop stops.
struct PolicyLoopView {
    struct Row {
        let kind: String
        let label: String
        let url: String
        let detail: String
        let broken: String
        let isBroken: Bool
    }

    let svg: String
    let rows: [Row]
    let brokenCount: Int

    init(loop: PolicyLoopRepository.Loop, policyID: UUID, policyTitle: String, k: SmallNumberPolicy, t: [String: String]) {
        let id = policyID.uuidString.lowercased()
        let signalsURL = SiteURL.signals.path + "?beleid=\(id)"
        var nodes: [LoopDiagram.Node] = []
        var edges: [LoopDiagram.Edge] = []
        func signals(_ n: Int) -> String { n == 1 ? "1 \(t["policyLoopSignal"]!)" : "\(n) \(t["policyLoopSignals"]!)" }
        func recognised(_ n: Int) -> String {
            guard n > 0 else { return "" }
            // "< 5" kept on one line: split, the "<" would read as a stray sign.
            return " · \(t["policyLoopRecognised"]!) \((k.label(k.count(n)) ?? String(n)).replacingOccurrences(of: " ", with: "\u{00A0}"))×"
        }
        func late(_ n: Int) -> String? { n > 0 ? "\(n) \(t["policyLoopNoAnswer"]!)" : nil }

        // practice: a node per theme, and the signals without a theme in two nodes (answered or closed, and open)
        var practiceWeight: [String: Double] = [:]
        for group in loop.groups {
            if let themeID = group.themeID {
                let node = "thema-\(themeID.uuidString.lowercased())"
                nodes.append(
                    .init(
                        id: node, kind: .theme, label: group.themeTitle ?? "–", detail: signals(group.signals) + recognised(group.recognitions),
                        url: SiteURL.theme(id: themeID.uuidString.lowercased()).path, weight: Double(group.signals + group.recognitions),
                        broken: late(group.late)))
                practiceWeight[node] = Double(group.signals + group.recognitions)
            } else {
                let done = group.signals - group.open
                if done > 0 {
                    let weight = Double(done + group.recognitions - group.openRecognitions)
                    nodes.append(
                        .init(
                            id: "los-klaar", kind: .signalGroup, label: t["policyLoopLooseDone"]!,
                            detail: signals(done) + recognised(group.recognitions - group.openRecognitions), url: signalsURL, weight: weight))
                    practiceWeight["los-klaar"] = weight
                }
                if group.open > 0 {
                    let weight = Double(group.open + group.openRecognitions)
                    nodes.append(
                        .init(
                            id: "los-open", kind: .signalGroup, label: t["policyLoopLooseOpen"]!,
                            detail: signals(group.open) + recognised(group.openRecognitions),
                            url: signalsURL + (group.late > 0 ? "&telaat=ja&sortering=termijn" : ""), weight: weight, broken: late(group.late)))
                    practiceWeight["los-open"] = weight
                }
            }
        }
        func practiceNode(_ source: PolicyLoopRepository.Source) -> String? {
            switch source.kind {
            case .theme: return "thema-\(source.id.uuidString.lowercased())"
            case .signal:
                if let theme = source.signalThemeID, practiceWeight["thema-\(theme.uuidString.lowercased())"] != nil {
                    return "thema-\(theme.uuidString.lowercased())"
                }
                return source.signalOpen ? "los-open" : "los-klaar"
            default: return nil
            }
        }
        func weight(_ sources: [PolicyLoopRepository.Source]) -> Double {
            max(1, Set(sources.compactMap(practiceNode)).compactMap { practiceWeight[$0] }.reduce(0, +))
        }

        // sessions with a decision first: they carry the loop on
        let decided = Set(loop.decisions.map(\.sessionID))
        let sessions = loop.sessions.filter { decided.contains($0.id) } + loop.sessions.filter { !decided.contains($0.id) }
        for session in sessions {
            let node = "overleg-\(session.id.uuidString.lowercased())"
            nodes.append(
                .init(
                    id: node, kind: .session, label: session.title, detail: DutchCalendar.day(session.startsAt),
                    url: SiteURL.session(id: session.id.uuidString.lowercased()).path, weight: weight(session.sources)))
            for source in session.sources {
                if let from = practiceNode(source) {
                    edges.append(.init(from: from, to: node))
                }
            }
        }
        let decisions = loop.decisions.filter { $0.policyChange != nil } + loop.decisions.filter { $0.policyChange == nil }
        for decision in decisions {
            let node = "besluit-\(decision.id.uuidString.lowercased())"
            let url = SiteURL.session(id: decision.sessionID.uuidString.lowercased()).path + "#besluit-" + decision.id.uuidString.lowercased()
            let w = weight(decision.sources)
            nodes.append(.init(id: node, kind: .decision, label: decision.text, detail: DutchCalendar.day(decision.createdAt), url: url, weight: w))
            edges.append(.init(from: "overleg-\(decision.sessionID.uuidString.lowercased())", to: node))
            if let change = decision.policyChange {
                let changeNode = "wijziging-\(decision.id.uuidString.lowercased())"
                nodes.append(
                    .init(id: changeNode, kind: .policyChange, label: change, detail: DutchCalendar.day(decision.createdAt), url: url, weight: w))
                edges += [.init(from: node, to: changeNode), .init(from: changeNode, to: "beleid")]
            } else {
                edges.append(.init(from: node, to: "beleid"))
            }
            for source in decision.sources where source.kind == .indicator {
                edges.append(.init(from: node, to: "indicator-\(source.id.uuidString.lowercased())"))
            }
        }
        let total = loop.groups.reduce(0) { $0 + $1.signals }
        nodes.append(
            .init(
                id: "beleid", kind: .policy, label: policyTitle, detail: signals(total), url: SiteURL.policy(id: id).path + "#lus",
                weight: practiceWeight.values.reduce(0, +)))
        for goal in loop.goals {
            let node = "doel-\(goal.id.uuidString.lowercased())"
            let count = loop.indicators.filter { $0.goalID == goal.id }.count
            nodes.append(
                .init(
                    id: node, kind: .goal, label: goal.title,
                    detail: "\(count) \(count == 1 ? t["policyLoopIndicator"]! : t["policyLoopIndicators"]!)",
                    url: SiteURL.policy(id: id).path + "#doelen", weight: Double(max(1, count))))
            edges.append(.init(from: "beleid", to: node))
        }
        for indicator in loop.indicators {
            let node = "indicator-\(indicator.id.uuidString.lowercased())"
            nodes.append(
                .init(
                    id: node, kind: .indicator, label: "\(indicator.code) \(indicator.name)",
                    detail: indicator.status?.label ?? t["policyLoopNoStatus"]!,
                    url: SiteURL.indicator(id: indicator.id.uuidString.lowercased()).path, weight: 1,
                    broken: indicator.undecided ? t["policyLoopNoDecision"]! : nil))
            edges.append(.init(from: "doel-\(indicator.goalID.uuidString.lowercased())", to: node))
        }

        let kinds: [LoopDiagram.Kind: String] = [
            .theme: t["policyLoopKindTheme"]!, .signalGroup: t["policyLoopKindSignals"]!, .session: t["policyLoopKindSession"]!,
            .decision: t["policyLoopKindDecision"]!,
            .policyChange: t["policyLoopKindChange"]!, .policy: t["policyLoopKindPolicy"]!, .goal: t["policyLoopKindGoal"]!,
            .indicator: t["policyLoopKindIndicator"]!,
        ]
        let diagram = LoopDiagram(
            nodes: nodes, edges: edges, title: "\(t["policyLoopTitle"]!): \(policyTitle)", description: t["policyLoopLegend"]!,
            columnTitles: [
                "policyLoopColPractice", "policyLoopColSessions", "policyLoopColDecisions", "policyLoopColChanges", "policyLoopColPolicy",
                "policyLoopColGoals", "policyLoopColIndicators",
            ]
            .map { t[$0]! },
            moreURLs: [
                .theme: signalsURL, .signalGroup: signalsURL, .session: SiteURL.policy(id: id).path + "#overleggen",
                .decision: SiteURL.policy(id: id).path + "#besluiten", .policyChange: SiteURL.policy(id: id).path + "#besluiten",
                .goal: SiteURL.policy(id: id).path + "#doelen", .indicator: SiteURL.monitor.path + "?beleid=\(id)",
            ],
            emptyText: t["policyLoopEmptyColumn"]!,
            words: LoopDiagram.Words(
                nouns: kinds, more: t["policyLoopMore"]!, moreName: t["policyLoopMoreName"]!, stuck: t["policyLoopStuck"]!,
                alsoStuck: t["policyLoopAlsoStuck"]!))
        svg = diagram.svg(id: "lus-\(id)")
        rows = nodes.enumerated().sorted { ($0.element.kind.column, $0.offset) < ($1.element.kind.column, $1.offset) }.map { _, node in
            Row(
                kind: kinds[node.kind] ?? "", label: node.label, url: node.url, detail: node.detail ?? "", broken: node.broken ?? "",
                isBroken: node.broken != nil)
        }
        brokenCount = nodes.filter { $0.broken != nil }.count
    }
}

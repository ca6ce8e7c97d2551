// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// Counts that are shown together with totals they add up to, protected as a whole: primary suppression hides
/// every count below the threshold, secondary suppression hides enough further cells that none of the hidden ones
/// can be computed back from the totals and the rest.
///
/// The reader is assumed to know everything public: the constraints, every shown value, that a cell shown as "< k"
/// lies in 0...k-1, and (because every count below k is already "< k") that a hidden count is at least k. A hidden
/// cell counts as protected when at least two whole numbers fit all of that. This is checked exactly, not
/// estimated: the table is read as a flow network (a constraint is a node, a cell an edge carrying its count), in
/// which a cell can take another value precisely when it lies on a cycle of hidden cells with room to move.
///
/// Supported: every system in which a cell takes part in at most two constraints, added in one and subtracted in the
/// other once each constraint is given a sign. That covers a breakdown with its total, an area hierarchy (gemeente =
/// Σ wijken, wijk = Σ buurten) and a two-way table with row, column and grand totals. Not supported, and refused
/// with a precondition: a cell in three constraints, as in a three-way table or areas × categories with totals on
/// every area level; the exact check would need integer programming there.
///
/// Not modelled: what a reader could infer from which cell the algorithm picked (it picks the smallest shown part
/// that helps), or from other tables built from the same counts. Protect related outputs as one table where possible.
public struct SuppressionTable: Sendable {
    private let values: [Int]
    private var constraints: [Constraint] = []
    /// Per cell, the constraints it takes part in.
    private var roles: [[Role]]

    struct Constraint: Sendable {
        var total: Int
        var parts: [Int]
        var cells: [Int] { [total] + parts }
    }

    struct Role: Sendable {
        var constraint: Int
        var isTotal: Bool
        /// Sign of the cell in "parts - total = 0".
        var coefficient: Int { isTotal ? -1 : 1 }
    }

    /// One cell per index, each a count.
    public init(values: [Int]) {
        precondition(values.allSatisfy { $0 >= 0 }, "the cells of a suppression table are counts")
        self.values = values
        self.roles = Array(repeating: [], count: values.count)
    }

    /// States that the cell `total` equals the sum of the cells `parts` (indices into `values`).
    public mutating func addConstraint(total: Int, parts: [Int]) {
        let cells = [total] + parts
        precondition(!parts.isEmpty, "a total needs parts")
        precondition(cells.allSatisfy(values.indices.contains), "a constraint refers to a cell that does not exist")
        precondition(Set(cells).count == cells.count, "a cell appears once in a constraint")
        precondition(
            cells.allSatisfy { roles[$0].count < 2 },
            "a cell can take part in at most two constraints (see SuppressionTable)")
        let index = constraints.count
        constraints.append(Constraint(total: total, parts: parts))
        for cell in cells {
            roles[cell].append(Role(constraint: index, isTotal: cell == total))
        }
    }

    /// Every cell as it may be shown: counts below the threshold as `.belowThreshold`, cells hidden to protect them
    /// as `.hidden`, the rest as `.shown`, rounded when the policy rounds for publication.
    public func protect(_ policy: SmallNumberPolicy) -> [Protected] {
        for constraint in constraints {
            precondition(
                values[constraint.total] == constraint.parts.reduce(0) { $0 + values[$1] },
                "a total differs from the sum of its parts; count what is missing (such as 'onbekend') as a part")
        }
        let audit = Audit(values: values, network: Network(constraints: constraints, roles: roles), threshold: policy.threshold)
        return suppress(audit).enumerated().map { cell, state in
            switch state {
            case .shown: .shown(Double(policy.published(values[cell])))
            case .primary: .belowThreshold
            case .secondary: .hidden
            }
        }
    }

    private func suppress(_ audit: Audit) -> [CellState] {
        var states = values.map { $0 < audit.threshold ? CellState.primary : .shown }
        // Under threshold 1, "< 1" says the count is 0: that cell cannot be protected, nor does it need to be.
        var settled = states.map { $0 == .shown || ($0 == .primary && audit.threshold == 1) }
        while true {
            let graph = audit.residualGraph(states)
            var pinned: Int?
            for cell in states.indices where !settled[cell] {
                if audit.isDerivable(cell, states[cell], in: graph) {
                    pinned = cell
                    break
                }
                // Hiding more only adds ways to move, so a cell that can move now always can.
                settled[cell] = true
            }
            guard let pinned else { return states }
            if let extra = extraSuppression(for: pinned, states: states, graph: graph, audit: audit) {
                states[extra] = .secondary
                settled[extra] = false
            } else {
                // Nothing is left to hide: the structure alone fixes this cell (only possible for a zero on a
                // constraint cycle of its own), which no amount of suppression changes.
                settled[pinned] = true
            }
        }
    }

    /// The shown cell to hide next for the sake of `pinned`: from the constraints around it first, then those one
    /// step further, and so on; parts before totals (totals are what readers look for); the smallest one that frees
    /// `pinned` on its own, or else the smallest.
    private func extraSuppression(for pinned: Int, states: [CellState], graph: ResidualGraph, audit: Audit) -> Int? {
        var seen = Set(roles[pinned].map(\.constraint))
        var layer = roles[pinned].map(\.constraint)
        while !layer.isEmpty {
            let parts = Set(layer.flatMap { constraints[$0].parts }.filter { states[$0] == .shown })
            let totals = Set(layer.map { constraints[$0].total }.filter { states[$0] == .shown }).subtracting(parts)
            for tier in [parts, totals] where !tier.isEmpty {
                let ordered = tier.sorted { (values[$0], $0) < (values[$1], $1) }
                let freeing = ordered.first { candidate in
                    var widened = graph
                    audit.addArcs(of: candidate, .secondary, to: &widened)
                    return !audit.isDerivable(pinned, states[pinned], in: widened)
                }
                return freeing ?? ordered[0]
            }
            layer = layer.flatMap { constraints[$0].cells.flatMap { roles[$0].map(\.constraint) } }
                .filter { seen.insert($0).inserted }
        }
        return nil
    }

    /// For each cell, whether a reader can compute it from the public knowledge when the cells are in `states`;
    /// shown cells count as derivable. For the tests, which hold it against exhaustive search.
    func derivable(_ states: [CellState], threshold: Int) -> [Bool] {
        let audit = Audit(values: values, network: Network(constraints: constraints, roles: roles), threshold: threshold)
        let graph = audit.residualGraph(states)
        return states.indices.map { audit.isDerivable($0, states[$0], in: graph) }
    }
}

enum CellState: Sendable, Hashable {
    case shown
    /// Below the threshold, shown as "< k".
    case primary
    /// Hidden to protect other cells; at least k, as every count below k is primary.
    case secondary
}

/// The constraints as a flow network: one node per constraint plus one for the world outside the table, one edge
/// per cell. Conservation at a constraint's node is that constraint; at the outside node it is the sum of all the
/// others, so it adds nothing.
private struct Network {
    /// Per cell, the node its count flows out of and the node it flows into.
    let ends: [(from: Int, to: Int)]
    let nodeCount: Int

    init(constraints: [SuppressionTable.Constraint], roles: [[SuppressionTable.Role]]) {
        // Give each constraint a sign so that every cell in two of them is added in one and subtracted in the other.
        var sign = [Int](repeating: 0, count: constraints.count)
        for start in constraints.indices where sign[start] == 0 {
            sign[start] = 1
            var stack = [start]
            while let here = stack.popLast() {
                for cell in constraints[here].cells {
                    let inHere = roles[cell].first { $0.constraint == here }!
                    for other in roles[cell] where other.constraint != here {
                        let needed = -sign[here] * inHere.coefficient * other.coefficient
                        if sign[other.constraint] == 0 {
                            sign[other.constraint] = needed
                            stack.append(other.constraint)
                        }
                        precondition(
                            sign[other.constraint] == needed,
                            "these constraints do not form a hierarchy or a two-way table (see SuppressionTable)")
                    }
                }
            }
        }
        let outside = constraints.count
        nodeCount = constraints.count + 1
        ends = roles.map { cellRoles in
            var from = outside
            var to = outside
            for role in cellRoles {
                if sign[role.constraint] * role.coefficient > 0 {
                    from = role.constraint
                } else {
                    to = role.constraint
                }
            }
            return (from, to)
        }
    }
}

/// Where a count can move: an arc along a hidden cell's edge if it can grow, against it if it can shrink.
private struct ResidualGraph {
    var arcs: [[(to: Int, cell: Int)]]

    /// Whether `target` can be reached from `source` without using `cell`.
    func reaches(_ target: Int, from source: Int, avoiding cell: Int) -> Bool {
        if source == target { return true }
        var visited = [Bool](repeating: false, count: arcs.count)
        visited[source] = true
        var stack = [source]
        while let node = stack.popLast() {
            for arc in arcs[node] where arc.cell != cell && !visited[arc.to] {
                if arc.to == target { return true }
                visited[arc.to] = true
                stack.append(arc.to)
            }
        }
        return false
    }
}

/// What a reader knows, and what follows from it.
private struct Audit {
    let values: [Int]
    let network: Network
    let threshold: Int

    /// The public range of a cell; nil as upper bound for a hidden count, which nothing public caps but the
    /// constraints.
    func range(of cell: Int, _ state: CellState) -> (lower: Int, upper: Int?) {
        switch state {
        case .shown: (values[cell], values[cell])
        case .primary: (0, threshold - 1)
        case .secondary: (threshold, nil)
        }
    }

    func residualGraph(_ states: [CellState]) -> ResidualGraph {
        var graph = ResidualGraph(arcs: Array(repeating: [], count: network.nodeCount))
        for cell in states.indices where states[cell] != .shown {
            addArcs(of: cell, states[cell], to: &graph)
        }
        return graph
    }

    func addArcs(of cell: Int, _ state: CellState, to graph: inout ResidualGraph) {
        let (from, to) = network.ends[cell]
        if canGrow(cell, state) { graph.arcs[from].append((to, cell)) }
        if canShrink(cell, state) { graph.arcs[to].append((from, cell)) }
    }

    /// Whether every assignment that fits the public knowledge gives `cell` its true value. Exact: another
    /// assignment differs from the true one by a circulation, which splits into cycles, and one of them moves
    /// `cell`; conversely moving one unit around such a cycle keeps every cell whole and within its range.
    func isDerivable(_ cell: Int, _ state: CellState, in graph: ResidualGraph) -> Bool {
        let (from, to) = network.ends[cell]
        let grows = canGrow(cell, state) && graph.reaches(from, from: to, avoiding: cell)
        let shrinks = canShrink(cell, state) && graph.reaches(to, from: from, avoiding: cell)
        return !grows && !shrinks
    }

    private func canGrow(_ cell: Int, _ state: CellState) -> Bool {
        guard let upper = range(of: cell, state).upper else { return true }
        return values[cell] < upper
    }

    private func canShrink(_ cell: Int, _ state: CellState) -> Bool {
        values[cell] > range(of: cell, state).lower
    }
}

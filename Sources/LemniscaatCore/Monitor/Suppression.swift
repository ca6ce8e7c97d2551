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
/// Which further cells are hidden: for each cell that can still be computed, the cheapest set of shown cells that
/// gives it room, in this order: fewest totals, then the smallest hidden count.
///
/// Not modelled: what a reader could infer from which cells the algorithm picked (it picks the cheapest), or from
/// other tables built from the same counts. Protect related outputs as one table where possible.
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
        let costs = hidingCosts()
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
            let path = audit.cheapestEscape(for: pinned, states: states, graph: graph, costs: costs)
            for cell in path {
                states[cell] = .secondary
                settled[cell] = false
            }
            if path.isEmpty {
                // Nothing shown can give this cell room, so no amount of suppression will, as with two counts of 1
                // ("< 2" each) under a total of 2, which is at least 2 even when hidden.
                settled[pinned] = true
            }
        }
    }

    /// What hiding a shown cell costs: first the totals it takes away from readers (a total that is part of
    /// nothing, such as the gemeente or a grand total, weighs more than one that is part of a larger total, such
    /// as a wijk or a row total), then the count it hides. Lexicographic, so that a total is hidden only when no set
    /// of parts will do, however large those parts are.
    private func hidingCosts() -> [Int] {
        let count = values.reduce(1, +)
        let intermediate = count
        let top = count * (values.count + 1)
        return values.indices.map { cell in
            let isTotal = roles[cell].contains { $0.isTotal }
            let isPart = roles[cell].contains { !$0.isTotal }
            return values[cell] + (isTotal ? (isPart ? intermediate : top) : 0)
        }
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

    /// The cheapest set of shown cells whose hiding frees `pinned`: a path, through hidden cells (free) and shown
    /// ones (at `costs`), that closes a cycle with it. Every cell on that cycle can then move by one, the newly
    /// hidden ones included, so one path settles them all. A hidden count can always grow, but shrink only from
    /// above k: in [0, 5, 5, 5 | 15] hiding the fives frees nothing, only hiding the total does. Empty when no
    /// path exists.
    func cheapestEscape(for pinned: Int, states: [CellState], graph: ResidualGraph, costs: [Int]) -> [Int] {
        var arcs = graph.arcs.map { $0.filter { $0.cell != pinned }.map { (to: $0.to, cell: $0.cell, cost: 0) } }
        for cell in states.indices where states[cell] == .shown {
            let (from, to) = network.ends[cell]
            arcs[from].append((to, cell, costs[cell]))
            if values[cell] > threshold { arcs[to].append((from, cell, costs[cell])) }
        }
        let (from, to) = network.ends[pinned]
        var options: [(cost: Int, cells: [Int])] = []
        if canGrow(pinned, states[pinned]), let path = Self.cheapestPath(from: to, to: from, arcs: arcs) { options.append(path) }
        if canShrink(pinned, states[pinned]), let path = Self.cheapestPath(from: from, to: to, arcs: arcs) { options.append(path) }
        let cheapest = options.min { $0.cost < $1.cost }?.cells ?? []
        return cheapest.filter { states[$0] == .shown }
    }

    /// Dijkstra; the cells on the cheapest path, nil when there is none.
    private static func cheapestPath(from source: Int, to target: Int, arcs: [[(to: Int, cell: Int, cost: Int)]]) -> (cost: Int, cells: [Int])? {
        var distance = [Int?](repeating: nil, count: arcs.count)
        var via = [(node: Int, cell: Int)?](repeating: nil, count: arcs.count)
        var queue = MinQueue()
        distance[source] = 0
        queue.push(0, source)
        while let (reached, node) = queue.pop() {
            if node == target { break }
            // A node is queued again whenever a cheaper way to it turns up; the dearer entries are stale.
            guard reached == distance[node] else { continue }
            for arc in arcs[node] {
                let through = reached + arc.cost
                if distance[arc.to].map({ through < $0 }) ?? true {
                    distance[arc.to] = through
                    via[arc.to] = (node, arc.cell)
                    queue.push(through, arc.to)
                }
            }
        }
        guard let cost = distance[target] else { return nil }
        var cells: [Int] = []
        var node = target
        while node != source, let step = via[node] {
            cells.append(step.cell)
            node = step.node
        }
        return (cost, cells.reversed())
    }

    private func canGrow(_ cell: Int, _ state: CellState) -> Bool {
        guard let upper = range(of: cell, state).upper else { return true }
        return values[cell] < upper
    }

    private func canShrink(_ cell: Int, _ state: CellState) -> Bool {
        values[cell] > range(of: cell, state).lower
    }
}

/// A binary heap of (priority, node), smallest priority first; ties go to the node pushed first, so that the same
/// table always gives the same cells.
private struct MinQueue {
    private var heap: [(priority: Int, order: Int, node: Int)] = []
    private var pushed = 0

    mutating func push(_ priority: Int, _ node: Int) {
        heap.append((priority, pushed, node))
        pushed += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(heap[child], heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (priority: Int, node: Int)? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var parent = 0
            while true {
                var smallest = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count && Self.precedes(heap[child], heap[smallest]) {
                    smallest = child
                }
                guard smallest != parent else { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (first.priority, first.node)
    }

    private static func precedes(_ a: (priority: Int, order: Int, node: Int), _ b: (priority: Int, order: Int, node: Int)) -> Bool {
        (a.priority, a.order) < (b.priority, b.order)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Testing

@testable import LemniscaatCore

@Suite struct SmallNumberPolicyTests {
    @Test func showsCountsFromTheThresholdOn() {
        // setup
        let policy = SmallNumberPolicy.standard
        // act
        let counts = [0, 1, 4, 5, 6, 1234].map(policy.count)
        // check
        #expect(counts == [.belowThreshold, .belowThreshold, .belowThreshold, .shown(5), .shown(6), .shown(1234)])
        #expect(policy.label(.belowThreshold) == "< 5")
        #expect(policy.label(.shown(5)) == nil)
        #expect(policy.label(.hidden) == nil)
        #expect(SmallNumberPolicy.standard == SmallNumberPolicy(threshold: 5, roundForPublication: false))
    }

    @Test func usesTheThresholdOfTheOrganisationOrIndicator() {
        // setup
        let strict = SmallNumberPolicy(threshold: 10)
        let lenient = SmallNumberPolicy(threshold: 1)
        // check
        #expect(strict.count(9) == .belowThreshold)
        #expect(strict.count(10) == .shown(10))
        #expect(strict.label(strict.count(3)) == "< 10")
        #expect(lenient.count(0) == .belowThreshold)
        #expect(lenient.count(1) == .shown(1))
        #expect(lenient.label(.belowThreshold) == "< 1")
    }

    @Test func roundsShownCountsToFivesForPublication() {
        // setup
        let publication = SmallNumberPolicy(roundForPublication: true)
        // act
        let counts = [3, 5, 7, 8, 12, 13, 15, 1002, 1003].map(publication.count)
        // check
        #expect(counts == [.belowThreshold, .shown(5), .shown(5), .shown(10), .shown(10), .shown(15), .shown(15), .shown(1000), .shown(1005)])
        #expect(publication.label(publication.count(3)) == "< 5")
    }

    @Test func hidesPercentagesOfFewerThanTheThreshold() {
        // setup
        let policy = SmallNumberPolicy.standard
        // check
        #expect(policy.percentage(numerator: 3, denominator: 40) == .shown(7.5))
        #expect(policy.percentage(numerator: 0, denominator: 5) == .shown(0))
        #expect(policy.percentage(numerator: 5, denominator: 5) == .shown(100))
        #expect(policy.percentage(numerator: 2, denominator: 4) == .hidden)
        #expect(policy.percentage(numerator: 0, denominator: 0) == .hidden)
        #expect(SmallNumberPolicy(threshold: 1).percentage(numerator: 0, denominator: 0) == .hidden)
        #expect(SmallNumberPolicy(threshold: 1).percentage(numerator: 1, denominator: 1) == .shown(100))
        #expect(SmallNumberPolicy(threshold: 10).percentage(numerator: 3, denominator: 9) == .hidden)
    }

    @Test func takesPublishedPercentagesFromTheRoundedCounts() {
        // setup: 12 of 38 would be 31.6 %, which with "40" shown as denominator gives the 12 back.
        let publication = SmallNumberPolicy(roundForPublication: true)
        let smallest = SmallNumberPolicy(threshold: 1, roundForPublication: true)
        // check
        #expect(publication.percentage(numerator: 12, denominator: 38) == .shown(25))
        #expect(publication.percentage(numerator: 13, denominator: 13) == .shown(100))
        // Under threshold 1 a denominator of 2 rounds to 0.
        #expect(smallest.percentage(numerator: 1, denominator: 2) == .hidden)
    }
}

@Suite struct SmallNumberTableTests {
    let policy = SmallNumberPolicy.standard

    /// Categories followed by their total.
    private func breakdown(_ parts: [Int]) -> SuppressionTable {
        var table = SuppressionTable(values: parts + [parts.reduce(0, +)])
        table.addConstraint(total: parts.count, parts: Array(parts.indices))
        return table
    }

    @Test func hidesNothingWhenEveryCellReachesTheThreshold() {
        // act
        let shown = breakdown([5, 12, 30]).protect(policy)
        // check
        #expect(shown == [.shown(5), .shown(12), .shown(30), .shown(47)])
    }

    @Test func leavesTwoSmallCellsThatCoverEachOther() {
        // setup: 3 + 2 = 5 is known, but 1 + 4 and 4 + 1 fit as well.
        let table = breakdown([3, 2, 30])
        // act
        let shown = table.protect(policy)
        // check
        #expect(shown == [.belowThreshold, .belowThreshold, .shown(30), .shown(35)])
    }

    @Test func hidesAnotherCellWhenOneSmallCellIsAlone() {
        // act
        let shown = breakdown([3, 20, 6, 40]).protect(policy)
        // check: the 6, the smallest part that can be hidden, now covers the 3.
        #expect(shown == [.belowThreshold, .shown(20), .hidden, .shown(40), .shown(69)])
    }

    @Test func hidesMoreWhenTwoSmallCellsCanOnlyBeAtTheirMaximum() {
        // setup: 38 - 30 = 8 = 4 + 4, the only way two counts below 5 make 8.
        let table = breakdown([4, 4, 30])
        // act
        let shown = table.protect(policy)
        // check
        #expect(shown == [.belowThreshold, .belowThreshold, .hidden, .shown(38)])
    }

    @Test func hidesMoreWhenSmallCellsAddUpToZero() {
        // act
        let shown = breakdown([0, 0, 10]).protect(policy)
        // check
        #expect(shown == [.belowThreshold, .belowThreshold, .hidden, .shown(10)])
    }

    @Test func skipsAPartThatCannotGiveWay() {
        // setup: hiding the 5 would leave 0 + 5 = 5 with the hidden 5 at least 5, so both known; the 6 can give way.
        let table = breakdown([0, 5, 6, 40])
        // act
        let shown = table.protect(policy)
        // check
        #expect(shown == [.belowThreshold, .shown(5), .hidden, .shown(40), .shown(51)])
    }

    @Test func hidesTheTotalWhenNoPartCanHelp() {
        // act
        let single = breakdown([0, 5]).protect(policy)
        let fives = breakdown([0, 5, 5, 5]).protect(policy)
        // check
        #expect(single == [.belowThreshold, .shown(5), .hidden])
        #expect(fives == [.belowThreshold, .shown(5), .shown(5), .shown(5), .hidden])
    }

    @Test func protectsAWijkWhoseBuurtenWouldGiveItAway() {
        // setup: gemeente 63 = A 3 (buurten 1, 2) + B 20 (10, 10) + C 40 (20, 20).
        let values = [63, 3, 20, 40, 1, 2, 10, 10, 20, 20]
        var table = SuppressionTable(values: values)
        table.addConstraint(total: 0, parts: [1, 2, 3])
        table.addConstraint(total: 1, parts: [4, 5])
        table.addConstraint(total: 2, parts: [6, 7])
        table.addConstraint(total: 3, parts: [8, 9])
        // act
        let shown = table.protect(policy)
        // check: hiding B covers A in the gemeente, and then one of B's buurten must go too, or 10 + 10 gives B back.
        #expect(shown[0] == .shown(63))
        #expect(shown[1] == .belowThreshold && shown[4] == .belowThreshold && shown[5] == .belowThreshold)
        #expect(shown[2] == .hidden)
        #expect(shown[6] == .hidden)
        #expect(shown[3] == .shown(40) && shown[7] == .shown(10) && shown[8] == .shown(20) && shown[9] == .shown(20))
    }

    @Test func protectsATwoWayTableWithItsMargins() {
        // setup: 2 × 3 cells, row totals, column totals, grand total.
        //    3   9  20 | 32
        //   10  12  30 | 52
        //   13  21  50 | 84
        let values = [3, 9, 20, 10, 12, 30, 32, 52, 13, 21, 50, 84]
        var table = SuppressionTable(values: values)
        table.addConstraint(total: 6, parts: [0, 1, 2])
        table.addConstraint(total: 7, parts: [3, 4, 5])
        table.addConstraint(total: 8, parts: [0, 3])
        table.addConstraint(total: 9, parts: [1, 4])
        table.addConstraint(total: 10, parts: [2, 5])
        table.addConstraint(total: 11, parts: [6, 7])
        table.addConstraint(total: 11, parts: [8, 9, 10])
        // act
        let shown = table.protect(policy)
        // check: the 3 needs a partner in its row and in its column, and those need one in theirs: a rectangle.
        #expect(shown[0] == .belowThreshold)
        #expect(shown[1] == .hidden && shown[3] == .hidden && shown[4] == .hidden)
        #expect(shown.enumerated().filter { $0.element == .shown(Double(values[$0.offset])) }.count == 8)
    }

    @Test func roundsTheShownCellsOfATable() {
        // act
        let shown = breakdown([3, 20, 6, 42]).protect(SmallNumberPolicy(roundForPublication: true))
        // check
        #expect(shown == [.belowThreshold, .shown(20), .hidden, .shown(40), .shown(70)])
    }

    @Test func hidesOnlyZerosUnderThresholdOne() {
        // act
        let shown = breakdown([0, 7, 1]).protect(SmallNumberPolicy(threshold: 1))
        // check
        #expect(shown == [.belowThreshold, .shown(7), .shown(1), .shown(8)])
    }

    @Test func cannotProtectTwoOnesUnderThresholdTwo() {
        // act: "< 2" twice under a total of at least 2 means 1 and 1, so hiding the total would only lose it.
        let shown = breakdown([1, 1]).protect(SmallNumberPolicy(threshold: 2))
        // check
        #expect(shown == [.belowThreshold, .belowThreshold, .shown(2)])
    }

    @Test func protectsACellOutsideEveryConstraintByItsRangeAlone() {
        // act
        let shown = SuppressionTable(values: [2, 9]).protect(policy)
        // check
        #expect(shown == [.belowThreshold, .shown(9)])
    }
}

// MARK: - Property tests

/// SplitMix64: a small generator with a fixed seed, so that every run checks the same tables (and a failing random
/// test repeats).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Mostly small counts, as in a municipality's buurten, with now and then a large one.
    mutating func count() -> Int {
        switch Int.random(in: 0..<20, using: &self) {
        case 0..<9: Int.random(in: 0...4, using: &self)
        case 9..<17: Int.random(in: 5...12, using: &self)
        default: Int.random(in: 13...40, using: &self)
        }
    }

    mutating func policy() -> SmallNumberPolicy {
        SmallNumberPolicy(threshold: [2, 3, 5, 5, 5, 10].randomElement(using: &self)!, roundForPublication: Bool.random(using: &self))
    }
}

/// A table with its constraints kept in the open, for the search to read.
private struct Fixture: CustomStringConvertible {
    var values: [Int] = []
    var constraints: [(total: Int, parts: [Int])] = []

    mutating func cell(_ value: Int) -> Int {
        values.append(value)
        return values.count - 1
    }

    var table: SuppressionTable {
        var table = SuppressionTable(values: values)
        for constraint in constraints {
            table.addConstraint(total: constraint.total, parts: constraint.parts)
        }
        return table
    }

    var description: String {
        "\(values) with " + constraints.map { "\($0.total) = \($0.parts.map(String.init).joined(separator: " + "))" }.joined(separator: ", ")
    }

    static func breakdown(_ random: inout SplitMix64) -> Fixture {
        var fixture = Fixture()
        let parts = (0..<Int.random(in: 2...6, using: &random)).map { _ in fixture.cell(random.count()) }
        let sum = parts.reduce(0) { $0 + fixture.values[$1] }
        let total = fixture.cell(sum)
        fixture.constraints.append((total, parts))
        return fixture
    }

    /// gemeente → wijken, or gemeente → wijken → buurten; a wijk may have a single buurt.
    static func areaTree(_ random: inout SplitMix64) -> Fixture {
        var fixture = Fixture()
        func area(levelsBelow: Int, branching: ClosedRange<Int>) -> Int {
            guard levelsBelow > 0 else { return fixture.cell(random.count()) }
            let total = fixture.cell(0)
            let parts = (0..<Int.random(in: branching, using: &random)).map { _ in area(levelsBelow: levelsBelow - 1, branching: 1...3) }
            let sum = parts.reduce(0) { $0 + fixture.values[$1] }
            fixture.values[total] = sum
            fixture.constraints.append((total, parts))
            return total
        }
        _ = area(levelsBelow: Int.random(in: 1...2, using: &random), branching: 2...4)
        return fixture
    }

    /// Areas × categories with row, column and grand totals.
    static func twoWay(_ random: inout SplitMix64) -> Fixture {
        var fixture = Fixture()
        let rows = Int.random(in: 2...3, using: &random)
        let columns = Int.random(in: 2...4, using: &random)
        let cells = (0..<rows).map { _ in (0..<columns).map { _ in fixture.cell(random.count()) } }
        func sum(_ cells: [Int]) -> Int { cells.reduce(0) { $0 + fixture.values[$1] } }
        let rowTotals = cells.map { row in fixture.cell(sum(row)) }
        let columnTotals = (0..<columns).map { column in fixture.cell(sum(cells.map { $0[column] })) }
        let grand = fixture.cell(sum(rowTotals))
        for (row, total) in zip(cells, rowTotals) {
            fixture.constraints.append((total, row))
        }
        for (column, total) in columnTotals.enumerated() {
            fixture.constraints.append((total, cells.map { $0[column] }))
        }
        fixture.constraints.append((grand, rowTotals))
        fixture.constraints.append((grand, columnTotals))
        return fixture
    }

    /// The same shape with `amount` added to every cell that is no total, and the totals added up again.
    func lifted(by amount: Int) -> Fixture {
        let totals = Set(constraints.map(\.total))
        var lifted = self
        lifted.values = values.indices.map { totals.contains($0) ? 0 : values[$0] + amount }
        // Each pass settles at least one more level of totals.
        for _ in constraints {
            for (total, parts) in constraints {
                lifted.values[total] = parts.reduce(0) { $0 + lifted.values[$1] }
            }
        }
        return lifted
    }

    /// What a reader knows of every cell: a shown value exactly (also when it was rounded, which only tells less),
    /// "< k" as 0...k-1, hidden as k or more. A hidden count is capped one above the largest count in the table to
    /// keep the search finite: a smaller space can make the reader seem to know more than they do, so the cap may
    /// raise a false alarm but cannot hide a leak.
    func knowledge(_ shown: [Protected], threshold: Int) -> [ClosedRange<Int>] {
        let cap = values.max()! + 1
        return zip(values, shown).map { value, protected in
            switch protected {
            case .shown: value...value
            case .belowThreshold: 0...(threshold - 1)
            case .hidden: threshold...cap
            }
        }
    }

    /// Whether some whole-number assignment within `ranges` satisfies every constraint. Exhaustive: it splits ranges
    /// in halves until every cell has one value, and only drops a half in which some constraint cannot hold.
    func isSatisfiable(_ ranges: [ClosedRange<Int>]) -> Bool {
        var ranges = ranges
        guard narrow(&ranges) else { return false }
        guard let widest = ranges.indices.max(by: { ranges[$0].count < ranges[$1].count }), ranges[widest].count > 1 else {
            // Narrowing left every cell one value, so every total equals the sum of its parts.
            return true
        }
        let range = ranges[widest]
        let middle = range.lowerBound + (range.count - 1) / 2
        var lower = ranges
        lower[widest] = range.lowerBound...middle
        var upper = ranges
        upper[widest] = (middle + 1)...range.upperBound
        return isSatisfiable(lower) || isSatisfiable(upper)
    }

    /// Removes from every range the values no assignment of the others within theirs can match; false when a
    /// range runs empty.
    private func narrow(_ ranges: inout [ClosedRange<Int>]) -> Bool {
        var changed = true
        while changed {
            changed = false
            for (total, parts) in constraints {
                let low = parts.reduce(0) { $0 + ranges[$1].lowerBound }
                let high = parts.reduce(0) { $0 + ranges[$1].upperBound }
                var bounds = [(cell: total, lower: low, upper: high)]
                for part in parts {
                    let othersLow = low - ranges[part].lowerBound
                    let othersHigh = high - ranges[part].upperBound
                    bounds.append((part, ranges[total].lowerBound - othersHigh, ranges[total].upperBound - othersLow))
                }
                for (cell, lower, upper) in bounds {
                    let narrowed = (max(lower, ranges[cell].lowerBound), min(upper, ranges[cell].upperBound))
                    guard narrowed.0 <= narrowed.1 else { return false }
                    if narrowed != (ranges[cell].lowerBound, ranges[cell].upperBound) {
                        ranges[cell] = narrowed.0...narrowed.1
                        changed = true
                    }
                }
            }
        }
        return true
    }

    /// Whether the reader's knowledge leaves `cell` some value other than its true one.
    func canDiffer(_ cell: Int, _ ranges: [ClosedRange<Int>]) -> Bool {
        let truth = values[cell]
        let range = ranges[cell]
        var below = ranges
        var above = ranges
        if range.lowerBound < truth {
            below[cell] = range.lowerBound...(truth - 1)
            if isSatisfiable(below) { return true }
        }
        if truth < range.upperBound {
            above[cell] = (truth + 1)...range.upperBound
            if isSatisfiable(above) { return true }
        }
        return false
    }
}

@Suite struct SmallNumberPropertyTests {
    /// What is wrong with one protected table; empty when nothing is.
    private func problems(_ fixture: Fixture, _ policy: SmallNumberPolicy) -> [String] {
        let shown = fixture.table.protect(policy)
        let k = policy.threshold
        let ranges = fixture.knowledge(shown, threshold: k)
        // Under threshold 2 two counts of 1 under a total of 2 give each other away, "< 2" + "< 2" being at least 2
        // whether the total is shown or hidden; what no suppression can prevent is not held against `protect`.
        let everythingHidden = fixture.knowledge(fixture.values.map { $0 < k ? .belowThreshold : .hidden }, threshold: k)
        func isExposed(_ cell: Int) -> Bool {
            !fixture.canDiffer(cell, ranges) && (k != 2 || fixture.canDiffer(cell, everythingHidden))
        }
        var problems: [String] = []
        for (cell, value) in fixture.values.enumerated() {
            switch shown[cell] {
            case .shown(let number):
                if value < k { problems.append("cell \(cell) = \(value) is shown") }
                if number != Double(policy.published(value)) { problems.append("cell \(cell) = \(value) is shown as \(number)") }
            case .belowThreshold:
                if value >= k { problems.append("cell \(cell) = \(value) is shown as below \(k)") }
                if isExposed(cell) { problems.append("cell \(cell) = \(value) (< \(k)) can be derived") }
            case .hidden:
                if value < k { problems.append("cell \(cell) = \(value) is hidden instead of below \(k)") }
                if isExposed(cell) { problems.append("cell \(cell) = \(value) (hidden) can be derived") }
            }
        }
        // Secondary suppression only where primary suppression alone leaves something to compute.
        let primaryOnly = fixture.knowledge(fixture.values.map { $0 < k ? .belowThreshold : .shown(0) }, threshold: k)
        if shown.contains(.hidden) && fixture.values.indices.allSatisfy({ fixture.values[$0] >= k || fixture.canDiffer($0, primaryOnly) }) {
            problems.append("cells are hidden though primary suppression alone protects every cell")
        }
        return problems.map { "\($0) in \(fixture), k = \(k): \(shown)" }
    }

    private func check(_ count: Int, seed: UInt64, _ make: (inout SplitMix64) -> Fixture) -> (problems: [String], hidden: Int) {
        var random = SplitMix64(state: seed)
        var problems: [String] = []
        var hidden = 0
        for _ in 0..<count {
            let fixture = make(&random)
            let policy = random.policy()
            problems += self.problems(fixture, policy)
            hidden += fixture.table.protect(policy).filter { $0 == .hidden }.count
        }
        return (problems, hidden)
    }

    @Test func protectsEveryCellOfRandomBreakdowns() {
        // act
        let result = check(400, seed: 1) { Fixture.breakdown(&$0) }
        // check
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
        #expect(result.hidden > 50, "the tables should need secondary suppression often")
    }

    @Test func protectsEveryCellOfRandomAreaTrees() {
        // act
        let result = check(400, seed: 2) { Fixture.areaTree(&$0) }
        // check
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
        #expect(result.hidden > 50, "the tables should need secondary suppression often")
    }

    @Test func protectsEveryCellOfRandomTwoWayTables() {
        // act
        let result = check(200, seed: 3) { Fixture.twoWay(&$0) }
        // check
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
        #expect(result.hidden > 50, "the tables should need secondary suppression often")
    }

    @Test func hidesNothingWhenNoCountIsSmall() {
        // setup
        var random = SplitMix64(state: 4)
        var problems: [String] = []
        for round in 0..<300 {
            let fixture = [Fixture.breakdown, Fixture.areaTree, Fixture.twoWay][round % 3](&random).lifted(by: 5)
            // act
            let shown = fixture.table.protect(.standard)
            // check
            if shown != fixture.values.map({ .shown(Double($0)) }) {
                problems.append("\(fixture): \(shown)")
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func auditAgreesWithExhaustiveSearchOnAnySuppressionPattern() {
        // setup: random patterns, not only the ones `protect` picks, and primary suppression alone, which leaks.
        var random = SplitMix64(state: 5)
        var disagreements: [String] = []
        var leaksWithoutSecondary = 0
        for round in 0..<300 {
            let fixture = [Fixture.breakdown, Fixture.areaTree, Fixture.twoWay][round % 3](&random)
            let k = random.policy().threshold
            let primaryOnly = round % 2 == 0
            let states: [CellState] = fixture.values.map { value in
                value < k ? .primary : (primaryOnly || Bool.random(using: &random) ? .shown : .secondary)
            }
            let shown: [Protected] = zip(fixture.values, states).map { value, state in
                switch state {
                case .shown: .shown(Double(value))
                case .primary: .belowThreshold
                case .secondary: .hidden
                }
            }
            // act
            let derivable = fixture.table.derivable(states, threshold: k)
            let ranges = fixture.knowledge(shown, threshold: k)
            // check
            for cell in fixture.values.indices where states[cell] != .shown {
                let searched = !fixture.canDiffer(cell, ranges)
                if searched != derivable[cell] {
                    disagreements.append("cell \(cell) of \(fixture), k = \(k), \(states): audit \(derivable[cell]), search \(searched)")
                }
                if searched && primaryOnly && k > 1 {
                    leaksWithoutSecondary += 1
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        #expect(leaksWithoutSecondary > 20, "primary suppression alone should leak in many of these tables")
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
@testable import LemniscaatCore
import Testing

@Suite struct PackedKeyTableTests {
    @Test func answersAsADictionaryDoesThroughGrowth() {
        // setup: keys that share words, and a dictionary as the reference
        var table = PackedKeyTable()
        var reference: [[UInt64]: UInt8] = [:]
        var generator = SystemRandomNumberGenerator()
        // act: 50 000 inserts, many of them repeats, across many growths of the table
        for _ in 0..<50_000 {
            let a = UInt64.random(in: 0..<300, using: &generator) << 32 | UInt64.random(in: 0..<40, using: &generator)
            let b = UInt64.random(in: 0..<60, using: &generator)
            let value = UInt8.random(in: 1...2, using: &generator)
            let answer = table.insert(a, b, value: value)
            // check: a repeat answers the first value and keeps it
            #expect(answer == reference[[a, b]])
            if reference[[a, b]] == nil { reference[[a, b]] = value }
        }
        #expect(table.count == reference.count)
        for (key, value) in reference { #expect(table.value(key[0], key[1]) == value) }
        #expect(table.value(UInt64.max, 0) == nil)
        #expect(PackedKeyTable().value(0, 0) == nil)
    }
}

@Suite struct MeasurementColumnTests {
    @Test func everyColumnHasItsOwnPlace() {
        #expect(MeasurementColumn.allCases.map(\.ordinal) == Array(MeasurementColumn.allCases.indices))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// A hash table from a key of two machine words to a small non-zero value, for the millions of keys an import checks
/// for duplicates. `Set` and `Dictionary` seed and run SipHash for every lookup: a fifth of an import's reading
/// thread. The keys here come from the importer's own numbering, not from outside, so a plain multiplicative mix is
/// enough; open addressing with linear probing, no removal.
public struct PackedKeyTable: Sendable {
    private var first: [UInt64]
    private var second: [UInt64]
    /// 0 marks an empty slot.
    private var values: [UInt8]
    private var mask: Int
    public private(set) var count = 0

    public init(capacity: Int = 0) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        first = Array(repeating: 0, count: slots)
        second = Array(repeating: 0, count: slots)
        values = Array(repeating: 0, count: slots)
        mask = slots - 1
    }

    public var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(_ a: UInt64, _ b: UInt64) -> Int {
        var h = a &* 0x9E37_79B9_7F4A_7C15 ^ b &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }

    /// The value stored for the key, or nil.
    public func value(_ a: UInt64, _ b: UInt64) -> UInt8? {
        var index = slot(a, b)
        while values[index] != 0 {
            if first[index] == a && second[index] == b { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Stores `value` (not 0) for the key when it is new and answers nil; when the key is there, leaves it and answers
    /// the value it has.
    @discardableResult
    public mutating func insert(_ a: UInt64, _ b: UInt64, value: UInt8) -> UInt8? {
        precondition(value != 0, "0 marks an empty slot")
        if (count + 1) * 2 > values.count { grow() }
        var index = slot(a, b)
        while values[index] != 0 {
            if first[index] == a && second[index] == b { return values[index] }
            index = (index + 1) & mask
        }
        first[index] = a
        second[index] = b
        values[index] = value
        count += 1
        return nil
    }

    private mutating func grow() {
        let old = (first, second, values)
        self = PackedKeyTable(capacity: values.count)
        for index in old.2.indices where old.2[index] != 0 { insert(old.0[index], old.1[index], value: old.2[index]) }
    }
}

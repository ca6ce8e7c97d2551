// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// The text as Unicode scalars. The scanners look at neighbours on both sides of a candidate, which is cheap on
/// an array and slow on `String` indices. A read outside the text gives NUL, so the checks at both ends of the
/// text need no bounds tests of their own.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var count: Int { scalars.count }

    subscript(_ i: Int) -> Unicode.Scalar {
        i >= 0 && i < scalars.count ? scalars[i] : "\u{0}"
    }

    /// ASCII digits only: other scripts' digits do not occur in Dutch identifiers.
    func isDigit(_ i: Int) -> Bool {
        let v = self[i].value
        return v >= 0x30 && v <= 0x39
    }

    func digit(_ i: Int) -> Int {
        Int(self[i].value) - 0x30
    }

    func isASCIILetter(_ i: Int) -> Bool {
        let v = self[i].value | 0x20
        return v >= 0x61 && v <= 0x7A
    }

    func isUppercaseASCIILetter(_ i: Int) -> Bool {
        let v = self[i].value
        return v >= 0x41 && v <= 0x5A
    }

    /// Any letter, so "cliënt123" counts as one word and no identifier starts inside it.
    func isLetter(_ i: Int) -> Bool {
        if isASCIILetter(i) { return true }
        let scalar = self[i]
        return scalar.value >= 0xC0 && scalar.properties.isAlphabetic
    }

    func isWordCharacter(_ i: Int) -> Bool {
        isDigit(i) || isLetter(i)
    }

    func isASCIIAlphanumeric(_ i: Int) -> Bool {
        isDigit(i) || isASCIILetter(i)
    }

    /// Spaces that may sit inside a written number: the plain one and the no-break and thin ones that word
    /// processors put in. Tabs and line breaks end a number.
    func isSpace(_ i: Int) -> Bool {
        switch self[i].value {
        case 0x20, 0xA0, 0x2007, 0x2009, 0x202F: true
        default: false
        }
    }

    /// Hyphen-minus and the Unicode hyphens and dashes that autocorrect substitutes for it.
    func isDash(_ i: Int) -> Bool {
        switch self[i].value {
        case 0x2D, 0x2010...0x2013: true
        default: false
        }
    }

    /// Whether the number starting at `i` continues one just before it, as in "2025-004512", "1.250" or "09:30":
    /// such a number is a case number, an amount or a time, never an identifier on its own.
    func continuesNumber(before i: Int) -> Bool {
        guard isDigit(i - 2) else { return false }
        switch self[i - 1] {
        case ".", ",", ":", "/": return true
        default: return isDash(i - 1)
        }
    }

    /// Lower-cased ASCII letter value, or the scalar value for anything else.
    func folded(_ i: Int) -> UInt32 {
        isUppercaseASCIILetter(i) ? self[i].value | 0x20 : self[i].value
    }

    /// Whether the scalars from `i` spell `word` (lower case), ignoring case.
    func hasPrefix(_ word: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= count else { return false }
        for (k, letter) in word.enumerated() where folded(i + k) != letter { return false }
        return true
    }

    /// Whether `start..<end` is exactly `word`, ignoring case.
    func equals(_ word: [UInt32], from start: Int, to end: Int) -> Bool {
        end - start == word.count && hasPrefix(word, at: start)
    }

    /// Whether `start..<end` is one of `words`, ignoring case.
    func isOne(of words: [[UInt32]], from start: Int, to end: Int) -> Bool {
        words.contains { equals($0, from: start, to: end) }
    }

    /// The end of the run of letters starting at `i`.
    func endOfLetters(from i: Int) -> Int {
        var j = i
        while isLetter(j) { j += 1 }
        return j
    }

    /// The end of the run of digits starting at `i`.
    func endOfDigits(from i: Int) -> Int {
        var j = i
        while isDigit(j) { j += 1 }
        return j
    }
}

extension Array where Element == [UInt32] {
    /// Word lists are written as strings and compared as lower-case scalar values.
    init(words: [String]) {
        self = words.map { $0.lowercased().unicodeScalars.map(\.value) }
    }
}

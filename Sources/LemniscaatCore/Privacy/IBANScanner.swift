// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// International bank account numbers of any country: two letters, two check digits and up to thirty letters
/// and digits, whole or in groups of four, valid only when the number modulo 97 is 1.
enum IBANScanner {
    /// The length per country from the SWIFT IBAN registry. It rules out a group of words after a spaced IBAN
    /// that happens to keep the checksum; for countries not listed any length from 15 to 34 is accepted.
    private static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    private static let shortest = 15
    private static let longest = 34

    static func find(in text: ScalarText, into candidates: inout [Candidate]) {
        var i = 0
        while i + 3 < text.count {
            guard text.isASCIILetter(i), text.isASCIILetter(i + 1), text.isDigit(i + 2), text.isDigit(i + 3),
                !text.isWordCharacter(i - 1)
            else {
                i += 1
                continue
            }
            if let end = iban(in: text, at: i) {
                candidates.append(Candidate(kind: .iban, start: i, end: end))
                i = end
            } else {
                i += 1
            }
        }
    }

    private static func iban(in text: ScalarText, at start: Int) -> Int? {
        let country = String(String.UnicodeScalarView([text[start], text[start + 1]])).uppercased()
        let expected = lengths[country]
        func fits(_ length: Int) -> Bool {
            expected.map { $0 == length } ?? (shortest...longest).contains(length)
        }
        var firstEnd = start
        while text.isASCIIAlphanumeric(firstEnd) { firstEnd += 1 }
        if text.isWordCharacter(firstEnd) { return nil }
        let firstLength = firstEnd - start
        if firstLength != 4 {
            // Written whole: the run is the number or nothing.
            guard fits(firstLength), isValid(compact(text, start..<firstEnd)) else { return nil }
            return firstEnd
        }
        // Written in groups of four, the last one shorter or also four; stop at the first group that does not fit.
        var groups: [Range<Int>] = [start..<firstEnd]
        var length = 4
        var end = firstEnd
        while length < longest, text.isSpace(end), text.isASCIIAlphanumeric(end + 1) {
            var groupEnd = end + 1
            while text.isASCIIAlphanumeric(groupEnd) { groupEnd += 1 }
            let groupLength = groupEnd - (end + 1)
            guard groupLength <= 4, !text.isWordCharacter(groupEnd) else { break }
            groups.append((end + 1)..<groupEnd)
            length += groupLength
            end = groupEnd
            if groupLength < 4 { break }
        }
        // The longest prefix that is a valid IBAN, so a following word of four letters is not swallowed.
        var characters = compact(text, groups)
        while groups.count > 1 {
            if fits(characters.count) && isValid(characters) { return groups[groups.count - 1].upperBound }
            characters.removeLast(groups.removeLast().count)
        }
        return nil
    }

    private static func compact(_ text: ScalarText, _ range: Range<Int>) -> [UInt8] {
        range.map { UInt8(truncatingIfNeeded: text.folded($0)) }
    }

    private static func compact(_ text: ScalarText, _ groups: [Range<Int>]) -> [UInt8] {
        groups.flatMap { compact(text, $0) }
    }

    /// ISO 13616: move the first four characters to the end, read letters as 10 to 35, and the remainder
    /// modulo 97 must be 1. Check digits 00, 01 and 99 are never issued.
    static func isValid(_ characters: [UInt8]) -> Bool {
        guard characters.count >= shortest, characters.count <= longest else { return false }
        let digit0 = UInt8(ascii: "0")
        let check = Int(characters[2] &- digit0) * 10 + Int(characters[3] &- digit0)
        guard (2...98).contains(check) else { return false }
        var remainder = 0
        for k in 0..<characters.count {
            let c = characters[(k + 4) % characters.count] | 0x20
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                remainder = (remainder * 10 + Int(c - digit0)) % 97
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                remainder = (remainder * 100 + Int(c - UInt8(ascii: "a")) + 10) % 97
            default:
                return false
            }
        }
        return remainder == 1
    }

    /// Convenience for tests: spaces are ignored, case is not significant.
    static func isValid(_ iban: String) -> Bool {
        isValid(Array(iban.utf8.filter { $0 != UInt8(ascii: " ") }))
    }
}

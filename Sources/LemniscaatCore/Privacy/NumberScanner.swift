// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Burgerservicenummers and Dutch phone numbers: both are runs of digits, told apart from amounts, years,
/// case numbers and dates by their grouping and, for the BSN, the 11-proef.
enum NumberScanner {
    // MARK: BSN

    /// How a BSN is written: nine digits whole or in the groups people use, or eight when the leading zero
    /// was dropped (only whole, since "12.345.678" is far more often an amount).
    private static let bsnGroupings: [[Int]] = [[9], [3, 3, 3], [4, 2, 3], [2, 2, 2, 3], [8]]

    /// Organisation numbers: an RSIN passes the same 11-proef and one in eleven KvK numbers does with a zero
    /// in front, yet neither is about a person. Named just before the number, they are not a BSN.
    private static let organisationNumberWords = [[UInt32]](words: ["kvk", "rsin"])

    static func findBSNs(in text: ScalarText, into candidates: inout [Candidate]) {
        var i = 0
        var groups: [Range<Int>] = []
        while i < text.count {
            guard text.isDigit(i) else {
                i += 1
                continue
            }
            // One chain: digit groups joined by the same kind of separator, a dot or a space.
            groups.removeAll(keepingCapacity: true)
            var separatorIsDot: Bool?
            var j = i
            while true {
                let end = text.endOfDigits(from: j)
                groups.append(j..<end)
                let isDot = text[end] == "."
                guard (isDot || text.isSpace(end)) && text.isDigit(end + 1),
                    separatorIsDot == nil || separatorIsDot == isDot
                else { break }
                separatorIsDot = isDot
                j = end + 1
            }
            let chainStart = i
            let chainEnd = groups[groups.count - 1].upperBound
            i = chainEnd

            // A group glued to a letter, an amount, a decimal or a percentage cannot be (part of) a BSN.
            let firstUsable = startIsClear(chainStart, in: text) ? 0 : 1
            let lastUsable = endIsClear(chainEnd, in: text) ? groups.count - 1 : groups.count - 2
            if separatorIsDot == true {
                // Dots make one number of the whole chain.
                if firstUsable == 0, lastUsable == groups.count - 1, matchingGrouping(groups, at: 0) == groups.count {
                    addBSN(groups[0].lowerBound..<chainEnd, in: text, to: &candidates)
                }
                continue
            }
            // Spaces may also separate unrelated numbers: look for a BSN grouping anywhere in the chain.
            var first = firstUsable
            while first <= lastUsable {
                if let size = matchingGrouping(groups, at: first), first + size - 1 <= lastUsable,
                    addBSN(groups[first].lowerBound..<groups[first + size - 1].upperBound, in: text, to: &candidates)
                {
                    first += size
                } else {
                    first += 1
                }
            }
        }
    }

    @discardableResult
    private static func addBSN(_ span: Range<Int>, in text: ScalarText, to candidates: inout [Candidate]) -> Bool {
        guard passesElevenTest(digitsIn: span, of: text), !followsOrganisationWord(span.lowerBound, in: text) else { return false }
        candidates.append(Candidate(kind: .bsn, start: span.lowerBound, end: span.upperBound))
        return true
    }

    /// The number of groups from `first` that form a BSN grouping; the first group's length decides which.
    private static func matchingGrouping(_ groups: [Range<Int>], at first: Int) -> Int? {
        for grouping in bsnGroupings where grouping[0] == groups[first].count {
            guard first + grouping.count <= groups.count else { return nil }
            return grouping.indices.allSatisfy({ groups[first + $0].count == grouping[$0] }) ? grouping.count : nil
        }
        return nil
    }

    private static func startIsClear(_ i: Int, in text: ScalarText) -> Bool {
        if text.isLetter(i - 1) || text.continuesNumber(before: i) || text[i - 1] == "+" { return false }
        var k = i - 1
        while text.isSpace(k) { k -= 1 }
        switch text[k] {
        case "€", "$", "£", "ƒ": return false
        default: return true
        }
    }

    private static func endIsClear(_ end: Int, in text: ScalarText) -> Bool {
        if text.isLetter(end) || text[end] == "%" { return false }
        if (text[end] == "," || text[end] == "." || text[end] == ":") && text.isDigit(end + 1) { return false }
        if text.isDash(end) && text.isDigit(end + 1) { return false }
        var k = end
        while text.isSpace(k) { k += 1 }
        return !(k > end && (text.hasPrefix(euro, at: k) || text[k] == "%"))
    }

    private static let euro: [UInt32] = Array("euro".unicodeScalars.map(\.value))

    private static func followsOrganisationWord(_ start: Int, in text: ScalarText) -> Bool {
        let from = max(0, start - 20)
        var k = from
        while k < start {
            if text.isLetter(k) && !text.isLetter(k - 1) {
                let end = text.endOfLetters(from: k)
                if text.isOne(of: organisationNumberWords, from: k, to: end) { return true }
                k = end
            } else {
                k += 1
            }
        }
        return false
    }

    private static func passesElevenTest(digitsIn span: Range<Int>, of text: ScalarText) -> Bool {
        var digits: [Int] = []
        digits.reserveCapacity(9)
        for k in span where text.isDigit(k) { digits.append(text.digit(k)) }
        return passesElevenTest(digits)
    }

    /// The 11-proef for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. Eight digits are read with a
    /// leading zero, as people drop it; all zeros is no number.
    static func passesElevenTest(_ digits: [Int]) -> Bool {
        guard digits.count == 9 || digits.count == 8 else { return false }
        let padded = digits.count == 8 ? [0] + digits : digits
        guard padded.contains(where: { $0 != 0 }) else { return false }
        var sum = -padded[8]
        for k in 0..<8 { sum += (9 - k) * padded[k] }
        return sum % 11 == 0
    }

    /// Convenience for tests and callers with a string of digits; anything but digits fails.
    static func passesElevenTest(_ digits: String) -> Bool {
        let values = digits.unicodeScalars.map { Int($0.value) - 0x30 }
        guard values.allSatisfy({ (0...9).contains($0) }) else { return false }
        return passesElevenTest(values)
    }

    // MARK: Phone numbers

    /// Area codes of two digits after the 0 (010 Rotterdam, 020 Amsterdam, 088 company numbers); every other
    /// geographic code has three (0543). Knowing which tells "020 123 4567" from a date like "01-02-2025".
    private static let twoDigitAreaCodes: Set<Int> = [
        10, 13, 15, 20, 23, 24, 26, 30, 33, 35, 36, 38, 40, 43, 45, 46, 50, 53, 55, 58,
        70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 84, 85, 87, 88, 91, 97,
    ]

    static func findPhoneNumbers(in text: ScalarText, into candidates: inout [Candidate]) {
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == "+" && text[i + 1] == "3" && text[i + 2] == "1" && !text.isWordCharacter(i - 1) {
                if let end = internationalNumber(in: text, after: i + 3) {
                    candidates.append(Candidate(kind: .phoneNumber, start: i, end: end))
                    i = end
                    continue
                }
            } else if c == "0" && nationalStartIsClear(i, in: text) {
                if text[i + 1] == "0" && text[i + 2] == "3" && text[i + 3] == "1" {
                    if let end = internationalNumber(in: text, after: i + 4) {
                        candidates.append(Candidate(kind: .phoneNumber, start: i, end: end))
                        i = end
                        continue
                    }
                } else if let end = nationalNumber(in: text, from: i, trunkGroupExtra: 0) {
                    candidates.append(Candidate(kind: .phoneNumber, start: i, end: end))
                    i = end
                    continue
                }
            } else if c == "(" && text[i + 1] == "0" && text.isDigit(i + 2) && !text.isWordCharacter(i - 1) {
                // "(020) 123 4567": the area code between brackets belongs to the number.
                if let end = nationalNumber(in: text, from: i + 1, trunkGroupExtra: 0, closingBracketAfterTrunk: true) {
                    candidates.append(Candidate(kind: .phoneNumber, start: i, end: end))
                    i = end
                    continue
                }
            }
            i += 1
        }
    }

    private static func nationalStartIsClear(_ i: Int, in text: ScalarText) -> Bool {
        !text.isWordCharacter(i - 1) && text[i - 1] != "+" && !text.continuesNumber(before: i)
    }

    /// After "+31" or "0031": optional "(0)" or a stray 0, then nine digits.
    private static func internationalNumber(in text: ScalarText, after prefixEnd: Int) -> Int? {
        var j = prefixEnd
        j = skipSeparator(in: text, from: j)
        if text[j] == "(" && text[j + 1] == "0" && text[j + 2] == ")" {
            j = skipSeparator(in: text, from: j + 3)
        }
        guard text.isDigit(j) else { return nil }
        if text[j] == "0" {
            return nationalNumber(in: text, from: j, trunkGroupExtra: 0)
        }
        // Read as if the 0 were written: "+31 6 12345678" groups like "06 12345678".
        return nationalNumber(in: text, from: j, trunkGroupExtra: 1)
    }

    /// Spaces around at most one dash, slash or dot: "06-12345678", "06 - 1234 5678", "020/1234567".
    private static func skipSeparator(in text: ScalarText, from start: Int) -> Int {
        var j = start
        var spaces = 0
        while text.isSpace(j) && spaces < 2 {
            j += 1
            spaces += 1
        }
        if text.isDash(j) || text[j] == "/" || text[j] == "." {
            j += 1
            spaces = 0
            while text.isSpace(j) && spaces < 2 {
                j += 1
                spaces += 1
            }
        }
        return j
    }

    /// A Dutch number of ten digits from `start`, with 0 and area code first (or `trunkGroupExtra` = 1 when
    /// the 0 is implied by +31). Returns the end of the number if its grouping and area code are plausible.
    private static func nationalNumber(
        in text: ScalarText, from start: Int, trunkGroupExtra: Int, closingBracketAfterTrunk: Bool = false
    ) -> Int? {
        var digits: [Int] = trunkGroupExtra == 1 ? [0] : []
        digits.reserveCapacity(10)
        var groupLengths: [Int] = []
        var j = start
        var end = start
        while true {
            guard text.isDigit(j) else { return nil }
            let groupEnd = text.endOfDigits(from: j)
            for k in j..<groupEnd { digits.append(text.digit(k)) }
            groupLengths.append(groupEnd - j)
            if digits.count == 10 {
                end = groupEnd
                break
            }
            if digits.count > 10 { return nil }
            var next = groupEnd
            if closingBracketAfterTrunk && groupLengths.count == 1 {
                guard text[next] == ")" else { return nil }
                next += 1
            }
            next = skipSeparator(in: text, from: next)
            guard next > groupEnd else { return nil }
            j = next
        }
        if closingBracketAfterTrunk && groupLengths.count == 1 { return nil }
        // Glued to more digits or letters, or followed by decimals: not a phone number.
        if text.isWordCharacter(end) { return nil }
        if (text[end] == "," || text[end] == ".") && text.isDigit(end + 1) { return nil }
        if text.isDash(end) && text.isDigit(end + 1) { return nil }
        groupLengths[0] += trunkGroupExtra
        return isPlausible(digits, groupLengths: groupLengths) ? end : nil
    }

    private static func isPlausible(_ d: [Int], groupLengths: [Int]) -> Bool {
        guard d[0] == 0, d[1] != 0 else { return false }
        // Subscriber numbers are written in groups of at least two digits.
        guard groupLengths.dropFirst().allSatisfy({ $0 >= 2 }) else { return false }
        let trunk = groupLengths.count == 1 ? 0 : groupLengths[0]
        if d[1] == 6 {
            // Mobile: 06-1… to 06-5… and 06-8…; not 066 (pagers) or 067 (data). "0612 345678" is also seen.
            return [1, 2, 3, 4, 5, 8].contains(d[2]) && [0, 2, 4].contains(trunk)
        }
        if twoDigitAreaCodes.contains(d[1] * 10 + d[2]) {
            return d[3] != 0 && [0, 3].contains(trunk)
        }
        if (1...5).contains(d[1]) {
            return d[4] != 0 && [0, 4].contains(trunk)
        }
        // 0800 and 0900 are service numbers, not a person's.
        return false
    }
}

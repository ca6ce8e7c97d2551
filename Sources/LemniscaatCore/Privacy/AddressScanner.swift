// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// A Dutch postcode with a house number, which points at one address. A postcode alone is an area and is
/// allowed: signals may say where something happens.
enum AddressScanner {
    /// Letter pairs that PostNL does not issue.
    private static let unusedLetterPairs = [[UInt32]](words: ["sa", "sd", "ss"])

    /// Short words and units that follow a number in ordinary sentences: "in 2024 en 2025", "1500 km". Written
    /// in lower case after a space they are read as words; in capitals ("1234 EN") as a postcode.
    private static let shortWords = [[UInt32]](words: [
        "en", "in", "op", "om", "te", "of", "is", "de", "al", "na", "zo", "nu", "ik", "we", "je", "ze", "er", "af",
        "ca", "nr", "tm", "km", "kg", "cm", "mm", "ml", "cl", "dl", "ha", "mg", "gb", "mb", "kb", "uu", "pp", "ok",
    ])

    /// Endings of Dutch street names, for "Kerkstraat 12, 1234 AB" where the number comes before the postcode.
    private static let streetEndings = [[UInt32]](words: [
        "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "dreef", "steeg", "pad", "hof",
        "park", "markt", "allee", "plantsoen", "erf", "wal", "ring", "baan", "veld", "dam", "haven", "poort",
        "berg", "hoven", "boulevard", "promenade", "weide", "kant", "zijde", "wetering", "vaart", "gang", "oord",
        "hage", "hout", "donk", "akker", "burcht", "zoom", "stede", "bosch",
    ])

    static func find(in text: ScalarText, into candidates: inout [Candidate]) {
        var i = 0
        while i + 5 < text.count {
            guard let postcodeEnd = postcode(in: text, at: i) else {
                i += 1
                continue
            }
            let numberAfter = houseNumber(in: text, after: postcodeEnd)
            let streetBefore = numberAfter == nil ? street(in: text, before: i) : nil
            if numberAfter != nil || streetBefore != nil {
                let end = numberAfter ?? postcodeEnd
                candidates.append(Candidate(kind: .postcodeWithHouseNumber, start: streetBefore ?? i, end: end))
                i = end
            } else {
                i = postcodeEnd
            }
        }
    }

    /// "1234 AB", "1234AB" or "1234 ab": four digits not starting with 0 and two letters. Returns its end.
    private static func postcode(in text: ScalarText, at i: Int) -> Int? {
        guard text[i] != "0", text.isDigit(i), text.isDigit(i + 1), text.isDigit(i + 2), text.isDigit(i + 3),
            !text.isDigit(i + 4), !text.isLetter(i - 1), !text.isDigit(i - 1), !text.continuesNumber(before: i)
        else { return nil }
        var letters = i + 4
        let spaced = text.isSpace(letters)
        if spaced { letters += 1 }
        guard text.isASCIILetter(letters), text.isASCIILetter(letters + 1), !text.isLetter(letters + 2) else { return nil }
        let end = letters + 2
        if text.isOne(of: unusedLetterPairs, from: letters, to: end) { return nil }
        let capitals = text.isUppercaseASCIILetter(letters) && text.isUppercaseASCIILetter(letters + 1)
        if spaced && !capitals && text.isOne(of: shortWords, from: letters, to: end) { return nil }
        return end
    }

    /// A house number within a few characters after the postcode: "1234 AB 12", "1234AB 12a", "1234 ab, 12",
    /// "1234 AB 12-3". Returns its end.
    private static func houseNumber(in text: ScalarText, after postcodeEnd: Int) -> Int? {
        var j = postcodeEnd
        while j < postcodeEnd + 3 && (text.isSpace(j) || text[j] == "," || text.isDash(j)) { j += 1 }
        guard text.isDigit(j), text[j] != "0" else { return nil }
        let digitsEnd = text.endOfDigits(from: j)
        guard digitsEnd - j <= 5 else { return nil }
        var end = digitsEnd
        if text.isASCIILetter(end) && !text.isLetter(end + 1) {
            end += 1  // 12a
        } else if (text.isDash(end) || text[end] == "/") && text.isASCIIAlphanumeric(end + 1) {
            var k = end + 1
            while text.isASCIIAlphanumeric(k) { k += 1 }
            if k - end - 1 <= 4 && !text.isWordCharacter(k) { end = k }  // 12-3, 12/II
        }
        if text.isWordCharacter(end) { return nil }
        if (text[end] == ":" || text[end] == "," || text[end] == ".") && text.isDigit(end + 1) { return nil }
        return end
    }

    /// "Kerkstraat 12, " just before the postcode. Returns where the street name starts.
    private static func street(in text: ScalarText, before postcodeStart: Int) -> Int? {
        var j = postcodeStart - 1
        var skipped = 0
        while skipped < 3 && (text.isSpace(j) || text[j] == ",") {
            j -= 1
            skipped += 1
        }
        guard skipped > 0 else { return nil }
        // The house number with any addition: 12, 12a, 12-3, 12 A.
        var numberStart = j
        while text.isASCIIAlphanumeric(numberStart) || text.isDash(numberStart) || text[numberStart] == "/" { numberStart -= 1 }
        numberStart += 1
        guard numberStart <= j, j - numberStart < 8, text.isDigit(numberStart), text[numberStart] != "0" else { return nil }
        var wordEnd = numberStart - 1
        guard text.isSpace(wordEnd) else { return nil }
        wordEnd -= text.isSpace(wordEnd - 1) ? 1 : 0
        guard text.isLetter(wordEnd - 1) else { return nil }
        var wordStart = wordEnd - 1
        while text.isLetter(wordStart - 1) || (text.isDash(wordStart - 1) && text.isLetter(wordStart - 2)) { wordStart -= 1 }
        for ending in streetEndings where wordEnd - wordStart >= ending.count {
            if text.hasPrefix(ending, at: wordEnd - ending.count) { return wordStart }
        }
        return nil
    }
}

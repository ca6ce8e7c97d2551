// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// A light Dutch stemmer: the Snowball (Porter) Dutch algorithm with three additions in the spirit of
/// Kraaij-Pohlmann, so that the forms a practitioner writes about the same thing meet:
///
/// - undoubling after a removed ending applies to every double consonant, not only kk/dd/tt
///   ("gezinnen" → "gezin", "klassen" → "klas");
/// - a stem left ending in z or v after removing -e/-en gets s or f back ("daklozen", "dakloze" → "daklos" like
///   "dakloos"; "brieven" → "brief");
/// - a past participle or third person on -d/-t after a long vowel loses that -d/-t and the ge- it carries, as
///   prefix or after a separable prefix ("betaald" → "betal" like "betaling", "betalingen"; "aangevraagd" →
///   "aanvrag" like "aanvraag", "aanvragen"; "uitgekeerd" → "uitker" like "uitkering"; "geweigerd" → "weiger"
///   like "weigering"). Without a dictionary this is a guess from the letters, so it is kept narrow.
///
/// It works on lower-case ASCII bytes (diacritics already folded by `DutchText`); other bytes count as consonants.
/// Stems are index keys, not words: "aanvraag" becomes "aanvrag", "probleem" "problem".
enum DutchStemmer {
    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    private static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), upperI = UInt8(ascii: "I")
    private static let upperY = UInt8(ascii: "Y")

    /// Separable prefixes that take the ge- of a past participle after them ("aan-ge-vraagd", "uit-ge-keerd").
    private static let separablePrefixes: [[UInt8]] = [
        "aan", "af", "bij", "door", "in", "mee", "na", "neer", "om", "op", "over", "samen", "terug", "toe", "uit",
        "vast", "voor", "vrij", "weg",
    ].map { Array($0.utf8) }

    /// Plurals on -eren whose singular is short; matched at the end, so compounds ("pleegkinderen") follow.
    private static let irregularPlurals: [([UInt8], [UInt8])] = [
        ("kinderen", "kind"), ("eieren", "ei"), ("volkeren", "volk"), ("bladeren", "blad"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    static func stem(_ word: inout [UInt8]) {
        for (plural, singular) in irregularPlurals where ends(word, with: plural) {
            word.removeLast(plural.count)
            word.append(contentsOf: singular)
            return
        }
        guard word.count > 3 else { return }
        markConsonantalIAndY(&word)
        let (r1, r2) = regions(word)

        // Step 1: -heden, -en/-ene, -s/-se (the longest that matches; if its condition fails, nothing).
        var removedEnding = false
        if ends(word, with: "heden") {
            if word.count - 5 >= r1 {
                word.removeLast(5)
                word.append(contentsOf: [UInt8(ascii: "h"), e, i, UInt8(ascii: "d")])
            }
        } else if ends(word, with: "ene") || ends(word, with: "en") {
            let length = word.last == e ? 3 : 2
            let start = word.count - length
            if start >= r1 && isValidEnEnding(word, before: start) {
                word.removeLast(length)
                undoubleConsonant(&word)
                removedEnding = true
            }
        } else if ends(word, with: "se") || ends(word, with: "s") {
            let length = word.last == e ? 2 : 1
            let start = word.count - length
            if start >= r1 && start > 0 && !isVowel(word[start - 1]) && word[start - 1] != UInt8(ascii: "j") {
                word.removeLast(length)
            }
        }

        // Step 2: -e.
        let removedE = removeE(&word, r1: r1)
        if removedEnding || removedE {
            restoreVoiceless(&word)
        }

        // Step 3a: -heid.
        if ends(word, with: "heid"), word.count - 4 >= r2, word.count - 4 == 0 || word[word.count - 5] != UInt8(ascii: "c") {
            word.removeLast(4)
            let start = word.count - 2
            if ends(word, with: "en"), start >= r1, isValidEnEnding(word, before: start) {
                word.removeLast(2)
                undoubleConsonant(&word)
            }
        }

        // Step 3b: derivational suffixes.
        if ends(word, with: "end") || ends(word, with: "ing") {
            if word.count - 3 >= r2 {
                word.removeLast(3)
                if ends(word, with: "ig"), word.count - 2 >= r2, word.count < 3 || word[word.count - 3] != e {
                    word.removeLast(2)
                } else {
                    undoubleConsonant(&word)
                }
            }
        } else if ends(word, with: "ig") {
            if word.count - 2 >= r2, word.count < 3 || word[word.count - 3] != e {
                word.removeLast(2)
            }
        } else if ends(word, with: "lijk") {
            if word.count - 4 >= r2 {
                word.removeLast(4)
                _ = removeE(&word, r1: r1)
            }
        } else if ends(word, with: "baar") {
            if word.count - 4 >= r2 { word.removeLast(4) }
        } else if ends(word, with: "bar") {
            if word.count - 3 >= r2 && removedE { word.removeLast(3) }
        }

        removeParticipleEnding(&word)

        // Step 4: undouble a long vowel in a closed final syllable ("maan" → "man", "aanvraag" → "aanvrag").
        let n = word.count
        if n >= 4, !isVowel(word[n - 4]), word[n - 3] == word[n - 2], isUndoublableVowel(word[n - 3]),
            !isVowel(word[n - 1]), word[n - 1] != upperI
        {
            word.remove(at: n - 2)
        }

        for k in word.indices where word[k] == upperI || word[k] == upperY {
            word[k] |= 0x20
        }
    }

    // MARK: - Steps

    /// Snowball's step 2: drop a final -e in R1 after a consonant, then undouble.
    private static func removeE(_ word: inout [UInt8], r1: Int) -> Bool {
        let start = word.count - 1
        guard start >= r1, start > 0, word[start] == e, !isVowel(word[start - 1]) else { return false }
        word.removeLast()
        undoubleConsonant(&word)
        return true
    }

    /// "betaald" → "betaal", "gehoord" → "hoor", "aangevraagd" → "aanvraag", "geweigerd" → "weiger",
    /// "teruggevorderd" → "terugvorder": the -d/-t of a (weak) past participle or third person, with the ge- of the
    /// participle as prefix or after a separable prefix. Recognised after a double vowel and one consonant
    /// ("betaald", "vraagt"; not -nt, which ends nouns such as "gemeente"), after unstressed -er/-el ("geweigerd",
    /// "behandeld") and after -ig ("gewijzigd"). Short words keep it ("maand", "woord", "kaart", "geweld").
    private static func removeParticipleEnding(_ word: inout [UInt8]) {
        let n = word.count
        guard n >= 6, word[n - 1] == UInt8(ascii: "d") || word[n - 1] == UInt8(ascii: "t") else { return }
        let consonant = word[n - 2]
        let afterLongVowel =
            !isVowel(consonant) && word[n - 3] == word[n - 4] && isUndoublableVowel(word[n - 3]) && !isVowel(word[n - 5])
            && !(consonant == UInt8(ascii: "n") && word[n - 1] == UInt8(ascii: "t"))
        let afterSchwa = n >= 7 && word[n - 3] == e && (consonant == UInt8(ascii: "r") || consonant == UInt8(ascii: "l"))
        let afterIg = n >= 7 && word[n - 1] == UInt8(ascii: "d") && word[n - 3] == i && consonant == UInt8(ascii: "g")
        guard afterLongVowel || afterSchwa || afterIg else { return }
        word.removeLast()
        if word[0] == UInt8(ascii: "g") && word[1] == e && word.count - 2 >= 4 {
            word.removeFirst(2)
            return
        }
        for prefix in separablePrefixes where word.count > prefix.count + 4 {
            if word.starts(with: prefix) && word[prefix.count] == UInt8(ascii: "g") && word[prefix.count + 1] == e {
                word.removeSubrange(prefix.count..<(prefix.count + 2))
                return
            }
        }
    }

    /// Kraaij-Pohlmann: "dakloz" → "daklos", "briev" → "brief".
    private static func restoreVoiceless(_ word: inout [UInt8]) {
        guard let last = word.last else { return }
        if last == UInt8(ascii: "z") {
            word[word.count - 1] = UInt8(ascii: "s")
        } else if last == UInt8(ascii: "v") {
            word[word.count - 1] = UInt8(ascii: "f")
        }
    }

    /// Every double consonant at the end loses one letter (Snowball only does kk, dd and tt).
    private static func undoubleConsonant(_ word: inout [UInt8]) {
        let n = word.count
        guard n >= 2, word[n - 1] == word[n - 2], !isVowel(word[n - 1]) else { return }
        word.removeLast()
    }

    // MARK: - Letters and regions

    private static func isVowel(_ c: UInt8) -> Bool {
        c == a || c == e || c == i || c == o || c == u || c == y
    }

    private static func isUndoublableVowel(_ c: UInt8) -> Bool {
        c == a || c == e || c == o || c == u
    }

    /// An en-ending counts after a consonant, but not after "gem" ("gemeente" keeps its stem apart).
    private static func isValidEnEnding(_ word: [UInt8], before start: Int) -> Bool {
        guard start > 0, !isVowel(word[start - 1]) else { return false }
        if start >= 3 && word[start - 3] == UInt8(ascii: "g") && word[start - 2] == e && word[start - 1] == UInt8(ascii: "m") {
            return false
        }
        return true
    }

    /// Initial y, y after a vowel and i between vowels are consonants: they become upper case until the end.
    private static func markConsonantalIAndY(_ word: inout [UInt8]) {
        if word[0] == y { word[0] = upperY }
        for k in 1..<word.count where isVowel(word[k - 1]) {
            if word[k] == i && k + 1 < word.count && isVowel(word[k + 1]) {
                word[k] = upperI
            } else if word[k] == y {
                word[k] = upperY
            }
        }
    }

    /// R1 starts after the first consonant that follows a vowel, but not before the fourth letter; R2 likewise
    /// after R1 (counted from the unadjusted R1, as Snowball does).
    private static func regions(_ word: [UInt8]) -> (r1: Int, r2: Int) {
        let n = word.count
        func after(from start: Int) -> Int {
            var k = start
            while k < n && !isVowel(word[k]) { k += 1 }
            while k < n && isVowel(word[k]) { k += 1 }
            return k < n ? k + 1 : n
        }
        let unadjusted = after(from: 0)
        return (max(unadjusted, 3), after(from: unadjusted))
    }

    private static func ends(_ word: [UInt8], with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard word.count >= length else { return false }
        let offset = word.count - length
        for k in 0..<length where word[offset + k] != suffix.utf8Start[k] { return false }
        return true
    }

    private static func ends(_ word: [UInt8], with suffix: [UInt8]) -> Bool {
        word.count >= suffix.count && word.suffix(suffix.count).elementsEqual(suffix)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Turns a Dutch text into the terms the similarity index compares: words are lower-cased, diacritics folded
/// ("cliënt" → "client", "ĳ" → "ij"), split on everything that is not a letter or digit (so "Wmo-consulent" gives
/// "wmo" and "consulent"), a trailing "'s" dropped ("auto's" → "auto"), stop words removed and the rest stemmed
/// with `DutchStemmer`. Numbers are kept as they are; single characters and tokens longer than 40 bytes are dropped.
public enum DutchText {
    /// Lower-cased, diacritics folded, stop words removed, stemmed terms.
    public static func terms(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    static let maximumTokenLength = 40

    /// Frequent Dutch function words: the Snowball list with the usual spelling variants and a few more
    /// (modal verbs, pronouns, adverbs of degree and time) that say nothing about what a signal is about.
    /// Compared before stemming, with diacritics folded.
    static let stopWords: Set<String> = [
        "aan", "aangezien", "achter", "al", "alle", "alleen", "alles", "als", "alsof", "altijd", "ander", "andere",
        "anders", "ben", "bent", "bij", "binnen", "daar", "daarbij", "daardoor", "daarna", "daarom", "dan", "dat",
        "de", "deze", "die", "dit", "doch", "doen", "doet", "door", "dus", "echter", "een", "eens", "eigen", "en",
        "enkele", "er", "erg", "ge", "geen", "geweest", "haar", "had", "hadden", "heb", "hebben", "hebt", "heeft",
        "hem", "hen", "het", "hier", "hierbij", "hierdoor", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is",
        "ja", "je", "jij", "jou", "jouw", "jullie", "kan", "kon", "konden", "kun", "kunnen", "kunt", "maar", "me",
        "meer", "meest", "men", "met", "mij", "mijn", "moest", "moesten", "moet", "moeten", "mocht", "mochten",
        "mogen", "na", "naar", "nee", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "onze", "ook",
        "op", "over", "per", "reeds", "sinds", "steeds", "te", "tegen", "toch", "toen", "tot", "tussen", "u", "uit",
        "uw", "van", "veel", "via", "voor", "waar", "waardoor", "waarbij", "waarom", "wanneer", "want", "waren",
        "was", "wat", "we", "wel", "welk", "welke", "werd", "werden", "wezen", "wie", "wij", "wil", "willen", "wilt",
        "word", "worden", "wordt", "za", "zal", "ze", "zeer", "zelf", "zich", "zij", "zijn", "zo", "zoals", "zodat",
        "zonder", "zou", "zouden", "zullen", "zult",
    ]

    /// Scans UTF-8 bytes: ASCII letters and digits are lower-cased in place, other letters are folded through
    /// `fold(_:)`, combining marks are skipped without ending the word, anything else ends the word.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        var token: [UInt8] = []
        token.reserveCapacity(64)
        var hasDigit = false
        var i = 0
        let n = bytes.count

        func flush() {
            defer {
                token.removeAll(keepingCapacity: true)
                hasDigit = false
            }
            guard token.count >= 2, token.count <= maximumTokenLength else { return }
            if hasDigit {
                result.append(String(decoding: token, as: UTF8.self))
                return
            }
            let word = String(decoding: token, as: UTF8.self)
            if stopWords.contains(word) { return }
            DutchStemmer.stem(&token)
            result.append(String(decoding: token, as: UTF8.self))
        }

        while i < n {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    token.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    token.append(byte | 0x20)
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    token.append(byte)
                    hasDigit = true
                case UInt8(ascii: "'"):
                    if isPossessiveS(bytes, after: i, token: token) {
                        i += 1  // skip the s as well
                    }
                    flush()
                default:
                    flush()
                }
                i += 1
                continue
            }
            // A multi-byte sequence; the String guarantees it is valid UTF-8.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length where i + k < n {
                value = value << 6 | UInt32(bytes[i + k] & 0x3F)
            }
            let scalar = Unicode.Scalar(value) ?? " "
            if scalar == "\u{2019}" || scalar == "\u{2018}" {  // typographic apostrophe
                if isPossessiveS(bytes, after: i + length - 1, token: token) {
                    i += 1
                }
                flush()
            } else if scalar.properties.generalCategory == .nonspacingMark {
                // a combining accent from decomposed input: folded away, the word goes on
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let folded = fold(scalar)
                token.append(contentsOf: folded.bytes)
                if folded.isDigit { hasDigit = true }
            } else {
                flush()
            }
            i += length
        }
        flush()
        return result
    }

    /// "'s" ending a word (a plural or possessive as in "auto's", "cliënt's") rather than starting one ("'s avonds").
    private static func isPossessiveS(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int, token: [UInt8]) -> Bool {
        guard !token.isEmpty, index + 1 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "s") else { return false }
        guard index + 2 < bytes.count else { return true }
        let next = bytes[index + 2]
        let isWordByte =
            next >= 0x80 || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
            || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9"))
        return !isWordByte
    }

    /// The lower-case, accent-free spelling of a non-ASCII letter or digit.
    private static func fold(_ scalar: Unicode.Scalar) -> (bytes: [UInt8], isDigit: Bool) {
        if let latin = latinFolds[scalar.value] {
            return (Array(latin.utf8), false)
        }
        let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var bytes: [UInt8] = []
        var isDigit = false
        for s in folded.unicodeScalars where s.properties.generalCategory != .nonspacingMark {
            if s.isASCII {
                let b = UInt8(s.value)
                if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                    isDigit = true
                    bytes.append(b)
                } else {
                    bytes.append(b | 0x20)
                }
            } else {
                bytes.append(contentsOf: Array(String(s).lowercased().utf8))
            }
        }
        return (bytes, isDigit)
    }

    /// The Latin letters found in Dutch texts (and in names), folded without a trip through Foundation.
    private static let latinFolds: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćč", "c"), ("ÇĆČ", "c"), ("ď", "d"), ("Ď", "d"),
            ("èéêëēėęě", "e"), ("ÈÉÊËĒĖĘĚ", "e"), ("ğ", "g"), ("Ğ", "g"), ("ìíîïīįı", "i"), ("ÌÍÎÏĪĮİ", "i"),
            ("łľ", "l"), ("ŁĽ", "l"), ("ñńň", "n"), ("ÑŃŇ", "n"), ("òóôõöøō", "o"), ("ÒÓÔÕÖØŌ", "o"),
            ("ř", "r"), ("Ř", "r"), ("śšş", "s"), ("ŚŠŞ", "s"), ("ťţ", "t"), ("ŤŢ", "t"),
            ("ùúûüūůű", "u"), ("ÙÚÛÜŪŮŰ", "u"), ("ýÿ", "y"), ("ÝŸ", "y"), ("źżž", "z"), ("ŹŻŽ", "z"),
            ("ĳĲ", "ij"), ("ß", "ss"), ("æÆ", "ae"), ("œŒ", "oe"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = folded }
        }
        return table
    }()
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// A search as a person typed it, reduced to plain words: letters and digits only, lower case, without the most
/// common Dutch words. Nothing of the search syntax of SQLite (FTS5) or PostgreSQL reaches the database, so `"(*`
/// or `NEAR(` searches for nothing rather than failing.
public struct SearchQuery: Sendable, Equatable {
    public static let maximumLength = 200
    public static let maximumTerms = 12

    /// The words, in the order typed, each once.
    public let terms: [String]

    /// Nil when nothing searchable is left: empty, only punctuation, or only words like "de" and "het".
    public init?(_ text: String) {
        var seen = Set<String>()
        var terms: [String] = []
        let words = String(text.prefix(Self.maximumLength)).lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
        for word in words where !Self.stopWords.contains(word) && seen.insert(word).inserted {
            terms.append(word)
            if terms.count == Self.maximumTerms { break }
        }
        guard !terms.isEmpty else { return nil }
        self.terms = terms
    }

    /// The FTS5 match expression: every word must occur, as a word or the start of one ("wachtlijst" finds
    /// "wachtlijsten", as the Dutch stemmer of PostgreSQL does). Each word is quoted, so it is never syntax.
    public var fts5: String {
        terms.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"*" }.joined(separator: " ")
    }

    /// The text for PostgreSQL's `plainto_tsquery('dutch', …)`: the words with spaces, which ANDs them.
    public var plain: String { terms.joined(separator: " ") }

    /// The reason shown when a search has no words left.
    public static let emptyReason = "Vul een of meer woorden in om op te zoeken, bijvoorbeeld ‘wachtlijst’."

    /// The Dutch stop words of the Snowball list that PostgreSQL's 'dutch' configuration leaves out, so SQLite leaves
    /// them out too and both databases find the same.
    public static let stopWords: Set<String> = [
        "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die", "dit", "doch",
        "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft", "hem", "het",
        "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar", "me", "meer", "men",
        "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "ook", "op", "over",
        "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor", "want", "waren", "was", "wat", "werd",
        "wezen", "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zonder", "zou",
    ]
}

/// A piece of a search result's text: found words are highlighted. Pages show the pieces escaped, the found ones in
/// `<mark>`, so no stored text ever reaches a page unescaped.
public struct TextSegment: Sendable, Equatable, Codable {
    public let text: String
    public let highlighted: Bool

    public init(text: String, highlighted: Bool) {
        self.text = text
        self.highlighted = highlighted
    }

    /// The database marks found words with the control characters U+0001 (start) and U+0002 (end): nobody types
    /// them, and lessons drop them when saved.
    public static let start: Character = "\u{1}"
    public static let stop: Character = "\u{2}"

    /// Splits a marked text into pieces, dropping empty ones and any stray markers.
    public static func parse(_ marked: String) -> [TextSegment] {
        var segments: [TextSegment] = []
        var current = ""
        var inside = false
        func flush() {
            if !current.isEmpty {
                if let last = segments.last, last.highlighted == inside {
                    segments[segments.count - 1] = TextSegment(text: last.text + current, highlighted: inside)
                } else {
                    segments.append(TextSegment(text: current, highlighted: inside))
                }
            }
            current = ""
        }
        for character in marked {
            if character == start {
                flush()
                inside = true
            } else if character == stop {
                flush()
                inside = false
            } else {
                current.append(character)
            }
        }
        flush()
        return segments
    }
}

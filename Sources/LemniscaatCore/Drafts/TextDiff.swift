// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// What changed between two texts: line by line (a longest common subsequence of lines), and within a changed line
/// word by word, so a page can mark it with `<del>` and `<ins>`.
public enum TextDiff {
    public enum Change: String, Sendable, Equatable {
        case same, inserted, deleted
    }

    /// A run of text that is in both texts, only in the new one or only in the old one.
    public struct Span: Sendable, Equatable {
        public let change: Change
        public let text: String

        public init(_ change: Change, _ text: String) {
            self.change = change
            self.text = text
        }
    }

    public struct Line: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case same, inserted, deleted, changed
        }

        public let kind: Kind
        /// One span for a same, inserted or deleted line; for a changed line its words, old and new.
        public let spans: [Span]

        public init(_ kind: Kind, _ spans: [Span]) {
            self.kind = kind
            self.spans = spans
        }

        /// The line as it was (nil for an inserted line).
        public var oldText: String? { kind == .inserted ? nil : spans.filter { $0.change != .inserted }.map(\.text).joined() }
        /// The line as it is now (nil for a deleted line).
        public var newText: String? { kind == .deleted ? nil : spans.filter { $0.change != .deleted }.map(\.text).joined() }
    }

    /// Above this many cells the table of a longest common subsequence costs too much memory; the texts are then shown
    /// as removed and added whole. Common lines at the start and the end are taken off first, so only a rewrite of a
    /// very long section gets here.
    static let maximumCells = 4_000_000

    /// The lines of `new` against those of `old`. A run of removed lines followed by added lines is paired up into
    /// changed lines (with their words compared) where a pair has enough words in common; the rest stay removed or added.
    public static func lines(_ old: String, _ new: String) -> [Line] {
        let a = old.isEmpty ? [] : DraftText.lines(old).map(String.init)
        let b = new.isEmpty ? [] : DraftText.lines(new).map(String.init)
        var result: [Line] = []
        var deleted: [String] = []
        var inserted: [String] = []
        func flush() {
            var remainingInserted = inserted[...]
            for line in deleted {
                if let next = remainingInserted.first {
                    let spans = words(line, next)
                    if similarity(spans) >= 0.4 {
                        result.append(Line(.changed, spans))
                        remainingInserted = remainingInserted.dropFirst()
                        continue
                    }
                }
                result.append(Line(.deleted, [Span(.deleted, line)]))
            }
            for line in remainingInserted { result.append(Line(.inserted, [Span(.inserted, line)])) }
            deleted = []
            inserted = []
        }
        for step in script(a, b) {
            switch step {
            case .same(let i, _):
                flush()
                result.append(Line(.same, [Span(.same, a[i])]))
            case .deleted(let i): deleted.append(a[i])
            case .inserted(let j): inserted.append(b[j])
            }
        }
        flush()
        return result
    }

    /// The words (and the white space between them) of `new` against those of `old`, as few spans as possible: within a
    /// changed stretch all removed text comes first, then all added text.
    public static func words(_ old: String, _ new: String) -> [Span] {
        let a = tokens(old)
        let b = tokens(new)
        var raw: [Span] = []
        for step in script(a, b) {
            switch step {
            case .same(let i, _): raw.append(Span(.same, a[i]))
            case .deleted(let i): raw.append(Span(.deleted, a[i]))
            case .inserted(let j): raw.append(Span(.inserted, b[j]))
            }
        }
        // White space alone between two changes belongs to the change: "<del>a b</del><ins>c d</ins>", not four pieces.
        var spans: [Span] = []
        var removed = ""
        var added = ""
        var pendingSpace = ""
        func flushChange() {
            if !removed.isEmpty { spans.append(Span(.deleted, removed)) }
            if !added.isEmpty { spans.append(Span(.inserted, added)) }
            removed = ""
            added = ""
        }
        func appendSame(_ text: String) {
            if let last = spans.last, last.change == .same {
                spans[spans.count - 1] = Span(.same, last.text + text)
            } else {
                spans.append(Span(.same, text))
            }
        }
        for span in raw {
            switch span.change {
            case .same:
                if span.text.allSatisfy(\.isWhitespace) && (!removed.isEmpty || !added.isEmpty) {
                    pendingSpace += span.text
                } else {
                    if !pendingSpace.isEmpty {
                        flushChange()
                        appendSame(pendingSpace)
                        pendingSpace = ""
                    }
                    flushChange()
                    appendSame(span.text)
                }
            case .deleted, .inserted:
                if !pendingSpace.isEmpty {
                    removed += pendingSpace
                    added += pendingSpace
                    pendingSpace = ""
                }
                if span.change == .deleted { removed += span.text } else { added += span.text }
            }
        }
        flushChange()
        if !pendingSpace.isEmpty { appendSame(pendingSpace) }
        return spans
    }

    /// The share of the words (not white space) of both lines that they have in common.
    static func similarity(_ spans: [Span]) -> Double {
        func count(_ change: Change) -> Int {
            spans.filter { $0.change == change }.reduce(0) { $0 + $1.text.split(whereSeparator: \.isWhitespace).count }
        }
        let same = count(.same)
        let total = 2 * same + count(.deleted) + count(.inserted)
        return total == 0 ? 1 : Double(2 * same) / Double(total)
    }

    /// Words, runs of white space and single punctuation marks, in order; joined they give the text back. Punctuation
    /// stands on its own so "weken." against "weken, zonder wachttijd." marks only what was added.
    static func tokens(_ text: String) -> [String] {
        enum Kind { case word, space, other }
        func kind(_ character: Character) -> Kind {
            character.isWhitespace ? .space : (character.isLetter || character.isNumber) ? .word : .other
        }
        var tokens: [String] = []
        var current = ""
        var currentKind = Kind.other
        for character in text {
            let next = kind(character)
            if !current.isEmpty && (next != currentKind || next == .other) {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentKind = next
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    enum Step: Equatable {
        case same(Int, Int)
        case deleted(Int)
        case inserted(Int)
    }

    /// The shortest edit script from `a` to `b`; where there is a choice, removals come before additions.
    static func script<T: Equatable>(_ a: [T], _ b: [T]) -> [Step] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let n = a.count - prefix - suffix
        let m = b.count - prefix - suffix
        var steps: [Step] = (0..<prefix).map { .same($0, $0) }
        if n * m > maximumCells {
            steps += (prefix..<prefix + n).map { .deleted($0) }
            steps += (prefix..<prefix + m).map { .inserted($0) }
        } else if n > 0 || m > 0 {
            // table[i][j]: the length of the longest common subsequence of a[prefix + i ..< prefix + n] and b[prefix + j ..< prefix + m]
            let width = m + 1
            var table = [Int32](repeating: 0, count: (n + 1) * width)
            if n > 0 && m > 0 {
                for i in stride(from: n - 1, through: 0, by: -1) {
                    for j in stride(from: m - 1, through: 0, by: -1) {
                        table[i * width + j] =
                            a[prefix + i] == b[prefix + j]
                            ? table[(i + 1) * width + j + 1] + 1 : max(table[(i + 1) * width + j], table[i * width + j + 1])
                    }
                }
            }
            var i = 0
            var j = 0
            while i < n || j < m {
                if i < n && j < m && a[prefix + i] == b[prefix + j] {
                    steps.append(.same(prefix + i, prefix + j))
                    i += 1
                    j += 1
                } else if i < n && (j == m || table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                    steps.append(.deleted(prefix + i))
                    i += 1
                } else {
                    steps.append(.inserted(prefix + j))
                    j += 1
                }
            }
        }
        steps += (0..<suffix).map { .same(a.count - suffix + $0, b.count - suffix + $0) }
        return steps
    }
}

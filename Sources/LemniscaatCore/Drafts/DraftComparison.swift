// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// Two versions of a draft compared section by section. Sections are matched by key, then by title, then (for a
/// renamed heading) by the words of their text; what is left over was added or removed.
public struct DraftComparison: Sendable, Equatable {
    public enum Change: String, Sendable, Equatable, CaseIterable {
        case added = "toegevoegd"
        case removed = "verwijderd"
        case changed = "gewijzigd"
        case unchanged = "ongewijzigd"
    }

    public struct Entry: Sendable, Equatable {
        public let change: Change
        /// The section in the older version (nil when it was added).
        public let old: DraftSection?
        /// The section in the newer version (nil when it was removed).
        public let new: DraftSection?
        /// The body line by line: for a changed section the difference, otherwise every line the same, added or removed.
        public let lines: [TextDiff.Line]

        public var title: String { new?.title ?? old?.title ?? "" }
        public var titleChanged: Bool { old != nil && new != nil && old!.title != new!.title }
    }

    /// In the newer version's order; a removed section stands where it stood in the older version.
    public let entries: [Entry]

    public func count(_ change: Change) -> Int { entries.filter { $0.change == change }.count }

    /// Sections whose bodies share at least this part of their words are the same section under a new heading.
    static let renameSimilarity = 0.5

    public static func compare(_ old: [DraftSection], _ new: [DraftSection]) -> DraftComparison {
        var oldForNew: [Int?] = Array(repeating: nil, count: new.count)
        var claimed: Set<Int> = []
        // 1. the same key
        let oldByKey = Dictionary(old.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for (index, section) in new.enumerated() {
            if let match = oldByKey[section.key], !claimed.contains(match) {
                oldForNew[index] = match
                claimed.insert(match)
            }
        }
        // 2. the same title, written a little differently
        for (index, section) in new.enumerated() where oldForNew[index] == nil {
            let title = normalised(section.title)
            if let match = old.indices.first(where: { !claimed.contains($0) && normalised(old[$0].title) == title }) {
                oldForNew[index] = match
                claimed.insert(match)
            }
        }
        // 3. a new heading above much the same text, best pairs first
        var candidates: [(new: Int, old: Int, score: Double)] = []
        for (index, section) in new.enumerated() where oldForNew[index] == nil && !section.body.isEmpty {
            let words = wordSet(section.body)
            for match in old.indices where !claimed.contains(match) && !old[match].body.isEmpty {
                let score = jaccard(words, wordSet(old[match].body))
                if score >= renameSimilarity { candidates.append((index, match, score)) }
            }
        }
        for candidate in candidates.sorted(by: { $0.score > $1.score }) where oldForNew[candidate.new] == nil && !claimed.contains(candidate.old) {
            oldForNew[candidate.new] = candidate.old
            claimed.insert(candidate.old)
        }

        var entries: [Entry] = []
        var nextOld = 0
        func emitRemoved(before limit: Int) {
            while nextOld < limit {
                if !claimed.contains(nextOld) {
                    let section = old[nextOld]
                    entries.append(Entry(change: .removed, old: section, new: nil, lines: whole(section.body, as: .deleted)))
                }
                nextOld += 1
            }
        }
        for (index, section) in new.enumerated() {
            if let match = oldForNew[index] {
                emitRemoved(before: match)
                let before = old[match]
                if before.title == section.title && before.body == section.body {
                    entries.append(Entry(change: .unchanged, old: before, new: section, lines: whole(section.body, as: .same)))
                } else {
                    entries.append(Entry(change: .changed, old: before, new: section, lines: TextDiff.lines(before.body, section.body)))
                }
            } else {
                entries.append(Entry(change: .added, old: nil, new: section, lines: whole(section.body, as: .inserted)))
            }
        }
        emitRemoved(before: old.count)
        return DraftComparison(entries: entries)
    }

    private static func whole(_ body: String, as kind: TextDiff.Line.Kind) -> [TextDiff.Line] {
        let change: TextDiff.Change = kind == .inserted ? .inserted : kind == .deleted ? .deleted : .same
        return body.isEmpty ? [] : DraftText.lines(body).map { TextDiff.Line(kind, [TextDiff.Span(change, String($0))]) }
    }

    static func normalised(_ title: String) -> String {
        title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_NL"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func wordSet(_ text: String) -> Set<Substring> {
        Set(text.split { !$0.isLetter && !$0.isNumber })
    }

    private static func jaccard(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}

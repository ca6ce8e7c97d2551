// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// One part of a draft text: what stands under one heading (an article, a chapter), up to the next heading.
public struct DraftSection: Sendable, Equatable {
    /// Made from the heading and unique within its version, so it stays the same as long as the heading does: signals
    /// are linked to a key, not to one version's row.
    public let key: String
    /// 1 to 6 for `#` to `######`; 0 for the text before the first heading.
    public let level: Int
    public let title: String
    public let body: String

    public init(key: String, level: Int, title: String, body: String) {
        self.key = key
        self.level = level
        self.title = title
        self.body = body
    }
}

/// Markdown as policy officers paste it: split by its ATX headings, nothing else interpreted.
public enum DraftText {
    /// The title of the text before the first heading.
    public static let preambleTitle = "Inleiding"
    /// A draft's text may not be longer than this many characters (a long verordening is about 100 000).
    public static let maximumLength = 200_000

    /// The sections of `markdown` in order. Text before the first heading becomes a section "Inleiding" (level 0) if it
    /// holds more than white space; `#` lines inside a fenced code block are not headings.
    public static func sections(_ markdown: String) -> [DraftSection] {
        var raw: [(level: Int, title: String, lines: [Substring])] = [(0, preambleTitle, [])]
        var fence: Substring? = nil
        for line in lines(markdown) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if let heading = heading(line) {
                raw.append((heading.level, heading.title, []))
                continue
            }
            raw[raw.count - 1].lines.append(line)
        }
        var used: Set<String> = []
        var sections: [DraftSection] = []
        for (index, part) in raw.enumerated() {
            let body = trimBlankLines(part.lines)
            if index == 0 && body.isEmpty { continue }
            let base = Slug.make(part.title).prefix(80).trimmingSuffix("-")
            var key = base.isEmpty ? "sectie" : base
            var counter = 2
            while used.contains(key) {
                key = (base.isEmpty ? "sectie" : base) + "-\(counter)"
                counter += 1
            }
            used.insert(key)
            sections.append(DraftSection(key: key, level: part.level, title: part.title, body: body))
        }
        return sections
    }

    /// An ATX heading: up to three spaces, one to six `#`, then a space or the end of the line; a closing run of `#`
    /// after a space is not part of the title.
    static func heading(_ line: Substring) -> (level: Int, title: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let hashes = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = rest.dropFirst(hashes)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var title = after.trimmingCharacters(in: .whitespaces)
        if title.allSatisfy({ $0 == "#" }) {
            title = ""
        } else if let range = title.range(of: " #", options: .backwards), title[range.lowerBound...].dropFirst().allSatisfy({ $0 == "#" }) {
            title = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        return (hashes, title)
    }

    /// Lines without their line ending, whatever it was (`\n`, `\r\n`, `\r`), each without trailing white space.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { line in line.prefix(line.count - line.reversed().prefix { $0 == " " || $0 == "\t" }.count) }
    }

    private static func trimBlankLines(_ lines: [Substring]) -> String {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return "" }
        return lines[first...last].joined(separator: "\n")
    }

    /// A block of a section's body as a page shows it.
    public enum Block: Sendable, Equatable {
        case paragraph(String)
        case bulleted([String])
        case numbered(start: Int, items: [String])
    }

    /// A body read as paragraphs (separated by blank lines; their lines joined with a space) and lists: lines that
    /// start with `- `, `* ` or `+ ` (bulleted) or a number and `. ` or `) ` (numbered). Nothing else is interpreted, so
    /// no markup in the text can reach the page.
    public static func blocks(_ body: String) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }
        for line in lines(body) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                endParagraph()
            } else if let item = bullet(trimmed) {
                endParagraph()
                if case .bulleted(let items) = blocks.last {
                    blocks[blocks.count - 1] = .bulleted(items + [item])
                } else {
                    blocks.append(.bulleted([item]))
                }
            } else if let (number, item) = numbered(trimmed) {
                endParagraph()
                if case .numbered(let start, let items) = blocks.last {
                    blocks[blocks.count - 1] = .numbered(start: start, items: items + [item])
                } else {
                    blocks.append(.numbered(start: number, items: [item]))
                }
            } else if paragraph.isEmpty, case .bulleted(var items) = blocks.last, line.first == " " {
                // an indented line continues the list item above it
                items[items.count - 1] += " " + trimmed
                blocks[blocks.count - 1] = .bulleted(items)
            } else if paragraph.isEmpty, case .numbered(let start, var items) = blocks.last, line.first == " " {
                items[items.count - 1] += " " + trimmed
                blocks[blocks.count - 1] = .numbered(start: start, items: items)
            } else {
                paragraph.append(trimmed)
            }
        }
        endParagraph()
        return blocks
    }

    private static func bullet(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
            return line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    private static func numbered(_ line: String) -> (Int, String)? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4, let number = Int(digits) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest.hasPrefix(") ") else { return nil }
        return (number, rest.dropFirst(2).trimmingCharacters(in: .whitespaces))
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ character: Character) -> String {
        var text = String(self)
        while text.last == character { text.removeLast() }
        return text
    }
}

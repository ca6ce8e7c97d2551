// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// A report as headings, paragraphs, tables and charts, built once and written as HTML (through the `report`
/// template) and as Markdown, so both say the same.
struct ReportDocument: Sendable {
    struct Cell: Sendable {
        let text: String
        let url: String?
        let numeric: Bool

        init(_ text: String, url: String? = nil, numeric: Bool = false) {
            self.text = text
            self.url = url
            self.numeric = numeric
        }

        static func number(_ text: String) -> Cell { Cell(text, numeric: true) }
    }

    struct Header: Sendable {
        let label: String
        let numeric: Bool
    }

    struct Row: Sendable { let cells: [Cell] }

    struct Table: Sendable {
        let caption: String
        let headers: [Header]
        let rows: [Row]
    }

    /// A titled text in a list, for texts too long for a table cell.
    struct Note: Sendable {
        let title: String
        let url: String?
        let texts: [String]
    }

    /// One of its fields is set; mustache renders whichever it is.
    struct Block: Sendable {
        var paragraph: String?
        var table: Table?
        var chart: String?
        var notes: [Note]?

        static func text(_ text: String) -> Block { Block(paragraph: text) }
        static func table(_ caption: String, _ headers: [Header], _ rows: [[Cell]]) -> Block {
            Block(table: Table(caption: caption, headers: headers, rows: rows.map(Row.init)))
        }
        static func svg(_ svg: String) -> Block { Block(chart: svg) }
        static func notes(_ notes: [Note]) -> Block { Block(notes: notes) }
    }

    struct Section: Sendable {
        let id: String
        let title: String
        let blocks: [Block]
    }

    let title: String
    let subtitle: String
    let lines: [String]
    let sections: [Section]

    /// Markdown with links made absolute against `baseURL`, for a memo or a council letter. Charts are left out: their
    /// numbers are in the tables beside them.
    func markdown(baseURL: String) -> String {
        func inline(_ text: String) -> String {
            text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        func link(_ text: String, _ url: String?) -> String {
            guard let url else { return text }
            let label = text.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
            return "[\(label)](\(url.hasPrefix("/") ? baseURL + url : url))"
        }
        func cell(_ cell: Cell) -> String { link(inline(cell.text), cell.url) }
        var out = "# \(inline(title))\n\n## \(inline(subtitle))\n\n"
        for line in lines { out += inline(line) + "  \n" }
        for section in sections {
            out += "\n## \(inline(section.title))\n"
            for block in section.blocks {
                if let paragraph = block.paragraph { out += "\n" + paragraph.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n" }
                if let table = block.table {
                    out += "\n*\(inline(table.caption))*\n\n"
                    out += "| " + table.headers.map { inline($0.label) }.joined(separator: " | ") + " |\n"
                    out += "|" + table.headers.map { $0.numeric ? " ---: |" : " --- |" }.joined() + "\n"
                    for row in table.rows { out += "| " + row.cells.map(cell).joined(separator: " | ") + " |\n" }
                }
                if let notes = block.notes {
                    out += "\n"
                    for note in notes {
                        out += "- **\(link(inline(note.title), note.url))**\n"
                        for text in note.texts { out += "  - " + inline(text) + "\n" }
                    }
                }
            }
        }
        return out
    }
}

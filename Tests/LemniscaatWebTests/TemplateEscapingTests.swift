// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Mustache
import Testing

@testable import LemniscaatWeb

@Suite struct TemplateEscapingTests {
    static let samples = [
        "", "plain text", "<script>alert('x')</script>", "Tom & Jerry \"quoted\"", "a<b>c&d\"e'f", "&amp; stays escaped once more",
        "café, één, naïef", "emoji 👍🏽 and <b>bold</b>", "\u{0301}<\u{0301}>", "line\r\nbreak & tab\t", String(repeating: "é<", count: 500),
    ]

    /// The five characters replaced scalar by scalar. (swift-mustache compares whole Characters, so it left a `<` that
    /// carries a combining accent unescaped; this escaper does not.)
    static func reference(_ text: String) -> String {
        let table: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]
        return text.unicodeScalars.map { scalar in table[Character(scalar)] ?? String(scalar) }.joined()
    }

    @Test func escapesTheSameFiveCharactersAsTheLibrary() {
        for sample in Self.samples {
            #expect(HTMLEscaping.escape(sample) == Self.reference(sample), "\(sample)")
        }
    }

    @Test func everyTemplateEscapesWithItAndRendersItsTextUnchanged() throws {
        // setup: a folder of templates as the renderer loads them, one starting with an empty line, one a partial
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("parts"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "\n<p title=\"{{value}}\">{{value}}|{{{value}}}</p>\n{{> parts/row}}\n".write(
            to: folder.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        try "{{#rows}}<li>{{.}}</li>{{/rows}}".write(to: folder.appendingPathComponent("parts/row.mustache"), atomically: true, encoding: .utf8)
        struct Model { let value: String; let rows: [String] }

        // act
        let library = try MustacheLibrary.escapingHTMLBytes(directory: folder.path)
        let html = library.render(MustacheTree.convert(Model(value: "<a & 'b'>", rows: ["x<y", "é"])) as Any, withTemplate: "page")

        // check: the same output as the library's own loading and escaping, and the pragma's line is gone
        let reference = try #require(
            try MustacheLibrary(templates: [
                "page": MustacheTemplate(string: "\n<p title=\"{{value}}\">{{value}}|{{{value}}}</p>\n{{> parts/row}}\n"),
                "parts/row": MustacheTemplate(string: "{{#rows}}<li>{{.}}</li>{{/rows}}"),
            ]).render(MustacheTree.convert(Model(value: "<a & 'b'>", rows: ["x<y", "é"])) as Any, withTemplate: "page"))
        #expect(html == reference)
        #expect(html == "\n<p title=\"&lt;a &amp; &#39;b&#39;&gt;\">&lt;a &amp; &#39;b&#39;&gt;|<a & 'b'></p>\n<li>x&lt;y</li><li>é</li>")
    }

    @Test func optionsAreWrittenAsTheTemplateLoopWroteThem() throws {
        // setup: the loop the signal pages used before, and choices with characters to escape
        let choices = [
            Choice(value: "", label: "–", selected: false), Choice(value: "a&b", label: "Team <Noord> & 'Zuid'", selected: true),
            Choice(value: "\"x\"", label: "Één", selected: false),
        ]
        var library = MustacheLibrary()
        try library.register(
            MustacheTemplate(string: "{{#list}}<option value=\"{{value}}\"{{#selected}} selected{{/selected}}>{{label}}</option>{{/list}}"),
            named: "loop")
        try library.register(MustacheTemplate(string: "{{{list}}}"), named: "options")
        struct Loop { let list: [Choice] }
        struct Written { let list: Options }

        // act
        let looped = library.render(MustacheTree.convert(Loop(list: choices)) as Any, withTemplate: "loop")
        let written = library.render(MustacheTree.convert(Written(list: Options(choices))) as Any, withTemplate: "options")

        // check
        #expect(written == looped)
        #expect(written?.contains("<option value=\"a&amp;b\" selected>Team &lt;Noord&gt; &amp; &#39;Zuid&#39;</option>") == true)
    }
}

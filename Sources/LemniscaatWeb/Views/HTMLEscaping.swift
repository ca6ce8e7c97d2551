// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Mustache

/// HTML escaping for every `{{value}}` in the templates. swift-mustache's own escaper walks a text Character by
/// Character (grapheme breaking) and looks each one up in a dictionary: on the signal list that was 18 % of the
/// server's CPU. This one scans the UTF-8 bytes, returns the text itself when nothing needs escaping (most values),
/// and replaces the same five characters with the same entities.
struct HTMLEscaping: MustacheContentType {
    /// The name the templates' content-type pragma uses; `Renderer` puts that pragma in front of every template.
    static let name = "HTML_BYTES"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: { entity(for: $0) != nil }) else { return nil }
            var escaped = [UInt8]()
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let entity = entity(for: byte) { escaped.append(contentsOf: entity) } else { escaped.append(byte) }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? text
    }

    @inline(__always)
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func append(contentsOf text: StaticString) {
        text.withUTF8Buffer { self.append(contentsOf: $0) }
    }
}

extension MustacheLibrary {
    /// The templates of a folder (recursively, named as swift-mustache names them), each starting with the pragma
    /// that selects `HTMLEscaping`. The pragma stands on a line of its own, so the library drops that line and the
    /// template's text renders exactly as written. Partials inherit the content type of the template that includes
    /// them; a template that sets its own content type still does so.
    static func escapingHTMLBytes(directory: String) throws -> MustacheLibrary {
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        let root = directory.hasSuffix("/") ? directory : directory + "/"
        var library = MustacheLibrary()
        guard let files = FileManager().enumerator(atPath: root) else { return library }
        for case let path as String in files where path.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: root + path, encoding: .utf8)
            do {
                try library.register("{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text, named: String(path.dropLast(".mustache".count)))
            } catch {
                throw TemplateLoadError(file: path, underlying: error)
            }
        }
        return library
    }
}

struct TemplateLoadError: Error, CustomStringConvertible {
    let file: String
    let underlying: any Error
    var description: String { "template \(file): \(underlying)" }
}

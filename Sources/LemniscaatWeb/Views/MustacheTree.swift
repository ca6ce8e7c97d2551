// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Mustache

/// Turns a view model into dictionaries and arrays before rendering. swift-mustache reads a struct's field with a
/// new `Mirror` for every lookup — and a lookup that misses (a `{{t.…}}` inside a list row) walks up the context
/// stack, reflecting every struct on the way. At a list of 25 rows with 150 options that was a third of a page's
/// time. Reflecting each value once and handing the library dictionaries gives the same output: a nil field is left
/// out, and a missing key continues up the stack exactly as a nil field does.
enum MustacheTree {
    static func convert(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Bool, is Double, is Float, is Date, is UUID, is URL, is Decimal, is Substring:
            return value
        case is [String: String], is MustacheParent, is MustacheLambda, is MustacheCustomRenderable, is MustacheCustomRepresentation:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return nil }
            return convert(wrapped.value)
        case .collection, .set:
            return mirror.children.compactMap { convert($0.value) }
        case .struct, .class:
            var dictionary: [String: Any] = [:]
            dictionary.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, let converted = convert(child.value) else { continue }
                dictionary[label] = converted
            }
            return dictionary
        default:
            return value
        }
    }
}

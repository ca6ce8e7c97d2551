// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatAPI
import LemniscaatCore
import Yams

/// The OpenAPI document, read once at start-up: served as JSON, and used to answer 405 with `Allow` and to
/// check query and path parameters (all problems at once) before the generated handlers see them.
struct APISpec: Sendable {
    let json: Data
    let operations: [Operation]

    struct Parameter: Sendable {
        let name: String
        let location: String
        let required: Bool
        let type: String?
        let format: String?
        let enumValues: [String]?
        let minimum: Int?
        let maximum: Int?
        let pattern: String?
        let minLength: Int?
        let maxLength: Int?
        /// The schema's example, named in the reason when a value does not have the right form.
        let example: String?
    }

    struct Operation: Sendable {
        let method: String
        let segments: [String]
        let parameters: [Parameter]
        /// The top-level fields of the JSON request body that may not be `null`. The generated code reads a `null` as
        /// an absent optional field, which would let `{"datum": null}` through where the spec allows no null.
        var notNullable: Set<String> = []
        /// `security: []` in the spec: answered without a bearer token (a resident answering a raadpleging).
        var isPublic = false

        func matches(_ pathSegments: [Substring]) -> [String: String]? {
            guard pathSegments.count == segments.count else { return nil }
            var values: [String: String] = [:]
            for (template, actual) in zip(segments, pathSegments) {
                if template.hasPrefix("{") {
                    values[String(template.dropFirst().dropLast())] = String(actual).removingPercentEncoding ?? String(actual)
                } else if template != actual {
                    return nil
                }
            }
            return values
        }
    }

    static let prefix = "/api/v1"

    init() throws {
        let text = try APISpecFile.yaml()
        guard let document = try Yams.load(yaml: text) as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        self.json = try JSONSerialization.data(withJSONObject: Self.jsonSafe(document), options: [.sortedKeys])
        let components = (document["components"] as? [String: Any])?["parameters"] as? [String: Any] ?? [:]
        var operations: [Operation] = []
        for (path, value) in document["paths"] as? [String: Any] ?? [:] {
            guard let methods = value as? [String: Any] else { continue }
            for (method, operationValue) in methods {
                guard let operation = operationValue as? [String: Any] else { continue }
                let parameters = (operation["parameters"] as? [Any] ?? []).compactMap { raw -> Parameter? in
                    var dictionary = raw as? [String: Any] ?? [:]
                    if let ref = dictionary["$ref"] as? String {
                        dictionary = components[String(ref.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
                    }
                    guard let name = dictionary["name"] as? String, let location = dictionary["in"] as? String else { return nil }
                    var schema = dictionary["schema"] as? [String: Any] ?? [:]
                    if let ref = schema["$ref"] as? String {
                        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
                        schema = schemas[String(ref.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
                    }
                    return Parameter(
                        name: name, location: location, required: dictionary["required"] as? Bool ?? false,
                        type: schema["type"] as? String, format: schema["format"] as? String,
                        enumValues: (schema["enum"] as? [Any])?.map { "\($0)" },
                        minimum: schema["minimum"] as? Int, maximum: schema["maximum"] as? Int,
                        pattern: schema["pattern"] as? String, minLength: schema["minLength"] as? Int, maxLength: schema["maxLength"] as? Int,
                        example: schema["example"].map { "\($0)" })
                }
                let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
                let content = ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any]) ?? [:]
                var notNullable: Set<String> = []
                for (type, media) in content where type.hasSuffix("json") {
                    var schema = (media as? [String: Any])?["schema"] as? [String: Any] ?? [:]
                    if let ref = schema["$ref"] as? String { schema = schemas[String(ref.split(separator: "/").last ?? "")] as? [String: Any] ?? [:] }
                    for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                        var property = property as? [String: Any] ?? [:]
                        if let ref = property["$ref"] as? String {
                            property = schemas[String(ref.split(separator: "/").last ?? "")] as? [String: Any] ?? [:]
                        }
                        if property["nullable"] as? Bool != true { notNullable.insert(name) }
                    }
                }
                operations.append(
                    Operation(
                        method: method.uppercased(), segments: path.split(separator: "/").map(String.init), parameters: parameters,
                        notNullable: notNullable, isPublic: (operation["security"] as? [Any])?.isEmpty == true))
            }
        }
        self.operations = operations
    }

    /// Yams gives dates and other non-JSON types for some scalars; the spec has none that matter, so stringify.
    private static func jsonSafe(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return dictionary.mapValues(jsonSafe)
        case let array as [Any]: return array.map(jsonSafe)
        case is String, is Int, is Double, is Bool: return value
        default: return "\(value)"
        }
    }

    /// The methods allowed on a path, for 405's `Allow` header; empty when the path is unknown.
    func allowedMethods(path: String) -> [String] {
        let segments = Self.segments(path)
        return operations.filter { $0.matches(segments) != nil }.map(\.method).sorted()
    }

    func operation(method: String, path: String) -> (Operation, [String: String])? {
        let segments = Self.segments(path)
        for operation in operations where operation.method == method {
            if let values = operation.matches(segments) { return (operation, values) }
        }
        return nil
    }

    static func segments(_ path: String) -> [Substring] {
        path.dropFirst(prefix.count).split(separator: "/")
    }

    /// Every problem with the query and path parameters of a call, against the spec.
    func problems(for operation: Operation, pathValues: [String: String], query: [(String, String)]) -> [InvalidParam] {
        var problems: [InvalidParam] = []
        for parameter in operation.parameters {
            let values: [String]
            switch parameter.location {
            case "path": values = pathValues[parameter.name].map { [$0] } ?? []
            case "query": values = query.filter { $0.0 == parameter.name }.map(\.1)
            default: continue
            }
            if values.isEmpty {
                if parameter.required {
                    problems.append(InvalidParam(name: parameter.name, code: "verplicht", reason: "\(parameter.name) ontbreekt."))
                }
                continue
            }
            if values.count > 1 {
                problems.append(InvalidParam(name: parameter.name, code: "dubbel", reason: "\(parameter.name) mag maar één keer voorkomen."))
                continue
            }
            let value = values[0]
            if parameter.type == "integer" {
                guard let number = Int(value) else {
                    problems.append(InvalidParam(name: parameter.name, code: "geen-geheel-getal", reason: "\(parameter.name) moet een geheel getal zijn."))
                    continue
                }
                if let minimum = parameter.minimum, number < minimum {
                    problems.append(InvalidParam(name: parameter.name, code: "te-klein", reason: "\(parameter.name) moet minstens \(minimum) zijn."))
                }
                if let maximum = parameter.maximum, number > maximum {
                    problems.append(InvalidParam(name: parameter.name, code: "te-groot", reason: "\(parameter.name) mag hoogstens \(maximum) zijn."))
                }
            }
            if parameter.type == "boolean", value != "true", value != "false" {
                problems.append(InvalidParam(name: parameter.name, code: "geen-ja-nee", reason: "\(parameter.name) moet true of false zijn."))
            }
            if let maximum = parameter.maxLength, value.count > maximum {
                problems.append(InvalidParam(name: parameter.name, code: "te-lang", reason: "\(parameter.name) mag hoogstens \(maximum) tekens hebben."))
            }
            if let minimum = parameter.minLength, value.count < minimum {
                problems.append(InvalidParam(name: parameter.name, code: "te-kort", reason: "\(parameter.name) moet minstens \(minimum) tekens hebben."))
            }
            if let allowed = parameter.enumValues, !allowed.contains(value) {
                problems.append(InvalidParam(
                    name: parameter.name, code: "onbekende-waarde",
                    reason: "\(parameter.name) moet een van deze waarden zijn: \(allowed.joined(separator: ", "))."))
            }
            if parameter.format == "uuid", UUID(uuidString: value) == nil {
                problems.append(InvalidParam(name: parameter.name, code: "geen-uuid", reason: "\(parameter.name) moet een UUID zijn."))
            }
            if let pattern = parameter.pattern, value.range(of: pattern, options: .regularExpression) == nil {
                problems.append(InvalidParam(
                    name: parameter.name, code: "ongeldig-formaat",
                    reason: "\(parameter.name) heeft niet de goede vorm" + (parameter.example.map { "; bijvoorbeeld \($0)." } ?? ".")))
            }
        }
        return problems
    }
}

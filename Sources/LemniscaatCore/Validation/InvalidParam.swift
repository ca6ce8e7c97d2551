// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// One problem with one input field: the field's name, a stable code, and a reason in plain Dutch.
/// Pages show the reason beside the field; the API returns them as `invalidParams` (NL API Design Rules).
public struct InvalidParam: Sendable, Equatable, Codable {
    public let name: String
    public let code: String
    public let reason: String

    public init(name: String, code: String, reason: String) {
        self.name = name
        self.code = code
        self.reason = reason
    }
}

/// Input that cannot be accepted, with all its problems at once.
public struct ValidationFailure: Error, Sendable, Equatable {
    public let invalidParams: [InvalidParam]

    public init(_ invalidParams: [InvalidParam]) {
        self.invalidParams = invalidParams
    }

    public func reason(for name: String) -> String? {
        invalidParams.first { $0.name == name }?.reason
    }
}

/// Collects problems while checking a form or a request body.
public struct Validator: Sendable {
    public private(set) var problems: [InvalidParam] = []

    public init() {}

    public mutating func add(_ name: String, _ code: String, _ reason: String) {
        problems.append(InvalidParam(name: name, code: code, reason: reason))
    }

    /// A required text of at most `maximum` characters; returns it trimmed.
    public mutating func text(_ name: String, _ value: String?, label: String, maximum: Int = 200) -> String {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            add(name, "verplicht", "Vul \(label) in.")
        } else if trimmed.count > maximum {
            add(name, "te-lang", "\(label.prefix(1).uppercased() + label.dropFirst()) mag hoogstens \(maximum) tekens hebben.")
        }
        return trimmed
    }

    public func check() throws(ValidationFailure) {
        if !problems.isEmpty { throw ValidationFailure(problems) }
    }
}

import Foundation

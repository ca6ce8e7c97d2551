// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// The level of an area in the CBS hierarchy: gemeente → wijk → buurt.
public enum AreaLevel: String, CaseIterable, Codable, Sendable, Comparable {
    case municipality = "gemeente"
    case district = "wijk"
    case neighbourhood = "buurt"

    var prefix: String {
        switch self {
        case .municipality: "GM"
        case .district: "WK"
        case .neighbourhood: "BU"
        }
    }

    var digits: Int {
        switch self {
        case .municipality: 4
        case .district: 6
        case .neighbourhood: 8
        }
    }

    public static func < (lhs: AreaLevel, rhs: AreaLevel) -> Bool {
        lhs.digits < rhs.digits
    }
}

/// A CBS area code such as GM0363 (gemeente), WK036301 (wijk) or BU03630101 (buurt).
/// The code of a wijk starts with the digits of its gemeente, that of a buurt with those of its wijk,
/// so the parent follows from the code alone.
public struct AreaCode: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let level: AreaLevel
    public let digits: String

    public init?(_ raw: String) {
        let code = raw.trimmingCharacters(in: .whitespaces).uppercased()
        guard let level = AreaLevel.allCases.first(where: { code.hasPrefix($0.prefix) }) else { return nil }
        let digits = String(code.dropFirst(2))
        guard digits.count == level.digits, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.level = level
        self.digits = digits
    }

    public var description: String { level.prefix + digits }

    /// The code of the area this one lies in; nil for a gemeente.
    public var parent: AreaCode? {
        switch level {
        case .municipality: nil
        case .district: AreaCode("GM" + digits.prefix(4))
        case .neighbourhood: AreaCode("WK" + digits.prefix(6))
        }
    }

    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool {
        (lhs.level, lhs.digits) < (rhs.level, rhs.digits)
    }
}

import Foundation

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// The fixed dimensions an uitvoeringstoets scores every section on. Raw values are the Dutch words forms and the API use.
public enum ReviewDimension: String, CaseIterable, Codable, Sendable {
    case feasibility = "uitvoerbaarheid"
    case enforceability = "handhaafbaarheid"
    case capability = "doenvermogen"
    case capacity = "capaciteit"
    case systems = "systemen"
    case timeline = "invoeringstermijn"

    public var label: String {
        switch self {
        case .feasibility: "Uitvoerbaarheid"
        case .enforceability: "Handhaafbaarheid"
        case .capability: "Doenvermogen"
        case .capacity: "Capaciteit"
        case .systems: "Systemen"
        case .timeline: "Invoeringstermijn"
        }
    }

    /// The question a reviewer answers, in B1 Dutch.
    public var question: String {
        switch self {
        case .feasibility: "Kunnen we dit uitvoeren zoals het er staat?"
        case .enforceability: "Kunnen we controleren of mensen zich eraan houden?"
        case .capability: "Kunnen de inwoners om wie het gaat echt doen wat er gevraagd wordt?"
        case .capacity: "Zijn er genoeg mensen en tijd?"
        case .systems: "Kunnen onze ICT en registraties dit aan?"
        case .timeline: "Is de termijn om dit in te voeren haalbaar?"
        }
    }
}

/// One score a reviewer gives a section on a dimension: 1 (very bad) to 5 (very good), or not applicable.
public enum ReviewScore: Hashable, Sendable {
    case value(Int)
    case notApplicable

    public static let range = 1...5

    /// The form and API spelling: "1"…"5" or "nvt"; nil for anything else (an empty choice is no score at all).
    public init?(code: String) {
        let trimmed = code.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "nvt" || trimmed == "n.v.t." {
            self = .notApplicable
        } else if let n = Int(trimmed), Self.range.contains(n) {
            self = .value(n)
        } else {
            return nil
        }
    }

    public var code: String {
        switch self {
        case .value(let n): String(n)
        case .notApplicable: "nvt"
        }
    }

    public var number: Int? {
        if case .value(let n) = self { return n }
        return nil
    }
}

/// A reviewer's overall judgement of the draft.
public enum ReviewVerdict: String, CaseIterable, Codable, Sendable {
    case feasible = "uitvoerbaar"
    case conditional = "uitvoerbaar-mits"
    case infeasible = "niet-uitvoerbaar"

    public var label: String {
        switch self {
        case .feasible: "Uitvoerbaar"
        case .conditional: "Uitvoerbaar mits …"
        case .infeasible: "Niet uitvoerbaar"
        }
    }

    /// What the explanation must hold: the conditions, the reasons, or nothing.
    public var explanationLabel: String? {
        switch self {
        case .feasible: nil
        case .conditional: "de voorwaarden"
        case .infeasible: "de redenen"
        }
    }
}

/// The doenvermogen checklist (WRR, *Weten is nog geen doen*): what the rule asks of the citizens concerned.
public enum CapabilityDemand: String, CaseIterable, Codable, Sendable {
    case planAhead = "vooruit-plannen"
    case takeInitiative = "initiatief-nemen"
    case persevere = "volhouden"
    case handleSetback = "tegenslag-opvangen"
    case complexForm = "ingewikkeld-formulier"

    public var label: String {
        switch self {
        case .planAhead: "Mensen moeten vooruit plannen"
        case .takeInitiative: "Mensen moeten zelf in actie komen"
        case .persevere: "Mensen moeten lang volhouden"
        case .handleSetback: "Mensen moeten een tegenslag kunnen opvangen"
        case .complexForm: "Mensen moeten een ingewikkeld formulier invullen"
        }
    }
}

/// How the policy officer dealt with a remark.
public enum RemarkAnswer: String, CaseIterable, Codable, Sendable {
    case processed = "verwerkt"
    case partly = "deels-verwerkt"
    case notProcessed = "niet-verwerkt"

    public var label: String {
        switch self {
        case .processed: "Verwerkt"
        case .partly: "Deels verwerkt"
        case .notProcessed: "Niet verwerkt"
        }
    }
}

public enum ReviewRoundStatus: String, CaseIterable, Codable, Sendable {
    case open = "open"
    case closed = "gesloten"

    public var label: String {
        switch self {
        case .open: "Open"
        case .closed: "Gesloten"
        }
    }
}

/// Where a reviewer stands in a round.
public enum ReviewState: String, CaseIterable, Codable, Sendable {
    case notStarted = "niet-begonnen"
    case saved = "opgeslagen"
    case submitted = "ingediend"

    public var label: String {
        switch self {
        case .notStarted: "Nog niet begonnen"
        case .saved: "Bezig"
        case .submitted: "Ingediend"
        }
    }
}

/// Mean, count and spread of the scores of one section on one dimension (n.v.t. counted apart).
public struct ScoreSummary: Sendable, Hashable {
    public let count: Int
    public let notApplicable: Int
    public let mean: Double?
    /// Population standard deviation: how far reviewers are apart. Zero when they agree.
    public let spread: Double?
    public let minimum: Int?
    public let maximum: Int?

    public init(_ scores: [ReviewScore]) {
        let numbers = scores.compactMap(\.number)
        count = numbers.count
        notApplicable = scores.count - numbers.count
        minimum = numbers.min()
        maximum = numbers.max()
        guard !numbers.isEmpty else {
            mean = nil
            spread = nil
            return
        }
        let mean = Double(numbers.reduce(0, +)) / Double(numbers.count)
        self.mean = mean
        spread = (numbers.map { (Double($0) - mean) * (Double($0) - mean) }.reduce(0, +) / Double(numbers.count)).squareRoot()
    }
}

/// Checks a quoted passage against the section it is anchored to; whitespace and case do not count.
public enum Quote {
    public static func occurs(_ quote: String, in text: String) -> Bool {
        let needle = normalised(quote)
        return needle.isEmpty || normalised(text).contains(needle)
    }

    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "*" || $0 == "_" }).joined(separator: " ")
    }
}

/// A deadline typed as `jjjj-mm-dd`: the end of that day in the Netherlands, so "until 15 December" includes the 15th.
public enum ReviewDeadline {
    public static func parse(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let calendar = DutchCalendar.calendar
        guard let start = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: start) == day,
            let next = calendar.date(byAdding: .day, value: 1, to: start)
        else { return nil }
        return next.addingTimeInterval(-1)
    }

    /// The day of a stored deadline, as the form shows it again.
    public static func code(_ date: Date) -> String {
        let c = DutchCalendar.calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }
}

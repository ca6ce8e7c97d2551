// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// To whom a knelpunt was forwarded. Raw values are the words the API, forms and URLs use.
public enum AddresseeKind: String, CaseIterable, Codable, Sendable {
    case otherOrganisation = "andere-organisatie"
    case nationalGovernment = "rijk"

    public var label: String {
        switch self {
        case .otherOrganisation: "Andere organisatie"
        case .nationalGovernment: "Rijk"
        }
    }
}

/// The knelpuntenbrief: every signal and theme forwarded to another organisation or to national government, grouped by
/// regulation and article. Built once by the store; the page, the Markdown, the API and the command line all show this
/// value, so they cannot disagree.
public struct BottleneckLetter: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case signal = "signaal", theme = "thema" }

    public struct Item: Sendable, Equatable {
        public let kind: Kind
        public let id: UUID
        /// The signal's number; nil for a theme.
        public let number: Int?
        public let title: String
        public let addresseeKind: AddresseeKind?
        public let addressee: String?
        public let regulation: String?
        public let article: String?
        public let practice: String
        /// 1 for a signal; the number of signals in a theme.
        public let signals: Int
        /// The signal's recognitions; for a theme the sum over its signals (as on /themas).
        public let recognitions: Int
        public let proposedSolution: String?
        public let forwardedAt: Date?
        /// A signal's status now; for a theme its signals per status, most first.
        public let statuses: [(status: SignalStatus, count: Int)]

        public init(
            kind: Kind, id: UUID, number: Int?, title: String, addresseeKind: AddresseeKind?, addressee: String?, regulation: String?,
            article: String?, practice: String, signals: Int, recognitions: Int, proposedSolution: String?, forwardedAt: Date?,
            statuses: [(status: SignalStatus, count: Int)]
        ) {
            self.kind = kind
            self.id = id
            self.number = number
            self.title = title
            self.addresseeKind = addresseeKind
            self.addressee = addressee
            self.regulation = regulation
            self.article = article
            self.practice = practice
            self.signals = signals
            self.recognitions = recognitions
            self.proposedSolution = proposedSolution
            self.forwardedAt = forwardedAt
            self.statuses = statuses
        }

        public var isRecorded: Bool { regulation != nil }

        /// "Signaal 12: …" or "Thema: …".
        public var heading: String { number.map { "Signaal \($0): \(title)" } ?? "Thema: \(title)" }

        /// "Doorgezet" for a signal; "3 doorgezet, 1 beantwoord" for a theme.
        public var statusText: String {
            if kind == .signal { return statuses.first?.status.label ?? "–" }
            return statuses.isEmpty ? "geen signalen" : statuses.map { "\($0.count) \($0.status.label.lowercased())" }.joined(separator: ", ")
        }

        public var addresseeText: String {
            guard let addressee else { return "–" }
            return addresseeKind.map { "\(addressee) (\($0.label.lowercased()))" } ?? addressee
        }

        public static func == (a: Item, b: Item) -> Bool {
            a.kind == b.kind && a.id == b.id && a.title == b.title && a.regulation == b.regulation && a.article == b.article
                && a.addressee == b.addressee && a.signals == b.signals && a.recognitions == b.recognitions && a.forwardedAt == b.forwardedAt
                && a.statuses.map(\.status) == b.statuses.map(\.status) && a.statuses.map(\.count) == b.statuses.map(\.count)
        }
    }

    public struct ArticleGroup: Sendable, Equatable {
        /// nil: forwarded under the regulation without naming an article.
        public let article: String?
        public let items: [Item]
    }

    public struct RegulationGroup: Sendable, Equatable {
        public let regulation: String
        public let articles: [ArticleGroup]
        public var itemCount: Int { articles.reduce(0) { $0 + $1.items.count } }
    }

    public let organisation: String
    public let filter: Filter
    public let regulations: [RegulationGroup]
    /// Forwarded without recorded details: "Regeling nog niet vastgelegd".
    public let unrecorded: [Item]

    /// Recognitions are counts of people, and the letter goes outside the organisation: below this they show as "< k".
    public let smallNumberThreshold: Int

    /// A number of recognitions as the letter may show it.
    public func recognitionsText(_ n: Int) -> String {
        let k = SmallNumberPolicy(threshold: max(1, smallNumberThreshold))
        return k.label(k.count(n)) ?? String(n)
    }

    public init(organisation: String, filter: Filter, items: [Item], smallNumberThreshold: Int = SmallNumberPolicy.standard.threshold) {
        self.organisation = organisation
        self.smallNumberThreshold = smallNumberThreshold
        self.filter = filter
        let recorded = items.filter(\.isRecorded)
        self.unrecorded = items.filter { !$0.isRecorded }.sorted(by: Self.order)
        // Regulations are named by people: "participatiewet" and "Participatiewet " are one group.
        let byRegulation = Dictionary(grouping: recorded) { Self.key($0.regulation!) }
        self.regulations = byRegulation.values.map { items in
            let byArticle = Dictionary(grouping: items) { $0.article.map(Self.key) ?? "" }
            let articles = byArticle.values.map { items in ArticleGroup(article: items[0].article, items: items.sorted(by: Self.order)) }
                .sorted { a, b in
                    // An article comes before "no article"; articles in natural order, so art. 2 comes before art. 18.
                    switch (a.article, b.article) {
                    case (nil, _): false
                    case (_, nil): true
                    case (let x?, let y?): x.localizedStandardCompare(y) == .orderedAscending
                    }
                }
            return RegulationGroup(regulation: items.map { $0.regulation! }.min()!, articles: articles)
        }
        .sorted { $0.regulation.localizedStandardCompare($1.regulation) == .orderedAscending }
    }

    static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    /// Most recognised first, then most signals, then the oldest forwarded, then by title.
    static func order(_ a: Item, _ b: Item) -> Bool {
        if a.recognitions != b.recognitions { return a.recognitions > b.recognitions }
        if a.signals != b.signals { return a.signals > b.signals }
        if a.forwardedAt != b.forwardedAt { return (a.forwardedAt ?? .distantFuture) < (b.forwardedAt ?? .distantFuture) }
        return a.title.localizedStandardCompare(b.title) == .orderedAscending
    }

    public var itemCount: Int { regulations.reduce(0) { $0 + $1.itemCount } + unrecorded.count }

    // MARK: the filter

    /// Forwarded in a period (days in Dutch time, both included) and to one kind of addressee; every part optional.
    public struct Filter: Sendable, Equatable {
        public var from: Date?
        /// Exclusive: midnight after the last day.
        public var until: Date?
        public var addresseeKind: AddresseeKind?
        /// The days as given, for the forms and the heading.
        public var fromText: String?
        public var untilText: String?

        public init(from: Date? = nil, until: Date? = nil, addresseeKind: AddresseeKind? = nil, fromText: String? = nil, untilText: String? = nil) {
            self.from = from
            self.until = until
            self.addresseeKind = addresseeKind
            self.fromText = fromText
            self.untilText = untilText
        }

        public func contains(_ date: Date?) -> Bool {
            guard from != nil || until != nil else { return true }
            guard let date else { return false }
            return (from.map { date >= $0 } ?? true) && (until.map { date < $0 } ?? true)
        }

        /// From query parameters `van`, `tot` (days `jjjj-mm-dd`), `jaar` (`jjjj`, instead of van/tot) and
        /// `geadresseerde` (`andere-organisatie` or `rijk`). Empty values count as absent.
        public static func parse(from: String?, until: String?, year: String?, addresseeKind: String?) -> Result<Filter, ValidationFailure> {
            func present(_ text: String?) -> String? {
                guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                return text
            }
            var validator = Validator()
            var filter = Filter()
            let calendar = DutchCalendar.calendar
            func day(_ text: String, _ name: String) -> Date? {
                let parts = text.split(separator: "-")
                guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                    let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                    let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
                    calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: y, month: m, day: d)
                else {
                    validator.add(name, "ongeldig", "Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2026-01-31.")
                    return nil
                }
                return date
            }
            if let text = present(year) {
                if present(from) != nil || present(until) != nil {
                    validator.add("jaar", "dubbel", "Kies een jaar óf een periode met van en tot, niet allebei.")
                } else if text.count == 4, let y = Int(text), (2000...2100).contains(y) {
                    filter.from = calendar.date(from: DateComponents(year: y, month: 1, day: 1))
                    filter.until = calendar.date(from: DateComponents(year: y + 1, month: 1, day: 1))
                    filter.fromText = "\(y)-01-01"
                    filter.untilText = "\(y)-12-31"
                } else {
                    validator.add("jaar", "ongeldig", "Schrijf het jaar met vier cijfers, bijvoorbeeld 2026.")
                }
            }
            if let text = present(from), let date = day(text, "van") {
                filter.from = date
                filter.fromText = text
            }
            if let text = present(until), let date = day(text, "tot") {
                filter.until = calendar.date(byAdding: .day, value: 1, to: date)
                filter.untilText = text
            }
            if let a = filter.from, let b = filter.until, b <= a {
                validator.add("tot", "voor-van", "De datum tot moet op of na de datum van liggen.")
            }
            if let text = present(addresseeKind) {
                if let kind = AddresseeKind(rawValue: text) {
                    filter.addresseeKind = kind
                } else {
                    validator.add("geadresseerde", "ongeldig", "Kies andere-organisatie of rijk.")
                }
            }
            return validator.problems.isEmpty ? .success(filter) : .failure(ValidationFailure(validator.problems))
        }

        /// "Doorgezet van 01-01-2026 tot en met 31-12-2026, aan het Rijk" — the filter in words.
        public var description: String {
            var parts: [String] = []
            switch (fromText, untilText) {
            case (let a?, let b?): parts.append("doorgezet van \(Self.dutch(a)) tot en met \(Self.dutch(b))")
            case (let a?, nil): parts.append("doorgezet vanaf \(Self.dutch(a))")
            case (nil, let b?): parts.append("doorgezet tot en met \(Self.dutch(b))")
            case (nil, nil): parts.append("alles wat is doorgezet")
            }
            switch addresseeKind {
            case .otherOrganisation?: parts.append("aan andere organisaties")
            case .nationalGovernment?: parts.append("aan het Rijk")
            case nil: break
            }
            let text = parts.joined(separator: ", ")
            return text.prefix(1).uppercased() + text.dropFirst()
        }

        private static func dutch(_ iso: String) -> String {
            let p = iso.split(separator: "-")
            return p.count == 3 ? "\(p[2])-\(p[1])-\(p[0])" : iso
        }
    }

    // MARK: Markdown

    /// The letter as Markdown, for a memo or a letter to the addressees. `link` turns a path into the address written
    /// in the text (absolute when the caller knows the public address).
    public func markdown(generatedAt: Date, link: (String) -> String = { $0 }) -> String {
        func cell(_ text: String) -> String {
            text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        func path(_ item: Item) -> String {
            item.kind == .signal ? "/signalen/\(item.id.uuidString.lowercased())" : "/themas/\(item.id.uuidString.lowercased())"
        }
        func escaped(_ text: String) -> String {
            cell(text).replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
        }
        func block(_ item: Item, recorded: Bool) -> String {
            var out = "#### [\(escaped(item.heading))](\(link(path(item))))\n\n"
            if recorded { out += "- Doorgezet aan: \(cell(item.addresseeText))\n" }
            out +=
                "- Herkenningen: \(item.kind == .theme ? "\(item.signals) signalen, \(recognitionsText(item.recognitions)) keer herkend" : "\(recognitionsText(item.recognitions)) keer herkend")\n"
            out += "- Doorgezet op: \(item.forwardedAt.map(DutchCalendar.day) ?? "–")\n"
            out += "- Status nu: \(item.statusText)\n\n"
            out += "**Wat er in de praktijk gebeurt**\n\n" + item.practice.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            if let solution = item.proposedSolution {
                out += "**Voorgestelde oplossing**\n\n" + solution.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            }
            return out
        }
        var out = "# Knelpuntenbrief \(cell(organisation))\n\n"
        out += "\(filter.description). Opgesteld op \(DutchCalendar.day(generatedAt)).\n\n"
        out += "Knelpunten uit de uitvoering die wij hebben doorgezet naar een andere organisatie of naar het Rijk, "
        out += "per regeling en artikel. Bij elk knelpunt staat wat er in de praktijk gebeurt, hoe vaak collega’s het herkennen "
        out += "en welke oplossing wij voorstellen.\n\n"
        if regulations.isEmpty && unrecorded.isEmpty { out += "Er zijn geen doorgezette knelpunten.\n" }
        for group in regulations {
            out += "## \(cell(group.regulation))\n\n"
            for article in group.articles {
                out += "### \(article.article.map(cell) ?? "Zonder artikel")\n\n"
                for item in article.items { out += block(item, recorded: true) }
            }
        }
        if !unrecorded.isEmpty {
            out += "## Regeling nog niet vastgelegd\n\n"
            out += "Deze signalen en thema’s zijn doorgezet, maar aan wie en onder welke regeling is nog niet vastgelegd.\n\n"
            for item in unrecorded { out += block(item, recorded: false) }
        }
        return out
    }
}

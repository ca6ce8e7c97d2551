// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// The consolidated report of an uitvoeringstoets round: who responded (by team), a heatmap of the scores per section
/// and dimension, the verdicts with their conditions, the doenvermogen findings, and every remark with its answer.
///
/// Built from the submitted reviews only. `protect` applies the monitor's small-number protection to every count of
/// people and hides means of fewer than k scores, as the monitor hides scores from fewer than k respondents.
public struct ReviewReport: Sendable {
    public struct ReviewFacts: Sendable {
        public let verdict: ReviewVerdict?
        public let verdictNote: String
        public let demands: Set<CapabilityDemand>
        public let demandsNote: String
        public let scores: [String: [ReviewDimension: ReviewScore]]

        public init(
            verdict: ReviewVerdict?, verdictNote: String, demands: Set<CapabilityDemand>, demandsNote: String,
            scores: [String: [ReviewDimension: ReviewScore]]
        ) {
            self.verdict = verdict
            self.verdictNote = verdictNote
            self.demands = demands
            self.demandsNote = demandsNote
            self.scores = scores
        }
    }

    public struct RemarkFacts: Sendable {
        public let sectionKey: String
        public let reviewer: String
        public let quote: String
        public let text: String
        public let answer: RemarkAnswer?
        public let answerText: String?
        /// Where in this or a later version the remark was dealt with.
        public let answerSectionKey: String?

        public init(
            sectionKey: String, reviewer: String, quote: String, text: String, answer: RemarkAnswer?, answerText: String?, answerSectionKey: String? = nil
        ) {
            self.sectionKey = sectionKey
            self.reviewer = reviewer
            self.quote = quote
            self.text = text
            self.answer = answer
            self.answerText = answerText
            self.answerSectionKey = answerSectionKey
        }
    }

    public struct Section: Sendable {
        public let key: String
        public let title: String
        /// One per `ReviewDimension.allCases`, in that order.
        public let cells: [ScoreSummary]
    }

    public struct TeamResponse: Sendable {
        /// Nil for people invited without a team.
        public let team: String?
        public let invited: Int
        public let responded: Int
    }

    public struct Condition: Sendable {
        public let verdict: ReviewVerdict
        public let note: String
    }

    public let sections: [Section]
    public let teams: [TeamResponse]
    public let invited: Int
    public let responded: Int
    public let verdicts: [ReviewVerdict: Int]
    /// The conditions and reasons that came with the verdicts, in the order of the verdicts.
    public let conditions: [Condition]
    public let demands: [CapabilityDemand: Int]
    public let demandNotes: [String]
    public let remarks: [RemarkFacts]

    public init(sections: [(key: String, title: String)], invitees: [(team: String?, submitted: Bool)], reviews: [ReviewFacts], remarks: [RemarkFacts]) {
        self.sections = sections.map { section in
            Section(
                key: section.key, title: section.title,
                cells: ReviewDimension.allCases.map { dimension in ScoreSummary(reviews.compactMap { $0.scores[section.key]?[dimension] }) })
        }
        var byTeam: [String?: (invited: Int, responded: Int)] = [:]
        for invitee in invitees {
            byTeam[invitee.team, default: (0, 0)].invited += 1
            if invitee.submitted { byTeam[invitee.team, default: (0, 0)].responded += 1 }
        }
        teams = byTeam.map { TeamResponse(team: $0.key, invited: $0.value.invited, responded: $0.value.responded) }
            .sorted { ($0.team == nil ? 1 : 0, $0.team ?? "") < ($1.team == nil ? 1 : 0, $1.team ?? "") }
        invited = invitees.count
        responded = invitees.filter(\.submitted).count
        var verdicts: [ReviewVerdict: Int] = [:]
        for review in reviews { if let verdict = review.verdict { verdicts[verdict, default: 0] += 1 } }
        self.verdicts = verdicts
        conditions = ReviewVerdict.allCases.flatMap { verdict in
            reviews.filter { $0.verdict == verdict && !$0.verdictNote.isEmpty }.map { Condition(verdict: verdict, note: $0.verdictNote) }
        }
        var demands: [CapabilityDemand: Int] = [:]
        for review in reviews { for demand in review.demands { demands[demand, default: 0] += 1 } }
        self.demands = demands
        demandNotes = reviews.map(\.demandsNote).filter { !$0.isEmpty }
        let order = Dictionary(sections.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.remarks = remarks.enumerated().sorted { (order[$0.element.sectionKey] ?? .max, $0.offset) < (order[$1.element.sectionKey] ?? .max, $1.offset) }
            .map(\.element)
    }

    /// The report's counts of people as they may be shown.
    public struct Protection: Sendable {
        /// Per team, in the order of `teams`: invited, responded, and the response rate in percent.
        public let teams: [(invited: Protected, responded: Protected, rate: Protected)]
        public let invited: Protected
        public let responded: Protected
        public let rate: Protected
        /// Per verdict, in `ReviewVerdict.allCases` order.
        public let verdicts: [Protected]
        /// Per demand, in `CapabilityDemand.allCases` order.
        public let demands: [Protected]
        /// Per section and dimension: whether its mean and spread may be shown, and its number of scores.
        public let cells: [[(shown: Bool, count: Protected)]]
    }

    public func protect(_ policy: SmallNumberPolicy) -> Protection {
        // One table: per team invited and responded, the two totals, and the verdicts that add up to those who responded.
        var values = teams.map(\.invited) + teams.map(\.responded) + [invited, responded]
        let verdictStart = values.count
        values += ReviewVerdict.allCases.map { verdicts[$0] ?? 0 }
        var table = SuppressionTable(values: values)
        let n = teams.count
        if n > 0 {
            table.addConstraint(total: 2 * n, parts: Array(0..<n))
            table.addConstraint(total: 2 * n + 1, parts: Array(n..<(2 * n)))
        }
        // Everyone who responded gave a verdict: submitting requires one.
        if verdicts.values.reduce(0, +) == responded {
            table.addConstraint(total: 2 * n + 1, parts: Array(verdictStart..<(verdictStart + ReviewVerdict.allCases.count)))
        }
        let shown = table.protect(policy)
        func rate(_ responded: Protected, _ invited: Int, _ count: Int) -> Protected {
            // A rate would give back a count hidden next to its shown denominator.
            guard case .shown = responded else { return .hidden }
            return policy.percentage(numerator: count, denominator: invited)
        }
        return Protection(
            teams: teams.indices.map { i in (shown[i], shown[n + i], rate(shown[n + i], teams[i].invited, teams[i].responded)) },
            invited: shown[2 * n], responded: shown[2 * n + 1], rate: rate(shown[2 * n + 1], invited, responded),
            verdicts: ReviewVerdict.allCases.indices.map { shown[verdictStart + $0] },
            demands: CapabilityDemand.allCases.map { policy.count(demands[$0] ?? 0) },
            cells: sections.map { section in section.cells.map { ($0.count >= policy.threshold, policy.count($0.count)) } })
    }

    /// The conditions and reasons as they may be shown: under their verdict when every verdict's count is shown;
    /// otherwise in one alphabetical list without verdicts, since notes listed per verdict would count the people of a
    /// verdict whose number is protected (submitting requires a note for those verdicts).
    public func notes(_ protection: Protection) -> [(verdict: ReviewVerdict?, notes: [String])] {
        let allShown = protection.verdicts.allSatisfy { if case .shown = $0 { true } else { false } }
        guard allShown else {
            let all = conditions.map(\.note).sorted()
            return all.isEmpty ? [] : [(nil, all)]
        }
        return ReviewVerdict.allCases.compactMap { verdict in
            let notes = conditions.filter { $0.verdict == verdict }.map(\.note)
            return notes.isEmpty ? nil : (verdict, notes)
        }
    }

    /// Remarks that still need an answer.
    public var unanswered: Int { remarks.filter { $0.answer == nil }.count }
}

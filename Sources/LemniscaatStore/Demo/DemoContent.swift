/// Hand-written content for the demo organisation: policies and signals in realistic Dutch, about fictional
/// people and places only. The loader turns these into records with dates over the last 18 months.
enum DemoContent {
    struct Policy {
        /// Short Dutch title, e.g. "Beleidsregel bijzondere bijstand 2025".
        let title: String
        /// Two to four sentences in B1 Dutch.
        let summary: String
        /// Domain slugs from DefaultDomains (one or more), e.g. ["inkomen", "schulden"].
        let domains: [String]
        /// "concept", "in-toets", "vastgesteld", "in-uitvoering", "geevalueerd" or "beeindigd".
        let status: String
        /// Regulation and articles, free text, e.g. "Participatiewet, art. 35; Beleidsregel bijzondere bijstand, art. 4".
        let legalBasis: String
        /// Two or three goals: (title, description).
        let goals: [(title: String, description: String)]
    }

    struct Signal {
        /// Short Dutch title, e.g. "Aanvraag bijzondere bijstand duurt te lang bij spoed".
        let title: String
        /// What happens, 2–5 sentences, as a klantmanager or wijkteam worker would write it. No names, BSNs, phone
        /// numbers, e-mail addresses, IBANs, postcodes with house numbers or birth dates.
        let description: String
        /// Domain slug from DefaultDomains.
        let domain: String
        /// Index into `policies`, or nil when the reporter did not link a policy.
        let policy: Int?
        /// "laag", "normaal" or "hoog".
        let urgency: String
        /// "1", "2-10", "11-50", "meer-dan-50" or "onbekend".
        let affected: String
        /// Optional suggested solution, one or two sentences.
        let solution: String?
        /// A substantive answer a policy officer could give, 2–4 sentences; used for answered and closed signals.
        let answer: String
    }

    struct Theme {
        let title: String
        let description: String
        /// Indexes into `signals` that belong to this theme.
        let signals: [Int]
    }

    static let policies: [Policy] = []
    static let signals: [Signal] = []
    static let themes: [Theme] = []
}

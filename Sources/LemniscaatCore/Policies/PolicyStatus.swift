// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Where a policy is in its life. Raw values are the Dutch words the API and URLs use.
public enum PolicyStatus: String, CaseIterable, Codable, Sendable {
    case concept = "concept"
    case inReview = "in-toets"
    case adopted = "vastgesteld"
    case inImplementation = "in-uitvoering"
    case evaluated = "geevalueerd"
    case ended = "beeindigd"

    /// Every allowed move, in one table. Anything not listed is refused.
    public static let transitions: [PolicyStatus: Set<PolicyStatus>] = [
        .concept: [.inReview, .adopted, .ended],
        .inReview: [.concept, .adopted, .ended],
        .adopted: [.inImplementation, .ended],
        .inImplementation: [.evaluated, .ended],
        // An evaluation can start a new round of implementation.
        .evaluated: [.inImplementation, .ended],
        .ended: [],
    ]

    public func canMove(to next: PolicyStatus) -> Bool {
        Self.transitions[self, default: []].contains(next)
    }

    public var label: String {
        switch self {
        case .concept: "Concept"
        case .inReview: "In toets"
        case .adopted: "Vastgesteld"
        case .inImplementation: "In uitvoering"
        case .evaluated: "Geëvalueerd"
        case .ended: "Beëindigd"
        }
    }
}

/// The three roles of the driehoekmodel, plus the officer who handles the policy day to day.
public enum PolicyRole: String, CaseIterable, Codable, Sendable {
    case owner = "eigenaar"
    case principal = "opdrachtgever"
    case executor = "opdrachtnemer"
    case handler = "behandelaar"

    public var label: String {
        switch self {
        case .owner: "Eigenaar"
        case .principal: "Opdrachtgever"
        case .executor: "Opdrachtnemer"
        case .handler: "Behandelaar"
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct PolicyStatusTests {
    /// Every pair of statuses, checked against the lifecycle as the product describes it.
    @Test(arguments: PolicyStatus.allCases)
    func everyMoveIsAsDescribed(_ from: PolicyStatus) {
        let expected: [PolicyStatus: Set<PolicyStatus>] = [
            .concept: [.inReview, .adopted, .ended],
            .inReview: [.concept, .adopted, .ended],
            .adopted: [.inImplementation, .ended],
            .inImplementation: [.evaluated, .ended],
            .evaluated: [.inImplementation, .ended],
            .ended: [],
        ]
        for to in PolicyStatus.allCases {
            #expect(from.canMove(to: to) == expected[from]!.contains(to), "\(from.rawValue) → \(to.rawValue)")
        }
        #expect(!from.canMove(to: from))
    }
}

@Suite struct SignalStatusTests {
    static let expected: [SignalStatus: Set<SignalStatus>] = [
        .new: [.inProgress, .waitingForInformation, .scheduled, .forwarded, .notTakenUp, .answered],
        .inProgress: [.waitingForInformation, .scheduled, .forwarded, .notTakenUp, .answered],
        .waitingForInformation: [.inProgress, .answered, .notTakenUp, .forwarded],
        .scheduled: [.inProgress, .answered, .forwarded, .notTakenUp],
        .forwarded: [.answered, .inProgress, .closed],
        .answered: [.closed, .reopened],
        .closed: [.reopened],
        .notTakenUp: [.reopened, .closed],
        .reopened: [.inProgress, .waitingForInformation, .scheduled, .forwarded, .notTakenUp, .answered],
    ]

    @Test(arguments: SignalStatus.allCases)
    func everyMoveIsAsDescribed(_ from: SignalStatus) {
        for to in SignalStatus.allCases {
            #expect(from.canMove(to: to) == Self.expected[from]!.contains(to), "\(from.rawValue) → \(to.rawValue)")
        }
    }

    @Test func theLoopIsReachableFromNew() {
        // nieuw → beantwoord → heropend → beantwoord → afgesloten
        #expect(SignalStatus.new.canMove(to: .answered))
        #expect(SignalStatus.answered.canMove(to: .reopened))
        #expect(SignalStatus.reopened.canMove(to: .answered))
        #expect(SignalStatus.answered.canMove(to: .closed))
    }

    @Test func movesThatNeedText() {
        #expect(SignalStatus.allCases.filter(\.requiresText) == [.forwarded, .answered, .notTakenUp])
        #expect(SignalStatus.allCases.filter(\.isOpen) == [.new, .inProgress, .waitingForInformation, .scheduled, .reopened])
    }
}

@Suite struct RoutingTests {
    let wijkteam = UUID()
    let schuld = UUID()
    let sanne = UUID()
    let domainWork = UUID()
    let domainDebt = UUID()
    let policy = UUID()

    func facts(domain: UUID, policy: UUID? = nil, area: String? = nil, urgency: SignalUrgency = .normal, text: String = "") -> RoutingRule.Facts {
        .init(domainID: domain, policyID: policy, areaCode: area, urgency: urgency, text: text)
    }

    @Test func theFirstMatchingRuleWins() {
        let rules = [
            RoutingRule(domainID: domainDebt, urgency: .high, target: .user(sanne)),
            RoutingRule(domainID: domainDebt, target: .team(schuld)),
            RoutingRule(areaCode: "WK990102", target: .team(wijkteam)),
        ]
        #expect(RoutingRule.route(facts(domain: domainDebt, urgency: .high), rules: rules, policyHandler: nil, liaisonTeam: nil) == .user(sanne))
        #expect(RoutingRule.route(facts(domain: domainDebt), rules: rules, policyHandler: nil, liaisonTeam: nil) == .team(schuld))
        // a buurt inside wijk Noord matches the wijk's rule
        #expect(RoutingRule.route(facts(domain: domainWork, area: "BU99010203"), rules: rules, policyHandler: nil, liaisonTeam: nil) == .team(wijkteam))
        #expect(RoutingRule.route(facts(domain: domainWork, area: "BU99010303"), rules: rules, policyHandler: nil, liaisonTeam: nil) == nil)
    }

    @Test func withoutARuleThePolicyHandlerThenTheLiaisonTeam() {
        let liaison = UUID()
        #expect(RoutingRule.route(facts(domain: domainWork, policy: policy), rules: [], policyHandler: sanne, liaisonTeam: liaison) == .user(sanne))
        #expect(RoutingRule.route(facts(domain: domainWork), rules: [], policyHandler: nil, liaisonTeam: liaison) == .team(liaison))
    }

    @Test func textAndPolicyConditions() {
        let rules = [
            RoutingRule(textContains: "energietoeslag", target: .team(schuld)),
            RoutingRule(policyID: policy, target: .user(sanne)),
        ]
        #expect(RoutingRule.route(facts(domain: domainWork, text: "De Energietoeslag komt te laat"), rules: rules, policyHandler: nil, liaisonTeam: nil) == .team(schuld))
        #expect(RoutingRule.route(facts(domain: domainWork, policy: policy, text: "iets anders"), rules: rules, policyHandler: nil, liaisonTeam: nil) == .user(sanne))
    }
}

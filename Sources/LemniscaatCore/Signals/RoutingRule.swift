// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// A routing rule: conditions on a new signal and where it goes. The first rule that matches wins.
public struct RoutingRule: Sendable, Equatable {
    public enum Target: Sendable, Equatable {
        case team(UUID)
        case user(UUID)
    }

    public var domainID: UUID?
    public var policyID: UUID?
    /// A gemeente, wijk or buurt code; matches the area itself and everything in it.
    public var areaCode: String?
    public var urgency: SignalUrgency?
    /// Case-insensitive, in title or description.
    public var textContains: String?
    public var target: Target

    public init(
        domainID: UUID? = nil, policyID: UUID? = nil, areaCode: String? = nil, urgency: SignalUrgency? = nil, textContains: String? = nil,
        target: Target
    ) {
        self.domainID = domainID
        self.policyID = policyID
        self.areaCode = areaCode
        self.urgency = urgency
        self.textContains = textContains
        self.target = target
    }

    /// The facts of a signal that rules look at.
    public struct Facts: Sendable {
        public var domainID: UUID
        public var policyID: UUID?
        public var areaCode: String?
        public var urgency: SignalUrgency
        public var text: String

        public init(domainID: UUID, policyID: UUID?, areaCode: String?, urgency: SignalUrgency, text: String) {
            self.domainID = domainID
            self.policyID = policyID
            self.areaCode = areaCode
            self.urgency = urgency
            self.text = text
        }
    }

    public func matches(_ facts: Facts) -> Bool {
        if let domainID, domainID != facts.domainID { return false }
        if let policyID, policyID != facts.policyID { return false }
        if let areaCode {
            // A buurt's code carries its wijk's and gemeente's digits, so "lies in" is a prefix test on the digits.
            guard let area = facts.areaCode, area.dropFirst(2).hasPrefix(areaCode.dropFirst(2)) else { return false }
        }
        if let urgency, urgency != facts.urgency { return false }
        if let needle = textContains?.trimmingCharacters(in: .whitespaces), !needle.isEmpty,
            facts.text.range(of: needle, options: [.caseInsensitive, .diacriticInsensitive]) == nil
        {
            return false
        }
        return true
    }

    /// Where a signal goes: the first matching rule; else the policy's handler; else the liaison team's queue.
    public static func route(_ facts: Facts, rules: [RoutingRule], policyHandler: UUID?, liaisonTeam: UUID?) -> Target? {
        if let rule = rules.first(where: { $0.matches(facts) }) { return rule.target }
        if let handler = policyHandler { return .user(handler) }
        if let team = liaisonTeam { return .team(team) }
        return nil
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// How far back the samenwerkingskaart looks: the last 6 or the last 12 months.
public enum ContactWindow: Int, CaseIterable, Codable, Sendable {
    case sixMonths = 6
    case twelveMonths = 12

    /// "6" or "12"; nil for anything else.
    public init?(_ text: String) {
        guard let months = Int(text.trimmingCharacters(in: .whitespaces)), let window = ContactWindow(rawValue: months) else { return nil }
        self = window
    }

    public var months: Int { rawValue }

    /// The first moment inside the window: the same time of day, `months` calendar months before `now`, in Dutch time.
    public func since(_ now: Date) -> Date {
        DutchCalendar.calendar.date(byAdding: .month, value: -rawValue, to: now) ?? now.addingTimeInterval(-Double(rawValue) * 30 * 86_400)
    }
}

/// How often people of one policy team and one practice team met or worked together, by the kind of contact.
public struct ContactCounts: Sendable, Equatable, Codable {
    /// Sessions other than meeloopdagen that members of both teams attended.
    public var sessions: Int
    /// Meeloopdagen that members of both teams attended.
    public var shadowDays: Int
    /// Signals reported on one side and answered on the other.
    public var signals: Int
    /// Review remarks made on one side and answered on the other.
    public var remarks: Int

    public init(sessions: Int = 0, shadowDays: Int = 0, signals: Int = 0, remarks: Int = 0) {
        self.sessions = sessions
        self.shadowDays = shadowDays
        self.signals = signals
        self.remarks = remarks
    }

    public static let zero = ContactCounts()

    public var total: Int { sessions + shadowDays + signals + remarks }
    public var none: Bool { total == 0 }
}

/// A team on one side of the map.
public struct ContactTeam: Sendable, Equatable, Hashable {
    public let id: UUID
    public let name: String

    public init(id: UUID, name: String) {
        self.id = id
        self.name = name
    }
}

/// The samenwerkingskaart: policy teams (rows) × practice teams (columns), with the counts of each pair.
public struct ContactMatrix: Sendable, Equatable {
    public struct Pair: Sendable, Equatable, Hashable {
        public let policyTeamID: UUID
        public let practiceTeamID: UUID

        public init(policyTeamID: UUID, practiceTeamID: UUID) {
            self.policyTeamID = policyTeamID
            self.practiceTeamID = practiceTeamID
        }
    }

    public let window: ContactWindow
    /// The first moment counted.
    public let since: Date
    /// The last moment counted.
    public let until: Date
    /// Sorted by name.
    public let policyTeams: [ContactTeam]
    public let practiceTeams: [ContactTeam]
    /// Only pairs with contact; every other pair is zero.
    public let counts: [Pair: ContactCounts]

    public init(
        window: ContactWindow, since: Date, until: Date, policyTeams: [ContactTeam], practiceTeams: [ContactTeam], counts: [Pair: ContactCounts]
    ) {
        self.window = window
        self.since = since
        self.until = until
        self.policyTeams = policyTeams
        self.practiceTeams = practiceTeams
        self.counts = counts.filter { !$0.value.none }
    }

    public func counts(policy: UUID, practice: UUID) -> ContactCounts {
        counts[Pair(policyTeamID: policy, practiceTeamID: practice)] ?? .zero
    }

    /// Every pair of a policy team and a practice team, row by row.
    public var pairs: [(policy: ContactTeam, practice: ContactTeam, counts: ContactCounts)] {
        policyTeams.flatMap { policy in practiceTeams.map { practice in (policy, practice, counts(policy: policy.id, practice: practice.id)) } }
    }

    /// The pairs without any contact in the window, row by row.
    public var noContact: [(policy: ContactTeam, practice: ContactTeam)] {
        pairs.filter(\.counts.none).map { ($0.policy, $0.practice) }
    }

    /// The highest total of any pair; 0 when nobody met.
    public var highest: Int { counts.values.map(\.total).max() ?? 0 }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore

/// The *Staat van de Uitvoering* of one organisation (or one of its domains) over a year or a quarter: the loop's
/// figures against the period before, the main themes and what was done with them, answered and still-open
/// bottlenecks, policy changes prompted by practice, indicators with the story behind them, lessons and the
/// samenwerkingskaart. Built from the records alone; see docs/staat-van-de-uitvoering.md.
public struct StateReport: Sendable {
    public struct DomainRow: Sendable, Equatable {
        public let id: UUID
        public let name: String
        public let submitted: Int
        public let answered: Int
        public let answeredOnTime: Int
        public let open: Int
        public var onTimeShare: Double? { LoopMath.share(answeredOnTime, of: answered) }
    }

    public struct ThemeRow: Sendable, Equatable {
        public let id: UUID
        public let title: String
        /// Signals of the theme submitted in the period.
        public let signals: Int
        /// Recognitions of those signals: a count of people.
        public let recognitions: Int
        public let finished: Bool
        public let answer: String?
        /// Decisions in the period on the theme or on one of its signals, and the text of the latest.
        public let decisions: Int
        public let latestDecision: String?
    }

    public struct SignalRow: Sendable, Equatable {
        public let id: UUID
        public let number: Int
        public let title: String
        public let status: SignalStatus
        /// A count of people.
        public let recognitions: Int
        public let submittedAt: Date
        public let late: Bool
        public let answer: String?
    }

    public struct ChangeRow: Sendable, Equatable {
        public let decisionID: UUID
        public let at: Date
        public let policyID: UUID
        public let policyTitle: String
        public let change: String
        public let meetingID: UUID
        public let meetingTitle: String
    }

    public struct Comment: Sendable, Equatable {
        public let body: String
        public let at: Date
        public let author: String?
    }

    public struct IndicatorRow: Sendable, Equatable {
        public let id: UUID
        public let name: String
        public let policyTitle: String
        /// The status of the latest figure up to the end of the period; nil without a figure or a target path.
        public let status: TrackStatus?
        public let latestPeriod: Period?
        /// Comments made in the period, latest first (at most three).
        public let comments: [Comment]
    }

    public struct LessonRow: Sendable, Equatable {
        public let id: UUID
        public let title: String
        public let kind: LessonKind
        public let learned: String
        public let createdAt: Date
    }

    /// A raadpleging open during the period: the voice of residents and experts by experience.
    public struct ConsultationRow: Sendable, Equatable {
        public let id: UUID
        public let title: String
        public let policyTitle: String
        public let opensAt: Date
        public let closesAt: Date
        public let responses: Int
        /// Whether *wat we met uw reacties doen* has been written.
        public let answered: Bool
    }

    public struct TeamPair: Sendable, Equatable {
        public let policyTeam: String
        public let practiceTeam: String
    }

    public let organisationName: String
    public let domainID: UUID?
    public let domainName: String?
    public let period: ReportPeriod
    public let generatedAt: Date
    public let current: LoopFigures
    public let previous: LoopFigures
    /// Per domain, for the organisation's report only.
    public let domains: [DomainRow]
    public let themes: [ThemeRow]
    /// The most recognised signals answered in the period (at most ten); all of them are `current.answered`.
    public let answered: [SignalRow]
    /// The most recognised signals open now (at most ten); all of them are `current.open`.
    public let open: [SignalRow]
    public let policyChanges: [ChangeRow]
    public let indicators: [IndicatorRow]
    public let lessons: [LessonRow]
    /// The samenwerkingskaart over the twelve months up to the end of the period (or now, if that is earlier).
    public let contactSince: Date
    public let contactUntil: Date
    public let teamPairs: Int
    public let noContact: [TeamPair]
    public var smallNumberThreshold: Int { current.smallNumberThreshold }
    /// Raadplegingen open at some time in the period (on a policy of the domain, for a domain's report).
    public var consultations: [ConsultationRow] = []

    /// How many steps building a report takes, for the progress shown meanwhile.
    public static let steps = 9
}

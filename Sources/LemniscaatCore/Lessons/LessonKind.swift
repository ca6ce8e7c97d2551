// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// What a lesson in the learning log comes from. Raw values are the Dutch words forms and the API use.
public enum LessonKind: String, CaseIterable, Codable, Sendable {
    case incident = "incident"
    case bestPractice = "best-practice"
    case experiment = "experiment"

    public var label: String {
        switch self {
        case .incident: "Incident"
        case .bestPractice: "Goede praktijk"
        case .experiment: "Experiment"
        }
    }

    /// One sentence in B1 Dutch: when to choose this kind.
    public var explanation: String {
        switch self {
        case .incident: "Er ging iets mis, of bijna. Wat leren we daarvan?"
        case .bestPractice: "Iets werkte goed. Hoe doen anderen het ook zo?"
        case .experiment: "We probeerden iets nieuws uit. Wat bleek?"
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// The demo organisation's loop: 12 policies with all driehoek roles, about 300 signals over the last 18 months in
/// every status, themes, answers, recognitions and reopened cases. Deterministic: the same seed gives the same data.
enum DemoLoop {
    /// SplitMix64: small, fast and repeatable.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: Range<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
    }

    /// Remarks a second colleague adds when the same bottleneck shows up again elsewhere.
    static let echoes = [
        "We zien dit nu ook in wijk %@.", "Collega's in %@ lopen hier ook tegenaan.", "In %@ speelt dit de laatste maanden vaker.",
        "Ook bij ons team in %@ komt dit steeds terug.", "Dit is in %@ niet anders.",
    ]
    static let districts = ["Centrum", "Noord", "Oost", "Zuid"]

    struct People {
        let practitioners: [UUID]
        let policyOfficers: [UUID]
        let managers: [UUID]
        let liaisons: [UUID]
        let liaisonTeam: UUID
        let policyTeams: [String: UUID]  // domain slug → policy team
        let practiceTeams: [UUID]
        let namedPractitioner: UUID
        let namedPolicyOfficer: UUID
    }

    static func load(organisationID: UUID, domains: [String: UUID], people: People, now: Date, on db: any Database) async throws -> (policies: Int, signals: Int) {
        var random = Random(state: 20_261_124)
        let calendar = WorkingDayCalendar()

        // policies
        var policyIDs: [UUID] = []
        var policyHandlers: [UUID] = []
        for (index, content) in DemoContent.policies.enumerated() {
            let policy = PolicyModel()
            policy.organisationID = organisationID
            policy.title = content.title
            policy.summary = content.summary
            policy.status = content.status
            policy.legalBasis = content.legalBasis
            policy.createdAt = now.addingTimeInterval(-Double(random.int(540..<720)) * 86400)
            policy.updatedAt = policy.createdAt
            try await policy.create(on: db)
            let id = policy.id!
            policyIDs.append(id)
            for slug in content.domains { if let domain = domains[slug] { try await PolicyDomainModel(policyID: id, domainID: domain).create(on: db) } }
            // The named policy officer handles the first policies, so the demo account has work to do.
            let handler = index % 3 == 0 ? people.namedPolicyOfficer : people.policyOfficers[index % people.policyOfficers.count]
            policyHandlers.append(handler)
            let roles: [(PolicyRole, UUID)] = [
                (.owner, people.managers[index % people.managers.count]), (.principal, people.managers[(index + 1) % people.managers.count]),
                (.executor, people.practitioners[(index * 5) % people.practitioners.count]), (.handler, handler),
            ]
            for (role, user) in roles { try await PolicyRoleModel(policyID: id, role: role.rawValue, userID: user).create(on: db) }
            let teams = Set(content.domains.compactMap { people.policyTeams[$0] } + [people.practiceTeams[index % people.practiceTeams.count]])
            for team in teams { try await PolicyTeamModel(policyID: id, teamID: team).create(on: db) }
            for (position, goal) in content.goals.enumerated() {
                try await PolicyGoalModel(policyID: id, position: position + 1, title: goal.title, description: goal.description).create(on: db)
            }
            try await AuditLog.append(
                on: db, actor: .commandLine(organisationID: organisationID), action: "beleid.aangemaakt", entityType: "beleid",
                entityID: id.uuidString.lowercased(), summary: "\(content.title) (demo, status \(PolicyStatus(rawValue: content.status)?.label ?? content.status))",
                at: now)
        }

        // themes
        var themeOf: [Int: UUID] = [:]
        for content in DemoContent.themes {
            let theme = ThemeModel()
            theme.organisationID = organisationID
            theme.title = content.title
            theme.themeDescription = content.description
            theme.ownerID = people.liaisons[themeOf.count % people.liaisons.count]
            theme.status = "open"
            theme.createdAt = now.addingTimeInterval(-200 * 86400)
            try await theme.create(on: db)
            for index in content.signals { themeOf[index] = theme.id! }
        }

        // signals: every content signal once, and most a second time from another district
        var plan: [(content: Int, echo: String?)] = DemoContent.signals.indices.map { ($0, nil) }
        for index in DemoContent.signals.indices where random.chance(0.87) {
            plan.append((index, String(format: random.pick(echoes), random.pick(districts))))
        }
        var number = 0
        for (offset, item) in plan.enumerated() {
            let content = DemoContent.signals[item.content]
            // Spread over 18 months, a little denser recently.
            let ageDays = Double(random.int(0..<540)) * (offset % 4 == 0 ? 0.35 : 1)
            let submittedAt = now.addingTimeInterval(-ageDays * 86400 - Double(random.int(8 * 3600..<17 * 3600)))
            let deadline = ResponseDeadline(submittedAt: submittedAt, workingDays: ResponseDeadline.defaultWorkingDays, calendar: calendar)
            let reporter = offset % 9 == 0 ? people.namedPractitioner : random.pick(people.practitioners)
            let policyID = content.policy.map { policyIDs[$0] }
            number += 1
            let signal = SignalModel()
            signal.organisationID = organisationID
            signal.number = number
            signal.title = item.echo == nil ? content.title : content.title + " (ook elders)"
            signal.signalDescription = item.echo.map { content.description + " " + $0 } ?? content.description
            signal.domainID = domains[content.domain] ?? domains.values.first!
            signal.policyID = policyID
            signal.areaCode = random.chance(0.5) ? "WK99010\(random.int(1..<5))" : nil
            signal.affected = content.affected
            signal.urgency = content.urgency
            signal.solution = item.echo == nil ? content.solution : nil
            signal.anonymous = random.chance(0.1)
            signal.reporterID = reporter
            if let policy = content.policy { signal.assignedUserID = policyHandlers[policy] } else { signal.assignedTeamID = people.liaisonTeam }
            signal.themeID = themeOf[item.content]
            signal.workingDays = ResponseDeadline.defaultWorkingDays
            signal.submittedAt = submittedAt
            signal.dueAt = deadline.due
            signal.escalationAt = deadline.escalation
            signal.recognitionCount = 0
            // Older signals are mostly done; recent ones still in the queue, some of them late.
            let status = status(ageDays: ageDays, random: &random)
            signal.status = status.rawValue
            var events: [SignalEventModel] = []
            let handler = signal.assignedUserID ?? people.liaisons[0]
            let answeredAt = submittedAt.addingTimeInterval(Double(random.int(2..<20)) * 86400)
            if [.answered, .closed, .reopened].contains(status) {
                signal.answer = content.answer
                signal.answeredAt = min(answeredAt, now)
                signal.answeredBy = handler
                events.append(SignalEventModel(signalID: UUID(), at: signal.answeredAt!, actorID: handler, kind: "antwoord", fromStatus: "in-behandeling", toStatus: "beantwoord", text: content.answer))
            }
            if status == .closed {
                signal.verdict = ReporterVerdict.satisfied.rawValue
                signal.verdictAt = min(answeredAt.addingTimeInterval(2 * 86400), now)
                events.append(SignalEventModel(signalID: UUID(), at: signal.verdictAt!, actorID: reporter, kind: "oordeel", text: "tevreden"))
            }
            if status == .reopened {
                signal.verdict = ReporterVerdict.dissatisfied.rawValue
                signal.verdictComment = "Het antwoord lost het probleem voor onze cliënten nog niet op."
                signal.verdictAt = min(answeredAt.addingTimeInterval(3 * 86400), now)
                let fresh = ResponseDeadline(submittedAt: signal.verdictAt!, workingDays: ResponseDeadline.defaultWorkingDays, calendar: calendar)
                signal.dueAt = fresh.due
                signal.escalationAt = fresh.escalation
                events.append(SignalEventModel(signalID: UUID(), at: signal.verdictAt!, actorID: reporter, kind: "oordeel", text: "niet-tevreden: \(signal.verdictComment!)"))
                events.append(SignalEventModel(signalID: UUID(), at: signal.verdictAt!, actorID: reporter, kind: "status", fromStatus: "beantwoord", toStatus: "heropend"))
            }
            if [.notTakenUp, .forwarded, .scheduled, .waitingForInformation, .inProgress].contains(status) {
                let text: String? = switch status {
                case .notTakenUp: "Dit knelpunt ligt buiten wat de gemeente kan regelen; we nemen het mee in de evaluatie."
                case .forwarded: "Doorgezet naar het ministerie via het landelijke overleg van gemeenten: de termijn staat in de wet."
                default: nil
                }
                events.append(SignalEventModel(
                    signalID: UUID(), at: min(submittedAt.addingTimeInterval(2 * 86400), now), actorID: handler, kind: "status", fromStatus: "nieuw",
                    toStatus: status.rawValue, text: text))
            }
            signal.updatedAt = events.map(\.at).max() ?? submittedAt
            try await signal.create(on: db)
            try await SignalEventModel(signalID: signal.id!, at: submittedAt, actorID: reporter, kind: "ingediend", toStatus: "nieuw").create(on: db)
            for event in events {
                event.signalID = signal.id!
                try await event.create(on: db)
            }
            // Colleagues recognise it; bottlenecks in a theme more often.
            let recognisers = Set((0..<random.int(0..<(signal.themeID == nil ? 3 : 7))).map { _ in random.pick(people.practitioners) }).subtracting([reporter])
            for user in recognisers {
                let recognition = SignalRecognitionModel()
                recognition.signalID = signal.id!
                recognition.userID = user
                recognition.at = min(submittedAt.addingTimeInterval(Double(random.int(1..<30)) * 86400), now)
                try await recognition.create(on: db)
            }
            if !recognisers.isEmpty {
                signal.recognitionCount = recognisers.count
                try await signal.update(on: db)
            }
        }

        // Routing: youth and care signals to the care policy team when no policy is linked.
        if let care = people.policyTeams["zorg-en-ondersteuning"] {
            for (position, slug) in ["jeugd", "zorg-en-ondersteuning"].enumerated() {
                let rule = RoutingRuleModel()
                rule.organisationID = organisationID
                rule.position = position + 1
                rule.domainID = domains[slug]
                rule.targetTeamID = care
                rule.createdAt = now
                try await rule.create(on: db)
            }
        }
        return (policyIDs.count, number)
    }

    static func status(ageDays: Double, random: inout Random) -> SignalStatus {
        let roll = random.int(0..<100)
        if ageDays < 14 {
            return roll < 45 ? .new : roll < 75 ? .inProgress : roll < 85 ? .waitingForInformation : .answered
        }
        if ageDays < 60 {
            switch roll {
            case ..<12: return .new  // late: past its deadline
            case ..<30: return .inProgress
            case ..<38: return .scheduled
            case ..<45: return .waitingForInformation
            case ..<75: return .answered
            case ..<85: return .closed
            case ..<92: return .reopened
            default: return .forwarded
            }
        }
        switch roll {
        case ..<4: return .inProgress  // escalated: three times past its deadline
        case ..<45: return .closed
        case ..<72: return .answered
        case ..<80: return .reopened
        case ..<88: return .notTakenUp
        case ..<94: return .forwarded
        default: return .scheduled
        }
    }
}

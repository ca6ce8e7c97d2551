// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The "grote gemeente" workload for the benchmarks: the demo organisation grown to a large municipality's three
/// years of use — 300 people, 150 policies, 200 000 signals with a million recognitions (a quarter with a comment),
/// answers, verdicts and status changes. The text comes from the hand-written demo content, varied per signal with
/// district, neighbourhood and context sentences. Seeded: the same size gives the same shape (ids are new each time).
///
/// It loads through the store in batches, each one transaction, with bulk inserts; `progress` hears after every
/// batch. It adds to an organisation that the demo loader made (and loads that first into an empty database).
public enum GroteGemeente {
    public struct Size: Sendable {
        public var users: Int
        public var policies: Int
        public var signals: Int
        public var recognitions: Int
        public static let full = Size(users: 300, policies: 150, signals: 200_000, recognitions: 1_000_000)
        public init(users: Int, policies: Int, signals: Int, recognitions: Int) {
            self.users = users
            self.policies = policies
            self.signals = signals
            self.recognitions = recognitions
        }
    }

    public struct Progress: Sendable {
        public let signalsDone: Int
        public let signalsTotal: Int
        public let rows: Int
        public let seconds: Double
    }

    public struct Report: Sendable {
        public var users = 0
        public var policies = 0
        public var signals = 0
        public var events = 0
        public var recognitions = 0
        public var comments = 0
        public var rows: Int { users + policies + signals + events + recognitions }
        public var seconds = 0.0
    }

    public enum LoadError: Error, CustomStringConvertible {
        case noDemo
        public var description: String {
            "De werklast bouwt voort op de demo-organisatie, maar die staat niet in deze database. Gebruik een lege database."
        }
    }

    static let batchSize = 2_000

    /// Context sentences that make each signal's text its own; %@ is a neighbourhood, %d a number.
    static let contexts = [
        "Dit zien we vooral in %@, sinds ongeveer %d weken.", "In %@ gaat het om zeker %d huishoudens.",
        "Collega's uit %@ melden dit ook; het speelt al %d maanden.", "Bij het spreekuur in %@ kwam dit %d keer langs.",
        "Het probleem is in %@ de afgelopen %d weken groter geworden.", "In %@ haakten hierdoor %d inwoners af.",
        "Ook de huisarts in %@ herkent dit; we schatten %d gevallen per maand.", "Het wijkteam in %@ besteedt er %d uur per week extra aan.",
    ]
    static let neighbourhoods = DemoOrganisation.areas.filter { $0.code.hasPrefix("BU") }.map(\.name)
    static let remarks = [
        "Herken ik, ook bij onze cliënten.", "Zelfde probleem in ons team.", "Speelt bij ons al maanden.",
        "Dit kost ons veel extra tijd.", "Graag snel een oplossing, het raakt veel gezinnen.", "Wij lossen het nu op met een omweg.",
    ]
    static let firstNames = [
        "Anna", "Bram", "Chantal", "Dennis", "Elif", "Floor", "Gijs", "Hanneke", "Ilse", "Jeroen", "Karim", "Laura", "Mark", "Nadia",
        "Olaf", "Petra", "Quinten", "Rosa", "Stefan", "Tamara", "Umut", "Vera", "Wouter", "Xander", "Yara", "Zoë",
    ]
    static let lastNames = [
        "Aksoy", "Berends", "Claassen", "Doornbos", "Evers", "Franssen", "Gerritsen", "Hoekstra", "IJzerman", "Jonker", "Koster",
        "Lambregts", "Meijer", "Nijland", "Oosterhuis", "Post", "Rademaker", "Schouten", "Timmermans", "Verbeek", "Wolters",
    ]
    static let editions = ["2024", "2025", "2026", "wijk Centrum", "wijk Noord", "wijk Oost", "wijk Zuid", "pilot", "herziening", "uitvoering", "evaluatie", "regionaal"]

    public static func load(
        into store: Store, size: Size, now: Date, password: String, progress: @escaping @Sendable (Progress) -> Void
    ) async throws -> Report {
        let started = Date()
        if try await OrganisationModel.query(on: store.database).count() == 0 {
            try await DemoOrganisation.load(into: store, password: password, now: now)
        }
        guard let organisation = try await OrganisationModel.query(on: store.database).filter(\.$name == DemoOrganisation.name).first(),
            let anyone = try await UserModel.query(on: store.database).filter(\.$email == "beleid@demo.test").first()
        else { throw LoadError.noDemo }
        let orgID = organisation.id!
        var report = Report()
        var random = DemoLoop.Random(state: 2_026_112_401)

        // People and policies: small, one transaction.
        let passwordHash = anyone.passwordHash
        let (base, users, policies) = try await store.write { db in
            try await grow(organisationID: orgID, size: size, passwordHash: passwordHash, now: now, on: db)
        }
        report.users = users
        report.policies = policies
        progress(Progress(signalsDone: 0, signalsTotal: size.signals, rows: report.rows, seconds: Date().timeIntervalSince(started)))

        // Signals in batches.
        let existing = try await SignalModel.query(on: store.database).filter(\.$organisationID == orgID).count()
        var number = try await SignalModel.query(on: store.database).filter(\.$organisationID == orgID).max(\.$number) ?? 0
        let toMake = max(0, size.signals - existing)
        let perSignal = Double(size.recognitions) / Double(max(size.signals, 1))
        var made = 0
        while made < toMake {
            let count = min(batchSize, toMake - made)
            var batch = Batch()
            for _ in 0..<count {
                number += 1
                makeSignal(number: number, base: base, recognitionsPerSignal: perSignal, now: now, random: &random, into: &batch)
            }
            let rows = batch
            try await store.write { db in try await rows.insert(on: db as! any SQLDatabase) }
            made += count
            report.signals += count
            report.events += batch.events.count
            report.recognitions += batch.recognitions.count
            report.comments += batch.comments
            progress(Progress(signalsDone: existing + made, signalsTotal: max(size.signals, existing), rows: report.rows, seconds: Date().timeIntervalSince(started)))
        }
        let summary = "grote gemeente: \(report.users) gebruikers, \(report.policies) beleid, \(report.signals) signalen, "
            + "\(report.recognitions) herkenningen, \(report.events) gebeurtenissen"
        try await store.write { db in
            try await AuditLog.append(
                on: db, actor: .commandLine(organisationID: orgID), action: "demo.werklast-geladen", entityType: "organisatie",
                entityID: orgID.uuidString.lowercased(), summary: summary, at: now)
        }
        // Fresh planner statistics after a bulk load, for the loaded tables only: a bare ANALYZE on PostgreSQL walks
        // every schema of the database, which is slow and fails when another schema is dropped meanwhile.
        for table in ["users", "policies", "signals", "signal_events", "signal_recognitions"] {
            try await store.sql.raw("ANALYZE \(unsafeRaw: table)").run()
        }
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// What the signals draw on: who reports, who handles, which policies and domains exist.
    struct Base: Sendable {
        var organisationID: UUID
        var practitioners: [UUID]
        var liaisonTeam: UUID
        var liaisons: [UUID]
        var domains: [String: UUID]
        /// Per demo-content policy index: the policies (original and editions) and each one's handler.
        var policiesByContent: [Int: [(id: UUID, handler: UUID)]]
        var themes: [UUID]
    }

    private static func grow(
        organisationID orgID: UUID, size: Size, passwordHash: String?, now: Date, on db: any Database
    ) async throws -> (Base, users: Int, policies: Int) {
        var random = DemoLoop.Random(state: 1_101_124)
        var report = Report()
        var domains: [String: UUID] = [:]
        for domain in try await DomainModel.query(on: db).filter(\.$organisationID == orgID).all() { domains[domain.slug] = domain.id! }
        let teams = try await TeamModel.query(on: db).filter(\.$organisationID == orgID).all()
        let liaisonTeam = teams.first { $0.kind == TeamKind.liaison.rawValue }!.id!
        var practiceTeams = teams.filter { $0.kind == TeamKind.practice.rawValue }.map { $0.id! }
        let users = try await UserModel.query(on: db).filter(\.$organisationID == orgID).all()
        // More practice teams: a wijkteam per district and a few more specialist teams.
        for name in ["Wijkteam Centrum", "Wijkteam Oost", "Wijkteam Zuid", "Jongerenteam", "Team Statushouders", "Team Beschermd Wonen"]
        where !teams.contains(where: { $0.name == name }) {
            let team = TeamModel(organisationID: orgID, name: name, kind: TeamKind.practice.rawValue, domainID: domains["zorg-en-ondersteuning"], createdAt: now)
            try await team.create(on: db)
            practiceTeams.append(team.id!)
        }
        let roles = try await RoleAssignmentModel.query(on: db).all()
        var byRole: [Role: [UUID]] = [:]
        let userIDs = Set(users.map { $0.id! })
        for assignment in roles where userIDs.contains(assignment.userID) {
            if let role = Role(rawValue: assignment.role) { byRole[role, default: []].append(assignment.userID) }
        }
        // People: mostly practitioners, as in a real municipality.
        var index = users.count
        while index < size.users {
            index += 1
            let first = firstNames[index % firstNames.count]
            let last = lastNames[(index / firstNames.count + index) % lastNames.count]
            let email = "\(first.lowercased()).\(last.lowercased()).\(index)@grote-gemeente.test".folding(options: .diacriticInsensitive, locale: nil)
            let user = UserModel(organisationID: orgID, email: email, name: "\(first) \(last)", passwordHash: passwordHash, createdAt: now)
            try await user.create(on: db)
            let roll = index % 20
            let role: Role = roll < 14 ? .practitioner : roll < 17 ? .policyOfficer : roll < 18 ? .liaison : roll < 19 ? .manager : .administrator
            try await RoleAssignmentModel(userID: user.id!, role: role.rawValue).create(on: db)
            byRole[role, default: []].append(user.id!)
            if role == .practitioner { try await TeamMemberModel(teamID: practiceTeams[index % practiceTeams.count], userID: user.id!).create(on: db) }
            report.users += 1
        }
        // Policies: the demo's, plus editions of them (per year, per district, pilots and evaluations).
        let policies = try await PolicyModel.query(on: db).filter(\.$organisationID == orgID).sort(\.$createdAt).all()
        let handlers = try await PolicyRoleModel.query(on: db).filter(\.$role == PolicyRole.handler.rawValue).all()
        var handlerOf: [UUID: UUID] = [:]
        for role in handlers { handlerOf[role.policyID] = role.userID }
        var byContent: [Int: [(id: UUID, handler: UUID)]] = [:]
        for (content, policy) in DemoContent.policies.enumerated() {
            if let existing = policies.first(where: { $0.title == policy.title }) {
                byContent[content, default: []].append((existing.id!, handlerOf[existing.id!] ?? byRole[.policyOfficer]![0]))
            }
        }
        var count = policies.count
        var edition = 0
        let statuses = PolicyStatus.allCases.map(\.rawValue)
        while count < size.policies {
            let contentIndex = edition % DemoContent.policies.count
            let content = DemoContent.policies[contentIndex]
            let suffix = editions[(edition / DemoContent.policies.count) % editions.count]
            let cycle = edition / (DemoContent.policies.count * editions.count)
            edition += 1
            let title = "\(content.title) — \(suffix)\(cycle > 0 ? " \(cycle + 1)" : "")"
            let policy = PolicyModel()
            policy.organisationID = orgID
            policy.title = title
            policy.summary = content.summary
            policy.status = statuses[random.int(0..<statuses.count)]
            policy.legalBasis = content.legalBasis
            policy.createdAt = now.addingTimeInterval(-Double(random.int(30..<1100)) * 86400)
            policy.updatedAt = policy.createdAt
            try await policy.create(on: db)
            let id = policy.id!
            for slug in content.domains { if let domain = domains[slug] { try await PolicyDomainModel(policyID: id, domainID: domain).create(on: db) } }
            let handler = random.pick(byRole[.policyOfficer]!)
            let managers = byRole[.manager]!
            for (role, user) in [(PolicyRole.owner, random.pick(managers)), (.principal, random.pick(managers)),
                                 (.executor, random.pick(byRole[.practitioner]!)), (.handler, handler)] {
                try await PolicyRoleModel(policyID: id, role: role.rawValue, userID: user).create(on: db)
            }
            try await PolicyTeamModel(policyID: id, teamID: practiceTeams[edition % practiceTeams.count]).create(on: db)
            for (position, goal) in content.goals.enumerated() {
                try await PolicyGoalModel(policyID: id, position: position + 1, title: goal.title, description: goal.description).create(on: db)
            }
            byContent[contentIndex, default: []].append((id, handler))
            count += 1
            report.policies += 1
        }
        let themes = try await ThemeModel.query(on: db).filter(\.$organisationID == orgID).all().map { $0.id! }
        let base = Base(
            organisationID: orgID, practitioners: byRole[.practitioner]!, liaisonTeam: liaisonTeam, liaisons: byRole[.liaison]!,
            domains: domains, policiesByContent: byContent, themes: themes)
        return (base, report.users, report.policies)
    }

    /// Rows for one batch, inserted in one transaction.
    struct Batch: Sendable {
        var signals: [[any SQLExpression]] = []
        var events: [[any SQLExpression]] = []
        var recognitions: [[any SQLExpression]] = []
        var comments = 0

        static let eventColumns = ["id", "signal_id", "at", "actor_id", "kind", "from_status", "to_status", "text"]
        static let recognitionColumns = ["id", "signal_id", "user_id", "comment", "at"]

        func insert(on sql: any SQLDatabase) async throws {
            // Bound parameters per statement stay well under SQLite's 32 766 and PostgreSQL's 65 535.
            try await insert(signals, into: "signals", columns: SignalRepository.columns, chunk: 500, on: sql)
            try await insert(events, into: "signal_events", columns: Self.eventColumns, chunk: 2_000, on: sql)
            try await insert(recognitions, into: "signal_recognitions", columns: Self.recognitionColumns, chunk: 3_000, on: sql)
        }

        private func insert(_ rows: [[any SQLExpression]], into table: String, columns: [String], chunk: Int, on sql: any SQLDatabase) async throws {
            var start = 0
            while start < rows.count {
                let end = min(start + chunk, rows.count)
                try await sql.insert(into: table).columns(columns).rows(rows[start..<end].map { $0 }).run()
                start = end
            }
        }
    }

    private static func bind<T: Encodable & Sendable>(_ value: T?) -> any SQLExpression {
        if let value { return SQLBind(value) }
        return SQLLiteral.null
    }

    private static func makeSignal(number: Int, base: Base, recognitionsPerSignal: Double, now: Date, random: inout DemoLoop.Random, into batch: inout Batch) {
        let calendar = WorkingDayCalendar()
        let contentIndex = random.int(0..<DemoContent.signals.count)
        let content = DemoContent.signals[contentIndex]
        // Three years, denser recently: a municipality that uses it more every year.
        let ageDays = Double(random.int(0..<1095)) * (random.chance(0.3) ? 0.25 : 1)
        let submittedAt = now.addingTimeInterval(-ageDays * 86400 - Double(random.int(8 * 3600..<17 * 3600)))
        let deadline = ResponseDeadline(submittedAt: submittedAt, workingDays: ResponseDeadline.defaultWorkingDays, calendar: calendar)
        let reporter = random.pick(base.practitioners)
        let policy = content.policy.flatMap { base.policiesByContent[$0] }.map { random.pick($0) }
        let status = DemoLoop.status(ageDays: ageDays, random: &random)
        let neighbourhood = random.pick(neighbourhoods)
        let context = String(format: random.pick(contexts), neighbourhood, random.int(2..<40))
        let handler = policy?.handler ?? random.pick(base.liaisons)
        let id = UUID()
        let answeredAt = min(submittedAt.addingTimeInterval(Double(random.int(2..<20)) * 86400), now)
        var events: [(at: Date, actor: UUID?, kind: String, from: String?, to: String?, text: String?)] = [
            (submittedAt, reporter, "ingediend", nil, SignalStatus.new.rawValue, nil)
        ]
        var answer: String?, verdict: String?, verdictComment: String?, verdictAt: Date?
        var dueAt = deadline.due, escalationAt = deadline.escalation
        if [.answered, .closed, .reopened].contains(status) {
            answer = content.answer
            events.append((answeredAt, handler, "antwoord", "in-behandeling", "beantwoord", content.answer))
        }
        if status == .closed {
            verdict = ReporterVerdict.satisfied.rawValue
            verdictAt = min(answeredAt.addingTimeInterval(2 * 86400), now)
            events.append((verdictAt!, reporter, "oordeel", nil, nil, "tevreden"))
        }
        if status == .reopened {
            verdict = ReporterVerdict.dissatisfied.rawValue
            verdictComment = "Het antwoord lost het probleem voor onze cliënten nog niet op."
            verdictAt = min(answeredAt.addingTimeInterval(3 * 86400), now)
            let fresh = ResponseDeadline(submittedAt: verdictAt!, workingDays: ResponseDeadline.defaultWorkingDays, calendar: calendar)
            dueAt = fresh.due
            escalationAt = fresh.escalation
            events.append((verdictAt!, reporter, "oordeel", nil, nil, "niet-tevreden: \(verdictComment!)"))
            events.append((verdictAt!, reporter, "status", "beantwoord", "heropend", nil))
        }
        if [.notTakenUp, .forwarded, .scheduled, .waitingForInformation, .inProgress].contains(status) {
            events.append((min(submittedAt.addingTimeInterval(2 * 86400), now), handler, "status", "nieuw", status.rawValue, nil))
        }
        // Recognitions: between none and twice the average, by colleagues other than the reporter.
        let wanted = min(Int(Double(random.int(0..<10_000)) / 10_000 * (recognitionsPerSignal * 2 + 1)), base.practitioners.count - 1)
        var recognisers = Set<UUID>()
        while recognisers.count < wanted {
            let user = random.pick(base.practitioners)
            if user != reporter { recognisers.insert(user) }
        }
        for user in recognisers {
            let comment: String? = random.chance(0.25) ? random.pick(remarks) : nil
            if comment != nil { batch.comments += 1 }
            batch.recognitions.append([
                SQLBind(UUID()), SQLBind(id), SQLBind(user), bind(comment),
                SQLBind(min(submittedAt.addingTimeInterval(Double(random.int(1..<30)) * 86400), now)),
            ])
        }
        let updatedAt = events.map(\.at).max() ?? submittedAt
        let themeID: UUID? = base.themes.isEmpty || !random.chance(0.1) ? nil : random.pick(base.themes)
        let signal = SignalModel()
        signal.id = id
        signal.organisationID = base.organisationID
        signal.number = number
        signal.title = content.title
        signal.signalDescription = content.description + " " + context
        signal.domainID = base.domains[content.domain] ?? base.domains.values.first!
        signal.policyID = policy?.id
        signal.areaCode = random.chance(0.6) ? "WK99010\(random.int(1..<5))" : nil
        signal.affected = content.affected
        signal.urgency = content.urgency
        signal.solution = random.chance(0.5) ? content.solution : nil
        signal.anonymous = random.chance(0.1)
        signal.reporterID = reporter
        signal.status = status.rawValue
        signal.assignedTeamID = policy == nil ? base.liaisonTeam : nil
        signal.assignedUserID = policy?.handler
        signal.themeID = themeID
        signal.workingDays = ResponseDeadline.defaultWorkingDays
        signal.submittedAt = submittedAt
        signal.dueAt = dueAt
        signal.escalationAt = escalationAt
        signal.answer = answer
        signal.answeredAt = answer == nil ? nil : answeredAt
        signal.answeredBy = answer == nil ? nil : handler
        signal.verdict = verdict
        signal.verdictComment = verdictComment
        signal.verdictAt = verdictAt
        signal.recognitionCount = recognisers.count
        signal.updatedAt = updatedAt
        batch.signals.append(SignalRepository.values(signal))
        for event in events {
            batch.events.append([
                SQLBind(UUID()), SQLBind(id), SQLBind(event.at), bind(event.actor), SQLBind(event.kind), bind(event.from), bind(event.to),
                bind(event.text),
            ])
        }
    }
}

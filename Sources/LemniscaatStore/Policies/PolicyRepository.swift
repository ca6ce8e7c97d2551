// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The policy register: policies with domains, driehoek roles, teams, legal basis and goals.
public struct PolicyRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public struct Input: Sendable {
        public var title: String
        public var summary: String
        public var legalBasis: String
        public var domainIDs: [UUID]
        public var roles: [PolicyRole: UUID]
        public var teamIDs: [UUID]
        public var goals: [(title: String, description: String)]

        public init(
            title: String, summary: String, legalBasis: String, domainIDs: [UUID], roles: [PolicyRole: UUID], teamIDs: [UUID],
            goals: [(title: String, description: String)]
        ) {
            self.title = title
            self.summary = summary
            self.legalBasis = legalBasis
            self.domainIDs = domainIDs
            self.roles = roles
            self.teamIDs = teamIDs
            self.goals = goals
        }
    }

    public struct Filter: Sendable {
        public var domainID: UUID?
        public var status: PolicyStatus?
        public var roleHolderID: UUID?
        public var text: String?
        /// One policy only (its page), so nothing else is loaded or counted.
        public var id: UUID?
        public init(domainID: UUID? = nil, status: PolicyStatus? = nil, roleHolderID: UUID? = nil, text: String? = nil, id: UUID? = nil) {
            self.id = id
            self.domainID = domainID
            self.status = status
            self.roleHolderID = roleHolderID
            self.text = text
        }
    }

    public struct Listing: Sendable {
        public let policy: PolicyModel
        public let domains: [DomainModel]
        public let roles: [PolicyRole: UserModel]
        public let signalCount: Int
        public let openSignalCount: Int
    }

    public struct Detail: Sendable {
        public let listing: Listing
        public let teams: [TeamModel]
        public let goals: [PolicyGoalModel]
        public let themes: [(theme: ThemeModel, signals: Int, recognitions: Int)]
        public let timeline: [AuditEntryModel]
    }

    public func policy(id: UUID, organisationID: UUID) async throws -> PolicyModel? {
        try await PolicyModel.query(on: store.database).filter(\.$id == id).filter(\.$organisationID == organisationID).first()
    }

    /// Id and title of every policy, for a choice list: one query, nothing counted.
    public func titles(organisationID: UUID) async throws -> [(id: UUID, title: String, status: String)] {
        // Plain rows: choice lists show all 150 policies of a large municipality on every list page, and decoding
        // that many Fluent models (reflection per model) cost more than the query.
        try await store.sql.select().column("id").column("title").column("status").from("policies")
            .where("organisation_id", .equal, SQLBind(organisationID)).orderBy("title")
            .all(decoding: TitleRow.self).map { ($0.id, $0.title, $0.status) }
    }

    /// Title order, with everything a list row shows, in a fixed number of queries.
    public func list(organisationID: UUID, filter: Filter = Filter()) async throws -> [Listing] {
        let db = store.database
        let query = PolicyModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$title)
        if let status = filter.status { query.filter(\.$status == status.rawValue) }
        if let id = filter.id { query.filter(\.$id == id) }
        var policies = try await query.all()
        let ids = policies.compactMap(\.id)
        let policyDomains = try await PolicyDomainModel.query(on: db).filter(\.$policyID ~~ ids).all()
        let roles = try await PolicyRoleModel.query(on: db).filter(\.$policyID ~~ ids).all()
        if let domainID = filter.domainID {
            let keep = Set(policyDomains.filter { $0.domainID == domainID }.map(\.policyID))
            policies = policies.filter { keep.contains($0.id!) }
        }
        if let holder = filter.roleHolderID {
            let keep = Set(roles.filter { $0.userID == holder }.map(\.policyID))
            policies = policies.filter { keep.contains($0.id!) }
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            policies = policies.filter {
                $0.title.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
                    || $0.summary.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
                    || $0.legalBasis.range(of: text, options: [.caseInsensitive, .diacriticInsensitive]) != nil
            }
        }
        let domains = Dictionary(uniqueKeysWithValues: try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.id!, $0) })
        // Only the role holders: not every person of the organisation.
        let users = Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(\.$id ~~ Array(Set(roles.map(\.userID))))
                .filter(\.$organisationID == organisationID).all().map { ($0.id!, $0) })
        // Counted by the database from an index (policy_id, status): loading the signals took seconds at 100 000.
        let sql = db as! any SQLDatabase
        // By policy id alone (these policies are this organisation's), so the index answers without reading signals.
        var counts: [UUID: (all: Int, open: Int)] = [:]
        let countQuery = sql.select().column("policy_id").column("status").column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from("signals").where("policy_id", .in, SQLGroupExpression(SQLList(policies.map { SQLBind($0.id!) as any SQLExpression })))
        for row in try await (policies.isEmpty ? [] : countQuery.groupBy("policy_id").groupBy("status").all(decoding: PolicyCountRow.self)) {
            counts[row.policy_id, default: (0, 0)].all += row.n
            if SignalStatus(rawValue: row.status)?.isOpen == true { counts[row.policy_id, default: (0, 0)].open += row.n }
        }
        let domainsByPolicy = Dictionary(grouping: policyDomains, by: \.policyID)
        let rolesByPolicy = Dictionary(grouping: roles, by: \.policyID)
        return policies.map { policy in
            let id = policy.id!
            var holders: [PolicyRole: UserModel] = [:]
            for role in rolesByPolicy[id] ?? [] {
                if let kind = PolicyRole(rawValue: role.role), let user = users[role.userID] { holders[kind] = user }
            }
            return Listing(
                policy: policy,
                domains: (domainsByPolicy[id] ?? []).compactMap { domains[$0.domainID] }.sorted { $0.name < $1.name },
                roles: holders, signalCount: counts[id]?.all ?? 0, openSignalCount: counts[id]?.open ?? 0)
        }
    }

    private struct ThemeCountRow: Decodable {
        let theme_id: UUID
        let n: Int
        let recognitions: Int
    }

    private struct TitleRow: Decodable {
        let id: UUID
        let title: String
        let status: String
    }

    private struct PolicyCountRow: Decodable {
        let policy_id: UUID
        let status: String
        let n: Int
    }

    /// Teams and goals of several policies, in three queries whatever their number.
    public func teamsAndGoals(of ids: [UUID], organisationID: UUID) async throws -> [UUID: (teams: [TeamModel], goals: [PolicyGoalModel])] {
        let db = store.database
        let links = try await PolicyTeamModel.query(on: db).filter(\.$policyID ~~ ids).all()
        let teams = Dictionary(uniqueKeysWithValues: try await TeamModel.query(on: db).filter(\.$organisationID == organisationID).all().map { ($0.id!, $0) })
        let goals = Dictionary(grouping: try await PolicyGoalModel.query(on: db).filter(\.$policyID ~~ ids).sort(\.$position).all(), by: \.policyID)
        let teamsByPolicy = Dictionary(grouping: links, by: \.policyID)
        return Dictionary(uniqueKeysWithValues: ids.map { id in
            (id, ((teamsByPolicy[id] ?? []).compactMap { teams[$0.teamID] }.sorted { $0.name < $1.name }, goals[id] ?? []))
        })
    }

    public func detail(id: UUID, organisationID: UUID) async throws -> Detail? {
        let db = store.database
        // The listing reads the policy within this organisation: none means not found.
        guard let listing = try await list(organisationID: organisationID, filter: Filter(id: id)).first else { return nil }
        let (teams, goals) = try await teamsAndGoals(of: [id], organisationID: organisationID)[id] ?? ([], [])
        // Signals and recognitions per theme counted by the database, not loaded (thousands per policy at 200 000).
        let query: SQLQueryString = """
            SELECT theme_id, COUNT(*) AS n, CAST(SUM(recognition_count) AS BIGINT) AS recognitions FROM signals
            WHERE policy_id = \(bind: id) AND theme_id IS NOT NULL GROUP BY theme_id
            """
        let byTheme = Dictionary(uniqueKeysWithValues: try await store.sql.raw(query).all(decoding: ThemeCountRow.self).map { ($0.theme_id, $0) })
        let themes = try await ThemeModel.query(on: db).filter(\.$id ~~ Array(byTheme.keys)).sort(\.$title).all()
        let timeline = try await AuditRepository(store: store).entries(
            entityType: "beleid", entityID: id.uuidString.lowercased(), organisationID: organisationID)
        return Detail(
            listing: listing, teams: teams, goals: goals,
            themes: themes.map { theme in (theme, byTheme[theme.id!]?.n ?? 0, byTheme[theme.id!]?.recognitions ?? 0) },
            timeline: timeline)
    }

    private func validate(_ input: Input, organisationID: UUID, on db: any Database) async throws -> (String, String, String) {
        var validator = Validator()
        let title = validator.text("titel", input.title, label: "de titel", maximum: 200)
        let summary = validator.text("samenvatting", input.summary, label: "een samenvatting", maximum: 4000)
        let legalBasis = input.legalBasis.trimmingCharacters(in: .whitespacesAndNewlines)
        if legalBasis.count > 1000 { validator.add("grondslag", "te-lang", "De juridische grondslag mag hoogstens 1000 tekens hebben.") }
        if input.domainIDs.isEmpty { validator.add("domeinen", "verplicht", "Kies minstens één beleidsterrein.") }
        for (index, goal) in input.goals.enumerated() {
            if goal.title.trimmingCharacters(in: .whitespaces).isEmpty && !goal.description.trimmingCharacters(in: .whitespaces).isEmpty {
                validator.add("doel\(index + 1)Titel", "verplicht", "Geef doel \(index + 1) een titel.")
            }
            if goal.title.count > 200 || goal.description.count > 2000 {
                validator.add("doel\(index + 1)Titel", "te-lang", "Doel \(index + 1) is te lang (titel 200, omschrijving 2000 tekens).")
            }
        }
        for (field, text) in [("titel", title), ("samenvatting", summary), ("grondslag", legalBasis)] {
            for finding in PrivacyGuard.scan(text) {
                validator.add(field, "persoonsgegeven", finding.kind.explanation)
            }
        }
        try validator.check()
        let domains = try await DomainModel.query(on: db).filter(\.$id ~~ input.domainIDs).filter(\.$organisationID == organisationID).count()
        let users = try await UserModel.query(on: db).filter(\.$id ~~ Array(Set(input.roles.values))).filter(\.$organisationID == organisationID).count()
        let teams = try await TeamModel.query(on: db).filter(\.$id ~~ input.teamIDs).filter(\.$organisationID == organisationID).count()
        var problems: [InvalidParam] = []
        if domains != Set(input.domainIDs).count { problems.append(InvalidParam(name: "domeinen", code: "onbekend", reason: "Kies beleidsterreinen uit de lijst.")) }
        if users != Set(input.roles.values).count { problems.append(InvalidParam(name: "rollen", code: "onbekend", reason: "Kies voor de rollen mensen van uw eigen organisatie.")) }
        if teams != Set(input.teamIDs).count { problems.append(InvalidParam(name: "teams", code: "onbekend", reason: "Kies teams van uw eigen organisatie.")) }
        if !problems.isEmpty { throw ValidationFailure(problems) }
        return (title, summary, legalBasis)
    }

    private static func writeLinks(_ policyID: UUID, _ input: Input, on db: any Database) async throws {
        try await PolicyDomainModel.query(on: db).filter(\.$policyID == policyID).delete()
        try await PolicyRoleModel.query(on: db).filter(\.$policyID == policyID).delete()
        try await PolicyTeamModel.query(on: db).filter(\.$policyID == policyID).delete()
        for domain in Set(input.domainIDs) { try await PolicyDomainModel(policyID: policyID, domainID: domain).create(on: db) }
        for (role, user) in input.roles { try await PolicyRoleModel(policyID: policyID, role: role.rawValue, userID: user).create(on: db) }
        for team in Set(input.teamIDs) { try await PolicyTeamModel(policyID: policyID, teamID: team).create(on: db) }
        // Goals keep their rows (indicators hang off them): an input goal takes the existing goal with its title, else the
        // unclaimed goal at its position (a rename); what is left over is removed.
        let goals = input.goals.filter { !$0.title.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { (title: $0.title.trimmingCharacters(in: .whitespaces), description: $0.description.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let existing = try await PolicyGoalModel.query(on: db).filter(\.$policyID == policyID).sort(\.$position).all()
        var claimed: Set<UUID> = []
        var matched: [PolicyGoalModel?] = goals.map { goal in
            guard let model = existing.first(where: { $0.title == goal.title && !claimed.contains($0.id!) }) else { return nil }
            claimed.insert(model.id!)
            return model
        }
        for index in goals.indices where matched[index] == nil && index < existing.count && !claimed.contains(existing[index].id!)
            && !goals.contains(where: { $0.title == existing[index].title })
        {
            matched[index] = existing[index]
            claimed.insert(existing[index].id!)
        }
        for (index, goal) in goals.enumerated() {
            if let model = matched[index] {
                if model.title != goal.title || model.goalDescription != goal.description || model.position != index + 1 {
                    model.title = goal.title
                    model.goalDescription = goal.description
                    model.position = index + 1
                    try await model.update(on: db)
                }
            } else {
                try await PolicyGoalModel(policyID: policyID, position: index + 1, title: goal.title, description: goal.description).create(on: db)
            }
        }
        let removed = existing.filter { !claimed.contains($0.id!) }.compactMap(\.id)
        if !removed.isEmpty {
            let measured = try await IndicatorModel.query(on: db).filter(\.$goalID ~~ removed).all()
            if let first = measured.first, let goal = existing.first(where: { $0.id == first.goalID }) {
                throw ValidationFailure([
                    InvalidParam(
                        name: "doelen", code: "heeft-indicatoren",
                        reason: "Doel '\(goal.title)' heeft indicatoren en kan daarom niet weg. Haal eerst de indicatoren weg of verander de tekst van het doel.")
                ])
            }
            try await PolicyGoalModel.query(on: db).filter(\.$id ~~ removed).delete()
        }
    }

    private static func describe(_ input: Input) -> String {
        "rollen: " + PolicyRole.allCases.compactMap { role in input.roles[role].map { "\(role.rawValue)=\($0.uuidString.prefix(8).lowercased())" } }
            .joined(separator: ", ") + "; \(input.domainIDs.count) terreinen, \(input.teamIDs.count) teams, \(input.goals.filter { !$0.title.isEmpty }.count) doelen"
    }

    public func create(_ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws -> PolicyModel {
        try await store.write { db in
            let (title, summary, legalBasis) = try await validate(input, organisationID: organisationID, on: db)
            let policy = PolicyModel()
            policy.organisationID = organisationID
            policy.title = title
            policy.summary = summary
            policy.legalBasis = legalBasis
            policy.status = PolicyStatus.concept.rawValue
            policy.createdAt = now
            policy.updatedAt = now
            try await policy.create(on: db)
            try await Self.writeLinks(policy.id!, input, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "beleid.aangemaakt", entityType: "beleid", entityID: policy.id!.uuidString.lowercased(),
                summary: "\(title); \(Self.describe(input))", at: now)
            return policy
        }
    }

    public func update(id: UUID, _ input: Input, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let policy = try await PolicyModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let (title, summary, legalBasis) = try await validate(input, organisationID: organisationID, on: db)
            let before = policy.title
            policy.title = title
            policy.summary = summary
            policy.legalBasis = legalBasis
            policy.updatedAt = now
            try await policy.update(on: db)
            try await Self.writeLinks(id, input, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "beleid.gewijzigd", entityType: "beleid", entityID: id.uuidString.lowercased(),
                summary: (before == title ? title : "\(before) → \(title)") + "; \(Self.describe(input))", at: now)
        }
    }

    /// Moves a policy along its lifecycle; a move the table does not allow is refused.
    public func changeStatus(id: UUID, to next: PolicyStatus, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let policy = try await PolicyModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            let current = PolicyStatus(rawValue: policy.status) ?? .concept
            guard current.canMove(to: next) else {
                throw ValidationFailure([
                    InvalidParam(name: "status", code: "niet-toegestaan", reason: "Van \(current.label.lowercased()) kan het beleid niet naar \(next.label.lowercased()).")
                ])
            }
            policy.status = next.rawValue
            policy.updatedAt = now
            try await policy.update(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "beleid.status", entityType: "beleid", entityID: id.uuidString.lowercased(),
                summary: "\(current.label) → \(next.label)", at: now)
        }
    }

    public func input(for id: UUID) async throws -> Input? {
        guard let policy = try await PolicyModel.find(id, on: store.database) else { return nil }
        let db = store.database
        var roles: [PolicyRole: UUID] = [:]
        for role in try await PolicyRoleModel.query(on: db).filter(\.$policyID == id).all() {
            if let kind = PolicyRole(rawValue: role.role) { roles[kind] = role.userID }
        }
        return Input(
            title: policy.title, summary: policy.summary, legalBasis: policy.legalBasis,
            domainIDs: try await PolicyDomainModel.query(on: db).filter(\.$policyID == id).all().map(\.domainID),
            roles: roles, teamIDs: try await PolicyTeamModel.query(on: db).filter(\.$policyID == id).all().map(\.teamID),
            goals: try await PolicyGoalModel.query(on: db).filter(\.$policyID == id).sort(\.$position).all().map { ($0.title, $0.goalDescription) })
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// A fictional municipality with people in every role, for trying Lemniscaat out and for the browser tests.
/// "Dijkerveen" and its CBS code GM9901 do not exist.
public enum DemoOrganisation {
    public static let name = "Gemeente Dijkerveen"
    public static let defaultPassword = "lemniscaat-demo"

    /// The accounts the README and the sign-in hint name.
    public static let namedAccounts: [(email: String, role: Role)] = [
        ("uitvoerder@demo.test", .practitioner),
        ("beleid@demo.test", .policyOfficer),
        ("verbinder@demo.test", .liaison),
        ("manager@demo.test", .manager),
        ("beheerder@demo.test", .administrator),
    ]

    static let areas: [(code: String, name: String)] = [
        ("GM9901", "Dijkerveen"),
        ("WK990101", "Centrum"), ("WK990102", "Noord"), ("WK990103", "Oost"), ("WK990104", "Zuid"),
        ("BU99010101", "Binnenstad"), ("BU99010102", "Stationskwartier"), ("BU99010103", "Havenfront"),
        ("BU99010201", "Molenwijk"), ("BU99010202", "Vogelbuurt"), ("BU99010203", "Kanaalzone"),
        ("BU99010301", "Oosterpark"), ("BU99010302", "De Weiden"), ("BU99010303", "Bedrijvenpark Oost"),
        ("BU99010401", "Zuiderhof"), ("BU99010402", "Bloemenbuurt"), ("BU99010403", "Polderrand"),
    ]

    static let teams: [(name: String, kind: TeamKind, domain: String)] = [
        ("Beleid Werk en Inkomen", .policy, "werk"),
        ("Beleid Zorg en Jeugd", .policy, "zorg-en-ondersteuning"),
        ("Wijkteam Noord", .practice, "zorg-en-ondersteuning"),
        ("Klantmanagers Werk en Inkomen", .practice, "inkomen"),
        ("Schuldhulpverlening", .practice, "schulden"),
        ("Verbindingsteam Beleid en Uitvoering", .liaison, "werk"),
        ("Jongerenloket", .practice, "jeugd"),
        ("Leerplicht", .practice, "onderwijs"),
    ]

    /// 31 people: name, e-mail, roles, teams (by index into `teams`). The last six joined for the uitvoeringstoets
    /// on the Aanpak 18-/18+, which asked for the Jongerenloket and Leerplicht.
    static let people: [(name: String, email: String, roles: [Role], teams: [Int])] = [
        ("Sanne de Vries", "uitvoerder@demo.test", [.practitioner], [2]),
        ("Mehmet Yılmaz", "beleid@demo.test", [.policyOfficer], [0]),
        ("Linda Bakker", "verbinder@demo.test", [.liaison], [5]),
        ("Peter Jansen", "manager@demo.test", [.manager], [0, 1]),
        ("Anouk Visser", "beheerder@demo.test", [.administrator], []),
        ("Fatima El Amrani", "fatima.elamrani@demo.test", [.practitioner], [2]),
        ("Joost van Dijk", "joost.vandijk@demo.test", [.practitioner], [2]),
        ("Eva Smit", "eva.smit@demo.test", [.practitioner], [3]),
        ("Kevin Mulder", "kevin.mulder@demo.test", [.practitioner], [3]),
        ("Noura Haddou", "noura.haddou@demo.test", [.practitioner], [3]),
        ("Bas de Groot", "bas.degroot@demo.test", [.practitioner], [4]),
        ("Ingrid Bos", "ingrid.bos@demo.test", [.practitioner], [4]),
        ("Sem Vos", "sem.vos@demo.test", [.practitioner, .liaison], [4, 5]),
        ("Lotte Peters", "lotte.peters@demo.test", [.policyOfficer], [0]),
        ("Ahmed Bouzid", "ahmed.bouzid@demo.test", [.policyOfficer], [1]),
        ("Marieke Hendriks", "marieke.hendriks@demo.test", [.policyOfficer], [1]),
        ("Thijs van Leeuwen", "thijs.vanleeuwen@demo.test", [.policyOfficer, .liaison], [1, 5]),
        ("Yvonne Dekker", "yvonne.dekker@demo.test", [.liaison], [5]),
        ("Ruud Brouwer", "ruud.brouwer@demo.test", [.manager], [2, 3]),
        ("Esther de Wit", "esther.dewit@demo.test", [.manager, .policyOfficer], [1]),
        ("Priya Ramdin", "priya.ramdin@demo.test", [.practitioner], [2]),
        ("Daan Kok", "daan.kok@demo.test", [.practitioner], [3]),
        ("Sophie Jacobs", "sophie.jacobs@demo.test", [.practitioner], [4]),
        ("Hans van der Meer", "hans.vandermeer@demo.test", [.administrator, .manager], []),
        ("Zeynep Kaya", "zeynep.kaya@demo.test", [.policyOfficer], [0]),
        ("Kim Hoekstra", "kim.hoekstra@demo.test", [.practitioner], [2]),
        ("Romy Verbeek", "romy.verbeek@demo.test", [.practitioner], [6]),
        ("Samira Ouali", "samira.ouali@demo.test", [.practitioner], [6]),
        ("Jesse Kuipers", "jesse.kuipers@demo.test", [.practitioner], [6]),
        ("Ilse van den Berg", "ilse.vandenberg@demo.test", [.practitioner], [7]),
        ("Marco Willems", "marco.willems@demo.test", [.practitioner], [7]),
    ]

    public enum LoadError: Error, CustomStringConvertible {
        case notEmpty
        public var description: String {
            "De database bevat al gegevens. De demo-organisatie wordt alleen in een lege database geladen."
        }
    }

    /// Loads the demo organisation into an empty database, in one transaction.
    @discardableResult
    public static func load(into store: Store, password: String, now: Date) async throws -> OrganisationModel {
        if PasswordPolicy.check(password) != nil {
            throw ValidationFailure([
                InvalidParam(name: "LEMNISCAAT_DEMO_PASSWORD", code: "ongeldig", reason: "Het demo-wachtwoord moet 12 tot 128 tekens hebben.")
            ])
        }
        // One hash for every demo account: they share the password anyway, and 31 hashes at cost 12 take seconds.
        let passwordHash = try await PasswordHasher.hash(password)
        return try await store.write { db in
            guard try await OrganisationModel.query(on: db).count() == 0 else { throw LoadError.notEmpty }
            let organisation = OrganisationModel(name: name, slug: Slug.make(name), createdAt: now)
            try await organisation.create(on: db)
            let orgID = organisation.id!
            var domainIDs: [String: UUID] = [:]
            for domain in DefaultDomains.all {
                let model = DomainModel(organisationID: orgID, slug: domain.slug, name: domain.name, createdAt: now)
                try await model.create(on: db)
                domainIDs[domain.slug] = model.id!
            }
            var teamIDs: [UUID] = []
            var policyTeams: [String: UUID] = [:]
            var practiceTeams: [UUID] = []
            var liaisonTeam: UUID? = nil
            for team in teams {
                let model = TeamModel(organisationID: orgID, name: team.name, kind: team.kind.rawValue, domainID: domainIDs[team.domain], createdAt: now)
                try await model.create(on: db)
                teamIDs.append(model.id!)
                switch team.kind {
                case .policy: policyTeams[team.domain] = model.id!
                case .practice: practiceTeams.append(model.id!)
                case .liaison: liaisonTeam = model.id!
                }
            }
            // The policy teams also cover the domains next to theirs.
            policyTeams["inkomen"] = policyTeams["werk"]
            policyTeams["schulden"] = policyTeams["werk"]
            for slug in ["jeugd", "wonen", "onderwijs", "veiligheid", "gezondheid"] { policyTeams[slug] = policyTeams["zorg-en-ondersteuning"] }
            var byRole: [Role: [UUID]] = [:]
            var byEmail: [String: UUID] = [:]
            for person in people {
                let user = UserModel(organisationID: orgID, email: person.email, name: person.name, passwordHash: passwordHash, createdAt: now)
                try await user.create(on: db)
                for role in person.roles {
                    try await RoleAssignmentModel(userID: user.id!, role: role.rawValue).create(on: db)
                    byRole[role, default: []].append(user.id!)
                }
                byEmail[person.email] = user.id!
                for team in person.teams { try await TeamMemberModel(teamID: teamIDs[team], userID: user.id!).create(on: db) }
            }
            for area in areas {
                let code = AreaCode(area.code)!
                try await AreaModel(
                    organisationID: orgID, code: code.description, name: area.name, level: code.level.rawValue,
                    parentCode: code.parent?.description, createdAt: now
                ).create(on: db)
            }
            let loop = try await DemoLoop.load(
                organisationID: orgID, domains: domainIDs,
                people: .init(
                    practitioners: byRole[.practitioner] ?? [], policyOfficers: byRole[.policyOfficer] ?? [], managers: byRole[.manager] ?? [],
                    liaisons: byRole[.liaison] ?? [], liaisonTeam: liaisonTeam!, policyTeams: policyTeams, practiceTeams: practiceTeams,
                    namedPractitioner: byEmail["uitvoerder@demo.test"]!, namedPolicyOfficer: byEmail["beleid@demo.test"]!),
                now: now, on: db)
            let monitor = try await DemoMonitor.load(
                organisationID: orgID,
                people: .init(
                    owners: byRole[.policyOfficer] ?? [],
                    storytellers: Array((byRole[.practitioner] ?? []).prefix(6)) + Array((byRole[.policyOfficer] ?? []).prefix(3))),
                now: now, on: db)
            let drafts = try await DemoDrafts.load(
                organisationID: orgID, authors: [byEmail["beleid@demo.test"]!] + (byRole[.policyOfficer] ?? []).filter { $0 != byEmail["beleid@demo.test"] },
                now: now, on: db)
            let reviews = try await DemoReviews.load(organisationID: orgID, opener: byEmail["beleid@demo.test"]!, now: now, on: db)
            let sessions = try await DemoSessions.load(organisationID: orgID, now: now, on: db)
            let outcomes = try await DemoDecisions.load(organisationID: orgID, now: now, on: db)
            try await DemoBottlenecks.load(organisationID: orgID, recorder: byEmail["beleid@demo.test"], now: now, on: db)
            let lessons = try await DemoLessons.load(organisationID: orgID, now: now, on: db)
            try await DemoContactMap.load(organisationID: orgID, now: now, on: db)
            try await DemoMKBA.load(organisationID: orgID, now: now, on: db)
            try await DemoConsultations.load(organisationID: orgID, now: now, on: db)
            try await AuditLog.append(
                on: db, actor: .commandLine(organisationID: orgID), action: "demo.geladen", entityType: "organisatie",
                entityID: orgID.uuidString.lowercased(),
                summary: "\(name): \(people.count) gebruikers, \(teams.count) teams, \(areas.count) gebieden, \(loop.policies) beleid, \(loop.signals) signalen, \(monitor.indicators) indicatoren met \(monitor.measurements) metingen, \(drafts.versions) versies van concepttekst, \(reviews.rounds) uitvoeringstoetsen met \(reviews.reviews) reacties, \(sessions) overleggen met \(outcomes.decisions) besluiten en \(outcomes.actions) acties, \(lessons) lessen",
                at: now)
            return organisation
        }
    }
}

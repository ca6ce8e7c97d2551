// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
package import LemniscaatCore
package import LemniscaatStore

extension APIImplementation {
    package func listBeleid(_ input: Operations.ListBeleid.Input) async throws -> Operations.ListBeleid.Output {
        let user = try user()
        let filter = PolicyRepository.Filter(
            domainID: input.query.domeinId.flatMap(UUID.init(uuidString:)), status: input.query.status.flatMap { PolicyStatus(rawValue: $0.rawValue) },
            text: input.query.tekst)
        let all = try await policies.list(organisationID: user.organisationID, filter: filter)
        let page = try Page(all: all, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        let items = try await beleid(page.items, organisationID: user.organisationID)
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(.init(_links: page.links, totaal: page.total, resultaten: items))))
    }

    package func getBeleid(_ input: Operations.GetBeleid.Input) async throws -> Operations.GetBeleid.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id),
            let listing = try await policies.list(organisationID: user.organisationID, filter: .init(id: id)).first
        else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await beleid([listing], organisationID: user.organisationID)[0])))
    }

    package func createBeleid(_ input: Operations.CreateBeleid.Input) async throws -> Operations.CreateBeleid.Output {
        let user = try user()
        try requirePolicyEditor(user)
        guard case .json(let body) = input.body else { throw APIProblem.notFound }
        let policy = try await problems {
            try await policies.create(Self.input(body), organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        guard let listing = try await policies.list(organisationID: user.organisationID, filter: .init(id: policy.id)).first else {
            throw APIProblem.notFound
        }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await beleid([listing], organisationID: user.organisationID)[0])))
    }

    package func updateBeleid(_ input: Operations.UpdateBeleid.Input) async throws -> Operations.UpdateBeleid.Output {
        let user = try user()
        try requirePolicyEditor(user)
        guard let id = UUID(uuidString: input.path.id), case .json(let body) = input.body else { throw APIProblem.notFound }
        try await problems {
            try await policies.update(id: id, Self.input(body), organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        guard let listing = try await policies.list(organisationID: user.organisationID, filter: .init(id: id)).first else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await beleid([listing], organisationID: user.organisationID)[0])))
    }

    func requirePolicyEditor(_ user: SignedInUser) throws {
        guard user.has(.policyOfficer) || user.has(.manager) || user.has(.administrator) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Alleen beleidsmedewerkers, managers en beheerders leggen beleid vast.")
        }
    }

    static func input(_ body: Components.Schemas.BeleidInvoer) -> PolicyRepository.Input {
        var roles: [PolicyRole: UUID] = [:]
        for (role, id) in [(PolicyRole.owner, body.eigenaarId), (.principal, body.opdrachtgeverId), (.executor, body.opdrachtnemerId), (.handler, body.behandelaarId)] {
            if let id, let uuid = UUID(uuidString: id) { roles[role] = uuid }
        }
        return .init(
            title: body.titel, summary: body.samenvatting, legalBasis: body.grondslag ?? "", domainIDs: body.domeinIds.compactMap(UUID.init(uuidString:)),
            roles: roles, teamIDs: (body.teamIds ?? []).compactMap(UUID.init(uuidString:)),
            goals: (body.doelen ?? []).map { ($0.titel, $0.omschrijving) })
    }

    func beleid(_ listings: [PolicyRepository.Listing], organisationID: UUID) async throws -> [Components.Schemas.Beleid] {
        let linked = try await policies.teamsAndGoals(of: listings.map { $0.policy.id! }, organisationID: organisationID)
        return listings.map { listing in
            let id = listing.policy.id!
            func person(_ role: PolicyRole) -> Components.Schemas.GebruikerVerwijzing? {
                listing.roles[role].map { .init(id: $0.id!.uuidString.lowercased(), naam: $0.name) }
            }
            return .init(
                id: id.uuidString.lowercased(), titel: listing.policy.title, samenvatting: listing.policy.summary,
                status: Components.Schemas.BeleidStatus(rawValue: listing.policy.status) ?? .concept, grondslag: listing.policy.legalBasis,
                domeinen: listing.domains.map(Self.domain),
                rollen: .init(eigenaar: person(.owner), opdrachtgever: person(.principal), opdrachtnemer: person(.executor), behandelaar: person(.handler)),
                teams: (linked[id]?.teams ?? []).map { .init(id: $0.id!.uuidString.lowercased(), naam: $0.name) },
                doelen: (linked[id]?.goals ?? []).map { .init(titel: $0.title, omschrijving: $0.goalDescription) },
                aantalSignalen: listing.signalCount, aantalOpenSignalen: listing.openSignalCount)
        }
    }
}

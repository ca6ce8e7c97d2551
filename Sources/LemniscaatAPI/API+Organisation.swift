// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
package import LemniscaatCore
package import LemniscaatStore

extension APIImplementation {
    package func getOrganisatie(_ input: Operations.GetOrganisatie.Input) async throws -> Operations.GetOrganisatie.Output {
        let user = try user()
        guard let organisation = try await organisations.organisation(id: user.organisationID) else { throw APIProblem.notFound }
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(id: organisation.id!.uuidString.lowercased(), naam: organisation.name, aangemaaktOp: organisation.createdAt))))
    }

    package func listTeams(_ input: Operations.ListTeams.Input) async throws -> Operations.ListTeams.Output {
        let user = try user()
        var teams = try await organisations.teams(organisationID: user.organisationID)
        if let kind = input.query.soort { teams = teams.filter { $0.team.kind == kind.rawValue } }
        let page = try Page(all: teams, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map(Self.team)))))
    }

    package func getTeam(_ input: Operations.GetTeam.Input) async throws -> Operations.GetTeam.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id),
            let listing = try await organisations.teams(organisationID: user.organisationID).first(where: { $0.team.id == id })
        else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.team(listing))))
    }

    package func listDomeinen(_ input: Operations.ListDomeinen.Input) async throws -> Operations.ListDomeinen.Output {
        let user = try user()
        let domains = try await organisations.domains(organisationID: user.organisationID)
        let page = try Page(all: domains, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map { Self.domain($0.domain) }))))
    }

    static func team(_ listing: OrganisationRepository.TeamListing) -> Components.Schemas.Team {
        .init(
            id: listing.team.id!.uuidString.lowercased(), naam: listing.team.name,
            soort: Components.Schemas.TeamSoort(rawValue: listing.team.kind) ?? .uitvoering,
            domein: listing.domain.map(domain), aantalLeden: listing.memberCount)
    }

    static func domain(_ domain: DomainModel) -> Components.Schemas.Domein {
        .init(id: domain.id!.uuidString.lowercased(), code: domain.slug, naam: domain.name)
    }
}

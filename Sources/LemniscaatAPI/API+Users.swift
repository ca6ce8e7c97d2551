// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
package import LemniscaatCore
package import LemniscaatStore

extension APIImplementation {
    package func listGebruikers(_ input: Operations.ListGebruikers.Input) async throws -> Operations.ListGebruikers.Output {
        let user = try user()
        var users = try await accounts.list(organisationID: user.organisationID)
        if let role = input.query.rol { users = users.filter { $0.roles.map(\.rawValue).contains(role.rawValue) } }
        let page = try Page(all: users, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map(Self.user)))))
    }

    package func getGebruiker(_ input: Operations.GetGebruiker.Input) async throws -> Operations.GetGebruiker.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id),
            let listing = try await accounts.list(organisationID: user.organisationID).first(where: { $0.user.id == id })
        else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.user(listing))))
    }

    static func user(_ listing: UserListing) -> Components.Schemas.Gebruiker {
        .init(
            id: listing.user.id!.uuidString.lowercased(), naam: listing.user.name, email: listing.user.email,
            actief: listing.user.isActive,
            rollen: listing.roles.compactMap { Components.Schemas.Rol(rawValue: $0.rawValue) },
            teams: listing.teams.map { .init(id: $0.id!.uuidString.lowercased(), naam: $0.name) })
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
package import LemniscaatCore
package import LemniscaatStore

extension APIImplementation {
    package func listGebieden(_ input: Operations.ListGebieden.Input) async throws -> Operations.ListGebieden.Output {
        let user = try user()
        var all = try await areas.list(organisationID: user.organisationID)
        if let level = input.query.niveau { all = all.filter { $0.level == level.rawValue } }
        let page = try Page(all: all, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map(Self.area)))))
    }

    package func getGebied(_ input: Operations.GetGebied.Input) async throws -> Operations.GetGebied.Output {
        let user = try user()
        guard let code = AreaCode(input.path.code) else {
            throw APIProblem(
                status: 400, title: "Ongeldige vraag", detail: "De code is geen CBS-code.",
                invalidParams: [InvalidParam(name: "code", code: "ongeldig", reason: "Gebruik een CBS-code zoals GM0363, WK036301 of BU03630101.")])
        }
        guard let area = try await areas.area(code: code.description, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.area(area))))
    }

    static func area(_ area: AreaModel) -> Components.Schemas.Gebied {
        .init(
            code: area.code, naam: area.name, niveau: Components.Schemas.GebiedNiveau(rawValue: area.level) ?? .buurt,
            ouder: area.parentCode)
    }
}

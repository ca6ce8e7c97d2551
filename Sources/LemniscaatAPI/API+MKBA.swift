// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore
import OpenAPIRuntime

/// MKBA: social cost-benefit analyses, each with its figures (`resultaat`) computed by `MKBACalculation`. Who may write
/// is the repository's rule (`MKBARepository.mayEdit`); this file only says it in the API's words.
extension APIImplementation {
    var mkbas: MKBARepository { MKBARepository(store: store) }

    package func listMkbas(_ input: Operations.ListMkbas.Input) async throws -> Operations.ListMkbas.Output {
        let user = try user()
        let q = input.query
        var policyID: UUID?
        if let raw = q.beleid {
            policyID = UUID(uuidString: raw)
            if policyID == nil {
                throw APIProblem(
                    status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.",
                    invalidParams: [InvalidParam(name: "beleid", code: "geen-uuid", reason: "beleid moet het id (UUID) van een beleid zijn.")])
            }
        }
        let items = try await mkbas.list(organisationID: user.organisationID, policyID: policyID).map(Self.mkbaResource)
        let page = try Page(all: items, page: q.page, pageSize: q.pageSize, path: APIRequest.path, query: [("beleid", q.beleid)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current), body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items))))
    }

    func requireMKBAEditor() throws -> SignedInUser {
        let user = try user()
        guard MKBARepository.mayEdit(user) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Alleen beleidsmedewerkers, managers en beheerders maken en wijzigen een MKBA.")
        }
        return user
    }

    package func createMkba(_ input: Operations.CreateMkba.Input) async throws -> Operations.CreateMkba.Output {
        let user = try requireMKBAEditor()
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        let id = try await problems {
            try await mkbas.create(try Self.input(body), organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await mkba(id, of: user))))
    }

    package func getMkba(_ input: Operations.GetMkba.Input) async throws -> Operations.GetMkba.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id) else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await mkba(id, of: user))))
    }

    package func updateMkba(_ input: Operations.UpdateMkba.Input) async throws -> Operations.UpdateMkba.Output {
        let signedIn = try user()
        guard let id = UUID(uuidString: input.path.id), try await mkbas.record(id: id, organisationID: signedIn.organisationID) != nil else {
            throw APIProblem.notFound
        }
        let user = try requireMKBAEditor()
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        try await problems {
            try await mkbas.update(id: id, try Self.input(body), organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await mkba(id, of: user))))
    }

    /// The body in the repository's terms: numbers as the texts a form would hold, so both get the same reasons.
    static func input(_ body: Components.Schemas.MkbaInvoer) throws -> MKBARepository.Input {
        guard let policyID = UUID(uuidString: body.beleidId) else {
            throw ValidationFailure([InvalidParam(name: "beleid", code: "geen-uuid", reason: "beleidId moet het id (UUID) van een beleid zijn.")])
        }
        return MKBARepository.Input(
            policyID: policyID, title: body.titel, description: body.beschrijving ?? "", horizon: String(body.looptijd),
            rate: body.discontovoet.map { "\($0)" } ?? "", startYear: String(body.startjaar),
            lines: body.regels.map {
                MKBARepository.LineInput(
                    kind: $0.soort.rawValue, category: $0.categorie, stakeholder: $0.belanghebbende.rawValue,
                    amounts: $0.bedragen.map { String($0) }.joined(separator: ";"), low: $0.laagPercentage.map { String($0) } ?? "",
                    high: $0.hoogPercentage.map { String($0) } ?? "")
            })
    }

    func mkba(_ id: UUID, of user: SignedInUser) async throws -> Components.Schemas.Mkba {
        guard let record = try await mkbas.record(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        return Self.mkbaResource(record)
    }

    static func mkbaResource(_ record: MKBARepository.Record) -> Components.Schemas.Mkba {
        let mkba = record.mkba
        let result = MKBACalculation(mkba)
        func euros(_ value: Decimal) -> Int64 { Int64(MKBACalculation.euros(value)) }
        func rate(_ basisPoints: Int) -> Double { Double(basisPoints) / 100 }
        func stakeholder(_ value: MKBAStakeholder) -> Components.Schemas.Belanghebbende {
            Components.Schemas.Belanghebbende(rawValue: value.rawValue) ?? .overig
        }
        return .init(
            id: record.id.uuidString.lowercased(), beleidId: record.policyID.uuidString.lowercased(), titel: record.title,
            beschrijving: record.description, startjaar: mkba.startYear, looptijd: mkba.horizonYears, discontovoet: rate(mkba.rateBasisPoints),
            regels: mkba.lines.map { line in
                .init(
                    soort: Components.Schemas.MkbaRegelSoort(rawValue: line.kind.rawValue) ?? .kosten, categorie: line.category,
                    belanghebbende: stakeholder(line.stakeholder), bedragen: line.amounts.map { Int64($0) }, laagPercentage: line.lowPercent,
                    hoogPercentage: line.highPercent,
                    contanteWaarde: euros(MKBACalculation.presentValue(line, value: .expected, mkba: mkba, rateBasisPoints: mkba.rateBasisPoints)))
            },
            resultaat: .init(
                contanteWaardeKosten: euros(result.presentCosts), contanteWaardeBaten: euros(result.presentBenefits),
                nettoContanteWaarde: euros(result.netPresentValue), batenKostenVerhouding: result.ratio.map(MKBACalculation.roundedRatio),
                terugverdienjaar: result.paybackYear,
                perBelanghebbende: result.stakeholders.map {
                    .init(belanghebbende: stakeholder($0.stakeholder), kosten: euros($0.costs), baten: euros($0.benefits), saldo: euros($0.balance))
                },
                gevoeligheid: result.sensitivity.compactMap { row in
                    Components.Schemas.MkbaScenario.ScenarioPayload(rawValue: row.kind.rawValue).map {
                        Components.Schemas.MkbaScenario(
                            scenario: $0, discontovoet: rate(row.rateBasisPoints), kosten: euros(row.costs), baten: euros(row.benefits),
                            nettoContanteWaarde: euros(row.netPresentValue), batenKostenVerhouding: row.ratio.map(MKBACalculation.roundedRatio))
                    }
                },
                perJaar: result.years.map {
                    .init(
                        jaar: $0.year, kosten: euros($0.costs), baten: euros($0.benefits), saldo: euros($0.balance),
                        gecumuleerdSaldo: euros($0.cumulative))
                }),
            aangemaaktOp: record.createdAt, gewijzigdOp: record.updatedAt)
    }
}

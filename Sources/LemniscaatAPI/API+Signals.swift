// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
package import LemniscaatCore
package import LemniscaatStore

extension APIImplementation {
    package func listSignalen(_ input: Operations.ListSignalen.Input) async throws -> Operations.ListSignalen.Output {
        let user = try user()
        let q = input.query
        var filter = SignalRepository.Filter()
        if let status = q.status.flatMap({ SignalStatus(rawValue: $0.rawValue) }) { filter.statuses = [status] }
        filter.domainID = q.domeinId.flatMap(UUID.init(uuidString:))
        filter.policyID = q.beleidId.flatMap(UUID.init(uuidString:))
        filter.themeID = q.themaId.flatMap(UUID.init(uuidString:))
        filter.areaCode = q.gebiedCode
        filter.overdueOnly = q.teLaat ?? false
        filter.text = q.tekst
        let pageNumber = q.page ?? 1
        let pageSize = q.pageSize ?? 20
        _ = try Page(all: [Int](), page: pageNumber, pageSize: pageSize, path: APIRequest.path)  // checks the numbers
        let (signals, total) = try await self.signals.list(organisationID: user.organisationID, filter: filter, now: clock(), page: pageNumber, pageSize: pageSize)
        func link(_ number: Int) -> Components.Schemas.Link { .init(href: "\(APIRequest.path)?page=\(number)&pageSize=\(pageSize)") }
        let links = Components.Schemas.PaginaLinks(
            _self: link(pageNumber), next: pageNumber * pageSize < total ? link(pageNumber + 1) : nil, prev: pageNumber > 1 ? link(pageNumber - 1) : nil)
        let context = try await SignalContext(api: self, organisationID: user.organisationID, signals: signals)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: links, totaal: total, resultaten: signals.map { context.signaal($0, viewer: user, now: clock()) }))))
    }

    package func getSignaal(_ input: Operations.GetSignaal.Input) async throws -> Operations.GetSignaal.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let signal = try await signals.signal(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        try await signals.recordView(id: id, number: signal.number, by: user, origin: "api", now: clock())
        let context = try await SignalContext(api: self, organisationID: user.organisationID, signals: [signal])
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(context.signaal(signal, viewer: user, now: clock()))))
    }

    package func createSignaal(_ input: Operations.CreateSignaal.Input) async throws -> Operations.CreateSignaal.Output {
        let user = try user()
        guard case .json(let body) = input.body else { throw APIProblem.notFound }
        let signal = try await problems {
            try await signals.submit(
                .init(
                    title: body.titel, description: body.omschrijving, domainID: UUID(uuidString: body.domein), policyID: body.beleidId.flatMap(UUID.init(uuidString:)),
                    areaCode: body.gebiedCode, affected: body.aantalBetrokkenen.rawValue, urgency: body.urgentie.rawValue, solution: body.oplossing,
                    anonymous: body.anoniem ?? false),
                reporter: user, origin: "api", now: clock())
        }
        let context = try await SignalContext(api: self, organisationID: user.organisationID, signals: [signal])
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(context.signaal(signal, viewer: user, now: clock()))))
    }

    package func createStatuswijziging(_ input: Operations.CreateStatuswijziging.Input) async throws -> Operations.CreateStatuswijziging.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), case .json(let body) = input.body, let next = SignalStatus(rawValue: body.status.rawValue) else {
            throw APIProblem.notFound
        }
        let bottleneck = body.knelpunt.map {
            BottleneckRepository.Input(
                addresseeKind: $0.soortGeadresseerde, addressee: $0.geadresseerde, regulation: $0.regeling, article: $0.artikel,
                practice: $0.praktijk ?? "", proposedSolution: $0.voorgesteldeOplossing)
        }
        let signal = try await problems {
            try await signals.changeStatus(id: id, to: next, text: body.tekst, bottleneck: bottleneck, by: user, origin: "api", now: clock())
        }
        let context = try await SignalContext(api: self, organisationID: user.organisationID, signals: [signal])
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(context.signaal(signal, viewer: user, now: clock()))))
    }

    package func createAntwoord(_ input: Operations.CreateAntwoord.Input) async throws -> Operations.CreateAntwoord.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), case .json(let body) = input.body else { throw APIProblem.notFound }
        let signal = try await problems { try await signals.changeStatus(id: id, to: .answered, text: body.tekst, by: user, origin: "api", now: clock()) }
        let context = try await SignalContext(api: self, organisationID: user.organisationID, signals: [signal])
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(context.signaal(signal, viewer: user, now: clock()))))
    }

    package func createHerkenning(_ input: Operations.CreateHerkenning.Input) async throws -> Operations.CreateHerkenning.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), case .json(let body) = input.body else { throw APIProblem.notFound }
        try await problems { try await signals.recognise(id: id, comment: body.toelichting, by: user, origin: "api", now: clock()) }
        guard let signal = try await signals.signal(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        let context = try await SignalContext(api: self, organisationID: user.organisationID, signals: [signal])
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(context.signaal(signal, viewer: user, now: clock()))))
    }

    package func listThemas(_ input: Operations.ListThemas.Input) async throws -> Operations.ListThemas.Output {
        let user = try user()
        let all = try await themes.list(organisationID: user.organisationID)
        let page = try Page(all: all, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path)
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map(Self.thema)))))
    }

    package func getThema(_ input: Operations.GetThema.Input) async throws -> Operations.GetThema.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let listing = try await themes.list(organisationID: user.organisationID).first(where: { $0.theme.id == id }) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.thema(listing))))
    }

    static func thema(_ listing: ThemeRepository.Listing) -> Components.Schemas.Thema {
        .init(
            id: listing.theme.id!.uuidString.lowercased(), titel: listing.theme.title, omschrijving: listing.theme.themeDescription, status: listing.theme.status,
            eigenaar: listing.owner.map { .init(id: $0.id!.uuidString.lowercased(), naam: $0.name) }, antwoord: listing.theme.answer,
            aantalSignalen: listing.signals, aantalOpenSignalen: listing.openSignals, aantalHerkenningen: listing.recognitions)
    }
}

/// Names looked up once per response, so a page of signals costs a fixed number of queries.
struct SignalContext {
    let domains: [UUID: DomainModel]
    let teams: [UUID: String]
    let users: [UUID: String]

    /// Only the names these signals mention: loading every person and team of the organisation for one signal cost
    /// more than creating it.
    init(api: APIImplementation, organisationID: UUID, signals: [SignalModel]) async throws {
        let names = try await api.signals.names(
            domainIDs: Set(signals.map(\.domainID)), teamIDs: Set(signals.compactMap(\.assignedTeamID)),
            userIDs: Set(signals.flatMap { [$0.assignedUserID, $0.anonymous ? nil : $0.reporterID].compactMap { $0 } }),
            organisationID: organisationID)
        domains = names.domains
        teams = names.teams
        users = names.users
    }

    func signaal(_ signal: SignalModel, viewer: SignedInUser, now: Date) -> Components.Schemas.Signaal {
        let status = SignalStatus(rawValue: signal.status) ?? .new
        let deadline: Components.Schemas.TermijnStatus? =
            !status.isOpen ? nil : now > signal.escalationAt ? .signalering : now > signal.dueAt ? .teLaat : .opTijd
        let reporter = signal.anonymous ? nil : users[signal.reporterID].map { (id: signal.reporterID, name: $0) }
        return .init(
            id: signal.id!.uuidString.lowercased(), nummer: signal.number, titel: signal.title, omschrijving: signal.signalDescription,
            status: Components.Schemas.SignaalStatus(rawValue: signal.status) ?? .nieuw,
            domein: domains[signal.domainID].map(APIImplementation.domain) ?? .init(id: signal.domainID.uuidString.lowercased(), code: "", naam: ""),
            beleidId: signal.policyID?.uuidString.lowercased(), gebiedCode: signal.areaCode,
            aantalBetrokkenen: Components.Schemas.AantalBetrokkenen(rawValue: signal.affected) ?? .onbekend,
            urgentie: Components.Schemas.Urgentie(rawValue: signal.urgency) ?? .normaal, oplossing: signal.solution, anoniem: signal.anonymous,
            melder: reporter.map { .init(id: $0.id.uuidString.lowercased(), naam: $0.name) },
            behandelaar: .init(
                team: signal.assignedTeamID.flatMap { id in teams[id].map { .init(id: id.uuidString.lowercased(), naam: $0) } },
                gebruiker: signal.assignedUserID.flatMap { id in users[id].map { .init(id: id.uuidString.lowercased(), naam: $0) } }),
            themaId: signal.themeID?.uuidString.lowercased(), ingediendOp: signal.submittedAt, termijn: signal.dueAt, termijnWerkdagen: signal.workingDays,
            termijnStatus: deadline, antwoord: signal.answer, beantwoordOp: signal.answeredAt,
            oordeel: signal.verdict.flatMap { Components.Schemas.Signaal.OordeelPayload(rawValue: $0) }, aantalHerkenningen: signal.recognitionCount)
    }
}

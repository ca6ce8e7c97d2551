// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore
import OpenAPIRuntime

/// Overleggen with their decisions and actions. Who may do what is the repositories' rule
/// (`SessionRepository.mayEdit`; an action's owner moves its status); this file says it in the API's words.
extension APIImplementation {
    /// A UUID from a query parameter or body field, or a 400 naming it.
    static func uuid(_ raw: String?, name: String, into invalid: inout [InvalidParam]) -> UUID? {
        guard let raw else { return nil }
        guard let id = UUID(uuidString: raw) else {
            invalid.append(InvalidParam(name: name, code: "geen-uuid", reason: "\(name) moet een id (UUID) zijn."))
            return nil
        }
        return id
    }

    static func badInput(_ invalid: [InvalidParam], detail: String = "Niet alle velden zijn goed.") -> APIProblem {
        APIProblem(status: 400, title: "Ongeldige invoer", detail: detail, invalidParams: invalid)
    }

    // MARK: overleggen

    package func listOverleggen(_ input: Operations.ListOverleggen.Input) async throws -> Operations.ListOverleggen.Output {
        let user = try user()
        let q = input.query
        var invalid: [InvalidParam] = []
        let policyID = Self.uuid(q.beleid, name: "beleid", into: &invalid)
        guard invalid.isEmpty else { throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.", invalidParams: invalid) }
        let when: SessionRepository.When = q.wanneer == .eerder ? .past : .upcoming
        let all = try await sessions.list(
            organisationID: user.organisationID, when: when,
            filter: .init(type: q.soort.flatMap { SessionType(rawValue: $0.rawValue) }, policyID: policyID), now: clock())
        let page = try Page(
            all: all, page: q.page, pageSize: q.pageSize, path: APIRequest.path,
            query: [("wanneer", q.wanneer?.rawValue), ("soort", q.soort?.rawValue), ("beleid", q.beleid)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map { Self.overleg($0) }))))
    }

    package func getOverleg(_ input: Operations.GetOverleg.Input) async throws -> Operations.GetOverleg.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let session = try await sessions.session(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.overleg(session.summary, detail: session))))
    }

    static func overleg(_ summary: SessionRepository.Summary, detail: SessionRepository.Session? = nil) -> Components.Schemas.Overleg {
        let id = summary.id.uuidString.lowercased()
        return .init(
            id: id, soort: Components.Schemas.OverlegSoort(rawValue: summary.type.rawValue) ?? .werksessie, titel: summary.title,
            begin: summary.startsAt, einde: summary.endsAt, plaats: summary.place, link: summary.link,
            organisatorId: summary.organiserID?.uuidString.lowercased(), organisator: summary.organiserName, aantalDeelnemers: summary.participants,
            omschrijving: detail?.description,
            deelnemers: detail?.participants.map {
                .init(
                    gebruikerId: $0.userID.uuidString.lowercased(), naam: $0.name, teamId: $0.teamID?.uuidString.lowercased(), opNaam: $0.direct,
                    aanwezig: $0.attended)
            },
            beleidIds: detail?.policies.map { $0.id.uuidString.lowercased() }, domeinIds: detail?.domains.map { $0.id.uuidString.lowercased() },
            agenda: detail?.agenda.map {
                .init(
                    id: $0.id.uuidString.lowercased(), positie: $0.position, titel: $0.title, toelichting: $0.note, verslag: $0.minutes,
                    soort: $0.kind == .proposed ? .voorgesteld : .eigen, bronSoort: $0.sourceKind.flatMap(Components.Schemas.AgendaBron.init(rawValue:)),
                    bronId: $0.sourceID?.uuidString.lowercased())
            },
            _links: .init(
                _self: .init(href: "\(Self.base)/overleggen/\(id)"), besluiten: .init(href: "\(Self.base)/besluiten?overleg=\(id)"),
                acties: .init(href: "\(Self.base)/acties?overleg=\(id)")))
    }

    /// The session, when the user may record its decisions and actions: 404 when it is not the organisation's, 403
    /// when the user may not.
    func editableSession(_ id: UUID, of user: SignedInUser, detail: String) async throws -> SessionRepository.Session {
        guard let session = try await sessions.session(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        guard SessionRepository.mayEdit(user, organiserID: session.summary.organiserID) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: detail)
        }
        return session
    }

    // MARK: besluiten

    package func listBesluiten(_ input: Operations.ListBesluiten.Input) async throws -> Operations.ListBesluiten.Output {
        let user = try user()
        let q = input.query
        var invalid: [InvalidParam] = []
        let policyID = Self.uuid(q.beleid, name: "beleid", into: &invalid)
        let sessionID = Self.uuid(q.overleg, name: "overleg", into: &invalid)
        guard invalid.isEmpty else { throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.", invalidParams: invalid) }
        let all = try await sessions.decisions(organisationID: user.organisationID, sessionID: sessionID, policyID: policyID, limit: 100_000)
        let page = try Page(
            all: all, page: q.page, pageSize: q.pageSize, path: APIRequest.path, query: [("beleid", q.beleid), ("overleg", q.overleg)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map { Self.besluit($0) }))))
    }

    package func createBesluit(_ input: Operations.CreateBesluit.Input) async throws -> Operations.CreateBesluit.Output {
        let user = try user()
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        var invalid: [InvalidParam] = []
        let sessionID = Self.uuid(body.overlegId, name: "overlegId", into: &invalid)
        let policyID = Self.uuid(body.beleidId, name: "beleidId", into: &invalid)
        let itemIDs = (body.agendapuntIds ?? []).enumerated().compactMap { index, raw in
            Self.uuid(raw, name: "agendapuntIds[\(index)]", into: &invalid)
        }
        guard let sessionID, invalid.isEmpty else { throw Self.badInput(invalid) }
        let session: SessionRepository.Session
        do {
            session = try await editableSession(sessionID, of: user, detail: "Alleen wie het overleg mag bijwerken legt besluiten vast.")
        } catch let problem as APIProblem where problem.status == 404 {
            throw Self.badInput([InvalidParam(name: "overlegId", code: "onbekend", reason: "Dit overleg bestaat niet.")])
        }
        let outcome = try await problems {
            try await Self.renaming(["besluit": "tekst", "punten": "agendapuntIds", "beleid": "beleidId"]) {
                try await sessions.decide(
                    sessionID: session.summary.id,
                    .init(
                        text: body.tekst, itemIDs: itemIDs, effect: body.gevolg?.rawValue ?? "", policyID: policyID, policyChange: body.wijziging ?? ""),
                    organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
            }
        }
        for signal in outcome.changedSignals { await similarity.changed(signal) }
        guard let decision = try await sessions.decision(id: outcome.id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.besluit(decision))))
    }

    package func getBesluit(_ input: Operations.GetBesluit.Input) async throws -> Operations.GetBesluit.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let decision = try await sessions.decision(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.besluit(decision))))
    }

    static func besluit(_ decision: SessionRepository.Decision) -> Components.Schemas.Besluit {
        let id = decision.id.uuidString.lowercased()
        let session = decision.sessionID.uuidString.lowercased()
        return .init(
            id: id, overlegId: session, overlegTitel: decision.sessionTitle, tekst: decision.text,
            gevolg: Components.Schemas.BesluitGevolg(rawValue: decision.effect.rawValue) ?? .geen,
            agendapunten: decision.items.map {
                .init(
                    agendapuntId: $0.itemID?.uuidString.lowercased(), titel: $0.title,
                    bronSoort: $0.sourceKind.flatMap { Components.Schemas.AgendaBron(rawValue: $0.rawValue) }, bronId: $0.sourceID?.uuidString.lowercased())
            },
            beleidId: decision.policyID?.uuidString.lowercased(), beleidTitel: decision.policyTitle, wijziging: decision.policyChange,
            vastgelegdOp: decision.createdAt,
            _links: .init(_self: .init(href: "\(Self.base)/besluiten/\(id)"), overleg: .init(href: "\(Self.base)/overleggen/\(session)")))
    }

    // MARK: acties

    package func listActies(_ input: Operations.ListActies.Input) async throws -> Operations.ListActies.Output {
        let user = try user()
        let q = input.query
        var invalid: [InvalidParam] = []
        let ownerID = Self.uuid(q.eigenaar, name: "eigenaar", into: &invalid)
        let teamID = Self.uuid(q.team, name: "team", into: &invalid)
        let sessionID = Self.uuid(q.overleg, name: "overleg", into: &invalid)
        guard invalid.isEmpty else { throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.", invalidParams: invalid) }
        let filter = ActionRepository.Filter(
            ownerID: ownerID, teamID: teamID, sessionID: sessionID, statuses: q.status.flatMap { ActionStatus(rawValue: $0.rawValue) }.map { [$0] } ?? [],
            overdueOnly: q.achterstallig == true)
        let now = clock()
        let all = try await actions.list(organisationID: user.organisationID, filter: filter, now: now, limit: 100_000)
        let page = try Page(
            all: all, page: q.page, pageSize: q.pageSize, path: APIRequest.path,
            query: [("eigenaar", q.eigenaar), ("team", q.team), ("overleg", q.overleg), ("status", q.status?.rawValue), ("achterstallig", q.achterstallig.map { "\($0)" })])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map { Self.actie($0, now: now) }))))
    }

    package func createActie(_ input: Operations.CreateActie.Input) async throws -> Operations.CreateActie.Output {
        let user = try user()
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        var invalid: [InvalidParam] = []
        let sessionID = Self.uuid(body.overlegId, name: "overlegId", into: &invalid)
        let ownerID = Self.uuid(body.eigenaarId, name: "eigenaarId", into: &invalid)
        let teamID = Self.uuid(body.teamId, name: "teamId", into: &invalid)
        let decisionID = Self.uuid(body.besluitId, name: "besluitId", into: &invalid)
        guard let sessionID, invalid.isEmpty else { throw Self.badInput(invalid) }
        let session: SessionRepository.Session
        do {
            session = try await editableSession(sessionID, of: user, detail: "Alleen wie het overleg mag bijwerken voegt acties toe.")
        } catch let problem as APIProblem where problem.status == 404 {
            throw Self.badInput([InvalidParam(name: "overlegId", code: "onbekend", reason: "Dit overleg bestaat niet.")])
        }
        let id = try await problems {
            try await Self.renaming(Self.actionFields) {
                try await actions.create(
                    sessionID: session.summary.id,
                    .init(description: body.omschrijving, ownerID: ownerID, teamID: teamID, due: body.datum, decisionID: decisionID),
                    organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
            }
        }
        guard let action = try await actions.action(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.actie(action, now: clock()))))
    }

    static let actionFields = ["omschrijving": "omschrijving", "eigenaar": "eigenaarId", "team": "teamId", "datum": "datum", "besluit": "besluitId"]

    package func getActie(_ input: Operations.GetActie.Input) async throws -> Operations.GetActie.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let action = try await actions.action(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.actie(action, now: clock()))))
    }

    package func updateActie(_ input: Operations.UpdateActie.Input) async throws -> Operations.UpdateActie.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let action = try await actions.action(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        let body: Components.Schemas.ActieWijziging
        switch input.body {
        case .json(let json): body = json
        case .applicationMergePatchJson(let patch): body = patch
        }
        let mayEdit = SessionRepository.mayEdit(user, organiserID: action.sessionOrganiserID)
        guard mayEdit || action.ownerID == user.userID else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Alleen de eigenaar en wie het overleg mag bijwerken wijzigen een actie.")
        }
        let changesMore = body.omschrijving != nil || body.eigenaarId != nil || body.teamId != nil || body.datum != nil
        if changesMore && !mayEdit {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "De eigenaar wijzigt alleen de status. De rest wijzigt wie het overleg mag bijwerken.")
        }
        var invalid: [InvalidParam] = []
        let ownerID = Self.uuid(body.eigenaarId, name: "eigenaarId", into: &invalid)
        let teamID = Self.uuid(body.teamId, name: "teamId", into: &invalid)
        guard invalid.isEmpty else { throw Self.badInput(invalid) }
        let status = body.status.flatMap { ActionStatus(rawValue: $0.rawValue) } ?? action.status
        let actor = user.auditActor(origin: "api")
        try await problems {
            try await Self.renaming(Self.actionFields) {
                if changesMore {
                    try await actions.update(
                        id: id,
                        .init(
                            description: body.omschrijving ?? action.description, ownerID: ownerID ?? action.ownerID, teamID: teamID ?? action.teamID,
                            due: body.datum ?? ReviewDeadline.code(action.dueAt), decisionID: action.decisionID),
                        status: status, organisationID: user.organisationID, actor: actor, now: clock())
                } else {
                    try await actions.changeStatus(id: id, to: status, organisationID: user.organisationID, actor: actor, now: clock())
                }
            }
        }
        guard let updated = try await actions.action(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.actie(updated, now: clock()))))
    }

    static func actie(_ action: ActionRepository.Action, now: Date) -> Components.Schemas.Actie {
        let id = action.id.uuidString.lowercased()
        let session = action.sessionID.uuidString.lowercased()
        return .init(
            id: id, overlegId: session, overlegTitel: action.sessionTitle, besluitId: action.decisionID?.uuidString.lowercased(),
            omschrijving: action.description, eigenaarId: action.ownerID?.uuidString.lowercased(), eigenaar: action.ownerName,
            teamId: action.teamID?.uuidString.lowercased(), team: action.teamName, datum: ReviewDeadline.code(action.dueAt),
            status: Components.Schemas.ActieStatus(rawValue: action.status.rawValue) ?? .open, achterstallig: action.isOverdue(now: now),
            gereedOp: action.completedAt,
            _links: .init(_self: .init(href: "\(Self.base)/acties/\(id)"), overleg: .init(href: "\(Self.base)/overleggen/\(session)")))
    }
}

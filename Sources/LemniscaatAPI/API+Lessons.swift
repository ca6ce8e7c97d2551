// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore
import OpenAPIRuntime

/// Lessen: the learning log and its Dutch full-text search. Who may change a lesson is the repository's rule
/// (`LessonRepository.mayEdit`); this file only says it in the API's words.
extension APIImplementation {
    var lessons: LessonRepository { LessonRepository(store: store) }
    var search: SearchRepository { SearchRepository(store: store) }

    package func listLessen(_ input: Operations.ListLessen.Input) async throws -> Operations.ListLessen.Output {
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
        let filter = LessonRepository.Filter(kind: q.soort.flatMap { LessonKind(rawValue: $0.rawValue) }, tag: q.label, policyID: policyID)
        let listed = try await lessons.list(organisationID: user.organisationID, filter: filter)
        var items: [Components.Schemas.LesSamenvatting]
        if let text = q.zoek {
            let hits = try await problems {
                try await search.search(text, organisationID: user.organisationID, kinds: [.lesson], limit: SearchRepository.maximumLimit)
            }
            let byID = Dictionary(uniqueKeysWithValues: listed.map { ($0.id, $0) })
            items = hits.compactMap { hit in byID[hit.id].map { Self.samenvatting($0, hit: hit) } }
        } else {
            items = listed.map { Self.samenvatting($0, hit: nil) }
        }
        let page = try Page(
            all: items, page: q.page, pageSize: q.pageSize, path: APIRequest.path,
            query: [("zoek", q.zoek), ("soort", q.soort?.rawValue), ("label", q.label), ("beleid", q.beleid)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current), body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items))))
    }

    package func createLes(_ input: Operations.CreateLes.Input) async throws -> Operations.CreateLes.Output {
        let user = try user()
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        let id = try await problems {
            try await lessons.create(try Self.input(body), organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await les(id, of: user))))
    }

    package func getLes(_ input: Operations.GetLes.Input) async throws -> Operations.GetLes.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id) else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await les(id, of: user))))
    }

    package func updateLes(_ input: Operations.UpdateLes.Input) async throws -> Operations.UpdateLes.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let lesson = try await lessons.lesson(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        guard LessonRepository.mayEdit(user, authorID: lesson.authorID) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "Alleen de auteur en beleidsmedewerkers, managers en beheerders wijzigen een les.")
        }
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        try await problems {
            try await lessons.update(id: id, try Self.input(body), organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await les(id, of: user))))
    }

    /// Identifiers that are not UUIDs are refused here, all at once; the repository checks that the rest exist.
    static func input(_ body: Components.Schemas.LesInvoer) throws -> LessonRepository.Input {
        var invalid: [InvalidParam] = []
        func ids(_ raw: [String]?, name: String) -> [UUID] {
            (raw ?? []).enumerated().compactMap { index, raw in
                guard let id = UUID(uuidString: raw) else {
                    invalid.append(InvalidParam(name: "\(name)[\(index)]", code: "geen-uuid", reason: "Elk id in \(name) moet een UUID zijn."))
                    return nil
                }
                return id
            }
        }
        let input = LessonRepository.Input(
            kind: body.soort.rawValue, title: body.titel, situation: body.situatie, whatHappened: body.gebeurd, learned: body.geleerd,
            changes: body.veranderen ?? "", policyIDs: ids(body.beleidIds, name: "beleidIds"), themeIDs: ids(body.themaIds, name: "themaIds"),
            signalNumbers: body.signaalNummers ?? [], sessionIDs: ids(body.overlegIds, name: "overlegIds"), tags: body.labels ?? [])
        if !invalid.isEmpty { throw ValidationFailure(invalid) }
        return input
    }

    static func segments(_ list: [TextSegment]) -> [Components.Schemas.Tekstdeel] {
        list.map { .init(tekst: $0.text, gemarkeerd: $0.highlighted) }
    }

    static func samenvatting(_ summary: LessonRepository.Summary, hit: SearchRepository.Hit?) -> Components.Schemas.LesSamenvatting {
        .init(
            id: summary.id.uuidString.lowercased(), soort: Components.Schemas.LesSoort(rawValue: summary.kind.rawValue) ?? .incident,
            titel: summary.title, labels: summary.tags, besprokenOp: summary.discussedAt, aangemaaktOp: summary.createdAt,
            zoekresultaat: hit.map { .init(rang: $0.rank, titel: segments($0.title), fragment: segments($0.snippet)) })
    }

    func les(_ id: UUID, of user: SignedInUser) async throws -> Components.Schemas.Les {
        guard let lesson = try await lessons.lesson(id: id, organisationID: user.organisationID) else { throw APIProblem.notFound }
        let summary = lesson.summary
        func text(_ id: UUID) -> String { id.uuidString.lowercased() }
        return .init(
            id: text(summary.id), soort: Components.Schemas.LesSoort(rawValue: summary.kind.rawValue) ?? .incident, titel: summary.title,
            situatie: lesson.situation, gebeurd: lesson.whatHappened, geleerd: lesson.learned, veranderen: lesson.changes, labels: summary.tags,
            beleidIds: lesson.policies.map { text($0.id) }, themaIds: lesson.themes.map { text($0.id) }, signaalNummers: lesson.signals.map(\.number),
            overlegIds: lesson.sessions.map { text($0.id) },
            auteur: lesson.authorID.flatMap { id in summary.authorName.map { .init(id: text(id), naam: $0) } }, besprokenOp: summary.discussedAt,
            besprokenInOverlegId: lesson.discussedIn.map { text($0.id) }, aangemaaktOp: summary.createdAt, gewijzigdOp: lesson.updatedAt)
    }
}

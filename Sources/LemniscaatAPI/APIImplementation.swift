// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
package import Foundation
package import LemniscaatCore
package import LemniscaatStore
package import OpenAPIRuntime

/// The version in `info.version` of openapi.yaml, sent as `API-Version` on every response.
package enum APIVersion {
    package static let current = "1.8.0"
}

/// The user an API call acts for. The bearer-token middleware sets it around each request, so handlers read it
/// without a global.
package enum APIRequest {
    @TaskLocal package static var user: SignedInUser?
    @TaskLocal package static var path: String = ""
    /// The client's address (behind a trusted proxy: the forwarded one), for the public operations' rate limits.
    @TaskLocal package static var origin: String = ""
}

/// An error with an HTTP status, rendered as problem+json by the web layer.
package struct APIProblem: Error, Sendable, Equatable {
    package let status: Int
    package let title: String
    package let detail: String
    package let invalidParams: [InvalidParam]
    /// Seconds for `Retry-After` (429).
    package let retryAfter: Int?

    package init(status: Int, title: String, detail: String, invalidParams: [InvalidParam] = [], retryAfter: Int? = nil) {
        self.status = status
        self.title = title
        self.detail = detail
        self.invalidParams = invalidParams
        self.retryAfter = retryAfter
    }

    package static let notFound = APIProblem(status: 404, title: "Niet gevonden", detail: "Deze resource bestaat niet.")
    package static let unreadable = APIProblem(
        status: 400, title: "Ongeldige vraag", detail: "De vraag kon niet worden gelezen.",
        invalidParams: [InvalidParam(name: "request", code: "onleesbaar", reason: "De vraag past niet bij de beschrijving in openapi.json.")])
    package static let unauthorized = APIProblem(
        status: 401, title: "Niet aangemeld", detail: "Stuur een geldige API-sleutel mee in de header Authorization: Bearer …")
}

/// The one type that answers the generated `APIProtocol`, area by area in extensions.
package struct APIImplementation: APIProtocol {
    let accounts: AccountRepository
    let organisations: OrganisationRepository
    let areas: AreaRepository
    let policies: PolicyRepository
    let signals: SignalRepository
    let themes: ThemeRepository
    let indicators: IndicatorRepository
    let measurements: MeasurementRepository
    let importer: MeasurementImporter
    let reviews: ReviewRepository
    let sessions: SessionRepository
    let actions: ActionRepository
    let similarity: SignalSimilarity
    let store: Store
    let clock: @Sendable () -> Date
    let participation: PublicParticipation

    /// `similarity` is shared with the pages, so both keep one index per organisation up to date. `participation`:
    /// the same key and limits as the `/doe-mee` pages, so a stamp and a limit hold for both.
    package init(
        store: Store, similarity: SignalSimilarity, clock: @escaping @Sendable () -> Date,
        participation: PublicParticipation = PublicParticipation(key: "", limits: .init(), minimumSeconds: 5)
    ) {
        self.participation = participation
        self.accounts = AccountRepository(store: store)
        self.organisations = OrganisationRepository(store: store)
        self.areas = AreaRepository(store: store)
        self.policies = PolicyRepository(store: store)
        self.signals = SignalRepository(store: store, similarity: similarity)
        self.themes = ThemeRepository(store: store, similarity: similarity)
        self.indicators = IndicatorRepository(store: store)
        self.measurements = MeasurementRepository(store: store)
        self.importer = MeasurementImporter(store: store)
        self.reviews = ReviewRepository(store: store)
        self.sessions = SessionRepository(store: store)
        self.actions = ActionRepository(store: store)
        self.similarity = similarity
        self.store = store
        self.clock = clock
    }

    /// Turns the store's typed errors into problems: bad input 400 (all problems at once), not allowed 403, absent 404.
    func problems<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as ValidationFailure {
            // Input that is fine in itself but clashes with the current state (a second recognition, a move the status
            // table does not allow) is a conflict, not bad input.
            if failure.invalidParams.allSatisfy({ Self.conflictCodes.contains($0.code) }) {
                throw APIProblem(status: 409, title: "Conflict", detail: failure.invalidParams.map(\.reason).joined(separator: " "), invalidParams: failure.invalidParams)
            }
            throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.", invalidParams: failure.invalidParams)
        } catch is SignalRepository.NotAllowed {
            throw APIProblem(status: 403, title: "Geen toegang", detail: "U mag dit signaal niet behandelen.")
        } catch is NotFound {
            throw APIProblem.notFound
        }
    }

    static let conflictCodes: Set<String> = [
        "al-herkend", "eigen-signaal", "niet-toegestaan", "gewijzigd", "niet-beantwoord", "bestaat-al", "laatste-beheerder", "in-gebruik",
    ]

    /// Where the API is served; links in `_links` start with it.
    static let base = "/api/v1"

    func user() throws -> SignedInUser {
        guard let user = APIRequest.user else { throw APIProblem.unauthorized }
        return user
    }
}

/// One page of a list, with `_links` built from the request path and the filters it was asked with.
struct Page<Element> {
    let items: [Element]
    let total: Int
    let links: Components.Schemas.PaginaLinks

    init(all: [Element], page: Int?, pageSize: Int?, path: String, query: [(String, String?)] = []) throws {
        let page = page ?? 1
        let pageSize = pageSize ?? 20
        var problems: [InvalidParam] = []
        if !(1...100_000).contains(page) {
            problems.append(InvalidParam(name: "page", code: "buiten-bereik", reason: "page moet tussen 1 en 100000 liggen."))
        }
        if !(1...100).contains(pageSize) {
            problems.append(InvalidParam(name: "pageSize", code: "buiten-bereik", reason: "pageSize moet tussen 1 en 100 liggen."))
        }
        if !problems.isEmpty {
            throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "De paginering klopt niet.", invalidParams: problems)
        }
        let start = min((page - 1) * pageSize, all.count)
        self.items = Array(all[start..<min(start + pageSize, all.count)])
        self.total = all.count
        self.links = Self.links(page: page, pageSize: pageSize, total: all.count, path: path, query: query)
    }

    /// `self`, and `next` and `prev` where there is such a page; the filters (those given) stay in every link.
    static func links(page: Int, pageSize: Int, total: Int, path: String, query: [(String, String?)] = []) -> Components.Schemas.PaginaLinks {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+;#")
        let filters = query.compactMap { name, value in
            value.map { "&\(name)=\($0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0)" }
        }.joined()
        func link(_ number: Int) -> Components.Schemas.Link {
            .init(href: "\(path)?page=\(number)&pageSize=\(pageSize)\(filters)")
        }
        return .init(
            _self: link(page),
            next: page * pageSize < total ? link(page + 1) : nil,
            prev: page > 1 ? link(min(page - 1, max(1, (total + pageSize - 1) / pageSize))) : nil)
    }
}

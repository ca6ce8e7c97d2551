// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The knelpuntenbrief: forwarded signals and themes by regulation and article, as a printable page and as Markdown.
/// The letter itself is built by `BottleneckReportRepository`, the Markdown by `BottleneckLetter.markdown`; the API
/// and the command line use the same two. See docs/knelpuntenbrief.md.
struct BottleneckLetterController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.bottleneckLetter.route, use: show)
        router.get(SiteURL.bottleneckLetterMarkdown.route, use: markdown)
    }

    struct Page {
        struct Item {
            let heading: String
            let url: String
            let addressee: String
            let practice: String
            let recognitions: String
            let solution: String?
            let forwarded: String
            let status: String
            let recordURL: String
        }
        struct Article { let title: String; let items: [Item] }
        struct Regulation { let title: String; let count: Int; let articles: [Article] }
        let t: [String: String]
        let organisation: String
        let filterText: String
        let from: String
        let until: String
        let year: String
        let kinds: [Choice]
        let resetURL: String
        let markdownURL: String
        let regulations: [Regulation]
        let hasRegulations: Bool
        let unrecorded: [Item]
        let hasUnrecorded: Bool
        let isEmpty: Bool
        let generated: String
        let standalone: Bool
        let problems: [String]
        let hasProblems: Bool
    }

    /// The letter for the signed-in reader and the query, or the filter's problems; 403 for other roles.
    private func letter(_ request: Request, _ context: AppRequestContext) async throws -> Result<BottleneckLetter, ValidationFailure> {
        let user = try context.requireUser()
        guard BottleneckReportRepository.mayRead(user) else { throw HTTPError(.forbidden) }
        let query = request.uri.queryParameters
        func text(_ key: String) -> String? { query[Substring(key)].map(String.init) }
        switch BottleneckLetter.Filter.parse(from: text("van"), until: text("tot"), year: text("jaar"), addresseeKind: text("geadresseerde")) {
        case .success(let filter):
            return .success(try await services.bottleneckReport.letter(organisationID: user.organisationID, filter: filter))
        case .failure(let failure):
            return .failure(failure)
        }
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let result = try await letter(request, context)
        // A filter that makes no sense: the page again with the reasons, in Dutch, above the form (400).
        let failure: ValidationFailure? = if case .failure(let failure) = result { failure } else { nil }
        let letter = (try? result.get()) ?? BottleneckLetter(organisation: context.user?.organisationName ?? "", filter: .init(), items: [])
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        func text(_ key: String) -> String { query[Substring(key)].map(String.init) ?? "" }
        let page = Self.page(
            letter, t: t, now: services.now, from: text("van"), until: text("tot"), year: text("jaar"),
            markdownURL: SiteURL.bottleneckLetterMarkdown.path + (request.uri.query.map { "?" + $0 } ?? ""), standalone: false, linkBase: "",
            problems: failure?.invalidParams.map(\.reason) ?? [])
        return try services.renderer.page(
            "bottleneck-letter", page, title: t["letterTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest,
            mainClass: "report")
    }

    /// The page's view model; `standalone` (the command line's HTML file) leaves out the filter form and the links
    /// that only work on the server, and `linkBase` makes the links to signals and themes absolute.
    static func page(
        _ letter: BottleneckLetter, t: [String: String], now: Date, from: String, until: String, year: String, markdownURL: String,
        standalone: Bool, linkBase: String, problems: [String] = []
    ) -> Page {
        func item(_ item: BottleneckLetter.Item) -> Page.Item {
            let id = item.id.uuidString.lowercased()
            let url = linkBase + (item.kind == .signal ? SiteURL.signal(id: id).path : SiteURL.theme(id: id).path)
            let recognitions =
                item.kind == .theme
                ? t["letterThemeRecognitions"]!.replacingOccurrences(of: "{signals}", with: String(item.signals))
                    .replacingOccurrences(of: "{recognitions}", with: letter.recognitionsText(item.recognitions))
                : t["letterSignalRecognitions"]!.replacingOccurrences(of: "{recognitions}", with: letter.recognitionsText(item.recognitions))
            return Page.Item(
                heading: item.heading, url: url, addressee: item.addresseeText, practice: item.practice, recognitions: recognitions,
                solution: item.proposedSolution, forwarded: item.forwardedAt.map(DateText.day) ?? "–", status: item.statusText,
                recordURL: url + "#knelpunt-vastleggen")
        }
        return Page(
            t: t, organisation: letter.organisation, filterText: letter.filter.description, from: from, until: until, year: year,
            kinds: [Choice(value: "", label: t["all"]!, selected: letter.filter.addresseeKind == nil)]
                + AddresseeKind.allCases.map {
                    Choice(value: $0.rawValue, label: t["addresseeKind.\($0.rawValue)"]!, selected: $0 == letter.filter.addresseeKind)
                },
            resetURL: SiteURL.bottleneckLetter.path, markdownURL: markdownURL,
            regulations: letter.regulations.map { group in
                Page.Regulation(
                    title: group.regulation, count: group.itemCount,
                    articles: group.articles.map { Page.Article(title: $0.article ?? t["letterNoArticle"]!, items: $0.items.map(item)) })
            },
            hasRegulations: !letter.regulations.isEmpty, unrecorded: letter.unrecorded.map(item), hasUnrecorded: !letter.unrecorded.isEmpty,
            isEmpty: letter.itemCount == 0 && problems.isEmpty, generated: DateText.day(now), standalone: standalone, problems: problems,
            hasProblems: !problems.isEmpty)
    }

    @Sendable func markdown(request: Request, context: AppRequestContext) async throws -> Response {
        let letter: BottleneckLetter
        switch try await self.letter(request, context) {
        case .success(let built): letter = built
        case .failure(let failure): throw HTTPError(.badRequest, message: failure.invalidParams.map(\.reason).joined(separator: " "))
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/markdown; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"knelpuntenbrief.md\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: letter.markdown(generatedAt: services.now))))
    }
}

/// The knelpuntenbrief as one HTML file with its print stylesheet inside, for `lemniscaat rapport knelpunten`: the same
/// template as the page, so paper from the command line and from the browser look alike.
public enum BottleneckLetterDocument {
    public static func html(_ letter: BottleneckLetter, renderer: Renderer, generatedAt: Date, linkBase: String) throws -> String {
        let t = Translations.texts(.dutch)
        let page = BottleneckLetterController.page(
            letter, t: t, now: generatedAt, from: letter.filter.fromText ?? "", until: letter.filter.untilText ?? "", year: "", markdownURL: "",
            standalone: true, linkBase: linkBase)
        return try renderer.standalone("bottleneck-letter", page, title: "\(t["letterTitle"]!) \(letter.organisation)")
    }
}

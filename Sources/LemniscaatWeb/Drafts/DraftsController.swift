// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Concept texts of a policy: a version with its sections and the signals linked to them, the form for a new version
/// (pasted or uploaded Markdown), and two versions compared section by section.
struct DraftsController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.route(SiteURL.draft), use: latest)
        router.get(SiteURL.route(SiteURL.draftNew), use: newForm)
        router.post(SiteURL.route(SiteURL.draftNew), use: create)
        router.get(SiteURL.route(SiteURL.draftCompare), use: compare)
        router.post(SiteURL.route(SiteURL.draftSignals), use: changeSignals)
        router.get(SiteURL.route { SiteURL.draftVersion(id: $0, number: ":nummer") }, use: show)
    }

    /// A body as the page shows it: paragraphs and lists, every text escaped by the template.
    struct Block {
        let isParagraph: Bool
        let isBulleted: Bool
        let isNumbered: Bool
        let text: String
        let items: [String]
        let start: Int

        static func of(_ body: String) -> [Block] {
            DraftText.blocks(body).map { block in
                switch block {
                case .paragraph(let text): Block(isParagraph: true, isBulleted: false, isNumbered: false, text: text, items: [], start: 1)
                case .bulleted(let items): Block(isParagraph: false, isBulleted: true, isNumbered: false, text: "", items: items, start: 1)
                case .numbered(let start, let items): Block(isParagraph: false, isBulleted: false, isNumbered: true, text: "", items: items, start: start)
                }
            }
        }
    }

    static func sectionTitle(_ section: DraftSection, _ t: [String: String]) -> String {
        section.title.isEmpty ? t["draftUntitled"]! : section.title
    }

    static func anchor(_ key: String) -> String { "sectie-" + key }

    // MARK: a version

    struct VersionPage {
        struct VersionRow { let number: Int; let url: String; let date: String; let author: String; let note: String; let current: Bool }
        struct TocEntry { let title: String; let anchor: String; let level: Int; let hasSignals: Bool; let signalCount: Int }
        struct LinkedSignal { let number: Int; let title: String; let url: String; let status: String; let signalID: String; let sectionKey: String; let sectionTitle: String }
        struct Section {
            let anchor: String
            let key: String
            let heading: Int
            let title: String
            let blocks: [Block]
            let signals: [LinkedSignal]
            let hasSignals: Bool
            let value: String
            let error: String?
            let invalid: Bool
        }
        let t: [String: String]
        let csrf: String
        let policyTitle: String
        let policyURL: String
        let policyStatus: String
        let hasVersion: Bool
        let versionNumber: Int
        let date: String
        let author: String
        let changeNote: String
        let hasChangeNote: Bool
        let isLatest: Bool
        let latestURL: String
        let latestNumber: Int
        let hasPrevious: Bool
        let comparePreviousURL: String
        let versions: [VersionRow]
        let toc: [TocEntry]
        let sections: [Section]
        let orphans: [LinkedSignal]
        let hasOrphans: Bool
        let linkURL: String
        let mayUnlink: Bool
        let mayAdd: Bool
        let newURL: String
        let problems: [String]
        let hasProblems: Bool
        /// The round running on this policy, if any, and whether one can be started.
        let openRoundURL: String?
        let openRoundVersion: Int
        let mayStartReview: Bool
        let reviewNewURL: String
        /// The field of the refused link form, so the message at the top leads to it.
        let errorAnchor: String
        let hasErrorAnchor: Bool
    }

    /// What a refused link form brings back to the page: which section, what was typed, why.
    struct LinkFailure {
        let sectionKey: String
        let typed: String
        let failure: ValidationFailure
    }

    @Sendable func latest(request: Request, context: AppRequestContext) async throws -> Response {
        try await versionPage(request: request, context: context, number: nil, failure: nil)
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        guard let number = Int(try context.parameters.require("nummer")), number > 0 else { throw HTTPError(.notFound) }
        return try await versionPage(request: request, context: context, number: number, failure: nil)
    }

    private func versionPage(request: Request, context: AppRequestContext, number: Int?, failure: LinkFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let policy = try await services.policies.policy(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let idText = id.uuidString.lowercased()
        let status = PolicyStatus(rawValue: policy.status) ?? .concept
        let versions = try await services.drafts.versions(policyID: id, organisationID: user.organisationID)
        var version: DraftRepository.Version?
        if let wanted = number ?? versions.first?.number {
            guard let found = try await services.drafts.version(policyID: id, number: wanted, organisationID: user.organisationID) else {
                throw HTTPError(.notFound)
            }
            version = found
        }
        let links = version == nil ? [] : try await services.drafts.signals(policyID: id, organisationID: user.organisationID)
        let sections = version?.sections ?? []
        let titles = Dictionary(sections.map { ($0.key, Self.sectionTitle($0, t)) }, uniquingKeysWith: { first, _ in first })
        let linked = links.map { link in
            VersionPage.LinkedSignal(
                number: link.number, title: link.title, url: SiteURL.signal(id: link.signalID.uuidString.lowercased()).path,
                status: SignalStatus(rawValue: link.status)?.label ?? link.status, signalID: link.signalID.uuidString.lowercased(),
                sectionKey: link.sectionKey, sectionTitle: titles[link.sectionKey] ?? link.sectionKey)
        }
        let byKey = Dictionary(grouping: linked, by: \.sectionKey)
        // Headings start at h2 under the page's h1, whatever level the text starts at.
        let topLevel = sections.filter { $0.level > 0 }.map(\.level).min() ?? 1
        func heading(_ section: DraftSection) -> Int { section.level == 0 ? 2 : min(6, section.level - topLevel + 2) }
        let current = version?.summary
        let latestNumber = versions.first?.number ?? 0
        let openRound = try await services.reviews.rounds(policyID: id, organisationID: user.organisationID).first { $0.status == .open }
        let page = VersionPage(
            t: t, csrf: context.csrfToken, policyTitle: policy.title, policyURL: SiteURL.policy(id: idText).path, policyStatus: status.label,
            hasVersion: version != nil, versionNumber: current?.number ?? 0, date: current.map { DateText.minute($0.createdAt) } ?? "",
            author: current?.authorName ?? "–", changeNote: current?.changeNote ?? "", hasChangeNote: current?.changeNote.isEmpty == false,
            isLatest: current?.number == latestNumber, latestURL: SiteURL.draft(id: idText).path, latestNumber: latestNumber,
            hasPrevious: (current?.number ?? 0) > 1,
            comparePreviousURL: SiteURL.draftCompare(id: idText).path + "?van=\((current?.number ?? 1) - 1)&naar=\(current?.number ?? 1)",
            versions: versions.map {
                VersionPage.VersionRow(
                    number: $0.number, url: SiteURL.draftVersion(id: idText, number: String($0.number)).path, date: DateText.minute($0.createdAt),
                    author: $0.authorName ?? "–", note: $0.changeNote.isEmpty ? "–" : $0.changeNote, current: $0.number == current?.number)
            },
            toc: sections.map {
                VersionPage.TocEntry(
                    title: Self.sectionTitle($0, t), anchor: Self.anchor($0.key), level: heading($0), hasSignals: byKey[$0.key] != nil,
                    signalCount: byKey[$0.key]?.count ?? 0)
            },
            sections: sections.map { section in
                let mine = failure?.sectionKey == section.key
                let error = mine ? failure?.failure.invalidParams.first?.reason : nil
                return VersionPage.Section(
                    anchor: Self.anchor(section.key), key: section.key, heading: heading(section), title: Self.sectionTitle(section, t),
                    blocks: Block.of(section.body), signals: byKey[section.key] ?? [], hasSignals: byKey[section.key] != nil,
                    value: mine ? failure?.typed ?? "" : "", error: error, invalid: error != nil)
            },
            orphans: linked.filter { titles[$0.sectionKey] == nil }, hasOrphans: linked.contains { titles[$0.sectionKey] == nil },
            linkURL: SiteURL.draftSignals(id: idText).path, mayUnlink: PoliciesController.mayEdit(user),
            mayAdd: PoliciesController.mayEdit(user) && DraftRepository.writableStatuses.contains(status), newURL: SiteURL.draftNew(id: idText).path,
            problems: failure?.failure.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil,
            openRoundURL: openRound.map { SiteURL.reviewRound(id: $0.id.uuidString.lowercased()).path }, openRoundVersion: openRound?.versionNumber ?? 0,
            mayStartReview: ReviewRepository.mayManage(user) && version != nil && openRound == nil && DraftRepository.writableStatuses.contains(status),
            reviewNewURL: SiteURL.reviewRoundNew(id: idText).path,
            errorAnchor: "signaal-" + (failure?.sectionKey ?? ""), hasErrorAnchor: sections.contains { $0.key == failure?.sectionKey })
        let title = version.map { "\(t["draftTitle"]!) \(t["draftVersion"]!.lowercased()) \($0.summary.number) · \(policy.title)" } ?? "\(t["draftTitle"]!) · \(policy.title)"
        return try services.renderer.page("draft", page, title: title, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    /// Links a signal to a section (any signed-in user: practitioners know the bottlenecks), or unlinks one (editors).
    @Sendable func changeSignals(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard try await services.policies.policy(id: id, organisationID: user.organisationID) != nil else { throw HTTPError(.notFound) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        let key = form.value("sectie") ?? ""
        let typed = form.value("signaal") ?? ""
        let back = form.value("versie").flatMap { Int($0) }
        let message: String
        do {
            if let unlink = form.value("ontkoppel") {
                guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
                guard let signalID = UUID(uuidString: unlink) else { throw HTTPError(.notFound) }
                try await services.drafts.unlinkSignal(
                    policyID: id, sectionKey: key, signalID: signalID, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
                message = "draftUnlinked"
            } else {
                try await services.drafts.linkSignal(
                    policyID: id, sectionKey: key, signalNumber: typed, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
                message = "draftLinked"
            }
        } catch let failure as ValidationFailure {
            let number = try await back.asyncMap { try await services.drafts.version(policyID: id, number: $0, organisationID: user.organisationID) } ?? nil
            return try await versionPage(
                request: request, context: context, number: number?.summary.number, failure: LinkFailure(sectionKey: key, typed: typed, failure: failure))
        }
        let idText = id.uuidString.lowercased()
        let page = back.map { SiteURL.draftVersion(id: idText, number: String($0)) } ?? SiteURL.draft(id: idText)
        // The key was found in the draft, so it is a slug; the check keeps anything else out of the header anyway.
        let fragment = key.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" } ? "#" + Self.anchor(key) : ""
        return Response(status: .seeOther, headers: [.location: page.path + "?melding=\(message)" + fragment])
    }

    // MARK: a new version

    struct FormPage {
        let t: [String: String]
        let csrf: String
        let heading: String
        let policyTitle: String
        let policyURL: String
        let action: String
        let cancelURL: String
        let nextNumber: Int
        let writable: Bool
        let statusNote: String
        let text: Field
        let file: Field
        let note: Field
        let noteRequired: Bool
        let maximum: String
        let problems: [String]
        let hasProblems: Bool
    }

    private func formPage(
        request: Request, context: AppRequestContext, text: String?, note: String?, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let policy = try await services.policies.policy(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let idText = id.uuidString.lowercased()
        let status = PolicyStatus(rawValue: policy.status) ?? .concept
        let versions = try await services.drafts.versions(policyID: id, organisationID: user.organisationID)
        let next = (versions.first?.number ?? 0) + 1
        // The form starts from the latest text, so a new version is an edit of the one before.
        var latestText: String?
        if text == nil, let last = versions.first {
            latestText = try await services.drafts.version(policyID: id, number: last.number, organisationID: user.organisationID)?.markdown
        }
        let heading = "\(t["draftNewVersion"]!) \(next)"
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: heading, policyTitle: policy.title, policyURL: SiteURL.policy(id: idText).path,
            action: SiteURL.draftNew(id: idText).path, cancelURL: versions.isEmpty ? SiteURL.policy(id: idText).path : SiteURL.draft(id: idText).path,
            nextNumber: next, writable: DraftRepository.writableStatuses.contains(status),
            statusNote: "Dit beleid is \(status.label.lowercased()). Een nieuwe concepttekst kan alleen als het beleid in concept of in toets is.",
            text: Field(text ?? latestText ?? "", error: failure?.reason(for: "tekst")), file: Field("", error: failure?.reason(for: "bestand")),
            note: Field(note, error: failure?.reason(for: "toelichting")), noteRequired: next > 1, maximum: "200 000",
            problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        return try services.renderer.page(
            "draft-form", page, title: "\(heading) · \(policy.title)", context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        try await formPage(request: request, context: context, text: nil, note: nil, failure: nil)
    }

    /// Most a `.md` or `.txt` upload may hold: 200 000 characters of up to four bytes each.
    static let maximumFileBytes = DraftText.maximumLength * 4

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        guard try await services.policies.policy(id: id, organisationID: user.organisationID) != nil else { throw HTTPError(.notFound) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        var text = form.value("tekst") ?? ""
        let note = form.value("toelichting") ?? ""
        // A browser sends an empty part for a file field left empty.
        if let file = form.file("bestand"), !file.filename.isEmpty || !file.content.isEmpty {
            let name = file.filename.lowercased()
            guard name.hasSuffix(".md") || name.hasSuffix(".markdown") || name.hasSuffix(".txt") else {
                return try await formPage(
                    request: request, context: context, text: text, note: note,
                    failure: ValidationFailure([InvalidParam(name: "bestand", code: "soort", reason: "Kies een tekstbestand dat eindigt op .md of .txt.")]))
            }
            guard file.content.count <= Self.maximumFileBytes, let content = String(data: file.content, encoding: .utf8) else {
                return try await formPage(
                    request: request, context: context, text: text, note: note,
                    failure: ValidationFailure([
                        InvalidParam(
                            name: "bestand", code: "onleesbaar",
                            reason: file.content.count > Self.maximumFileBytes
                                ? "Het bestand is te groot. Een concepttekst mag hoogstens 200 000 tekens hebben."
                                : "Het bestand is geen gewone tekst. Sla het op als tekst (UTF-8) en probeer het opnieuw.")
                    ]))
            }
            text = content.hasPrefix("\u{FEFF}") ? String(content.dropFirst()) : content
        }
        do {
            let version = try await services.drafts.addVersion(
                policyID: id, markdown: text, changeNote: note, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            let path = SiteURL.draftVersion(id: id.uuidString.lowercased(), number: String(version.number)).path
            return Response(status: .seeOther, headers: [.location: path + "?melding=draftAdded"])
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, text: text, note: note, failure: failure)
        }
    }

    // MARK: two versions compared

    struct ComparePage {
        struct Span { let text: String; let ins: Bool; let del: Bool; let same: Bool; let announce: Bool }
        struct Line { let kind: String; let marker: String?; let spans: [Span] }
        struct Entry {
            let anchor: String
            let title: String
            let change: String
            let changeLabel: String
            let titleChanged: Bool
            let oldTitle: String
            let unchanged: Bool
            let blocks: [Block]
            let lines: [Line]
            let hasLines: Bool
        }
        let t: [String: String]
        let policyTitle: String
        let policyURL: String
        let draftURL: String
        let action: String
        let fromChoices: [Choice]
        let toChoices: [Choice]
        let tooFew: Bool
        let hasComparison: Bool
        let fromLabel: String
        let toLabel: String
        let summary: String
        let entries: [Entry]
    }

    static func changeLabel(_ change: DraftComparison.Change, _ t: [String: String]) -> String {
        t["draftChange." + change.rawValue] ?? change.rawValue
    }

    @Sendable func compare(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let id = try context.uuid()
        guard let policy = try await services.policies.policy(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        let idText = id.uuidString.lowercased()
        let versions = try await services.drafts.versions(policyID: id, organisationID: user.organisationID)
        let query = request.uri.queryParameters
        let latest = versions.first?.number ?? 0
        // Without a choice: the latest version against the one before it.
        let to = query["naar"].flatMap { Int($0) } ?? latest
        let from = query["van"].flatMap { Int($0) } ?? max(1, to - 1)
        let known = Set(versions.map(\.number))
        if !versions.isEmpty && (!known.contains(from) || !known.contains(to)) { throw HTTPError(.notFound) }
        let result = versions.count < 2 ? nil : try await services.drafts.compare(policyID: id, from: from, to: to, organisationID: user.organisationID)
        func label(_ number: Int) -> String {
            guard let version = versions.first(where: { $0.number == number }) else { return "" }
            return "\(t["draftVersion"]!) \(number) (\(DateText.day(version.createdAt)))"
        }
        var entries: [ComparePage.Entry] = []
        if let comparison = result?.comparison {
            var usedAnchors: Set<String> = []
            for entry in comparison.entries {
                var anchor = "v-" + (entry.new ?? entry.old)!.key
                while usedAnchors.contains(anchor) { anchor += "-x" }
                usedAnchors.insert(anchor)
                let lines: [ComparePage.Line] = entry.lines.compactMap { line in
                    guard !(line.oldText ?? "").allSatisfy(\.isWhitespace) || !(line.newText ?? "").allSatisfy(\.isWhitespace) else { return nil }
                    let marker = line.kind == .same ? nil : t["draftMarker." + line.kind.rawValue]
                    return ComparePage.Line(
                        kind: line.kind.rawValue, marker: marker,
                        spans: line.spans.map {
                            ComparePage.Span(
                                text: $0.text, ins: $0.change == .inserted, del: $0.change == .deleted, same: $0.change == .same, announce: line.kind == .changed)
                        })
                }
                entries.append(ComparePage.Entry(
                    anchor: anchor, title: entry.new.map { Self.sectionTitle($0, t) } ?? entry.old.map { Self.sectionTitle($0, t) } ?? "", change: entry.change.rawValue,
                    changeLabel: Self.changeLabel(entry.change, t), titleChanged: entry.titleChanged, oldTitle: entry.old.map { Self.sectionTitle($0, t) } ?? "",
                    unchanged: entry.change == .unchanged, blocks: entry.change == .unchanged ? Block.of(entry.new?.body ?? "") : [],
                    lines: lines, hasLines: !lines.isEmpty))
            }
        }
        let summary = result.map { result in
            DraftComparison.Change.allCases.map { "\(result.comparison.count($0)) \(Self.changeLabel($0, t).lowercased())" }.joined(separator: ", ")
        } ?? ""
        let choices = { (selected: Int) in
            versions.map { Choice(value: String($0.number), label: label($0.number), selected: $0.number == selected) }
        }
        let page = ComparePage(
            t: t, policyTitle: policy.title, policyURL: SiteURL.policy(id: idText).path, draftURL: SiteURL.draft(id: idText).path,
            action: SiteURL.draftCompare(id: idText).path, fromChoices: choices(from), toChoices: choices(to), tooFew: versions.count < 2,
            hasComparison: result != nil, fromLabel: label(from), toLabel: label(to), summary: summary, entries: entries)
        return try services.renderer.page("draft-compare", page, title: "\(t["draftCompareTitle"]!) · \(policy.title)", context: context, request: request)
    }
}

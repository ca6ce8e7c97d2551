// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore
import Logging

/// The beheerder's privacy pages: the bewaartermijnen with what the next run would do, the processing log, and the
/// download of a user's data (right of access).
struct PrivacyController {
    let services: AppServices
    static let pageSize = 50

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminRetention.route, use: retention)
        group.post(SiteURL.adminRetention.route, use: saveRetention)
        group.get(SiteURL.adminProcessingLog.route, use: processingLog)
        group.get(SiteURL.route(SiteURL.adminUserData), use: userData)
    }

    // MARK: bewaartermijnen

    struct RetentionPage {
        struct Term { let field: String; let label: String; let value: String; let error: String?; let invalid: Bool; let minimum: Int; let maximum: Int }
        struct Count { let label: String; let value: Int }
        struct Tombstone { let number: Int; let domain: String; let status: String; let submitted: String; let finished: String; let deleted: String }
        let t: [String: String]
        let csrf: String
        let action: String
        let terms: [Term]
        let counts: [Count]
        let tombstones: [Tombstone]
        let hasTombstones: Bool
    }

    private func retentionPage(request: Request, context: AppRequestContext, form: FormData?, failure: ValidationFailure?) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let current = try await services.retention.periods(organisationID: user.organisationID)
        let labels = ["melder": t["retentionReporter"]!, "afgesloten": t["retentionClosed"]!, "ingetrokken": t["retentionWithdrawn"]!,
                      "notulen": t["retentionMinutes"]!, "auditlog": t["retentionAudit"]!]
        let plan = try await services.retention.plan(now: services.now).organisations.first { $0.organisationID == user.organisationID }?.counts
            ?? RetentionCounts()
        let tombstones = try await services.retention.tombstones(organisationID: user.organisationID)
        let page = RetentionPage(
            t: t, csrf: context.csrfToken, action: SiteURL.adminRetention.path,
            terms: RetentionPeriods.bounds.map { bound in
                let error = failure?.reason(for: bound.field)
                return RetentionPage.Term(
                    field: bound.field, label: labels[bound.field]!, value: form?.value(bound.field) ?? String(current[keyPath: bound.keyPath]),
                    error: error, invalid: error != nil, minimum: bound.range.lowerBound, maximum: bound.range.upperBound)
            },
            counts: [
                .init(label: t["retentionReporter"]!, value: plan.reportersAnonymised), .init(label: t["retentionClosed"]!, value: plan.closedSignalsDeleted),
                .init(label: t["retentionWithdrawn"]!, value: plan.withdrawnSignalsDeleted), .init(label: t["retentionMinutes"]!, value: plan.minutesEmptied),
                .init(label: t["retentionConsultationContacts"]!, value: plan.consultationContactsErased),
            ],
            tombstones: tombstones.suffix(200).map {
                .init(
                    number: $0.number, domain: $0.domain_name, status: SignalStatus(rawValue: $0.status)?.label ?? $0.status,
                    submitted: DateText.day($0.submitted_at), finished: DateText.day($0.finished_at), deleted: DateText.day($0.deleted_at))
            },
            hasTombstones: !tombstones.isEmpty)
        return try services.renderer.page(
            "admin-retention", page, title: t["retentionTitle"]!, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    @Sendable func retention(request: Request, context: AppRequestContext) async throws -> Response {
        try await retentionPage(request: request, context: context, form: nil, failure: nil)
    }

    @Sendable func saveRetention(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        var periods = RetentionPeriods.defaults
        var problems: [InvalidParam] = []
        for bound in RetentionPeriods.bounds {
            if let value = Int((form.value(bound.field) ?? "").trimmingCharacters(in: .whitespaces)) {
                periods[keyPath: bound.keyPath] = value
            } else {
                problems.append(InvalidParam(name: bound.field, code: "geen-getal", reason: "Vul een aantal maanden in, zoals 12."))
            }
        }
        do {
            // All problems at once: the unreadable fields, and the bounds of the readable ones.
            if !problems.isEmpty {
                throw ValidationFailure(problems + periods.problems().filter { problem in !problems.contains { $0.name == problem.name } })
            }
            try await services.retention.save(periods, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await retentionPage(request: request, context: context, form: form, failure: failure)
        }
        return redirect(.adminRetention, message: "saved")
    }

    // MARK: the processing log

    struct ProcessingLogPage {
        struct Row { let when: String; let activity: String; let activityID: String; let who: String; let subject: String; let outcome: String; let trace: String }
        let t: [String: String]
        let activities: [Choice]
        let subjects: [Choice]
        let from: Field
        let until: Field
        let rows: [Row]
        let hasRows: Bool
        let total: Int
        let page: Int
        let pages: Int
        let previousURL: String?
        let nextURL: String?
    }

    @Sendable func processingLog(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let query = request.uri.queryParameters
        let activityText = query["verwerking"].map(String.init) ?? ""
        let subjectText = query["gebruiker"].map(String.init) ?? ""
        let fromText = query["van"].map(String.init) ?? ""
        let untilText = query["tot"].map(String.init) ?? ""
        let pageNumber = max(1, query["pagina"].flatMap { Int(String($0)) } ?? 1)
        let from = AuditController.day(fromText)
        let until = AuditController.day(untilText).map { $0.addingTimeInterval(24 * 3600) }
        let users = try await services.accounts.list(organisationID: user.organisationID)
        let subject = UUID(uuidString: subjectText).flatMap { id in users.first { $0.user.id == id }?.user.id }
        let filter = ProcessingLogRepository.Filter(activity: ProcessingActivity(rawValue: activityText), subjectID: subject, from: from, until: until)
        let (entries, total) = try await services.processingLog.page(
            organisationID: user.organisationID, filter: filter, page: pageNumber, pageSize: Self.pageSize)
        // Reading the log is itself a sensitive read, like reading the audit log.
        try await services.audit.recordView(
            actor: context.auditActor, summary: "verwerkingen, pagina \(pageNumber); filters: verwerking=\(activityText) van=\(fromText) tot=\(untilText)",
            now: services.now)
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        func link(_ page: Int) -> String {
            var components = URLComponents()
            components.path = SiteURL.adminProcessingLog.path
            components.queryItems = [("verwerking", activityText), ("gebruiker", subjectText), ("van", fromText), ("tot", untilText)]
                .filter { !$0.1.isEmpty }.map { URLQueryItem(name: $0.0, value: $0.1) } + [URLQueryItem(name: "pagina", value: String(page))]
            return components.string ?? SiteURL.adminProcessingLog.path
        }
        let page = ProcessingLogPage(
            t: t,
            activities: [Choice(value: "", label: t["allActivities"]!, selected: filter.activity == nil)]
                + ProcessingActivity.allCases.map { Choice(value: $0.rawValue, label: $0.name, selected: $0 == filter.activity) },
            subjects: [Choice(value: "", label: t["everyone"]!, selected: subject == nil)]
                + users.map { Choice(value: $0.user.id!.uuidString.lowercased(), label: $0.user.name, selected: $0.user.id == subject) },
            from: Field(fromText, error: !fromText.isEmpty && from == nil ? "Gebruik de vorm jjjj-mm-dd." : nil),
            until: Field(untilText, error: !untilText.isEmpty && until == nil ? "Gebruik de vorm jjjj-mm-dd." : nil),
            rows: entries.map {
                .init(
                    when: String(AuditChain.timestamp($0.started_at).prefix(19)).replacingOccurrences(of: "T", with: " "), activity: $0.activity_name, activityID: $0.activity_id, who: $0.actor_label,
                    subject: String($0.subject_hash.prefix(12)) + "…", outcome: $0.outcome, trace: $0.trace_id)
            },
            hasRows: !entries.isEmpty, total: total, page: pageNumber, pages: pages,
            previousURL: pageNumber > 1 ? link(pageNumber - 1) : nil, nextURL: pageNumber < pages ? link(pageNumber + 1) : nil)
        return try services.renderer.page("admin-processing-log", page, title: t["processingLogTitle"]!, context: context, request: request)
    }

    // MARK: a user's data

    @Sendable func userData(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let id = try context.uuid()
        guard let data = try await UserDataExport.download(
            userID: id, organisationID: user.organisationID, activity: id == user.userID ? .ownDataExported : .userDataExported, actor: context.auditActor,
            traceID: context.traceID, store: services.store, now: services.now)
        else { throw HTTPError(.notFound) }
        return Self.jsonDownload(data, name: "lemniscaat-gegevens-\(id.uuidString.lowercased().prefix(8)).json")
    }

    static func jsonDownload(_ data: Data, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension AppRequestContext {
    /// The request's id, which the processing log uses as its trace id; absent where the server set none (tests).
    var traceID: String? { logger[metadataKey: "hb.request.id"]?.description }
}

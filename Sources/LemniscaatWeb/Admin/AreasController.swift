// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Gemeente → wijk → buurt by CBS code: one at a time or imported from CSV.
struct AreasController {
    let services: AppServices

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get(SiteURL.adminAreas.route, use: list)
        group.post(SiteURL.adminAreas.route, use: add)
        group.post(SiteURL.adminAreasImport.route, use: importCSV)
        group.post(SiteURL.adminAreasThreshold.route, use: setThreshold)
    }

    struct AreasPage {
        struct Row { let code: String; let name: String; let level: String; let levelClass: String; let parent: String }
        let t: [String: String]
        let csrf: String
        let addURL: String
        let importURL: String
        let code: Field
        let name: Field
        let importProblems: [String]
        let hasImportProblems: Bool
        let csvText: String
        let areas: [Row]
        let hasAreas: Bool
        let result: String?
        let thresholdURL: String
        let threshold: Field
    }

    private func page(
        request: Request, context: AppRequestContext, form: FormData? = nil, failure: ValidationFailure? = nil, importProblems: [String] = [],
        csvText: String = "", result: String? = nil
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let areas = try await services.areas.list(organisationID: user.organisationID)
        let box = failure.map(ValidationFailureBox.init)
        let page = AreasPage(
            t: t, csrf: context.csrfToken, addURL: SiteURL.adminAreas.path, importURL: SiteURL.adminAreasImport.path,
            code: Field("code", form: form, failure: box), name: Field("naam", form: form, failure: box),
            importProblems: importProblems, hasImportProblems: !importProblems.isEmpty, csvText: csvText,
            areas: areas.map {
                AreasPage.Row(
                    code: $0.code, name: $0.name, level: Translations.text("level.\($0.level)", context.language), levelClass: "level-\($0.level)",
                    parent: $0.parentCode ?? "–")
            },
            hasAreas: !areas.isEmpty, result: result, thresholdURL: SiteURL.adminAreasThreshold.path,
            threshold: Field(
                "drempel", form: form,
                failure: box, fallback: String(try await services.indicators.smallNumberThreshold(organisationID: user.organisationID))))
        let failed = failure != nil || !importProblems.isEmpty
        return try services.renderer.page("admin-areas", page, title: t["areasTitle"]!, context: context, request: request, status: failed ? .badRequest : .ok)
    }

    /// Small-number protection's k for the whole organisation: the monitor hides counts below it.
    @Sendable func setThreshold(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.indicators.setSmallNumberThreshold(
                form.value("drempel") ?? "", organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: form, failure: failure)
        }
        return redirect(.adminAreas, message: "saved")
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        try await page(request: request, context: context)
    }

    @Sendable func add(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.areas.add(
                code: form.value("code") ?? "", name: form.value("naam") ?? "", organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.adminAreas, message: "created")
        } catch let failure as ValidationFailure {
            return try await page(request: request, context: context, form: form, failure: failure)
        }
    }

    /// Takes an uploaded file, or pasted text when no file was chosen.
    @Sendable func importCSV(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        var request = request
        let form = try await FormData.read(&request, context: context)
        let pasted = form.value("inhoud") ?? ""
        let text: String
        if let file = form.file("bestand"), !file.content.isEmpty {
            text = String(decoding: file.content, as: UTF8.self)
        } else {
            text = pasted
        }
        switch AreaCSV.parse(text) {
        case .failure(let list):
            return try await page(request: request, context: context, importProblems: list.problems.map(\.description), csvText: pasted)
        case .success(let rows):
            do {
                let result = try await services.areas.importRows(rows, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
                let summary = context.language == .dutch
                    ? "\(result.created) nieuw, \(result.renamed) hernoemd, \(result.unchanged) ongewijzigd."
                    : "\(result.created) new, \(result.renamed) renamed, \(result.unchanged) unchanged."
                return try await page(request: request, context: context, result: summary)
            } catch let failure as ValidationFailure {
                return try await page(request: request, context: context, importProblems: failure.invalidParams.map(\.reason), csvText: pasted)
            }
        }
    }
}

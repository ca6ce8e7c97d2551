// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore
import Synchronization

/// Imports that run beside the request that started them, so a large file does not hold a browser waiting; the
/// job page shows their progress. Kept in this process: the page that follows the upload is served by it.
final class ImportJobs: Sendable {
    enum State: Sendable { case running, imported, refused, failed }

    struct Job: Sendable {
        let id: UUID
        let organisationID: UUID
        let userID: UUID?
        let fileName: String
        var state: State = .running
        var progress = MeasurementImporter.Progress(bytesRead: 0, bytesTotal: 0, rows: 0)
        var report: MeasurementImporter.Report?
    }

    private let jobs = Mutex<[UUID: Job]>([:])

    func job(_ id: UUID) -> Job? { jobs.withLock { $0[id] } }

    func update(_ id: UUID, _ change: (inout Job) -> Void) {
        jobs.withLock { all in
            if var job = all[id] {
                change(&job)
                all[id] = job
            }
        }
    }

    /// Starts importing `path` (a temporary file this job removes when done).
    func start(
        path: String, fileName: String, organisationID: UUID, actor: AuditActor, importer: MeasurementImporter, now: Date
    ) -> UUID {
        let id = UUID()
        jobs.withLock { $0[id] = Job(id: id, organisationID: organisationID, userID: actor.userID, fileName: fileName) }
        Task {
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                let report = try await importer.run(
                    path: path, fileName: fileName, organisationID: organisationID, actor: actor, now: now,
                    progress: { progress in self.update(id) { $0.progress = progress } })
                update(id) {
                    $0.state = .imported
                    $0.report = report
                }
            } catch let refused as MeasurementImporter.Refused {
                update(id) {
                    $0.state = .refused
                    $0.report = refused.report
                }
            } catch {
                update(id) { $0.state = .failed }
            }
        }
        return id
    }
}

/// The import page: upload a CSV of measurements, follow the job, read the report.
struct ImportController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.monitorImport.route, use: form)
        router.post(SiteURL.monitorImport.route, use: upload)
        router.get(SiteURL.route(SiteURL.monitorImportJob), use: job)
    }

    struct FormPage {
        struct Column { let name: String; let meaning: String }
        let t: [String: String]
        let csrf: String
        let action: String
        let error: String?
        let columns: [Column]
        let example: String
        let maximumMegabytes: Int
    }

    static let columns: [FormPage.Column] = [
        .init(name: "indicator", meaning: "De code van de indicator, zoals JZ-01. Verplicht."),
        .init(name: "periode", meaning: "2026 (jaar), 2026-Q1 (kwartaal) of 2026-03 (maand), passend bij de frequentie van de indicator. Verplicht."),
        .init(name: "gebied", meaning: "De CBS-code van gemeente, wijk of buurt, zoals GM0363, WK036301 of BU03630101. Verplicht."),
        .init(name: "uitsplitsing", meaning: "Naam van een uitsplitsing, zoals leeftijdsgroep. Leeg voor het hele gebied."),
        .init(name: "categorie", meaning: "De categorie binnen de uitsplitsing, zoals 18–26. Leeg als uitsplitsing leeg is."),
        .init(name: "waarde", meaning: "Het getal. Bij een percentage mag het leeg blijven: dat volgt uit teller en noemer."),
        .init(name: "teller", meaning: "Bij een percentage: hoeveel mensen het betreft."),
        .init(name: "noemer", meaning: "Bij een percentage: uit hoeveel mensen. Bij een score: het aantal respondenten (voor het gewogen gemiddelde)."),
        .init(name: "status", meaning: "voorlopig of definitief. Leeg is voorlopig. Een definitieve waarde wordt nooit overschreven."),
        .init(name: "toelichting", meaning: "Optioneel, hoogstens 1000 tekens."),
    ]

    private func render(request: Request, context: AppRequestContext, error: String?) throws -> Response {
        let t = Translations.texts(context.language)
        let page = FormPage(
            t: t, csrf: context.csrfToken, action: SiteURL.monitorImport.path, error: error, columns: Self.columns,
            example: "indicator;periode;gebied;waarde;teller;noemer;status;toelichting\nJZ-01;2026-Q1;WK036301;42;;;voorlopig;\nWI-02;2026-Q1;GM0363;;118;530;definitief;Uit de eigen registratie",
            maximumMegabytes: context.maxUploadSize / 1_048_576)
        return try services.renderer.page(
            "monitor-import", page, title: t["importTitle"]!, context: context, request: request, status: error == nil ? .ok : .badRequest, message: error)
    }

    @Sendable func form(request: Request, context: AppRequestContext) async throws -> Response {
        guard PoliciesController.mayEdit(try context.requireUser()) else { throw HTTPError(.forbidden) }
        return try render(request: request, context: context, error: nil)
    }

    @Sendable func upload(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        guard let file = form.file("bestand"), !file.content.isEmpty else {
            return try render(request: request, context: context, error: "Kies een CSV-bestand met metingen.")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-import-\(UUID().uuidString).csv").path
        guard FileManager.default.createFile(atPath: path, contents: file.content) else {
            return try render(request: request, context: context, error: "Het bestand kon niet worden opgeslagen. Probeer het opnieuw.")
        }
        let id = services.importJobs.start(
            path: path, fileName: file.filename, organisationID: user.organisationID, actor: context.auditActor,
            importer: services.importer, now: services.now)
        return Response(status: .seeOther, headers: [.location: SiteURL.monitorImportJob(id: id.uuidString.lowercased()).path])
    }

    struct JobPage {
        let t: [String: String]
        let fileName: String
        let running: Bool
        let imported: Bool
        let refused: Bool
        let failed: Bool
        let percent: Int
        let rows: Int
        let created: Int
        let replaced: Int
        let problems: [String]
        let moreProblems: Int?
        let refreshURL: String
        let importURL: String
        let monitorURL: String
    }

    @Sendable func job(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        // Someone else's job does not exist, as far as this user can tell.
        guard let job = services.importJobs.job(id), job.organisationID == user.organisationID, job.userID == user.userID else {
            throw HTTPError(.notFound)
        }
        let t = Translations.texts(context.language)
        let report = job.report
        let page = JobPage(
            t: t, fileName: job.fileName, running: job.state == .running, imported: job.state == .imported, refused: job.state == .refused,
            failed: job.state == .failed,
            percent: job.progress.bytesTotal > 0 ? min(100, job.progress.bytesRead * 100 / job.progress.bytesTotal) : 0,
            rows: report?.rows ?? job.progress.rows, created: report?.created ?? 0, replaced: report?.replaced ?? 0,
            problems: report?.problems.map(\.description) ?? [], moreProblems: (report?.moreProblems ?? 0) > 0 ? report?.moreProblems : nil,
            refreshURL: SiteURL.monitorImportJob(id: id.uuidString.lowercased()).path, importURL: SiteURL.monitorImport.path,
            monitorURL: SiteURL.monitor.path)
        return try services.renderer.page(
            "monitor-import-job", page, title: t["importTitle"]!, context: context, request: request,
)
    }
}

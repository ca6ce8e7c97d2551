// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatStore
import LemniscaatWeb

struct RapportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rapport", abstract: "Maak een rapport.", subcommands: [Staat.self, Knelpunten.self])

    /// The one organisation, or the one named with --organisatie; stops with a clear message otherwise.
    static func organisation(_ slug: String?, store: Store) async throws -> OrganisationModel {
        let organisations = try await OrganisationModel.query(on: store.database).all()
        let chosen = slug.map { slug in organisations.filter { $0.slug == slug } } ?? organisations
        guard chosen.count == 1, let organisation = chosen.first else {
            await store.shutdown()
            fail(chosen.isEmpty ? "Die organisatie bestaat niet." : "Kies de organisatie met --organisatie: \(organisations.map(\.slug).joined(separator: ", ")).")
        }
        return organisation
    }

    /// Writes to the file, or to standard output without one.
    static func write(_ text: String, to path: String?) {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            fail("Het bestand \(path) kon niet worden geschreven: \(error.localizedDescription)")
        }
    }

    struct Staat: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "staat",
            abstract: "De Staat van de Uitvoering van een jaar of kwartaal: als HTML om af te drukken, als Markdown of als CSV-bijlage.",
            discussion: "Dezelfde inhoud als /rapportages/staat-van-de-uitvoering (zie docs/staat-van-de-uitvoering.md).")

        @Option(name: .customLong("periode"), help: "Een jaar (2026) of een kwartaal (2026-Q3).") var period: String
        @Option(name: .customLong("formaat"), help: "html, md of csv.") var format: String = "html"
        @Option(name: .customLong("domein"), help: "Alleen dit beleidsterrein (de naam of de slug).") var domain: String?
        @Option(name: .customLong("organisatie"), help: "De organisatie (slug), als de database er meer dan één heeft.") var organisation: String?
        @Option(name: .customLong("uitvoer"), help: "Schrijf naar dit bestand in plaats van naar het scherm.") var output: String?

        func run() async throws {
            guard let chosen = ReportPeriod(period) else { fail("Kies een jaar (bijvoorbeeld 2026) of een kwartaal (bijvoorbeeld 2026-Q3).") }
            guard let format = StateReportExport.Format(rawValue: format.lowercased()) else { fail("Kies --formaat html, md of csv.") }
            let env = Environment()
            let store = try await env.openStore()
            let organisation = try await RapportCommand.organisation(organisation, store: store)
            var domainID: UUID?
            if let domain {
                let domains = try await DomainModel.query(on: store.database).filter(\.$organisationID == organisation.id!).all()
                guard let match = domains.first(where: { $0.slug == domain || $0.name.lowercased() == domain.lowercased() }) else {
                    await store.shutdown()
                    fail("Dat beleidsterrein bestaat niet. Kies uit: \(domains.map(\.name).joined(separator: ", ")).")
                }
                domainID = match.id
            }
            let started = Date()
            let report = try await StateReportRepository(store: store).build(
                organisationID: organisation.id!, period: chosen, domainID: domainID, now: Date()
            ) { done in
                FileHandle.standardError.write(
                    Data(String(format: "Rapport maken: stap %d van %d klaar na %.2f s\n", done, StateReport.steps, Date().timeIntervalSince(started)).utf8))
            }
            let text = try await StateReportExport.render(report, format: format, baseURL: env.values["LEMNISCAAT_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://127.0.0.1:8080")
            await store.shutdown()
            RapportCommand.write(text, to: output)
            FileHandle.standardError.write(Data(String(format: "Klaar in %.2f s\n", Date().timeIntervalSince(started)).utf8))
        }
    }
}

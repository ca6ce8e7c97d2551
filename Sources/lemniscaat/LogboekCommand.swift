// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatStore

/// `lemniscaat logboek`: prints the processing log (Logboek Dataverwerkingen), newest first, one line per read.
struct LogboekCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logboek", abstract: "Toon het logboek dataverwerkingen (docs/logboek-dataverwerkingen.md).")

    @Option(name: .customLong("organisatie"), help: "Alleen deze organisatie (slug); zonder: alle.")
    var organisation: String?

    @Option(name: .customLong("aantal"), help: "Hoeveel regels per organisatie, nieuwste eerst.")
    var count = 100

    @Option(name: .customLong("verwerking"), help: "Alleen deze verwerking (id uit het register).")
    var activity: String?

    func validate() throws {
        guard (1...100_000).contains(count) else { throw ValidationError("--aantal moet tussen 1 en 100000 liggen.") }
        if let activity, ProcessingActivity(rawValue: activity) == nil {
            throw ValidationError("Onbekende verwerking. Kies uit: \(ProcessingActivity.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    func run() async throws {
        let env = Environment()
        let store = try await env.openStore()
        do {
            var query = OrganisationModel.query(on: store.database).sort(\.$name)
            if let organisation { query = query.filter(\.$slug == organisation) }
            let organisations = try await query.all()
            if organisations.isEmpty { throw ValidationError("Geen organisatie gevonden.") }
            let repository = ProcessingLogRepository(store: store)
            for organisation in organisations {
                let (entries, total) = try await repository.page(
                    organisationID: organisation.id!, filter: .init(activity: activity.flatMap(ProcessingActivity.init(rawValue:))), page: 1, pageSize: count)
                print("\(organisation.name): \(total) regels\(total > entries.count ? ", de nieuwste \(entries.count)" : "")")
                print(["tijd (UTC)", "trace_id", "span_id", "verwerking", "betrokkene (hash)", "wie", "resultaat"].joined(separator: "\t"))
                for e in entries {
                    print([AuditChain.timestamp(e.started_at), e.trace_id, e.span_id, e.activity_id, e.subject_hash, e.actor_label, e.outcome].joined(separator: "\t"))
                }
            }
            await store.shutdown()
        } catch {
            await store.shutdown()
            fail("Het logboek kon niet worden gelezen: \(error)")
        }
    }
}

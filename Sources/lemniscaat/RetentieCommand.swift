// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import Foundation
import LemniscaatCore
import LemniscaatStore

/// `lemniscaat retentie [--dry-run]`: applies the bewaartermijnen now, or shows what the next run would touch.
struct RetentieCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retentie", abstract: "Pas de bewaartermijnen nu toe (docs/bewaartermijnen.md).")

    @Flag(name: .customLong("dry-run"), help: "Toon alleen wat de volgende run zou doen; verander niets.")
    var dryRun = false

    func run() async throws {
        let env = Environment()
        let store = try await env.openStore()
        let repository = RetentionRepository(store: store)
        do {
            let result = dryRun
                ? try await repository.plan(now: Date())
                : try await repository.run(now: Date(), actor: { AuditActor.commandLine(organisationID: $0) })
            await store.shutdown()
            print(Self.report(result, dryRun: dryRun))
        } catch {
            await store.shutdown()
            fail("De bewaartermijnen konden niet worden toegepast: \(error)")
        }
    }

    static func report(_ result: RetentionRepository.Result, dryRun: Bool) -> String {
        var lines = [dryRun ? "Bewaartermijnen, proef (er verandert niets):" : "Bewaartermijnen toegepast:"]
        let verb = dryRun ? "zou" : ""
        for organisation in result.organisations {
            let c = organisation.counts
            lines.append("\(organisation.name):")
            lines.append("  melders geanonimiseerd            \(c.reportersAnonymised)")
            lines.append("  afgehandelde signalen verwijderd  \(c.closedSignalsDeleted)")
            lines.append("  niet opgepakte signalen verwijderd \(c.withdrawnSignalsDeleted)")
            lines.append("  agendapunten met notulen geleegd  \(c.minutesEmptied)")
            lines.append("  contactgegevens raadplegingen gewist \(c.consultationContactsErased)")
        }
        lines.append("Auditlog: \(result.auditEntriesRemoved) oude regels \(verb.isEmpty ? "verwijderd" : "zouden worden verwijderd") (met een controlepunt, de keten blijft controleerbaar).")
        return lines.joined(separator: "\n")
    }
}

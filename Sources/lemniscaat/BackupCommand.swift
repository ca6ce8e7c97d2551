// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import Foundation
import LemniscaatStore

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Maak een back-up van de database, ook terwijl de server draait, met een manifest ernaast.",
        discussion: """
            SQLite: een kopie van één moment (VACUUM INTO). PostgreSQL: pg_dump --format=custom (pg_dump moet op het PATH staan).
            Naast FILE komt FILE.manifest.json met de rijen per tabel, het einde van de auditketen, de laatste migratie en de
            SHA-256 van het bestand; lemniscaat restore controleert daartegen. Zie docs/productie.md.
            """)

    @Argument(help: "Het back-upbestand; het mag nog niet bestaan.") var file: String

    func run() async throws {
        let env = Environment()
        // No migration first: a backup taken before an upgrade must hold the database as it was.
        let store = try await env.openStore(migrate: false)
        let report: BackupReport
        do {
            report = try await Backup.create(from: store, to: file, now: Date())
        } catch let error as BackupError {
            await store.shutdown()
            fail(error.description)
        } catch {
            await store.shutdown()
            fail("De back-up is mislukt: \(String(reflecting: error).prefix(400))")
        }
        await store.shutdown()
        let manifest = report.manifest
        print("""
            Back-up gemaakt van \(env.database): \(report.path)
              \(manifest.tables.count) tabellen, \(manifest.rows) rijen, \(manifest.bytes) bytes, SHA-256 \(manifest.sha256)
              auditlog tot en met regel \(manifest.auditLastSequence ?? 0), laatste migratie \(manifest.lastMigration)
              manifest: \(report.manifestPath)
            Klaar in \(String(format: "%.1f", report.seconds)) s. De back-up zelf staat in het auditlog (backup.gemaakt).
            """)
    }
}

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Zet een back-up terug in een lege database en controleer hem tegen zijn manifest.",
        discussion: """
            Alleen in een lege database (SQLite: het bestand bestaat nog niet; PostgreSQL: het schema heeft geen tabellen):
            er wordt nooit iets overschreven. Daarna worden de rijen per tabel, de laatste migratie, de hele auditketen en de
            SHA-256 van het bestand vergeleken met FILE.manifest.json. Klopt alles, dan komt de terugzet in het auditlog.
            PostgreSQL gebruikt pg_restore en psql (op het PATH). Zie docs/productie.md.
            """)

    @Argument(help: "Het back-upbestand; FILE.manifest.json moet ernaast staan.") var file: String

    func run() async throws {
        let env = Environment()
        let report: RestoreReport
        do {
            report = try await Backup.restore(from: file, into: env.database, logger: env.logger, settings: env.databaseSettings, now: Date())
        } catch let error as BackupError {
            fail(error.description)
        } catch let error as StoreError {
            fail(error.description)
        } catch {
            fail("Het terugzetten is mislukt: \(String(reflecting: error).prefix(400))")
        }
        let manifest = report.manifest
        let check = report.check
        print("Back-up \(file) (\(manifest.database == "sqlite" ? "SQLite" : "PostgreSQL"), gemaakt \(manifest.createdAt.formatted(.iso8601)))")
        print("Controle tegen het manifest:")
        print("  controlesom (SHA-256): \(check.checksumMatches ? "klopt" : "KLOPT NIET")")
        print("  tabellen: \(check.tables) met \(check.rows) rijen (de back-up: \(manifest.tables.count) met \(manifest.rows))")
        print("  laatste migratie: \(check.lastMigration ?? "-")")
        print("  auditlog: \(check.auditChecked) regels gecontroleerd, laatste regel \(check.auditLastSequence ?? 0) (de back-up: \(manifest.auditLastSequence ?? 0))")
        guard check.isValid else {
            for problem in check.problems { print("FOUT: \(problem)") }
            let state =
                manifest.database == "sqlite"
                ? "De database is niet teruggezet; \(env.database) is niet veranderd."
                : "De gegevens staan wel in de database, om te onderzoeken; er is geen auditregel geschreven. Maak de database weer leeg voordat u een andere back-up terugzet."
            fail("De teruggezette gegevens kloppen niet met de back-up (\(check.problems.count) verschil(len)). \(state)")
        }
        print("Alles klopt. Teruggezet in \(env.database) in \(String(format: "%.1f", report.seconds)) s.")
        print("De terugzet staat in het auditlog als regel \(report.restoreEntrySequence ?? 0) (backup.teruggezet).")
        print("Start de server (of lemniscaat migrate): migraties van een nieuwere versie worden dan uitgevoerd.")
    }
}

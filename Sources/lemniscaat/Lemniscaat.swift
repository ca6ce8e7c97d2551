// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore
import LemniscaatWeb
import Logging
import NIOCore

@main
struct Lemniscaat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemniscaat",
        abstract: "Lemniscaat: de lus tussen beleid en uitvoering.",
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, TokenCommand.self, AuditCommand.self, ImportCommand.self, RapportCommand.self,
            BackupCommand.self, RestoreCommand.self, RetentieCommand.self, LogboekCommand.self, TakenCommand.self, SSOCommand.self,
        ])
}

/// Settings every subcommand reads from the environment (and `.env`).
struct Environment {
    let values: [String: String]

    init() { values = AppConfig.environment() }

    var dataDirectory: String { values["LEMNISCAAT_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data" }
    var database: DatabaseLocation { .from(databaseURL: values["DATABASE_URL"], dataDirectory: dataDirectory) }
    /// Pool size, pool timeout and statement timeout; a wrong value stops the command with a clear message.
    var databaseSettings: DatabaseSettings {
        do {
            return try DatabaseSettings(environment: values)
        } catch {
            fail("\(error)")
        }
    }
    var demoPassword: String { values["LEMNISCAAT_DEMO_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 } ?? DemoOrganisation.defaultPassword }

    var logger: Logger {
        var logger = Logger(label: "lemniscaat")
        logger.logLevel = Logger.Level(rawValue: values["LOG_LEVEL"]?.lowercased() ?? "") ?? .info
        return logger
    }

    /// Opens and (unless told not to) migrates the database, or stops with a clear message.
    func openStore(migrate: Bool = true) async throws -> Store {
        do {
            let store = try await Store.open(database, logger: logger, settings: databaseSettings)
            if migrate { try await store.migrate() }
            return store
        } catch let error as StoreError {
            fail(error.description)
        } catch {
            fail("De database (\(database)) is niet bereikbaar of kon niet worden bijgewerkt: \(error)")
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("lemniscaat: " + message + "\n").utf8))
    Foundation.exit(1)
}

func printSignInHint(baseURL: String, password: String) {
    // Straight to the file handle: print() is buffered when output goes to a file, and the server keeps running.
    FileHandle.standardOutput.write(Data("""

    Lemniscaat draait op \(baseURL)
    Demo-organisatie: \(DemoOrganisation.name). Meld u aan met een van deze accounts:
    \(DemoOrganisation.namedAccounts.map { "  \($0.email)  (\($0.role.rawValue))" }.joined(separator: "\n"))
    Wachtwoord: \(password == DemoOrganisation.defaultPassword ? password : "(de waarde van LEMNISCAAT_DEMO_PASSWORD)")

    """.utf8))
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start de server.")

    @Option(help: "Adres om op te luisteren.") var host = "127.0.0.1"
    @Option(help: "Poort om op te luisteren.") var port = 8080
    @Flag(help: "Laad de demo-organisatie als de database leeg is.") var demo = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port moet tussen 1 en 65535 liggen.") }
    }

    func run() async throws {
        let env = Environment()
        let baseURL = env.values["LEMNISCAAT_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://\(host):\(port)"
        let cookieSecure: Bool?
        do { cookieSecure = try AppConfig.flag(env.values["LEMNISCAAT_COOKIE_SECURE"]) } catch { fail("LEMNISCAAT_COOKIE_SECURE: \(error)") }
        let secret = env.values["LEMNISCAAT_SECRET"] ?? ""
        if secret.isEmpty && !demo {
            env.logger.warning("LEMNISCAAT_SECRET is not set; set it in production")
        }
        let store = try await env.openStore()
        if demo {
            if try await OrganisationRepository(store: store).isDatabaseEmpty() {
                try await DemoOrganisation.load(into: store, password: env.demoPassword, now: Date())
                print("De demo-organisatie is geladen in \(env.database).")
            }
            printSignInHint(baseURL: baseURL, password: env.demoPassword)
        }
        var config = AppConfig(
            host: host, port: port, database: env.database, secret: secret, baseURL: baseURL, cookieSecure: cookieSecure,
            logLevel: env.logger.logLevel, smtpURL: env.values["LEMNISCAAT_SMTP_URL"],
            mailFrom: env.values["LEMNISCAAT_MAIL_FROM"].flatMap { $0.isEmpty ? nil : $0 } ?? "lemniscaat@localhost",
            databaseSettings: env.databaseSettings)
        if let lease = env.values["LEMNISCAAT_JOB_LEASE_SECONDS"], !lease.isEmpty {
            guard let seconds = Int(lease), (1...3600).contains(seconds) else {
                fail("LEMNISCAAT_JOB_LEASE_SECONDS moet een aantal seconden tussen 1 en 3600 zijn.")
            }
            config.jobLease = .seconds(seconds)
        }
        if let proxies = env.values["LEMNISCAAT_TRUSTED_PROXIES"], !proxies.isEmpty {
            config.trustedProxies = Set(proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        let app = try await buildApplication(config, store: store, ownsStore: true)
        do {
            try await app.runService()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            fail("Poort \(port) op \(host) is al in gebruik: stop het programma dat haar gebruikt, of kies een andere poort met --port.")
        } catch let error as IOError where error.errnoCode == EACCES {
            fail("Lemniscaat mag poort \(port) op \(host) niet gebruiken: kies een poort boven 1023 met --port.")
        }
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Werk de database bij naar de nieuwste versie.")

    func run() async throws {
        let env = Environment()
        let store = try await env.openStore()
        await store.shutdown()
        print("De database is bijgewerkt (\(env.database)).")
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Laad de demo-organisatie in een lege database.")

    @Flag(name: .customLong("grote-gemeente"), help: "Laad daarna de werklast van een grote gemeente (voor bench/): 300 gebruikers, 150 beleidsstukken, 200 000 signalen, 1 000 000 herkenningen.")
    var groteGemeente = false

    @Option(name: .customLong("signalen"), help: "Aantal signalen in de werklast (standaard 200000); herkenningen schalen mee.")
    var signals: Int?

    func validate() throws {
        if let signals, signals < 1 || signals > 5_000_000 { throw ValidationError("--signalen moet tussen 1 en 5000000 liggen.") }
        if signals != nil && !groteGemeente { throw ValidationError("--signalen hoort bij --grote-gemeente.") }
    }

    func run() async throws {
        let env = Environment()
        let store = try await env.openStore()
        if groteGemeente {
            var size = GroteGemeente.Size.full
            if let signals {
                size.recognitions = Int(Double(size.recognitions) * Double(signals) / Double(size.signals))
                size.signals = signals
            }
            do {
                let report = try await GroteGemeente.load(into: store, size: size, now: Date(), password: env.demoPassword) { progress in
                    ProgressBar.draw(progress)
                }
                FileHandle.standardError.write(Data("\n".utf8))
                let rate = Int(Double(report.rows) / max(report.seconds, 0.001))
                print(
                    "Werklast grote gemeente geladen in \(String(format: "%.1f", report.seconds)) s: \(report.users) gebruikers, "
                        + "\(report.policies) beleidsstukken, \(report.signals) signalen, \(report.recognitions) herkenningen "
                        + "(\(report.comments) met opmerking), \(report.events) gebeurtenissen; \(report.rows) rijen, \(rate) rijen per seconde.")
            } catch let error as GroteGemeente.LoadError {
                await store.shutdown()
                fail(error.description)
            }
            await store.shutdown()
            return
        }
        do {
            try await DemoOrganisation.load(into: store, password: env.demoPassword, now: Date())
        } catch let error as DemoOrganisation.LoadError {
            await store.shutdown()
            fail(error.description)
        } catch let failure as ValidationFailure {
            await store.shutdown()
            fail(failure.invalidParams.map(\.reason).joined(separator: " "))
        }
        await store.shutdown()
        print("De demo-organisatie \(DemoOrganisation.name) is geladen.")
    }
}

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Beheer gebruikers.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Voeg een gebruiker toe (en zo nodig de organisatie).")

        @Option(help: "E-mailadres.") var email: String
        @Option(help: "Naam.") var name: String
        @Option(help: "Rol: \(Role.allCases.map(\.rawValue).joined(separator: ", ")). Mag vaker.") var role: [String]
        @Option(help: "Naam van de organisatie; wordt gemaakt als die nog niet bestaat.") var organisation: String
        @Option(help: "Wachtwoord; anders leest de opdracht LEMNISCAAT_PASSWORD of maakt een uitnodigingslink.") var password: String?

        func validate() throws {
            for value in role where Role(rawValue: value) == nil {
                throw ValidationError("Onbekende rol '\(value)'. Kies uit: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() async throws {
            let env = Environment()
            let store = try await env.openStore()
            let organisations = OrganisationRepository(store: store)
            do {
                let target: OrganisationModel
                if let existing = try await organisations.organisation(named: organisation) {
                    target = existing
                } else {
                    target = try await organisations.create(name: organisation, actor: .commandLine(organisationID: nil), now: Date())
                    print("Organisatie '\(target.name)' gemaakt.")
                }
                let password = self.password ?? env.values["LEMNISCAAT_PASSWORD"]
                let created = try await AccountRepository(store: store).create(
                    .init(email: email, name: name, roles: role.compactMap(Role.init(rawValue:)), password: password),
                    organisationID: target.id!, actor: .commandLine(organisationID: target.id), now: Date())
                print("Gebruiker \(created.user.email) toegevoegd aan \(target.name).")
                if let invitation = created.invitation {
                    let base = env.values["LEMNISCAAT_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://127.0.0.1:8080"
                    print("Uitnodigingslink (7 dagen geldig): \(base)/uitnodiging/\(invitation)")
                }
            } catch let failure as ValidationFailure {
                await store.shutdown()
                fail(failure.invalidParams.map { "\($0.name): \($0.reason)" }.joined(separator: "\n"))
            }
            await store.shutdown()
        }
    }
}

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "API-sleutels.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Maak een API-sleutel voor een gebruiker en toon hem één keer.")

        @Option(help: "E-mailadres van de gebruiker.") var user: String
        @Option(help: "Naam van de sleutel.") var name = "opdrachtregel"

        func run() async throws {
            let env = Environment()
            let store = try await env.openStore()
            guard let account = try await AccountRepository(store: store).user(email: user), account.isActive else {
                await store.shutdown()
                fail("Er is geen actieve gebruiker met e-mailadres \(user).")
            }
            let created = try await TokenRepository(store: store).create(
                userID: account.id!, organisationID: account.organisationID, name: name,
                actor: .commandLine(organisationID: account.organisationID), now: Date())
            await store.shutdown()
            print(created.token)
        }
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Het auditlog.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Controleer de hashketen van het auditlog.")

        func run() async throws {
            let env = Environment()
            let store = try await env.openStore()
            let result = try await AuditRepository(store: store).verify()
            await store.shutdown()
            if result.breaks.isEmpty {
                print("Auditlog in orde: \(result.checked) regels gecontroleerd, de keten is heel.")
            } else {
                for problem in result.breaks { print("FOUT: \(problem)") }
                fail("Auditlog beschadigd: \(result.breaks.count) probleem/problemen in \(result.checked) regels.")
            }
        }
    }
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Importeer gegevens.", subcommands: [Measurements.self])

    struct Measurements: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "metingen",
            abstract: "Importeer metingen uit een CSV-bestand: alles of niets, met een lijst van alle fouten.",
            discussion: "Kolommen: indicator;periode;gebied;uitsplitsing;categorie;waarde;teller;noemer;status;toelichting (zie docs/monitor.md).")

        @Argument(help: "Het CSV-bestand.") var file: String
        @Option(name: .customLong("organisatie"), help: "De organisatie (slug), als de database er meer dan één heeft.") var organisation: String?

        func run() async throws {
            let env = Environment()
            let store = try await env.openStore()
            let organisations = try await OrganisationModel.query(on: store.database).all()
            let chosen = organisation.map { slug in organisations.filter { $0.slug == slug } } ?? organisations
            guard chosen.count == 1, let organisationID = chosen.first?.id else {
                await store.shutdown()
                fail(chosen.isEmpty ? "Die organisatie bestaat niet." : "Kies de organisatie met --organisatie: \(organisations.map(\.slug).joined(separator: ", ")).")
            }
            guard FileManager.default.isReadableFile(atPath: file) else {
                await store.shutdown()
                fail("Het bestand \(file) bestaat niet of kan niet worden gelezen.")
            }
            let started = Date()
            do {
                let report = try await MeasurementImporter(store: store).run(
                    path: file, fileName: (file as NSString).lastPathComponent, organisationID: organisationID,
                    actor: .commandLine(organisationID: organisationID), now: Date()
                ) { progress in
                    ProgressBar.draw(done: progress.bytesRead, total: progress.bytesTotal, rows: progress.rows, seconds: Date().timeIntervalSince(started))
                }
                FileHandle.standardError.write(Data("\n".utf8))
                let seconds = Date().timeIntervalSince(started)
                print(
                    "Geïmporteerd in \(String(format: "%.1f", seconds)) s: \(report.rows) regels, \(report.created) nieuw, \(report.replaced) vervangen; "
                        + "\(Int(Double(report.rows) / max(seconds, 0.001))) regels per seconde.")
            } catch let refused as MeasurementImporter.Refused {
                FileHandle.standardError.write(Data("\n".utf8))
                await store.shutdown()
                for problem in refused.report.problems { print(problem.description) }
                if refused.report.moreProblems > 0 { print("En nog \(refused.report.moreProblems) fouten.") }
                fail("Er is niets geïmporteerd: \(refused.report.problems.count + refused.report.moreProblems) fout(en) in \(refused.report.rows) regels.")
            }
            await store.shutdown()
        }
    }
}

/// One line on standard error, redrawn after every batch: bar, count, rows per second.
enum ProgressBar {
    static func draw(done: Int, total: Int, rows: Int, seconds: Double) {
        let fraction = total == 0 ? 1 : Double(done) / Double(total)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let line = "\r[\(bar)] \(Int(fraction * 100))% \(rows) regels, \(Int(Double(rows) / max(seconds, 0.001))) regels/s"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func draw(_ progress: GroteGemeente.Progress) {
        let fraction = progress.signalsTotal == 0 ? 1 : Double(progress.signalsDone) / Double(progress.signalsTotal)
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let rate = Int(Double(progress.rows) / max(progress.seconds, 0.001))
        let line = "\r[\(bar)] \(Int(fraction * 100))% \(progress.signalsDone)/\(progress.signalsTotal) signalen, \(progress.rows) rijen, \(rate) rijen/s"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

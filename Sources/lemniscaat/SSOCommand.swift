// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import Foundation
import LemniscaatStore

/// The way back in when an organisation switched passwords off and its sign-in service fails: whoever runs the server
/// can switch password sign-in on again (written to the audit log).
struct SSOCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sso", abstract: "Organisatie-inlog (OpenID Connect).", subcommands: [Passwords.self])

    struct Passwords: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "wachtwoorden", abstract: "Zet aanmelden met wachtwoord aan of uit voor een organisatie.")

        @Option(help: "Naam of slug van de organisatie.") var organisatie: String
        @Flag(help: "Wachtwoorden aan (het noodpad als de organisatie-inlog niet werkt).") var aan = false
        @Flag(help: "Wachtwoorden uit (alleen aanmelden via de organisatie-inlog).") var uit = false

        func validate() throws {
            guard aan != uit else { throw ValidationError("Kies --aan of --uit.") }
        }

        func run() async throws {
            let env = Environment()
            let store = try await env.openStore()
            guard let organisation = try await OrganisationRepository(store: store).organisation(named: organisatie) else {
                await store.shutdown()
                fail("Er is geen organisatie \(organisatie).")
            }
            try await SingleSignOnRepository(store: store).setPasswordSignIn(
                aan, organisationID: organisation.id!, actor: .commandLine(organisationID: organisation.id), now: Date())
            await store.shutdown()
            print("Aanmelden met wachtwoord staat \(aan ? "aan" : "uit") voor \(organisation.name).")
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Logging
import Synchronization
import Testing

@testable import LemniscaatWeb

/// Every log line the application writes, at every level, kept for the canary test.
final class CapturedLog: Sendable {
    static let shared = CapturedLog()
    private let lines = Mutex<[String]>([])

    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var text: String { lines.withLock { $0.joined(separator: "\n") } }

    struct Handler: LogHandler {
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        let label: String

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = metadata.merging(event.metadata ?? [:]) { $1 }
            CapturedLog.shared.append("\(event.level) \(label): \(event.message) \(all)")
        }
    }

    /// swift-log can be bootstrapped once per process; this test owns it.
    static let bootstrapped: Bool = {
        LoggingSystem.bootstrap { label in Handler(label: label) }
        return true
    }()
}

@Suite struct LogCanaryTests {
    /// A password, a session cookie, an API token and client data go through sign-in, pages and the API; none may
    /// appear in any log line, at any level.
    @Test func noSecretsOrClientDataInTheLogs() async throws {
        #expect(CapturedLog.bootstrapped)
        let password = "kanarie-wachtwoord-\(UUID().uuidString.prefix(8))"
        try await withTestStore { store in
            let fixture = try await Fixture.make(store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            let user = try await AccountRepository(store: store).create(
                .init(email: "kanarie@testdorp.test", name: "Kees Kanarie", roles: [.policyOfficer], password: password),
                organisationID: fixture.organisationID, actor: actor, now: Date())
            let token = try await TokenRepository(store: store).create(userID: user.user.id!, organisationID: fixture.organisationID, name: "kanarie", actor: actor, now: Date())
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            let config = AppConfig(database: .sqlite(path: "unused"), logLevel: .trace)
            let app = try await buildApplication(config, store: store)
            try await app.test(.router) { client in
                var browser = Browser(client)
                try await browser.signIn("kanarie@testdorp.test", password: "fout-\(password)")
                try await browser.signIn("kanarie@testdorp.test", password: password)
                let session = try #require(browser.cookies["__Host-lemniscaat"])
                try await browser.get("/signalen/nieuw")
                try await browser.post("/signalen/nieuw", [
                    ("titel", "Betaling"), ("omschrijving", "Meneer met BSN 111222333 en IBAN NL91ABNA0417164300."),
                    ("domein", domain.domain.id!.uuidString.lowercased()), ("aantalBetrokkenen", "1"), ("urgentie", "laag"),
                ])
                _ = try await client.execute(uri: "/api/v1/signalen", method: .post, headers: [.authorization: "Bearer \(token.token)", .contentType: "application/json"],
                    body: ByteBuffer(string: #"{"titel":"x","omschrijving":"bel 06-12345678","domein":"\#(domain.domain.id!.uuidString.lowercased())","aantalBetrokkenen":"1","urgentie":"laag"}"#))
                // An organisation-inlog's client secret, saved by the beheerder, then a sign-in whose provider is unreachable
                // (which is logged as a warning).
                let clientSecret = "kanarie-clientgeheim-\(UUID().uuidString.prefix(8))"
                var admin = Browser(client)
                try await admin.signIn(fixture.administrator.email)
                try await admin.get("/beheer/organisatie-inlog")
                let saved = try await admin.post("/beheer/organisatie-inlog", [
                    ("aan", "ja"), ("naam", "Kanarie-inlog"), ("issuer", "http://127.0.0.1:9"), ("clientId", "lemniscaat"), ("clientSecret", clientSecret),
                    ("scopes", "openid"), ("wachtwoord", "ja"),
                ])
                #expect(saved.status == .seeOther)
                var visitor = Browser(client)
                #expect(try await visitor.get("/sso/gemeente-testdorp/start").status == .badGateway)
                let log = CapturedLog.shared.text
                #expect(!log.isEmpty)
                #expect(log.contains("single sign-on discovery failed"))
                for canary in [password, session, token.token, "111222333", "NL91ABNA0417164300", "06-12345678", browser.lastCSRF, clientSecret] {
                    #expect(!log.contains(canary), "found in the log: \(canary.prefix(6))…")
                }
            }
        }
    }
}

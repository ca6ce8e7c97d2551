// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import HummingbirdTesting
import LemniscaatStore
import LemniscaatTestSupport
import Logging
import Testing

@testable import LemniscaatWeb

/// Behind a reverse proxy: the client's address from X-Forwarded-For, only when the proxy is trusted.
@Suite struct ForwardedAddressTests {
    @Test func theClientIsTheRightMostUntrustedHop() {
        let proxies: Set<String> = ["10.0.0.2", "10.0.0.3"]
        #expect(ForwardedAddressMiddleware.client(forwardedFor: ["203.0.113.7"], trusted: proxies) == "203.0.113.7")
        // a client may write anything on the left; the proxies append on the right
        #expect(ForwardedAddressMiddleware.client(forwardedFor: ["1.2.3.4, 203.0.113.7, 10.0.0.3"], trusted: proxies) == "203.0.113.7")
        #expect(ForwardedAddressMiddleware.client(forwardedFor: ["1.2.3.4", "2001:db8::1"], trusted: proxies) == "2001:db8::1")
        #expect(ForwardedAddressMiddleware.client(forwardedFor: ["<script>"], trusted: proxies) == nil)
        #expect(ForwardedAddressMiddleware.client(forwardedFor: ["10.0.0.2"], trusted: proxies) == nil)
        #expect(ForwardedAddressMiddleware.client(forwardedFor: [], trusted: proxies) == nil)
    }

    @Test(arguments: [true, false])
    func aFailedSignInIsRecordedWithTheForwardedAddressOnlyBehindATrustedProxy(trusted: Bool) async throws {
        // A real server on loopback, always on SQLite: the middleware does not touch the database, and on the shared
        // PostgreSQL of a parallel run the live server's start-up work made its requests time out.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-forwarded-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try await Store.open(.sqlite(path: folder.appendingPathComponent("test.sqlite").path), logger: Logger(label: "test"))
        do {
            try await store.migrate()
            // setup: 127.0.0.1 is the proxy, trusted or not
            let fixture = try await Fixture.make(store)
            var config = AppConfig(port: 0, database: .sqlite(path: "unused"), logLevel: .warning)
            config.cookieSecure = false
            if trusted { config.trustedProxies = ["127.0.0.1"] }
            let app = try await buildApplication(config, store: store)
            try await app.test(.live) { client in
                var browser = Browser(client)
                try await browser.get("/aanmelden", headers: [.xForwardedFor: "203.0.113.7"])
                // act
                try await browser.send(
                    "/aanmelden", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .xForwardedFor: "198.51.100.1, 203.0.113.7"],
                    body: .init(string: "email=\(fixture.practitioner.email)&wachtwoord=fout-wachtwoord&_csrf=\(browser.lastCSRF)"))
            }
            // check
            let entry = try #require(try await AuditEntryModel.query(on: store.database).filter(\.$action == "aanmelden.mislukt").first())
            #expect(entry.origin == (trusted ? "203.0.113.7" : "127.0.0.1"))
            await store.shutdown()
        } catch {
            await store.shutdown()
            throw error
        }
    }
}

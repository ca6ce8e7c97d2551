// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import AsyncHTTPClient
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import NIOCore
import Synchronization
import Testing

@testable import LemniscaatWeb

/// Real time, which can be moved forward: the provider stamps its tokens with the real time, and a frozen test clock
/// would fall behind it on a slow machine (a token "issued in the future" is refused too).
final class RunningClock: Sendable {
    private let offset = Mutex<TimeInterval>(0)
    var now: Date { Date().addingTimeInterval(offset.withLock { $0 }) }
    func advance(_ seconds: TimeInterval) { offset.withLock { $0 += seconds } }
    var appClock: AppClock { AppClock { self.now } }
}

/// The application on a fresh test database, on a running clock.
func withSSOApp(
    clock: RunningClock = RunningClock(), _ test: @Sendable (Store, Fixture, any TestClientProtocol) async throws -> Void
) async throws {
    try await withApp(configure: { $0.clock = clock.appClock }, test)
}

/// CI=true (or any value but empty, false or 0), as scripts/test reads it.
let runsInCI: Bool = {
    let value = ProcessInfo.processInfo.environment["CI"] ?? ""
    return !value.isEmpty && value != "false" && value != "0"
}()

/// Single sign-on against a real OpenID provider on loopback: oidc-provider-mock, started per test from
/// `tests/oidc/provider.py` with the Python of LEMNISCAAT_TEST_PYTHON (scripts/test installs it). In CI the suite runs
/// even without that variable, so a provider that cannot start fails the run instead of skipping it.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LEMNISCAAT_TEST_PYTHON"] != nil || runsInCI), .serialized)
struct SingleSignOnTests {
    struct ProviderDidNotStart: Error, CustomStringConvertible {
        let description: String
    }

    /// The provider process; ID tokens live `tokenMaxAge` seconds.
    final class Provider: @unchecked Sendable {
        let process = Process()
        let input = Pipe()
        private(set) var port = 0
        var issuer: String { "http://127.0.0.1:\(port)" }

        init(tokenMaxAge: Int = 120) throws {
            guard let python = ProcessInfo.processInfo.environment["LEMNISCAAT_TEST_PYTHON"] else {
                throw ProviderDidNotStart(description: "LEMNISCAAT_TEST_PYTHON is not set: the OpenID provider tests cannot run (CI must install oidc-provider-mock)")
            }
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("../../tests/oidc/provider.py").standardized.path
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script, "0", String(tokenMaxAge)]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            process.standardInput = input
            try process.run()
            // "ready PORT" on one line; read up to its end (a pipe may hand it over in pieces).
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            let words = String(decoding: line, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            guard words.count >= 2, words[0] == "ready", let port = Int(words[1]) else {
                throw ProviderDidNotStart(description: "oidc-provider-mock did not start (is it installed in \(python)?)")
            }
            self.port = port
        }

        func stop() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
    }

    /// The person at the provider: who they say they are (`sub`) and the claims the provider then vouches for.
    static func authorize(at location: String, sub: String, claims: [String: Any], provider: Provider, mode: String = "none") async throws -> (code: String, state: String) {
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: .init(certificateVerification: .fullVerification, redirectConfiguration: .disallow))
        do {
            var put = HTTPClientRequest(url: "\(provider.issuer)/users/\(sub)")
            put.method = .PUT
            put.headers.add(name: "Content-Type", value: "application/json")
            put.body = .bytes(ByteBuffer(bytes: [UInt8](try JSONSerialization.data(withJSONObject: claims))))
            #expect(try await http.execute(put, timeout: .seconds(10)).status.code == 204)
            var setMode = HTTPClientRequest(url: "\(provider.issuer)/_test/mode")
            setMode.method = .POST
            setMode.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            setMode.body = .bytes(ByteBuffer(string: "mode=\(mode)"))
            _ = try await http.execute(setMode, timeout: .seconds(10))
            var form = HTTPClientRequest(url: location)
            form.method = .POST
            form.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
            form.body = .bytes(ByteBuffer(string: "sub=\(sub)"))
            let answer = try await http.execute(form, timeout: .seconds(10))
            try await http.shutdown()
            let back = try #require(answer.headers.first(name: "Location"))
            let items = URLComponents(string: back)?.queryItems ?? []
            return (try #require(items.first { $0.name == "code" }?.value), try #require(items.first { $0.name == "state" }?.value))
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    static let secret = "dit-is-het-clientgeheim-9f3a"

    static func configure(_ store: Store, fixture: Fixture, provider: Provider, linkByEmail: Bool = false) async throws {
        try await SingleSignOnRepository(store: store).save(
            SSOSettings(
                displayName: "Testdorp-account", issuer: provider.issuer, clientID: "lemniscaat", clientSecret: secret, scopes: "openid email profile",
                roleClaim: "roles", roleMapping: "Lemniscaat.Beheer = beheerder\nLemniscaat.Uitvoering = uitvoerder", linkByEmail: linkByEmail,
                isEnabled: true, passwordSignIn: true),
            organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
    }

    /// Runs the whole flow: sign-in page, start, the provider's form, and returns the callback's URI (not yet followed).
    static func startSignIn(_ browser: inout Browser, provider: Provider, sub: String, claims: [String: Any], mode: String = "none") async throws -> String {
        let page = try await browser.get("/aanmelden")
        #expect(page.text.contains("Inloggen met Testdorp-account"))
        let start = try await browser.get("/sso/gemeente-testdorp/start")
        #expect(start.status == .seeOther)
        let location = try #require(start.location)
        #expect(location.hasPrefix(provider.issuer + "/oauth2/authorize?"))
        #expect(location.contains("code_challenge_method=S256"))
        #expect(location.contains("nonce="))
        let (code, state) = try await authorize(at: location, sub: sub, claims: claims, provider: provider, mode: mode)
        return "/sso/terug?code=\(code)&state=\(state)"
    }

    /// The refusal a page shows, for the failure message of a test that expected none.
    static func problem(_ response: TestResponse) -> String {
        guard let start = response.text.range(of: #"id="aanmelden-fout">"#) else { return "" }
        return String(response.text[start.upperBound...].prefix { $0 != "<" })
    }

    static func refusals(_ store: Store) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: store.database).filter(\.$action == "aanmelden.sso-geweigerd").all()
    }

    @Test func aGoodSignInCreatesTheAccountWithMappedRolesAndLinksBySubject() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            let claims: [String: Any] = ["email": "a.jansen@gemeente-testdorp.test", "name": "Anna Jansen", "roles": ["Lemniscaat.Beheer"]]
            // act
            let callback = try await Self.startSignIn(&browser, provider: provider, sub: "anna-1", claims: claims)
            let back = try await browser.get(callback)
            // check: signed in, at home, a beheerder, with a fresh session
            #expect(back.status == .seeOther, "\(Self.problem(back))")
            #expect(back.location == "/")
            #expect(back.headers[values: .setCookie].contains { $0.hasPrefix("__Host-lemniscaat=") && $0.contains("HttpOnly") && $0.contains("Secure") })
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Anna Jansen"))
            let user = try #require(try await AccountRepository(store: store).user(email: "a.jansen@gemeente-testdorp.test"))
            #expect(try await AccountRepository(store: store).roles(userID: user.id!) == [.administrator])
            #expect(user.passwordHash == nil)
            let signIns = try await AuditEntryModel.query(on: store.database).filter(\.$action == "aanmelden").filter(\.$actorLabel == user.email).all()
            #expect(signIns.count == 1)
            #expect(signIns.first?.summary.contains("organisatie-inlog") == true)

            // act: the same subject signs in again with another e-mail address in the token
            var second = Browser(client)
            let again = try await Self.startSignIn(
                &second, provider: provider, sub: "anna-1", claims: ["email": "anna@elders.test", "roles": ["Lemniscaat.Beheer"]])
            #expect(try await second.get(again).location == "/")
            // check: the same account (linked by issuer and sub), no second one
            #expect(try await AccountRepository(store: store).user(email: "anna@elders.test") == nil)
            #expect(try await SingleSignOnRepository(store: store).identities(userID: user.id!).count == 1)
        }
    }

    @Test func aFirstSignInWithoutMappedRolesGetsNoRights() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            // act
            let callback = try await Self.startSignIn(&browser, provider: provider, sub: "piet-2", claims: ["email": "piet@gemeente-testdorp.test"])
            let back = try await browser.get(callback)
            // check: an account without roles, and every page sends it to the page that says so
            #expect(back.location == "/geen-rechten")
            let page = try await browser.get("/geen-rechten")
            #expect(page.status == .ok)
            #expect(page.text.contains("u hebt nog geen rechten in Lemniscaat"))
            #expect(try await browser.get("/signalen").location == "/geen-rechten")
            #expect(try await browser.get("/beheer/gebruikers").location == "/geen-rechten")
        }
    }

    /// Each refusal: the Dutch message on the sign-in page, no session, and an audit entry with its reason.
    func expectRefused(
        _ response: TestResponse, _ browser: Browser, store: Store, message: String, code: String, status: HTTPResponse.Status = .forbidden
    ) async throws {
        #expect(response.status == status)
        #expect(response.text.contains(message))
        #expect(browser.cookies["__Host-lemniscaat"] == nil)
        let entries = try await Self.refusals(store)
        #expect(entries.contains { $0.summary.hasPrefix(code + ":") }, "audit entries: \(entries.map(\.summary))")
    }

    @Test func aTokenForAnotherAudienceIsRefused() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            // act: the provider's token names another application, signed with its real key
            let callback = try await Self.startSignIn(
                &browser, provider: provider, sub: "anna-1", claims: ["email": "a@gemeente-testdorp.test"], mode: "aud")
            let response = try await browser.get(callback)
            // check
            try await expectRefused(response, browser, store: store, message: "voor een andere toepassing bedoeld", code: "id-token-ontvanger")
        }
    }

    @Test func anExpiredTokenIsRefused() async throws {
        let provider = try Provider(tokenMaxAge: 120)
        defer { provider.stop() }
        let clock = RunningClock()
        try await withSSOApp(clock: clock) { store, fixture, client in
            // setup
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            let callback = try await Self.startSignIn(&browser, provider: provider, sub: "anna-1", claims: ["email": "a@gemeente-testdorp.test"])
            // act: five minutes pass at Lemniscaat (the sign-in itself may take ten, the token lives two plus a minute's leeway)
            clock.advance(300)
            let response = try await browser.get(callback)
            // check
            try await expectRefused(response, browser, store: store, message: "is verlopen", code: "id-token-verlopen")
        }
    }

    @Test func aReplayedCallbackOrNonceIsRefused() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup: a good sign-in
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            let callback = try await Self.startSignIn(
                &browser, provider: provider, sub: "anna-1", claims: ["email": "a@gemeente-testdorp.test", "roles": ["Lemniscaat.Uitvoering"]])
            #expect(try await browser.get(callback).location == "/")
            // act: the same callback (state and code) once more, in a browser that has the cookie of the first start
            var attacker = Browser(client)
            attacker.cookies = browser.cookies.filter { $0.key != "__Host-lemniscaat" }
            let replay = try await attacker.get(callback)
            // check
            try await expectRefused(replay, attacker, store: store, message: "al gebruikt of bestaat niet", code: "state-onbekend", status: .badRequest)

            // act: a fresh attempt whose token carries the nonce of another sign-in (re-signed by the provider's key)
            var other = Browser(client)
            let second = try await Self.startSignIn(&other, provider: provider, sub: "anna-1", claims: ["email": "a@gemeente-testdorp.test"], mode: "nonce")
            let response = try await other.get(second)
            // check
            try await expectRefused(response, other, store: store, message: "hoort niet bij deze aanmelding", code: "id-token-nonce")

            // act: a callback opened in a browser that did not start the sign-in (login CSRF)
            var starter = Browser(client)
            let third = try await Self.startSignIn(&starter, provider: provider, sub: "anna-1", claims: ["email": "a@gemeente-testdorp.test"])
            var victim = Browser(client)
            let elsewhere = try await victim.get(third)
            try await expectRefused(elsewhere, victim, store: store, message: "in een andere browser begonnen", code: "andere-browser", status: .badRequest)
        }
    }

    @Test func aTamperedSignatureIsRefused() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            // act: one bit of the token's signature flipped on its way from the token endpoint
            let callback = try await Self.startSignIn(
                &browser, provider: provider, sub: "anna-1", claims: ["email": "a@gemeente-testdorp.test"], mode: "signature")
            let response = try await browser.get(callback)
            // check
            try await expectRefused(response, browser, store: store, message: "de handtekening klopt niet", code: "id-token-handtekening")
            #expect(try await AccountRepository(store: store).user(email: "a@gemeente-testdorp.test") == nil)
        }
    }

    @Test func anExistingAccountIsLinkedByEmailOnlyWhenTheBeheerderAllowsIt() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup: the practitioner already has a password account
            try await Self.configure(store, fixture: fixture, provider: provider)
            var browser = Browser(client)
            let claims: [String: Any] = ["email": fixture.practitioner.email]
            // act
            let refused = try await browser.get(try await Self.startSignIn(&browser, provider: provider, sub: "uri-7", claims: claims))
            // check
            try await expectRefused(refused, browser, store: store, message: "niet aan de organisatie-inlog is gekoppeld", code: "e-mailadres-bestaat")
            // act: the beheerder allows linking by e-mail address
            try await Self.configure(store, fixture: fixture, provider: provider, linkByEmail: true)
            var again = Browser(client)
            let linked = try await again.get(try await Self.startSignIn(&again, provider: provider, sub: "uri-7", claims: claims))
            // check: the existing account, with its roles
            #expect(linked.location == "/")
            #expect(try await SingleSignOnRepository(store: store).identities(userID: fixture.practitioner.id!).count == 1)
        }
    }

    @Test func passwordsSwitchedOffAreRefusedUntilTheCommandLineSwitchesThemOn() async throws {
        let provider = try Provider()
        defer { provider.stop() }
        try await withSSOApp { store, fixture, client in
            // setup: the beheerder switches passwords off on the admin page
            try await Self.configure(store, fixture: fixture, provider: provider)
            var admin = Browser(client)
            #expect(try await admin.signIn(fixture.administrator.email).location == "/")
            let form = try await admin.get("/beheer/organisatie-inlog")
            #expect(form.status == .ok)
            #expect(!form.text.contains(Self.secret))
            #expect(form.text.contains("••••••" + String(Self.secret.suffix(4))))
            let saved = try await admin.post(
                "/beheer/organisatie-inlog",
                [
                    ("aan", "ja"), ("naam", "Testdorp-account"), ("issuer", provider.issuer), ("clientId", "lemniscaat"), ("clientSecret", ""),
                    ("scopes", "openid email profile"), ("rolclaim", "roles"), ("rollen", "Lemniscaat.Beheer = beheerder"),
                ])
            #expect(saved.status == .seeOther)
            let stored = try #require(try await SingleSignOnRepository(store: store).configuration(organisationID: fixture.organisationID))
            #expect(stored.clientSecret == Self.secret)  // an empty field keeps the secret
            let audit = try await AuditEntryModel.query(on: store.database).filter(\.$action == "sso.ingesteld").all()
            #expect(!audit.isEmpty)
            #expect(!audit.contains { $0.summary.contains(Self.secret) })
            // act
            var browser = Browser(client)
            let refused = try await browser.signIn(fixture.practitioner.email)
            // check
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("Aanmelden met een wachtwoord staat uit"))
            #expect(try await Self.refusals(store).contains { $0.summary.hasPrefix("wachtwoord-uit:") })
            // act: the safety path (what `lemniscaat sso wachtwoorden --aan` does)
            try await SingleSignOnRepository(store: store).setPasswordSignIn(
                true, organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            var later = Browser(client)
            #expect(try await later.signIn(fixture.practitioner.email).location == "/")
        }
    }

    @Test func theAdminPageRefusesBadInputInDutch() async throws {
        try await withSSOApp { store, fixture, client in
            // setup
            var admin = Browser(client)
            _ = try await admin.signIn(fixture.administrator.email)
            _ = try await admin.get("/beheer/organisatie-inlog")
            // act: plain http to another host, no secret, an unreadable mapping, passwords off without single sign-on
            let response = try await admin.post(
                "/beheer/organisatie-inlog",
                [("naam", "X"), ("issuer", "http://login.voorbeeld.nl"), ("clientId", "c"), ("rolclaim", "roles"), ("rollen", "kapot")])
            // check
            #expect(response.status == .badRequest)
            #expect(response.text.contains("Vul het adres van de uitgever in"))
            #expect(response.text.contains("Regel 1 is niet te lezen"))
            #expect(response.text.contains("Wachtwoorden kunnen alleen uit als de organisatie-inlog aan staat"))
            #expect(try await SingleSignOnRepository(store: store).configuration(organisationID: fixture.organisationID) == nil)
        }
    }
}

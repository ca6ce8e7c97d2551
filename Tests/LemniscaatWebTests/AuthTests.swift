// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

@Suite struct SignInTests {
    @Test func signInShowsTheDutchNavigationAndSignOutEndsTheSession() async throws {
        try await withApp { store, fixture, client in
            var browser = Browser(client)
            // act
            let signIn = try await browser.signIn(fixture.practitioner.email)
            // check
            #expect(signIn.status == .seeOther)
            #expect(signIn.location == "/")
            let cookie = try #require(browser.cookies["__Host-lemniscaat"])
            let setCookie = signIn.headers[values: .setCookie].first { $0.hasPrefix("__Host-lemniscaat=") } ?? ""
            for attribute in ["Secure", "HttpOnly", "SameSite=Lax", "Path=/"] { #expect(setCookie.contains(attribute)) }
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            for part in ["Beleid", "Signalen", "Uitvoeringstoets", "Monitor", "Overleg &amp; leren"] {
                #expect(home.text.contains(part))
            }
            #expect(home.text.contains(#"aria-label="Hoofdmenu""#))
            #expect(!home.text.contains(#"aria-label="Beheer""#))  // not a beheerder
            #expect(!home.text.contains(#"href="/lus""#))  // De lus is for managers and policy officers
            // act: sign out
            let signOut = try await browser.post("/afmelden", [])
            #expect(signOut.status == .seeOther)
            #expect(browser.cookies["__Host-lemniscaat"] == nil)
            // check: the old cookie no longer works, on the server
            var replay = Browser(client)
            replay.cookies["__Host-lemniscaat"] = cookie
            let after = try await replay.get("/")
            #expect(after.status == .seeOther)
            #expect(after.location?.hasPrefix("/aanmelden") == true)
            #expect(try await BrowserSessionRepository(store: store).count(userID: fixture.practitioner.id!) == 0)
        }
    }

    @Test func signingInGivesANewSessionID() async throws {
        try await withApp { store, fixture, client in
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)
            let first = try #require(browser.cookies["__Host-lemniscaat"])
            // act: sign in again while signed in (e.g. another account on a shared computer)
            try await browser.get("/")
            try await browser.post("/aanmelden", [("email", fixture.administrator.email), ("wachtwoord", Fixture.password)])
            // check
            let second = try #require(browser.cookies["__Host-lemniscaat"])
            #expect(first != second)
            var replay = Browser(client)
            replay.cookies["__Host-lemniscaat"] = first
            #expect(try await replay.get("/").status == .seeOther)
        }
    }

    @Test func aWrongPasswordIsRefusedInDutch() async throws {
        try await withApp { _, fixture, client in
            var browser = Browser(client)
            let response = try await browser.signIn(fixture.practitioner.email, password: "dit is niet het wachtwoord")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("Het e-mailadres of het wachtwoord klopt niet."))
            #expect(browser.cookies["__Host-lemniscaat"] == nil)
        }
    }

    @Test func sessionsExpireAfterThirtyIdleMinutes() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { _, fixture, client in
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)
            clock.advance(29 * 60)
            #expect(try await browser.get("/").status == .ok)
            // act
            clock.advance(31 * 60)
            let response = try await browser.get("/")
            // check
            #expect(response.status == .seeOther)
            #expect(response.location == "/aanmelden?melding=expired")
        }
    }

    @Test func sessionsEndAfterTwelveHoursEvenWhenUsed() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { _, fixture, client in
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)
            for _ in 0..<35 {
                clock.advance(20 * 60)
                #expect(try await browser.get("/").status == .ok)
            }
            clock.advance(25 * 60)  // 12 h 05 min after sign-in
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func aFormWithoutTheRightTokenIsRefused() async throws {
        try await withApp { _, fixture, client in
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)
            // act
            let missing = try await browser.post("/beheer/domeinen", [("naam", "Sport"), ("_csrf", "")])
            let wrong = try await browser.post("/beheer/domeinen", [("naam", "Sport")], csrf: SecretToken.generate())
            var stranger = Browser(client)
            let signInWithout = try await stranger.post("/aanmelden", [("email", fixture.administrator.email), ("wachtwoord", Fixture.password)])
            // check
            #expect(missing.status == .forbidden)
            #expect(wrong.status == .forbidden)
            #expect(signInWithout.status == .forbidden)
            #expect(missing.text.contains("Het formulier is verlopen"))
            let domains = try await browser.get("/beheer/domeinen")
            #expect(!domains.text.contains("Sport"))
        }
    }

    @Test func elevenFailedSignInsGet429WithRetryAfter() async throws {
        try await withApp { _, fixture, client in
            var browser = Browser(client)
            try await browser.get("/aanmelden")
            for _ in 0..<10 {
                let response = try await browser.post("/aanmelden", [("email", fixture.practitioner.email), ("wachtwoord", "fout fout fout")])
                #expect(response.status == .unauthorized)
            }
            // act: the right password now still waits
            let blocked = try await browser.post("/aanmelden", [("email", fixture.practitioner.email), ("wachtwoord", Fixture.password)])
            // check
            #expect(blocked.status == .tooManyRequests)
            #expect(Int(blocked.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(blocked.text.contains("Probeer het over een minuut opnieuw"))
        }
    }

    @Test func englishFollowsTheBrowser() async throws {
        try await withApp { _, _, client in
            var browser = Browser(client)
            let page = try await browser.get("/aanmelden", headers: [.acceptLanguage: "en-GB,en;q=0.8"])
            #expect(page.text.contains("Sign in with your e-mail address and password."))
            #expect(page.text.contains(#"<html lang="en">"#))
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await withApp { _, _, client in
            for path in ["/aanmelden", "/bestaat-niet", "/health", "/api/v1/teams"] {
                let response = try await client.execute(uri: path, method: .get, headers: [:], body: nil)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(path)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(path)")
                #expect(response.headers[HTTPField.Name("API-Version")!] == "1.8.0", "\(path)")
            }
        }
    }
}

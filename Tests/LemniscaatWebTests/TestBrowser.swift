// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import HummingbirdTesting
import LemniscaatStore
import LemniscaatTestSupport
import Synchronization

@testable import LemniscaatWeb

/// A clock tests can move forward.
final class ManualClock: Sendable {
    private let current: Mutex<Date>
    init(_ start: Date = Date()) { current = Mutex(start) }
    var now: Date { current.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }
    var appClock: AppClock { AppClock { self.now } }
}

/// Builds the real application on a fresh test database with a fixture organisation, and runs `test` against it.
func withApp(
    clock: ManualClock = ManualClock(), configure: @Sendable (inout AppConfig) -> Void = { _ in },
    _ test: @Sendable (Store, Fixture, any TestClientProtocol) async throws -> Void
) async throws {
    try await withTestStore { store in
        let fixture = try await Fixture.make(store, now: clock.now)
        var config = AppConfig(database: .sqlite(path: "unused"), logLevel: .warning, clock: clock.appClock)
        configure(&config)
        let app = try await buildApplication(config, store: store)
        try await app.test(.router) { client in
            try await test(store, fixture, client)
        }
    }
}

/// Keeps cookies between requests and fills in CSRF tokens, like a browser would.
struct Browser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var lastCSRF = ""

    init(_ client: any TestClientProtocol) { self.client = client }

    @discardableResult
    mutating func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a form; `_csrf` is added from the last page unless the fields carry one.
    @discardableResult
    mutating func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil) async throws -> TestResponse {
        var all = fields
        if !fields.contains(where: { $0.0 == "_csrf" }) { all.append(("_csrf", csrf ?? lastCSRF)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    mutating func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> TestResponse {
        var headers = headers
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if headers[.acceptLanguage] == nil { headers[.acceptLanguage] = "nl-NL,nl;q=0.9" }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        if let csrf = Self.csrf(in: String(buffer: response.body)) { lastCSRF = csrf }
        return response
    }

    mutating func signIn(_ email: String, password: String = Fixture.password) async throws -> TestResponse {
        try await get("/aanmelden")
        return try await post("/aanmelden", [("email", email), ("wachtwoord", password)])
    }

    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}

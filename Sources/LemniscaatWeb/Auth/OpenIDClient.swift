// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import AsyncHTTPClient
import Foundation
import LemniscaatCore
import NIOCore

/// The relying party's side of OpenID Connect towards the providers the organisations configured: discovery, the
/// provider's keys and the token endpoint. Discovery documents and key sets are cached per issuer; a token signed with
/// a key the cache lacks fetches the set again (the provider rotated its keys), at most once per `minimumRefresh`.
actor OpenIDClient {
    struct Discovery: Decodable, Sendable {
        let issuer: String
        let authorization_endpoint: String
        let token_endpoint: String
        let jwks_uri: String
        let token_endpoint_auth_methods_supported: [String]?
    }

    struct TokenResponse: Decodable, Sendable {
        let id_token: String?
        let token_type: String?
    }

    enum Failure: Error, Sendable, Equatable {
        /// Discovery or keys could not be fetched, or did not make sense.
        case unreachable(String)
        /// The token endpoint refused the code or answered without an ID token.
        case tokenEndpoint(String)
    }

    private struct Cached<Value: Sendable>: Sendable {
        let value: Value
        let fetchedAt: ContinuousClock.Instant
    }

    private let http: HTTPClient
    private var discoveries: [String: Cached<Discovery>] = [:]
    private var keySets: [String: Cached<[JWK]>] = [:]
    let discoveryLifetime: Duration = .seconds(3600)
    let keysLifetime: Duration = .seconds(3600)
    let minimumRefresh: Duration = .seconds(5)
    static let timeout: TimeAmount = .seconds(10)
    static let maximumBody = 1 << 20

    init(http: HTTPClient = .shared) {
        self.http = http
    }

    func discovery(issuer: String) async throws -> Discovery {
        if let cached = discoveries[issuer], cached.fetchedAt.duration(to: .now) < discoveryLifetime { return cached.value }
        let url = (issuer.hasSuffix("/") ? String(issuer.dropLast()) : issuer) + "/.well-known/openid-configuration"
        let data = try await get(url)
        guard let document = try? JSONDecoder().decode(Discovery.self, from: data) else {
            throw Failure.unreachable("discovery document unreadable")
        }
        // OpenID Connect Discovery 4.3: the document must name the issuer it was fetched for.
        guard document.issuer == issuer else { throw Failure.unreachable("discovery names issuer \(document.issuer)") }
        discoveries[issuer] = Cached(value: document, fetchedAt: .now)
        return document
    }

    func keys(jwksURI: String, refresh: Bool) async throws -> [JWK] {
        if let cached = keySets[jwksURI] {
            let age = cached.fetchedAt.duration(to: .now)
            if !refresh && age < keysLifetime { return cached.value }
            if refresh && age < minimumRefresh { return cached.value }
        }
        let data = try await get(jwksURI)
        guard let set = try? JSONDecoder().decode(JWKSet.self, from: data) else { throw Failure.unreachable("JWKS unreadable") }
        keySets[jwksURI] = Cached(value: set.keys, fetchedAt: .now)
        return set.keys
    }

    /// The authorization code for tokens (RFC 6749 4.1.3), with the PKCE verifier and the client's secret.
    func exchange(
        code: String, redirectURI: String, codeVerifier: String, clientID: String, clientSecret: String, discovery: Discovery
    ) async throws -> String {
        var request = HTTPClientRequest(url: discovery.token_endpoint)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "Accept", value: "application/json")
        var form: [(String, String)] = [
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirectURI), ("code_verifier", codeVerifier),
            ("client_id", clientID),
        ]
        let methods = discovery.token_endpoint_auth_methods_supported ?? ["client_secret_basic"]
        if methods.contains("client_secret_basic") || !methods.contains("client_secret_post") {
            let credentials = Self.formEncode(clientID) + ":" + Self.formEncode(clientSecret)
            request.headers.add(name: "Authorization", value: "Basic " + Data(credentials.utf8).base64EncodedString())
        } else {
            form.append(("client_secret", clientSecret))
        }
        request.body = .bytes(ByteBuffer(string: form.map { "\($0.0)=\(Self.formEncode($0.1))" }.joined(separator: "&")))
        let response: HTTPClientResponse
        let body: ByteBuffer
        do {
            response = try await http.execute(request, timeout: Self.timeout)
            body = try await response.body.collect(upTo: Self.maximumBody)
        } catch {
            throw Failure.tokenEndpoint("unreachable")
        }
        guard response.status == .ok else {
            // The provider's error code (invalid_grant, invalid_client …) helps the beheerder; the body holds no secret.
            let error = (try? JSONDecoder().decode([String: String].self, from: Data(body.readableBytesView)))?["error"] ?? "status \(response.status.code)"
            throw Failure.tokenEndpoint(String(error.prefix(80)))
        }
        guard let tokens = try? JSONDecoder().decode(TokenResponse.self, from: Data(body.readableBytesView)), let idToken = tokens.id_token else {
            throw Failure.tokenEndpoint("no id_token")
        }
        return idToken
    }

    private func get(_ url: String) async throws -> Data {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "Accept", value: "application/json")
        do {
            let response = try await http.execute(request, timeout: Self.timeout)
            let body = try await response.body.collect(upTo: Self.maximumBody)
            guard response.status == .ok else { throw Failure.unreachable("status \(response.status.code) from \(url)") }
            return Data(body.readableBytesView)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.unreachable("\(url): \(error)")
        }
    }

    /// application/x-www-form-urlencoded, as RFC 6749 asks for the client's credentials too.
    static func formEncode(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

/// The key set of one provider, as the verifier asks for it.
struct ProviderKeys: JWKSource {
    let client: OpenIDClient
    let jwksURI: String

    func keys() async throws -> [JWK] { try await client.keys(jwksURI: jwksURI, refresh: false) }
    func refreshedKeys() async throws -> [JWK] { try await client.keys(jwksURI: jwksURI, refresh: true) }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import Foundation
import _CryptoExtras

/// One key of an OpenID provider's JSON Web Key Set (RFC 7517): RSA (`n`, `e`) or P-256 (`x`, `y`).
public struct JWK: Codable, Sendable, Equatable {
    public var kty: String
    public var kid: String?
    public var alg: String?
    public var use: String?
    public var n: String?
    public var e: String?
    public var crv: String?
    public var x: String?
    public var y: String?

    public init(kty: String, kid: String?, alg: String? = nil, use: String? = nil, n: String? = nil, e: String? = nil, crv: String? = nil, x: String? = nil, y: String? = nil) {
        self.kty = kty
        self.kid = kid
        self.alg = alg
        self.use = use
        self.n = n
        self.e = e
        self.crv = crv
        self.x = x
        self.y = y
    }
}

public struct JWKSet: Codable, Sendable, Equatable {
    public var keys: [JWK]
    public init(keys: [JWK]) { self.keys = keys }
}

/// Where the verifier gets the provider's keys. `refresh` is asked when a token names a key the cached set lacks: the
/// provider has rotated its keys.
public protocol JWKSource: Sendable {
    func keys() async throws -> [JWK]
    func refreshedKeys() async throws -> [JWK]
}

/// Why an ID token was refused. Each case has its own Dutch message on the page and its own audit entry.
public enum IDTokenError: Error, Sendable, Equatable {
    case malformed
    case unsupportedAlgorithm(String)
    case unknownKey
    case badSignature
    case wrongIssuer
    case wrongAudience
    case expired
    case notYetValid
    case nonceMismatch
    case missingSubject

    /// Short code for the audit log.
    public var code: String {
        switch self {
        case .malformed: "onleesbaar"
        case .unsupportedAlgorithm: "algoritme"
        case .unknownKey: "onbekende-sleutel"
        case .badSignature: "handtekening"
        case .wrongIssuer: "uitgever"
        case .wrongAudience: "ontvanger"
        case .expired: "verlopen"
        case .notYetValid: "nog-niet-geldig"
        case .nonceMismatch: "nonce"
        case .missingSubject: "geen-sub"
        }
    }
}

/// What the relying party expects of the token it asked for.
public struct IDTokenExpectations: Sendable {
    public var issuer: String
    public var audience: String
    public var nonce: String
    public var now: Date
    /// Clocks of provider and server differ a little.
    public var leeway: TimeInterval

    public init(issuer: String, audience: String, nonce: String, now: Date, leeway: TimeInterval = 60) {
        self.issuer = issuer
        self.audience = audience
        self.nonce = nonce
        self.now = now
        self.leeway = leeway
    }
}

/// The checked claims of an ID token. `claims` keeps every claim, for the role claim the beheerder chose.
public struct IDTokenClaims: Sendable {
    public let subject: String
    public let issuer: String
    public let claims: [String: JSONValue]

    public init(subject: String, issuer: String, claims: [String: JSONValue]) {
        self.subject = subject
        self.issuer = issuer
        self.claims = claims
    }

    public var email: String? {
        for name in ["email", "preferred_username", "upn"] {
            if case .string(let value)? = claims[name], EmailAddress(value) != nil { return value }
        }
        return nil
    }

    public var emailVerified: Bool {
        if case .bool(let value)? = claims["email_verified"] { return value }
        if case .string(let value)? = claims["email_verified"] { return value == "true" }
        return false
    }

    public var name: String? {
        if case .string(let value)? = claims["name"], !value.isEmpty { return value }
        let parts = ["given_name", "family_name"].compactMap { name -> String? in
            if case .string(let value)? = claims[name], !value.isEmpty { return value }
            return nil
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The string values at a claim path such as `roles`, `groups` or Keycloak's `realm_access.roles`.
    public func values(at path: String) -> [String] {
        let names = path.split(separator: ".").map(String.init)
        guard let first = names.first, var value = claims[first] else { return [] }
        for name in names.dropFirst() {
            guard case .object(let object) = value, let next = object[name] else { return [] }
            value = next
        }
        return value.strings
    }
}

/// A JSON value, for claims whose shape the provider decides.
public enum JSONValue: Codable, Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// A string as one value, an array's strings, or nothing.
    public var strings: [String] {
        switch self {
        case .string(let text): return [text]
        case .array(let items):
            var texts: [String] = []
            for case .string(let text) in items { texts.append(text) }
            return texts
        default: return []
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }
}

/// Checks an OpenID Connect ID token (a JWS in compact form): signature with the provider's key (RS256 or ES256 only —
/// never `none`, never an HMAC with a public key), then issuer, audience, expiry and nonce.
public enum IDTokenVerifier {
    public static let supportedAlgorithms = ["RS256", "ES256"]

    /// Looks the key up by `kid`; when the cached set lacks it, asks the source once for a fresh set (key rotation).
    public static func verify(_ token: String, keys source: some JWKSource, expecting expected: IDTokenExpectations) async throws -> IDTokenClaims {
        let parts = try Parts(token)
        let cached = try await source.keys()
        if let key = parts.key(in: cached) {
            return try check(parts, key: key, expecting: expected)
        }
        guard let key = parts.key(in: try await source.refreshedKeys()) else { throw IDTokenError.unknownKey }
        return try check(parts, key: key, expecting: expected)
    }

    /// The same check against a known set of keys, without refreshing.
    public static func verify(_ token: String, keys: [JWK], expecting expected: IDTokenExpectations) throws -> IDTokenClaims {
        let parts = try Parts(token)
        guard let key = parts.key(in: keys) else { throw IDTokenError.unknownKey }
        return try check(parts, key: key, expecting: expected)
    }

    struct Header: Decodable {
        let alg: String
        let kid: String?
    }

    struct Parts {
        let header: Header
        let signingInput: Data
        let payload: Data
        let signature: Data

        init(_ token: String) throws {
            let pieces = token.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 3, let headerData = Base64URL.decode(pieces[0]), let payload = Base64URL.decode(pieces[1]),
                let signature = Base64URL.decode(pieces[2]),
                let header = try? JSONDecoder().decode(Header.self, from: headerData)
            else { throw IDTokenError.malformed }
            guard IDTokenVerifier.supportedAlgorithms.contains(header.alg) else { throw IDTokenError.unsupportedAlgorithm(header.alg) }
            self.header = header
            self.signingInput = Data((String(pieces[0]) + "." + String(pieces[1])).utf8)
            self.payload = payload
            self.signature = signature
        }

        /// The key with the token's `kid` and a type that fits its algorithm; without a `kid`, the only such key.
        func key(in keys: [JWK]) -> JWK? {
            let kty = header.alg == "RS256" ? "RSA" : "EC"
            let fitting = keys.filter { $0.kty == kty && ($0.use == nil || $0.use == "sig") && ($0.alg == nil || $0.alg == header.alg) }
            if let kid = header.kid { return fitting.first { $0.kid == kid } }
            return fitting.count == 1 ? fitting[0] : nil
        }
    }

    static func check(_ parts: Parts, key: JWK, expecting expected: IDTokenExpectations) throws -> IDTokenClaims {
        guard signatureIsValid(parts, key: key) else { throw IDTokenError.badSignature }
        guard let claims = try? JSONDecoder().decode([String: JSONValue].self, from: parts.payload) else { throw IDTokenError.malformed }
        guard case .string(let issuer)? = claims["iss"], issuer == expected.issuer else { throw IDTokenError.wrongIssuer }
        let audiences = claims["aud"]?.strings ?? []
        guard audiences.contains(expected.audience) else { throw IDTokenError.wrongAudience }
        // With several audiences the token must have been issued to us (OpenID Connect Core 3.1.3.7, azp).
        if audiences.count > 1, case .string(let party)? = claims["azp"], party != expected.audience { throw IDTokenError.wrongAudience }
        guard case .number(let expiry)? = claims["exp"] else { throw IDTokenError.malformed }
        guard expected.now.timeIntervalSince1970 < expiry + expected.leeway else { throw IDTokenError.expired }
        if case .number(let notBefore)? = claims["nbf"], expected.now.timeIntervalSince1970 + expected.leeway < notBefore {
            throw IDTokenError.notYetValid
        }
        if case .number(let issuedAt)? = claims["iat"], expected.now.timeIntervalSince1970 + expected.leeway < issuedAt {
            throw IDTokenError.notYetValid
        }
        guard case .string(let nonce)? = claims["nonce"], SecretToken.equal(nonce, expected.nonce) else { throw IDTokenError.nonceMismatch }
        guard case .string(let subject)? = claims["sub"], !subject.isEmpty, subject.count <= 255 else { throw IDTokenError.missingSubject }
        return IDTokenClaims(subject: subject, issuer: issuer, claims: claims)
    }

    static func signatureIsValid(_ parts: Parts, key: JWK) -> Bool {
        switch parts.header.alg {
        case "RS256":
            guard let n = key.n.flatMap { Base64URL.decode($0) }, let e = key.e.flatMap { Base64URL.decode($0) },
                let publicKey = try? _RSA.Signing.PublicKey(n: n, e: e), publicKey.keySizeInBits >= 2048
            else { return false }
            let signature = _RSA.Signing.RSASignature(rawRepresentation: parts.signature)
            return publicKey.isValidSignature(signature, for: SHA256.hash(data: parts.signingInput), padding: .insecurePKCS1v1_5)
        case "ES256":
            guard key.crv == "P-256", let x = key.x.flatMap { Base64URL.decode($0) }, let y = key.y.flatMap { Base64URL.decode($0) },
                x.count == 32, y.count == 32,
                let publicKey = try? P256.Signing.PublicKey(rawRepresentation: x + y),
                let signature = try? P256.Signing.ECDSASignature(rawRepresentation: parts.signature)
            else { return false }
            return publicKey.isValidSignature(signature, for: SHA256.hash(data: parts.signingInput))
        default:
            return false
        }
    }
}

/// base64url without padding (RFC 7515 appendix C).
public enum Base64URL {
    public static func decode(_ text: some StringProtocol) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard !base64.contains("=") || text.isEmpty else { return nil }
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }

    public static func encode(_ data: some DataProtocol) -> String {
        Data(data).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Proof Key for Code Exchange (RFC 7636) with S256: the verifier stays on the server, the provider sees its hash.
public enum PKCE {
    public static func verifier() -> String { SecretToken.generate() + SecretToken.generate() }

    public static func challenge(for verifier: String) -> String {
        Base64URL.encode(Data(SHA256.hash(data: Data(verifier.utf8))))
    }
}

/// The beheerder's mapping from values of the role claim to Lemniscaat roles, one `waarde = rol` per line.
public struct RoleMapping: Sendable, Equatable {
    public var entries: [(value: String, role: Role)]

    public static func == (lhs: RoleMapping, rhs: RoleMapping) -> Bool {
        lhs.entries.map(\.value) == rhs.entries.map(\.value) && lhs.entries.map(\.role) == rhs.entries.map(\.role)
    }

    public init(entries: [(value: String, role: Role)]) { self.entries = entries }

    /// Parses the text; returns the numbers (from 1) of lines it cannot read.
    public static func parse(_ text: String) -> (mapping: RoleMapping, badLines: [Int]) {
        var entries: [(value: String, role: Role)] = []
        var bad: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = trimmed.lastIndex(of: "=") else { bad.append(index + 1); continue }
            let value = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            let role = Role(rawValue: trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces).lowercased())
            guard !value.isEmpty, let role else { bad.append(index + 1); continue }
            entries.append((value: value, role: role))
        }
        return (RoleMapping(entries: entries), bad)
    }

    public var text: String { entries.map { "\($0.value) = \($0.role.rawValue)" }.joined(separator: "\n") }

    public func roles(for values: [String]) -> Set<Role> {
        let present = Set(values)
        return Set(entries.filter { present.contains($0.value) }.map(\.role))
    }
}

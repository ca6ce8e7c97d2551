// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import Foundation
import LemniscaatCore
import Synchronization
import Testing
import _CryptoExtras

/// ID tokens signed in the test with keys made in the test: RS256 and ES256, and each way a token must be refused.
struct IDTokenTests {
    static let issuer = "https://login.gemeente-testdorp.test"
    static let clientID = "lemniscaat"
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// One RSA key is enough for the whole suite: generating 2048-bit keys costs time.
    static let rsa = try! _RSA.Signing.PrivateKey(keySize: .bits2048)

    static func rsaJWK(_ key: _RSA.Signing.PrivateKey, kid: String) throws -> JWK {
        let primitives = try key.publicKey.getKeyPrimitives()
        return JWK(kty: "RSA", kid: kid, alg: "RS256", use: "sig", n: Base64URL.encode(primitives.modulus), e: Base64URL.encode(primitives.publicExponent))
    }

    static func ecJWK(_ key: P256.Signing.PrivateKey, kid: String) -> JWK {
        let raw = key.publicKey.rawRepresentation
        return JWK(kty: "EC", kid: kid, use: "sig", crv: "P-256", x: Base64URL.encode(raw.prefix(32)), y: Base64URL.encode(raw.suffix(32)))
    }

    static func claims(_ changes: [String: Any] = [:]) -> [String: Any] {
        var claims: [String: Any] = [
            "iss": issuer, "aud": clientID, "sub": "medewerker-42", "nonce": "n-0S6_WzA2Mj", "email": "a.jansen@testdorp.test",
            "iat": now.timeIntervalSince1970 - 10, "exp": now.timeIntervalSince1970 + 300, "roles": ["Lemniscaat.Beheer", "Anders"],
        ]
        for (key, value) in changes { claims[key] = value }
        return claims
    }

    static func token(alg: String, kid: String?, claims: [String: Any], sign: (Data) throws -> Data) throws -> String {
        var header: [String: Any] = ["alg": alg, "typ": "JWT"]
        if let kid { header["kid"] = kid }
        let input =
            Base64URL.encode(try JSONSerialization.data(withJSONObject: header)) + "." + Base64URL.encode(try JSONSerialization.data(withJSONObject: claims))
        return input + "." + Base64URL.encode(try sign(Data(input.utf8)))
    }

    static func rs256(_ claims: [String: Any] = Self.claims(), kid: String? = "rsa-1", key: _RSA.Signing.PrivateKey = rsa) throws -> String {
        try token(alg: "RS256", kid: kid, claims: claims) { try key.signature(for: SHA256.hash(data: $0), padding: .insecurePKCS1v1_5).rawRepresentation }
    }

    static func es256(_ claims: [String: Any] = Self.claims(), kid: String = "ec-1", key: P256.Signing.PrivateKey) throws -> String {
        try token(alg: "ES256", kid: kid, claims: claims) { try key.signature(for: $0).rawRepresentation }
    }

    static let expected = IDTokenExpectations(issuer: issuer, audience: clientID, nonce: "n-0S6_WzA2Mj", now: now)

    func refusal(_ token: String, keys: [JWK], expecting: IDTokenExpectations = expected) -> IDTokenError? {
        do {
            _ = try IDTokenVerifier.verify(token, keys: keys, expecting: expecting)
            return nil
        } catch let error as IDTokenError {
            return error
        } catch {
            return .malformed
        }
    }

    @Test func aGoodRS256TokenGivesItsClaims() throws {
        // setup
        let token = try Self.rs256()
        // act
        let claims = try IDTokenVerifier.verify(token, keys: [try Self.rsaJWK(Self.rsa, kid: "rsa-1")], expecting: Self.expected)
        // check
        #expect(claims.subject == "medewerker-42")
        #expect(claims.email == "a.jansen@testdorp.test")
        #expect(claims.values(at: "roles") == ["Lemniscaat.Beheer", "Anders"])
    }

    @Test func aGoodES256TokenGivesItsClaims() throws {
        // setup
        let key = P256.Signing.PrivateKey()
        let token = try Self.es256(key: key)
        // act
        let claims = try IDTokenVerifier.verify(token, keys: [Self.ecJWK(key, kid: "ec-1"), try Self.rsaJWK(Self.rsa, kid: "rsa-1")], expecting: Self.expected)
        // check
        #expect(claims.subject == "medewerker-42")
    }

    @Test func anExpiredTokenIsRefusedBeyondTheLeeway() throws {
        // setup: expired 30 s ago (inside the minute's leeway) and 2 minutes ago
        let keys = [try Self.rsaJWK(Self.rsa, kid: "rsa-1")]
        let justExpired = try Self.rs256(Self.claims(["exp": Self.now.timeIntervalSince1970 - 30]))
        let expired = try Self.rs256(Self.claims(["exp": Self.now.timeIntervalSince1970 - 120]))
        // act / check
        #expect(refusal(justExpired, keys: keys) == nil)
        #expect(refusal(expired, keys: keys) == .expired)
    }

    @Test func aWrongAudienceOrIssuerIsRefused() throws {
        // setup
        let keys = [try Self.rsaJWK(Self.rsa, kid: "rsa-1")]
        // act / check
        #expect(refusal(try Self.rs256(Self.claims(["aud": "een-andere-app"])), keys: keys) == .wrongAudience)
        #expect(refusal(try Self.rs256(Self.claims(["aud": ["een-andere-app", "nog-een"]])), keys: keys) == .wrongAudience)
        #expect(refusal(try Self.rs256(Self.claims(["aud": ["een-andere-app", Self.clientID], "azp": "een-andere-app"])), keys: keys) == .wrongAudience)
        #expect(refusal(try Self.rs256(Self.claims(["aud": ["een-andere-app", Self.clientID], "azp": Self.clientID])), keys: keys) == nil)
        #expect(refusal(try Self.rs256(Self.claims(["iss": "https://login.nep.test"])), keys: keys) == .wrongIssuer)
        #expect(refusal(try Self.rs256(Self.claims(["nonce": "een-oude-nonce"])), keys: keys) == .nonceMismatch)
        #expect(refusal(try Self.rs256(Self.claims(["sub": ""])), keys: keys) == .missingSubject)
    }

    @Test func aTamperedTokenIsRefused() throws {
        // setup
        let keys = [try Self.rsaJWK(Self.rsa, kid: "rsa-1")]
        let token = try Self.rs256()
        let parts = token.split(separator: ".").map(String.init)
        // act: another payload under the same signature, one signature byte flipped, a signature by another key
        let otherPayload = Base64URL.encode(try JSONSerialization.data(withJSONObject: Self.claims(["sub": "beheerder"])))
        var signature = Base64URL.decode(parts[2])!
        signature[10] ^= 0x01
        let otherKey = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        // check
        #expect(refusal(parts[0] + "." + otherPayload + "." + parts[2], keys: keys) == .badSignature)
        #expect(refusal(parts[0] + "." + parts[1] + "." + Base64URL.encode(signature), keys: keys) == .badSignature)
        #expect(refusal(try Self.rs256(key: otherKey), keys: keys) == .badSignature)
        let ecKey = P256.Signing.PrivateKey()
        #expect(refusal(try Self.es256(key: ecKey), keys: [Self.ecJWK(P256.Signing.PrivateKey(), kid: "ec-1")]) == .badSignature)
    }

    @Test func algorithmsOtherThanRS256AndES256AreRefused() throws {
        // setup: "none" without a signature, and HS256 keyed with the public key's modulus (the classic confusion)
        let keys = [try Self.rsaJWK(Self.rsa, kid: "rsa-1")]
        let none = try Self.token(alg: "none", kid: "rsa-1", claims: Self.claims()) { _ in Data() }
        let hmacKey = SymmetricKey(data: Base64URL.decode(keys[0].n!)!)
        let hs256 = try Self.token(alg: "HS256", kid: "rsa-1", claims: Self.claims()) { Data(HMAC<SHA256>.authenticationCode(for: $0, using: hmacKey)) }
        // act / check
        #expect(refusal(none, keys: keys) == .unsupportedAlgorithm("none"))
        #expect(refusal(hs256, keys: keys) == .unsupportedAlgorithm("HS256"))
        #expect(refusal("geen.token", keys: keys) == .malformed)
    }

    /// A fake provider whose key set changes when it rotates; counts how often it was asked.
    final class RotatingKeys: JWKSource {
        let state: Mutex<(cached: [JWK], current: [JWK], refreshes: Int)>
        init(cached: [JWK], current: [JWK]) { state = Mutex((cached, current, 0)) }
        func keys() async throws -> [JWK] { state.withLock { $0.cached } }
        func refreshedKeys() async throws -> [JWK] {
            state.withLock {
                $0.refreshes += 1
                $0.cached = $0.current
                return $0.current
            }
        }
        var refreshes: Int { state.withLock { $0.refreshes } }
    }

    @Test func anUnknownKidRefreshesTheKeysOnce() async throws {
        // setup: the cache has the old key; the provider now signs with a new one
        let old = try Self.rsaJWK(Self.rsa, kid: "rsa-1")
        let newKey = P256.Signing.PrivateKey()
        let source = RotatingKeys(cached: [old], current: [old, Self.ecJWK(newKey, kid: "ec-2")])
        // act
        let claims = try await IDTokenVerifier.verify(try Self.es256(kid: "ec-2", key: newKey), keys: source, expecting: Self.expected)
        // check
        #expect(claims.subject == "medewerker-42")
        #expect(source.refreshes == 1)
        // act: a known kid does not refresh; a kid the provider does not have either is refused after one refresh
        _ = try await IDTokenVerifier.verify(try Self.rs256(), keys: source, expecting: Self.expected)
        #expect(source.refreshes == 1)
        await #expect(throws: IDTokenError.unknownKey) {
            _ = try await IDTokenVerifier.verify(try Self.es256(kid: "ec-9", key: newKey), keys: source, expecting: Self.expected)
        }
        #expect(source.refreshes == 2)
    }

    @Test func roleMappingReadsLinesAndNestedClaims() throws {
        // setup
        let (mapping, bad) = RoleMapping.parse("Lemniscaat.Beheer = beheerder\n# opmerking\n\nAnders=uitvoerder\nkapot\nX = koning")
        // check
        #expect(bad == [5, 6])
        #expect(mapping.roles(for: ["Lemniscaat.Beheer", "Onbekend"]) == [.administrator])
        #expect(mapping.roles(for: ["Anders", "Lemniscaat.Beheer"]) == [.administrator, .practitioner])
        let claims = IDTokenClaims(
            subject: "s", issuer: "i", claims: ["realm_access": .object(["roles": .array([.string("a"), .string("b")])]), "group": .string("g")])
        #expect(claims.values(at: "realm_access.roles") == ["a", "b"])
        #expect(claims.values(at: "group") == ["g"])
        #expect(claims.values(at: "missing.path") == [])
    }

    @Test func pkceChallengeIsS256OfTheVerifier() {
        // RFC 7636 appendix B
        #expect(PKCE.challenge(for: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        #expect(PKCE.verifier().count >= 43)
    }
}

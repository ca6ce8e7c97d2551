// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import HTTPTypes
import Hummingbird

/// Behind a reverse proxy every connection comes from the proxy, so the sign-in throttle would count everyone's
/// failures together and the audit log would name the proxy. For a connection from a trusted proxy
/// (`LEMNISCAAT_TRUSTED_PROXIES`) the client is the right-most address in `X-Forwarded-For` that is not itself a
/// trusted proxy: addresses further left were written by the client and cannot be believed.
struct ForwardedAddressMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let trusted: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !trusted.isEmpty, trusted.contains(context.origin) else { return try await next(request, context) }
        var context = context
        if let client = Self.client(forwardedFor: request.headers[values: .xForwardedFor], trusted: trusted) {
            context.origin = client
        }
        return try await next(request, context)
    }

    static func client(forwardedFor headers: [String], trusted: Set<String>) -> String? {
        let hops = headers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !trusted.contains(hop) {
            // Only a plain address is taken; anything else (a name, garbage) leaves the proxy's address in place.
            guard hop.count <= 45, hop.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == ":" }) else { return nil }
            return hop
        }
        return nil
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
}

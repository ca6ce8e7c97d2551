// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatStore
import NIOCore

/// What a request carries besides itself: who is signed in, their CSRF token, their language, their address.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by the session middleware when a valid session cookie came with the request.
    public var session: BrowserSessionRepository.Active?
    /// The raw session cookie value, needed to end or replace the session.
    public var sessionToken: String?
    /// Double-submit token for forms shown before sign-in.
    public var anonymousCSRF: String?
    public var language: Language = .dutch
    /// Shown beside "Meldingen" in the header.
    public var unreadNotifications = 0
    /// The client's address: the connection's, or behind a trusted reverse proxy the one it forwarded (`ForwardedAddressMiddleware`).
    public var origin: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.origin = source.channel.remoteAddress?.ipAddress ?? "onbekend"
    }

    public var user: SignedInUser? { session?.user }

    /// Pages behind sign-in call this; the middleware has already redirected anonymous visitors.
    public func requireUser() throws -> SignedInUser {
        guard let user else { throw HTTPError(.unauthorized) }
        return user
    }

    /// A UUID path parameter; anything else is a page that does not exist.
    func uuid(_ name: String = "id") throws -> UUID {
        guard let id = UUID(uuidString: try parameters.require(name)) else { throw HTTPError(.notFound) }
        return id
    }

    public var csrfToken: String { session?.csrfToken ?? anonymousCSRF ?? "" }

    public var auditActor: AuditActor {
        user?.auditActor(origin: origin) ?? AuditActor(organisationID: nil, userID: nil, label: "anoniem", origin: origin)
    }

    /// 16 MiB so an area CSV for every buurt of the country fits.
    public var maxUploadSize: Int { 16 * 1024 * 1024 }
}

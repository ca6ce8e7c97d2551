// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore

/// The user a request acts for, with their organisation and roles. Built from a session or an API token.
public struct SignedInUser: Sendable, Equatable {
    public let userID: UUID
    public let organisationID: UUID
    public let organisationName: String
    public let name: String
    public let email: String
    public let roles: Set<Role>
    public let locale: String?

    public init(userID: UUID, organisationID: UUID, organisationName: String, name: String, email: String, roles: Set<Role>, locale: String?) {
        self.userID = userID
        self.organisationID = organisationID
        self.organisationName = organisationName
        self.name = name
        self.email = email
        self.roles = roles
        self.locale = locale
    }

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    public func auditActor(origin: String) -> AuditActor {
        AuditActor(organisationID: organisationID, userID: userID, label: email, origin: origin)
    }
}

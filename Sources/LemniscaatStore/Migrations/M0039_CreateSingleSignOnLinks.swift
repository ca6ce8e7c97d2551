// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Accounts linked to a provider's subject, and sign-ins under way (state, nonce and PKCE verifier, used once).
struct M0039_CreateSingleSignOnLinks: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sso_identities")
            .id()
            .field("user_id", .uuid, .required, .references("users", "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .required)
            .field("issuer", .string, .required)
            .field("subject", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_sign_in_at", .datetime, .required)
            // An account is found by (issuer, sub), never by e-mail address.
            .unique(on: "issuer", "subject")
            .create()
        try await createIndex("sso_identities_user", on: "sso_identities", columns: ["user_id"], database: database)
        try await database.schema("sso_attempts")
            .id()
            .field("state_hash", .string, .required)
            // Ties the attempt to the browser that started it: a callback link sent to someone else is refused.
            .field("browser_hash", .string, .required)
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("nonce", .string, .required)
            .field("code_verifier", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "state_hash")
            .create()
        try await createIndex("sso_attempts_created", on: "sso_attempts", columns: ["created_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("sso_attempts").delete()
        try await database.schema("sso_identities").delete()
    }
}

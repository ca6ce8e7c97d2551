// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Single sign-on per organisation: the OpenID provider a beheerder configured, and whether the organisation's users
/// may still sign in with a password.
struct M0038_CreateSingleSignOn: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("sso_configurations")
            .id()
            .field("organisation_id", .uuid, .required, .references("organisations", "id", onDelete: .cascade))
            .field("display_name", .string, .required)
            .field("issuer", .string, .required)
            .field("client_id", .string, .required)
            // Kept like the database password in DATABASE_URL: readable by whoever reads the database, never shown or logged.
            .field("client_secret", .string, .required)
            .field("scopes", .string, .required)
            .field("role_claim", .string, .required)
            .field("role_mapping", .string, .required)
            .field("link_by_email", .bool, .required)
            .field("is_enabled", .bool, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id")
            .create()
        try await database.schema("organisations")
            .field("password_sign_in", .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").deleteField("password_sign_in").update()
        try await database.schema("sso_configurations").delete()
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Small-number protection's k per organisation (an indicator may set its own).
struct M0023_AddSmallNumberThreshold: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisations")
            .field("small_number_threshold", .int, .required, .sql(.default(5)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisations").deleteField("small_number_threshold").update()
    }
}

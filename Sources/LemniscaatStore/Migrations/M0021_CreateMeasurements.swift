// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit

/// Measurements: indicator × period × area × breakdown category. An integer key, because an import writes millions
/// of rows and SQLite appends rowid keys in order instead of placing random ones; figures for larger areas that
/// follow from smaller ones are computed when read, never stored.
struct M0021_CreateMeasurements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("measurements")
            .field("id", .int64, .identifier(auto: true))
            .field("indicator_id", .uuid, .required, .references("indicators", "id", onDelete: .cascade))
            .field("period", .string, .required)
            // Months since January of year 0: period ranges and ordering without parsing codes.
            .field("period_start", .int, .required)
            .field("period_end", .int, .required)
            .field("area_code", .string, .required)
            // Empty for the figure of the area as a whole.
            .field("dimension", .string, .required)
            .field("category", .string, .required)
            .field("value", .double, .required)
            .field("numerator", .double)
            .field("denominator", .double)
            .field("state", .string, .required)
            .field("note", .string, .required)
            .field("import_id", .uuid)
            .field("updated_at", .datetime, .required)
            .create()
        try await createIndex(
            "measurements_key", on: "measurements", columns: ["indicator_id", "period", "area_code", "dimension", "category"], unique: true,
            database: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("measurements").delete()
    }
}

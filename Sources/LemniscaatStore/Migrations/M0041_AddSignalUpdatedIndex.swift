// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import SQLKit

/// Every server process keeps its own similarity index in memory and reads, every few seconds, the signals another
/// process changed since it last looked; without this index that read is a scan of all signals.
struct M0041_AddSignalUpdatedIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await createIndex("signals_updated_at", on: "signals", columns: ["updated_at"], database: database)
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).drop(index: "signals_updated_at").run()
    }
}

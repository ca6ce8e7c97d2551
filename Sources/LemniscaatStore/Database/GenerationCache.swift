// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Synchronization

/// A summary kept while it is still true: until this process writes (`Store.writeGeneration` moves), and at most
/// `lifetime`, the bound for writes by other server processes sharing the database.
public final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let generation: Int
        let expires: Date
    }
    private let entries = Mutex<[Key: Entry]>([:])
    let lifetime: TimeInterval
    /// Above this many entries the expired ones are dropped; a burst of distinct keys cannot grow it for long.
    let limit: Int

    /// Half a minute: how long a figure another server process has changed may still be shown.
    public static var standardLifetime: TimeInterval { LoopFiguresCache.lifetime }

    public init(lifetime: TimeInterval = standardLifetime, limit: Int = 500) {
        self.lifetime = lifetime
        self.limit = limit
    }

    func get(_ key: Key, generation: Int) -> Value? {
        entries.withLock { entries in
            guard let entry = entries[key], entry.generation == generation, entry.expires > Date() else { return nil }
            return entry.value
        }
    }

    func set(_ key: Key, _ value: Value, generation: Int) {
        entries.withLock { entries in
            let now = Date()
            if entries.count >= limit { entries = entries.filter { $0.value.expires > now } }
            if entries.count >= limit { entries.removeAll() }
            entries[key] = Entry(value: value, generation: generation, expires: now.addingTimeInterval(lifetime))
        }
    }

    /// The kept value, or `compute`'s, kept for the generation it was computed under.
    public func value(_ key: Key, store: Store, _ compute: () async throws -> Value) async throws -> Value {
        let generation = store.writeGeneration
        if let kept = get(key, generation: generation) { return kept }
        let value = try await compute()
        set(key, value, generation: generation)
        return value
    }
}

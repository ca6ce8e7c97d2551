// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import NIOCore

/// How a process uses its PostgreSQL server: pool size, how long a query waits for a connection, and how long one
/// statement may run. Read from the environment so an operator can fit several `lemniscaat serve` processes within
/// the server's `max_connections`.
public struct DatabaseSettings: Sendable, Equatable {
    /// Connections per event loop (one event loop per CPU core): a process opens at most this times its cores.
    public var connectionsPerEventLoop: Int
    /// Seconds a query waits for a free connection before it fails.
    public var poolTimeoutSeconds: Int
    /// PostgreSQL `statement_timeout` in milliseconds for every connection; nil leaves the server's own setting.
    public var statementTimeoutMilliseconds: Int?

    public init(connectionsPerEventLoop: Int = 4, poolTimeoutSeconds: Int = 10, statementTimeoutMilliseconds: Int? = nil) {
        self.connectionsPerEventLoop = connectionsPerEventLoop
        self.poolTimeoutSeconds = poolTimeoutSeconds
        self.statementTimeoutMilliseconds = statementTimeoutMilliseconds
    }

    public var poolTimeout: TimeAmount { .seconds(Int64(poolTimeoutSeconds)) }

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// `LEMNISCAAT_DB_POOL_SIZE`, `LEMNISCAAT_DB_POOL_TIMEOUT` (seconds) and `LEMNISCAAT_DB_STATEMENT_TIMEOUT`
    /// (`30s`, `500ms`, `2min` or plain milliseconds; `0` switches it off). Empty or absent: the defaults.
    public init(environment values: [String: String]) throws {
        self.init()
        if let text = Self.value(values, "LEMNISCAAT_DB_POOL_SIZE") {
            guard let size = Int(text), (1...100).contains(size) else {
                throw Invalid(description: "LEMNISCAAT_DB_POOL_SIZE moet een geheel getal van 1 tot en met 100 zijn, niet '\(text)'.")
            }
            connectionsPerEventLoop = size
        }
        if let text = Self.value(values, "LEMNISCAAT_DB_POOL_TIMEOUT") {
            guard let seconds = Int(text.hasSuffix("s") ? String(text.dropLast()) : text), (1...3600).contains(seconds) else {
                throw Invalid(description: "LEMNISCAAT_DB_POOL_TIMEOUT moet een aantal seconden van 1 tot en met 3600 zijn, niet '\(text)'.")
            }
            poolTimeoutSeconds = seconds
        }
        if let text = Self.value(values, "LEMNISCAAT_DB_STATEMENT_TIMEOUT") {
            guard let milliseconds = Self.milliseconds(text) else {
                throw Invalid(
                    description: "LEMNISCAAT_DB_STATEMENT_TIMEOUT moet een duur zijn zoals 30s, 500ms of 2min (of 0 om hem uit te zetten), niet '\(text)'.")
            }
            statementTimeoutMilliseconds = milliseconds == 0 ? nil : milliseconds
        }
    }

    private static func value(_ values: [String: String], _ key: String) -> String? {
        guard let value = values[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// The units PostgreSQL itself accepts for `statement_timeout`, so the value reads the same in both places.
    static func milliseconds(_ text: String) -> Int? {
        let units: [(suffix: String, factor: Int)] = [("ms", 1), ("min", 60_000), ("s", 1000), ("h", 3_600_000)]
        var number = text.lowercased()
        var factor = 1
        for unit in units where number.hasSuffix(unit.suffix) {
            number = String(number.dropLast(unit.suffix.count)).trimmingCharacters(in: .whitespaces)
            factor = unit.factor
            break
        }
        guard let amount = Int(number), amount >= 0, amount <= Int(Int32.max) / factor else { return nil }
        return amount * factor
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatStore
import Logging

/// Everything the server needs to start. Read from the command line, then the environment, then `.env`, then
/// defaults; tests build one in memory.
public struct AppConfig: Sendable {
    public var host: String
    public var port: Int
    public var database: DatabaseLocation
    /// Signs nothing yet but is required in production so later features (and key derivation) have it.
    public var secret: String
    public var baseURL: String
    /// `Secure` on the session cookie (default on). Browsers accept secure cookies from http://localhost and
    /// http://127.0.0.1; for plain http on another host switch it off, and the cookie is then called `lemniscaat`,
    /// because browsers refuse a `__Host-` cookie without `Secure`.
    public var cookieSecure: Bool
    public var logLevel: Logger.Level
    public var clock: AppClock
    /// `smtp://user:password@host:port`; without it e-mail waits in the outbox.
    public var smtpURL: String?
    public var mailFrom: String
    public var mailInterval: Duration
    /// How long a report page waits for its report before showing the progress instead. Zero shows the progress
    /// whenever a report is not ready yet (tests use it to see the progress page).
    public var reportWait: Duration = .milliseconds(800)
    /// How long a process holds a background job it claimed before another may take it over (it renews the lease at
    /// a third of this while the job runs). `LEMNISCAAT_JOB_LEASE_SECONDS`.
    public var jobLease: Duration = .seconds(60)
    /// How often a process asks the job table whether a job is due.
    public var jobTick: Duration = .seconds(1)
    /// How often a process takes in signals that other processes on the same database changed.
    public var similarityCatchUp: Duration = .seconds(2)
    /// Addresses of reverse proxies whose `X-Forwarded-For` is believed (`LEMNISCAAT_TRUSTED_PROXIES`, comma-separated).
    public var trustedProxies: Set<String> = []
    /// PostgreSQL pool size, pool timeout and statement timeout (`LEMNISCAAT_DB_*`).
    public var databaseSettings: DatabaseSettings
    /// Raadplegingen: accepted answers per address and per raadpleging within the window (429 beyond).
    public var consultationLimits = ConsultationRepository.Limits()
    /// Raadplegingen: an answer form sent back sooner than this after it was shown was not filled in by a person.
    public var consultationMinimumSeconds: TimeInterval = 5

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: DatabaseLocation, secret: String = "",
        baseURL: String = "http://127.0.0.1:8080", cookieSecure: Bool? = nil, logLevel: Logger.Level = .info,
        clock: AppClock = .system, smtpURL: String? = nil, mailFrom: String = "lemniscaat@localhost", mailInterval: Duration = .seconds(10),
        databaseSettings: DatabaseSettings = DatabaseSettings()
    ) {
        self.databaseSettings = databaseSettings
        self.smtpURL = smtpURL
        self.mailFrom = mailFrom
        self.mailInterval = mailInterval
        self.host = host
        self.port = port
        self.database = database
        self.secret = secret
        self.baseURL = baseURL
        self.cookieSecure = cookieSecure ?? true
        self.logLevel = logLevel
        self.clock = clock
    }

    public var sessionCookieName: String { cookieSecure ? "__Host-lemniscaat" : "lemniscaat" }
    public var csrfCookieName: String { cookieSecure ? "__Host-lemniscaat-csrf" : "lemniscaat-csrf" }
    public var servedOverHTTPS: Bool { baseURL.lowercased().hasPrefix("https://") }

    /// The environment, with a `.env` file in the working directory filling in what the environment lacks.
    public static func environment(dotEnvPath: String = ".env") -> [String: String] {
        var values: [String: String] = [:]
        if let text = try? String(contentsOfFile: dotEnvPath, encoding: .utf8) {
            for line in text.split(whereSeparator: \.isNewline) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
                let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
                var value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, value.first == value.last, value.first == "\"" || value.first == "'" {
                    value = String(value.dropFirst().dropLast())
                }
                values[key] = value
            }
        }
        for (key, value) in ProcessInfo.processInfo.environment { values[key] = value }
        return values
    }

    public enum ConfigError: Error, CustomStringConvertible {
        case invalid(String)
        public var description: String {
            switch self { case .invalid(let message): message }
        }
    }

    /// Parses `LEMNISCAAT_COOKIE_SECURE` style booleans.
    public static func flag(_ value: String?) throws -> Bool? {
        guard let value, !value.isEmpty else { return nil }
        switch value.lowercased() {
        case "1", "true", "yes", "ja", "on": return true
        case "0", "false", "no", "nee", "off": return false
        default: throw ConfigError.invalid("'\(value)' is geen ja/nee-waarde (gebruik true of false).")
        }
    }
}

/// The time as the application sees it; tests move it forward to expire sessions.
public struct AppClock: Sendable {
    public let now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    public static let system = AppClock { Date() }
}

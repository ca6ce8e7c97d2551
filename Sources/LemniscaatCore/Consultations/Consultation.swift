// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import Foundation

/// What kind of answer a question of a raadpleging asks for.
public enum ConsultationQuestionKind: String, Sendable, CaseIterable, Codable {
    /// Free text, checked by the privacy guard before it is stored.
    case open = "open"
    /// One of the options the policy officer wrote.
    case choice = "keuze"
    /// A number from 1 (not at all) to 5 (very much).
    case scale = "schaal"

    public static let scaleValues = Array(1...5)
}

/// Who may answer: anyone with the public link, or only the panel members who got a personal invitation.
public enum ConsultationAudience: String, Sendable, CaseIterable, Codable {
    case publicLink = "openbaar"
    case panel = "panel"
}

/// Where a raadpleging stands on a given moment.
public enum ConsultationPhase: String, Sendable, Equatable {
    case notYetOpen = "nog-niet-open"
    case open = "open"
    case closed = "gesloten"

    public static func at(_ now: Date, opensAt: Date, closesAt: Date) -> ConsultationPhase {
        if now < opensAt { return .notYetOpen }
        if now > closesAt { return .closed }
        return .open
    }
}

/// A time stamp in the answer form, signed so a visitor cannot forge an older one: a form sent back sooner than
/// `minimumSeconds` after it was shown was not filled in by a person, and one older than a day is stale. It says
/// nothing about who filled it in; nothing about the visitor is stored.
public enum FillInStamp {
    public static let maximumAge: TimeInterval = 24 * 3600

    public enum Verdict: Sendable, Equatable {
        case fine
        case tooFast
        case invalid
    }

    static func signature(_ seconds: Int, scope: String, key: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(scope):\(seconds)".utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(mac).map { String(format: "%02x", $0) }.joined()
    }

    /// "<unix seconds>.<hmac>", for the form's hidden field.
    public static func make(at date: Date, scope: String, key: String) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        return "\(seconds).\(signature(seconds, scope: scope, key: key))"
    }

    public static func verify(_ stamp: String, now: Date, scope: String, key: String, minimumSeconds: TimeInterval) -> Verdict {
        let parts = stamp.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seconds = Int(parts[0]), SecretToken.equal(parts[1], signature(seconds, scope: scope, key: key)) else {
            return .invalid
        }
        let age = now.timeIntervalSince1970 - Double(seconds)
        if age < 0 || age > maximumAge { return .invalid }
        return age < minimumSeconds ? .tooFast : .fine
    }
}

/// Personal invitation codes for a panel: short enough to type from paper, without letters that look alike.
public enum InvitationCode {
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// Ten characters from 32: 50 bits, with the rate limits far beyond guessing.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<10).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// As typed from paper: spaces and dashes dropped, upper case.
    public static func normalise(_ text: String) -> String {
        text.uppercased().filter { $0 != " " && $0 != "-" }
    }
}

/// Counts per option (or scale value) of one closed question, protected as one table with its total: a small
/// category is shown as "< k", and others are hidden when the small one could be computed back from the total.
public struct ConsultationTally: Sendable, Equatable {
    public let labels: [String]
    public let counts: [Protected]
    public let total: Protected

    public init(labels: [String], counts: [Int], policy: SmallNumberPolicy) {
        precondition(labels.count == counts.count, "one count per label")
        self.labels = labels
        guard !counts.isEmpty else {
            self.counts = []
            self.total = policy.count(0)
            return
        }
        var table = SuppressionTable(values: counts + [counts.reduce(0, +)])
        table.addConstraint(total: counts.count, parts: Array(counts.indices))
        let protected = table.protect(policy)
        self.counts = Array(protected.dropLast())
        self.total = protected.last!
    }
}

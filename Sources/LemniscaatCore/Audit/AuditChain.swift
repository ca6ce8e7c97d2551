// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import Foundation

/// The content of one audit entry, as hashed. Times are kept as the canonical text that was hashed, so a round
/// trip through either database cannot change a hash.
public struct AuditContent: Sendable, Equatable {
    public var sequence: Int64
    public var occurredAt: String
    public var organisationID: String
    public var actorID: String
    public var actorLabel: String
    public var action: String
    public var entityType: String
    public var entityID: String
    public var origin: String
    public var summary: String

    public init(
        sequence: Int64, occurredAt: String, organisationID: String, actorID: String, actorLabel: String,
        action: String, entityType: String, entityID: String, origin: String, summary: String
    ) {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.organisationID = organisationID
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action
        self.entityType = entityType
        self.entityID = entityID
        self.origin = origin
        self.summary = summary
    }

    /// One field per line, each length-prefixed, so no choice of values can make two entries hash alike.
    var canonical: String {
        [String(sequence), occurredAt, organisationID, actorID, actorLabel, action, entityType, entityID, origin, summary]
            .map { "\($0.utf8.count):\($0)" }
            .joined(separator: "\n")
    }
}

/// A stored entry: its content, the hash of the entry before it, and its own hash.
public struct AuditLink: Sendable, Equatable {
    public var content: AuditContent
    public var previousHash: String
    public var hash: String

    public init(content: AuditContent, previousHash: String, hash: String) {
        self.content = content
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The hash chain over the audit log: each entry holds SHA-256(previous hash, own content). Editing, deleting
/// or inserting a row breaks the chain at that row.
public enum AuditChain {
    /// The previous hash of the very first entry.
    public static let genesis = String(repeating: "0", count: 64)

    public static func hash(previous: String, content: AuditContent) -> String {
        let digest = SHA256.hash(data: Data((previous + "\n" + content.canonical).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    public static func link(previous: String, content: AuditContent) -> AuditLink {
        AuditLink(content: content, previousHash: previous, hash: hash(previous: previous, content: content))
    }

    public enum Break: Equatable, Sendable, CustomStringConvertible {
        /// The row's content no longer matches its hash: it was edited.
        case edited(sequence: Int64)
        /// The row does not follow on from the row before it: a row before it was removed or one was inserted.
        case brokenLink(sequence: Int64, expectedPrevious: String)
        /// Sequence numbers jump: rows are missing.
        case gap(after: Int64, next: Int64)
        /// The chain starts after a retention checkpoint that no entry in the chain announces: the front was removed
        /// some other way.
        case unconfirmedCheckpoint(through: Int64)

        public var description: String {
            switch self {
            case .edited(let sequence):
                "regel \(sequence) is gewijzigd nadat hij is geschreven (de hash past niet meer bij de inhoud)"
            case .brokenLink(let sequence, _):
                "regel \(sequence) sluit niet aan op de regel ervoor (daarvoor is een regel weggehaald of ingevoegd)"
            case .gap(let after, let next):
                "regel \(after + 1) tot en met \(next - 1) ontbreken (het log springt van \(after) naar \(next))"
            case .unconfirmedCheckpoint(let through):
                "het log begint na regel \(through), maar geen regel in het log meldt dat de regels tot en met \(through) na de bewaartermijn zijn verwijderd"
            }
        }
    }

    /// Walks entries in sequence order and reports every break. `startingAfter` lets a caller verify in pages.
    public static func verify(_ links: [AuditLink], previousHash: String = genesis, previousSequence: Int64 = 0) -> [Break] {
        var breaks: [Break] = []
        var expectedPrevious = previousHash
        var lastSequence = previousSequence
        for link in links {
            let sequence = link.content.sequence
            if sequence != lastSequence + 1 {
                breaks.append(.gap(after: lastSequence, next: sequence))
            }
            if link.previousHash != expectedPrevious {
                breaks.append(.brokenLink(sequence: sequence, expectedPrevious: expectedPrevious))
            }
            if hash(previous: link.previousHash, content: link.content) != link.hash {
                breaks.append(.edited(sequence: sequence))
            }
            expectedPrevious = link.hash
            lastSequence = sequence
        }
        return breaks
    }

    /// The canonical text of a moment: UTC, milliseconds.
    public static func timestamp(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = Date(timeIntervalSince1970: TimeInterval(millis / 1000))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: seconds)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!,
            Int(millis % 1000))
    }
}

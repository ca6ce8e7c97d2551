// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct AuditChainTests {
    func chain(_ count: Int) -> [AuditLink] {
        var links: [AuditLink] = []
        var previous = AuditChain.genesis
        for sequence in 1...count {
            let content = AuditContent(
                sequence: Int64(sequence), occurredAt: AuditChain.timestamp(Date(timeIntervalSince1970: Double(sequence))),
                organisationID: "org", actorID: "user", actorLabel: "a@b.nl", action: "team.aangemaakt", entityType: "team",
                entityID: "\(sequence)", origin: "127.0.0.1", summary: "team \(sequence)")
            let link = AuditChain.link(previous: previous, content: content)
            links.append(link)
            previous = link.hash
        }
        return links
    }

    @Test func anUntouchedChainVerifies() {
        #expect(AuditChain.verify(chain(5)).isEmpty)
    }

    @Test func anEditedRowIsNamed() {
        // setup
        var links = chain(5)
        // act
        links[2].content.summary = "iets anders"
        // check
        #expect(AuditChain.verify(links) == [.edited(sequence: 3)])
    }

    @Test func aRemovedRowIsNamed() {
        // setup
        var links = chain(5)
        // act
        links.remove(at: 1)
        // check
        let breaks = AuditChain.verify(links)
        #expect(breaks.contains(.gap(after: 1, next: 3)))
        #expect(breaks.contains { if case .brokenLink(sequence: 3, _) = $0 { true } else { false } })
    }

    @Test func anInsertedRowIsNamed() {
        // setup: a forged row 3 pushed between 2 and the old 3, with the rest renumbered but not re-hashed
        var links = chain(4)
        let forged = AuditChain.link(previous: links[1].hash, content: AuditContent(
            sequence: 3, occurredAt: "2026-01-01T00:00:00.000Z", organisationID: "org", actorID: "", actorLabel: "x",
            action: "x", entityType: "x", entityID: "x", origin: "x", summary: "x"))
        // act
        links.insert(forged, at: 2)
        for index in 3..<links.count { links[index].content.sequence += 1 }
        // check
        let breaks = AuditChain.verify(links)
        #expect(breaks.contains(.edited(sequence: 4)))
        #expect(breaks.contains { if case .brokenLink(sequence: 4, _) = $0 { true } else { false } })
    }

    @Test func fieldsCannotBeShiftedIntoEachOther() {
        let a = AuditContent(sequence: 1, occurredAt: "t", organisationID: "ab", actorID: "c", actorLabel: "", action: "", entityType: "", entityID: "", origin: "", summary: "")
        let b = AuditContent(sequence: 1, occurredAt: "t", organisationID: "a", actorID: "bc", actorLabel: "", action: "", entityType: "", entityID: "", origin: "", summary: "")
        #expect(AuditChain.hash(previous: AuditChain.genesis, content: a) != AuditChain.hash(previous: AuditChain.genesis, content: b))
    }

    @Test func timestampsAreUTCWithMilliseconds() {
        #expect(AuditChain.timestamp(Date(timeIntervalSince1970: 1_764_000_000.1239)) == "2025-11-24T16:00:00.123Z")
    }
}

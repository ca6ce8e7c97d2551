// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Logging
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

/// The outbox against a real SMTP server (aiosmtpd) on loopback. `scripts/test` sets LEMNISCAAT_TEST_PYTHON to the
/// virtual environment that has aiosmtpd.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LEMNISCAAT_TEST_PYTHON"] != nil))
struct MailTests {
    final class SMTPServer {
        let process = Process()
        let input = Pipe()
        let folder: URL
        let port: Int

        init(port: Int) throws {
            self.port = port
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-mail-\(UUID().uuidString)")
            let python = ProcessInfo.processInfo.environment["LEMNISCAAT_TEST_PYTHON"]!
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../tests/smtp/capture.py").standardized.path
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script, String(port), folder.path]
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = input
            try process.run()
            let ready = output.fileHandleForReading.availableData
            guard String(decoding: ready, as: UTF8.self).contains("ready") else { throw SMTPClient.Failure(description: "SMTP test server did not start") }
        }

        var messages: [String] {
            ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
                .sorted { $0.path < $1.path }.compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        }

        func stop() {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Below Linux's ephemeral range (32768–60999), where an outgoing connection of a parallel test may hold a port.
    static func freePort() -> Int { Int.random(in: 20_000..<32_000) }

    @Test func aFailedDeliveryIsRetriedAndNeverLost() async throws {
        try await withTestStore { store in
            // setup: a notification with its e-mail in the outbox
            let fixture = try await Fixture.make(store)
            let notifications = NotificationRepository(store: store)
            let clock = ManualClock()
            try await store.write { db in
                try await NotificationRepository.notify(
                    [fixture.practitioner.id!], organisationID: fixture.organisationID, text: "Uw signaal 7 is beantwoord: Wachttijd",
                    link: "/signalen/x", subject: "Antwoord op uw signaal: wachttijd", now: clock.now, on: db)
            }
            let port = Self.freePort()
            let delivery = OutboxDelivery(
                notifications: notifications,
                client: SMTPClient(configuration: try #require(SMTPClient.Configuration(url: "smtp://127.0.0.1:\(port)", from: "lemniscaat@testdorp.test"))),
                clock: clock.appClock, interval: .seconds(1), logger: Logger(label: "test"))
            // act: no server yet
            #expect(await delivery.deliverPending() == 0)
            // check: still in the outbox, one attempt, waiting before the next
            let waiting = try #require(try await OutboxMessageModel.query(on: store.database).first())
            #expect(waiting.sentAt == nil)
            #expect(waiting.attempts == 1)
            #expect(waiting.nextAttemptAt > clock.now)
            #expect(waiting.lastError != nil)
            // act: the server is back; not yet due, then due
            let server = try SMTPServer(port: port)
            defer { server.stop() }
            #expect(await delivery.deliverPending() == 0)
            clock.advance(61)
            #expect(await delivery.deliverPending() == 1)
            // check
            let sent = try #require(try await OutboxMessageModel.query(on: store.database).first())
            #expect(sent.sentAt != nil)
            let messages = server.messages
            #expect(messages.count == 1)
            #expect(messages.first?.contains("X-Envelope-To: uitvoerder@gemeente-testdorp.test") == true)
            #expect(messages.first?.contains("Uw signaal 7 is beantwoord: Wachttijd") == true)
            #expect(await delivery.deliverPending() == 0)  // not twice
        }
    }

    @Test func dotsAtTheStartOfALineSurvive() {
        let message = SMTPClient.message(from: "a@b.nl", to: "c@d.nl", subject: "Test", body: "regel\n.punt\n.")
        #expect(message.contains("\r\n..punt\r\n..\r\n"))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatStore
import Logging

/// Delivers the e-mail outbox, as the background job "e-mail-versturen" (so one process at a time sends). A message
/// leaves the outbox only when the server accepted it; a failure is retried later with growing pauses, so nothing is
/// lost when the mail server is away.
struct OutboxDelivery: Sendable {
    let notifications: NotificationRepository
    let client: SMTPClient
    let clock: AppClock
    let interval: Duration
    let logger: Logger

    /// One pass over what is due; returns how many were sent.
    @discardableResult
    func deliverPending() async -> Int {
        var sent = 0
        do {
            for message in try await notifications.pendingMail(now: clock.now()) {
                do {
                    try await client.send(to: message.recipient, subject: message.subject, body: message.body)
                    try await notifications.markSent(message.id!, now: clock.now())
                    sent += 1
                } catch {
                    logger.warning("mail delivery failed", metadata: ["attempt": "\(message.attempts + 1)", "error": "\(error)"])
                    try await notifications.markFailed(message, error: "\(error)", now: clock.now())
                }
            }
        } catch {
            logger.error("outbox unavailable", metadata: ["error": "\(error)"])
        }
        return sent
    }
}

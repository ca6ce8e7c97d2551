// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore

/// In-app notifications, each also queued as an e-mail in the outbox (delivered by a background task when SMTP
/// is configured). Written inside the caller's transaction.
public struct NotificationRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static func notify(
        _ userIDs: Set<UUID>, organisationID: UUID, text: String, link: String, subject: String, now: Date, on db: any Database
    ) async throws {
        guard !userIDs.isEmpty else { return }
        let users = try await UserModel.query(on: db).filter(\.$id ~~ Array(userIDs)).filter(\.$isActive == true).all()
        for user in users {
            let notification = NotificationModel()
            notification.organisationID = organisationID
            notification.userID = user.id!
            notification.at = now
            notification.text = text
            notification.link = link
            try await notification.create(on: db)
            let mail = OutboxMessageModel()
            mail.organisationID = organisationID
            mail.recipient = user.email
            mail.subject = subject
            mail.body = "Beste \(user.name),\n\n\(text)\n\nBekijk het in Lemniscaat: \(link)\n\nDit bericht is automatisch verstuurd door Lemniscaat."
            mail.createdAt = now
            mail.attempts = 0
            mail.nextAttemptAt = now
            try await mail.create(on: db)
        }
    }

    /// Everyone who handles a signal: the assigned user, or the members of the assigned team.
    static func handlers(of signal: SignalModel, on db: any Database) async throws -> Set<UUID> {
        if let user = signal.assignedUserID { return [user] }
        if let team = signal.assignedTeamID {
            return Set(try await TeamMemberModel.query(on: db).filter(\.$teamID == team).all().map(\.userID))
        }
        return []
    }

    public func list(userID: UUID, limit: Int = 50) async throws -> [NotificationModel] {
        try await NotificationModel.query(on: store.database).filter(\.$userID == userID).sort(\.$at, .descending).limit(limit).all()
    }

    public func unreadCount(userID: UUID) async throws -> Int {
        try await NotificationModel.query(on: store.database).filter(\.$userID == userID).filter(\.$readAt == nil).count()
    }

    public func markAllRead(userID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            let unread = try await NotificationModel.query(on: db).filter(\.$userID == userID).filter(\.$readAt == nil).count()
            guard unread > 0 else { return }
            try await NotificationModel.query(on: db).filter(\.$userID == userID).filter(\.$readAt == nil).set(\.$readAt, to: now).update()
            try await AuditLog.append(
                on: db, actor: actor, action: "meldingen.gelezen", entityType: "gebruiker", entityID: userID.uuidString.lowercased(),
                summary: "\(unread) meldingen gelezen", at: now)
        }
    }

    public func pendingMail(now: Date, limit: Int = 20) async throws -> [OutboxMessageModel] {
        try await OutboxMessageModel.query(on: store.database).filter(\.$sentAt == nil).filter(\.$nextAttemptAt <= now)
            .sort(\.$nextAttemptAt).limit(limit).all()
    }

    public func markSent(_ id: UUID, now: Date) async throws {
        try await store.write { db in
            try await OutboxMessageModel.query(on: db).filter(\.$id == id).set(\.$sentAt, to: now).set(\.$lastError, to: nil).update()
        }
    }

    /// A failed delivery waits longer each time (1, 2, 4 … minutes, at most an hour) and is never dropped.
    public func markFailed(_ message: OutboxMessageModel, error: String, now: Date) async throws {
        let attempts = message.attempts + 1
        let delay = min(3600.0, 60.0 * pow(2.0, Double(attempts - 1)))
        let id = message.id!
        try await store.write { db in
            try await OutboxMessageModel.query(on: db).filter(\.$id == id)
                .set(\.$attempts, to: attempts).set(\.$nextAttemptAt, to: now.addingTimeInterval(delay)).set(\.$lastError, to: String(error.prefix(500)))
                .update()
        }
    }
}

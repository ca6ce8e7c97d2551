// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// In-app notifications, each also queued as an e-mail in the outbox (delivered by a background task when SMTP
/// is configured). Written inside the caller's transaction.
public struct NotificationRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// Who gets a notification: the active users among `userIDs`, with what the e-mail needs.
    public struct Recipient: Sendable, Decodable {
        let id: UUID
        let email: String
        let name: String
    }

    static func recipients(_ userIDs: some Collection<UUID>, on db: any Database) async throws -> [Recipient] {
        guard !userIDs.isEmpty else { return [] }
        return try await (db as! any SQLDatabase).select().column("id").column("email").column("name").from("users")
            .where("id", .in, SQLGroupExpression(SQLList(userIDs.map { SQLBind($0) as any SQLExpression })))
            .where("is_active", .equal, SQLBind(true)).all(decoding: Recipient.self)
    }

    /// The active members of a team, with what the e-mail needs.
    static func teamRecipients(_ teamID: UUID, on db: any Database) async throws -> [Recipient] {
        let query: SQLQueryString = """
            SELECT u.id, u.email, u.name FROM team_members m JOIN users u ON u.id = m.user_id
            WHERE m.team_id = \(bind: teamID) AND u.is_active = \(bind: true)
            """
        return try await (db as! any SQLDatabase).raw(query).all(decoding: Recipient.self)
    }

    public static func notify(
        _ userIDs: Set<UUID>, organisationID: UUID, text: String, link: String, subject: String, now: Date, on db: any Database
    ) async throws {
        try await notify(try await recipients(userIDs, on: db), organisationID: organisationID, text: text, link: link, subject: subject, now: now, on: db)
    }

    /// One multi-row insert for the notifications and one for their e-mails, however many recipients.
    static func notify(
        _ recipients: [Recipient], organisationID: UUID, text: String, link: String, subject: String, now: Date, on db: any Database
    ) async throws {
        guard !recipients.isEmpty else { return }
        let sql = db as! any SQLDatabase
        try await sql.insert(into: NotificationModel.schema).columns("id", "organisation_id", "user_id", "at", "text", "link", "read_at")
            .rows(recipients.map { user in
                [SQLBind(UUID()), SQLBind(organisationID), SQLBind(user.id), SQLBind(now), SQLBind(text), SQLBind(link), SQLLiteral.null]
                    as [any SQLExpression]
            }).run()
        try await sql.insert(into: OutboxMessageModel.schema)
            .columns("id", "organisation_id", "recipient", "subject", "body", "created_at", "attempts", "next_attempt_at", "sent_at", "last_error")
            .rows(recipients.map { user in
                let body = "Beste \(user.name),\n\n\(text)\n\nBekijk het in Lemniscaat: \(link)\n\nDit bericht is automatisch verstuurd door Lemniscaat."
                return [
                    SQLBind(UUID()), SQLBind(organisationID), SQLBind(user.email), SQLBind(subject), SQLBind(body), SQLBind(now), SQLBind(0),
                    SQLBind(now), SQLLiteral.null, SQLLiteral.null,
                ] as [any SQLExpression]
            }).run()
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

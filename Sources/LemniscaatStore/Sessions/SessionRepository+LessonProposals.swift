// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Lessons proposed for a session's agenda: those not discussed yet that are linked to the session itself or to one of
/// its policies. Marking one discussed is done from the lesson's page, choosing the session (see docs/lessen.md).
extension SessionRepository {
    public static let maximumLessons = 3

    private struct LessonRow: Decodable {
        let id: UUID
        let title: String
        let direct: Int
    }

    /// Linked to the session first, then by policy; oldest first, since they have waited longest.
    func lessons(sessionID: UUID, policyIDs: [UUID], organisationID: UUID, on db: any Database) async throws -> [Proposal] {
        let byPolicy: SQLQueryString =
            policyIDs.isEmpty
            ? "0 = 1"
            : "l.id IN (SELECT lesson_id FROM lesson_policies WHERE policy_id IN \(SQLGroupExpression(SQLList(policyIDs.map { SQLBind($0) as any SQLExpression }))))"
        let rows = try await (db as! any SQLDatabase).raw(
            """
            SELECT l.id, l.title, CASE WHEN l.id IN (SELECT lesson_id FROM lesson_meetings WHERE meeting_id = \(bind: sessionID)) THEN 1 ELSE 0 END AS direct
            FROM lessons l
            WHERE l.organisation_id = \(bind: organisationID) AND l.discussed_at IS NULL
            AND (l.id IN (SELECT lesson_id FROM lesson_meetings WHERE meeting_id = \(bind: sessionID)) OR \(byPolicy))
            ORDER BY direct DESC, l.created_at, l.title LIMIT \(unsafeRaw: String(Self.maximumLessons * 4))
            """
        ).all(decoding: LessonRow.self)
        return rows.map {
            Proposal(
                source: .lesson, sourceID: $0.id, title: Self.itemTitle("Les: \($0.title)"),
                reason: $0.direct == 1
                    ? "Deze les is aan dit overleg gekoppeld en is nog niet besproken."
                    : "Deze les gaat over beleid van dit overleg en is nog niet besproken.")
        }
    }
}

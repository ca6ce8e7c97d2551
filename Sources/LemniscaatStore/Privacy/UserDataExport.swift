// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// Everything Lemniscaat holds about one user, for the right of access (AVG article 15): their account, roles and
/// teams, the signals they reported (anonymous ones too: they are the reporter's own), what they wrote or did on
/// signals, recognitions, reviews and remarks, sessions they were invited to and attended, actions they own, policy
/// roles, lessons they wrote, API keys (never the key itself), notifications, and the audit entries where they are
/// the actor. Field names are Dutch, as in the API.
public struct UserDataExport: Sendable, Encodable {
    public struct Profiel: Sendable, Encodable {
        let id: String, naam: String, email: String, actief: Bool, taal: String?, aangemaaktOp: Date
        let organisatie: String, rollen: [String], teams: [String]
    }
    public struct Signaal: Sendable, Encodable {
        let id: String, nummer: Int, titel: String, omschrijving: String, oplossing: String?, anoniem: Bool, status: String
        let ingediendOp: Date, antwoord: String?, beantwoordOp: Date?, oordeel: String?, oordeelToelichting: String?
    }
    public struct Gebeurtenis: Sendable, Encodable {
        let signaalNummer: Int, soort: String, vanStatus: String?, naarStatus: String?, tekst: String?, op: Date
    }
    public struct Herkenning: Sendable, Encodable { let signaalNummer: Int, toelichting: String?, op: Date }
    public struct Reactie: Sendable, Encodable {
        let toetsId: String, beleid: String, oordeel: String?, toelichting: String, eisen: String, toelichtingEisen: String, ingediendOp: Date?
        let opmerkingen: [Opmerking]
    }
    public struct Opmerking: Sendable, Encodable { let sectie: String, citaat: String, tekst: String, op: Date, antwoord: String?, uitleg: String? }
    public struct Deelname: Sendable, Encodable { let overleg: String, begint: Date, rechtstreeksUitgenodigd: Bool, aanwezig: Bool? }
    public struct Actie: Sendable, Encodable { let omschrijving: String, status: String, uiterlijk: Date, afgerondOp: Date? }
    public struct BeleidsRol: Sendable, Encodable { let beleid: String, rol: String }
    public struct Les: Sendable, Encodable { let titel: String, aangemaaktOp: Date }
    public struct Sleutel: Sendable, Encodable { let naam: String, begin: String, aangemaaktOp: Date, laatstGebruikt: Date?, ingetrokkenOp: Date? }
    public struct Melding: Sendable, Encodable { let tekst: String, op: Date, gelezenOp: Date? }
    public struct AuditRegel: Sendable, Encodable { let volgnummer: Int64, op: String, handeling: String, soort: String, oorsprong: String, samenvatting: String }

    let gemaaktOp: Date
    let profiel: Profiel
    let signalen: [Signaal]
    let gebeurtenissenBijSignalen: [Gebeurtenis]
    let herkenningen: [Herkenning]
    let toetsreacties: [Reactie]
    let overleggen: [Deelname]
    let acties: [Actie]
    let beleidsrollen: [BeleidsRol]
    let lessen: [Les]
    let apiSleutels: [Sleutel]
    let meldingen: [Melding]
    let auditlog: [AuditRegel]
    let toelichting: String

    /// The export as pretty-printed JSON with ISO 8601 dates.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// Builds the export of `userID`, who must belong to `organisationID`; nil when there is no such user.
    public static func build(userID: UUID, organisationID: UUID, store: Store, now: Date) async throws -> UserDataExport? {
        let db = store.database
        let sql = store.sql
        guard let user = try await UserModel.query(on: db).filter(\.$id == userID).filter(\.$organisationID == organisationID).first(),
            let organisation = try await OrganisationModel.find(organisationID, on: db)
        else { return nil }
        let roles = try await RoleAssignmentModel.query(on: db).filter(\.$userID == userID).all().map(\.role).sorted()
        let teamIDs = try await TeamMemberModel.query(on: db).filter(\.$userID == userID).all().map(\.teamID)
        let teams = teamIDs.isEmpty ? [] : try await TeamModel.query(on: db).filter(\.$id ~~ teamIDs).all().map(\.name).sorted()

        let signals = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$reporterID == userID)
            .sort(\.$number).all()
        struct EventRow: Decodable {
            let number: Int
            let kind: String
            let from_status: String?
            let to_status: String?
            let text: String?
            let at: Date
        }
        let events = try await sql.raw("""
            SELECT s.number, e.kind, e.from_status, e.to_status, e.text, e.at FROM signal_events e JOIN signals s ON s.id = e.signal_id
            WHERE e.actor_id = \(bind: userID) AND s.organisation_id = \(bind: organisationID) ORDER BY e.at
            """).all(decoding: EventRow.self)
        struct RecognitionRow: Decodable {
            let number: Int
            let comment: String?
            let at: Date
        }
        let recognitions = try await sql.raw("""
            SELECT s.number, r.comment, r.at FROM signal_recognitions r JOIN signals s ON s.id = r.signal_id
            WHERE r.user_id = \(bind: userID) AND s.organisation_id = \(bind: organisationID) ORDER BY r.at
            """).all(decoding: RecognitionRow.self)
        struct ReviewRow: Decodable {
            let id: UUID
            let round_id: UUID
            let title: String
            let verdict: String?
            let verdict_note: String
            let demands: String
            let demands_note: String
            let submitted_at: Date?
        }
        let reviews = try await sql.raw("""
            SELECT r.id, r.round_id, p.title, r.verdict, r.verdict_note, r.demands, r.demands_note, r.submitted_at
            FROM reviews r JOIN review_rounds o ON o.id = r.round_id JOIN policies p ON p.id = o.policy_id
            WHERE r.reviewer_id = \(bind: userID) AND o.organisation_id = \(bind: organisationID) ORDER BY r.updated_at
            """).all(decoding: ReviewRow.self)
        struct RemarkRow: Decodable {
            let review_id: UUID
            let section_key: String
            let quote: String
            let text: String
            let created_at: Date
            let answer: String?
            let answer_text: String?
        }
        let remarks = reviews.isEmpty ? [] : try await sql.select()
            .columns("review_id", "section_key", "quote", "text", "created_at", "answer", "answer_text").from("review_remarks")
            .where("review_id", .in, SQLGroupExpression(SQLList(reviews.map { SQLBind($0.id) as any SQLExpression }))).orderBy("created_at")
            .all(decoding: RemarkRow.self)
        struct MeetingRow: Decodable {
            let title: String
            let starts_at: Date
            let direct: Bool
            let attended: Bool?
        }
        let meetings = try await sql.raw("""
            SELECT m.title, m.starts_at, p.direct, p.attended FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
            WHERE p.user_id = \(bind: userID) AND m.organisation_id = \(bind: organisationID) ORDER BY m.starts_at
            """).all(decoding: MeetingRow.self)
        struct ActionRow: Decodable {
            let description: String
            let status: String
            let due_at: Date
            let completed_at: Date?
        }
        let actions = try await sql.raw("""
            SELECT description, status, due_at, completed_at FROM meeting_actions
            WHERE owner_id = \(bind: userID) AND organisation_id = \(bind: organisationID) ORDER BY due_at
            """).all(decoding: ActionRow.self)
        struct PolicyRoleRow: Decodable {
            let title: String
            let role: String
        }
        let policyRoles = try await sql.raw("""
            SELECT p.title, r.role FROM policy_roles r JOIN policies p ON p.id = r.policy_id
            WHERE r.user_id = \(bind: userID) AND p.organisation_id = \(bind: organisationID) ORDER BY p.title
            """).all(decoding: PolicyRoleRow.self)
        struct LessonRow: Decodable {
            let title: String
            let created_at: Date
        }
        let lessons = try await sql.raw("""
            SELECT title, created_at FROM lessons WHERE author_id = \(bind: userID) AND organisation_id = \(bind: organisationID) ORDER BY created_at
            """).all(decoding: LessonRow.self)
        let tokens = try await APITokenModel.query(on: db).filter(\.$userID == userID).sort(\.$createdAt).all()
        let notifications = try await NotificationModel.query(on: db).filter(\.$userID == userID).sort(\.$at).all()
        let audit = try await AuditEntryModel.query(on: db).filter(\.$actorID == userID.uuidString.lowercased()).sort(\.$sequence).all()

        let remarksByReview = Dictionary(grouping: remarks, by: \.review_id)
        return UserDataExport(
            gemaaktOp: now,
            profiel: Profiel(
                id: userID.uuidString.lowercased(), naam: user.name, email: user.email, actief: user.isActive, taal: user.locale,
                aangemaaktOp: user.createdAt, organisatie: organisation.name, rollen: roles, teams: teams),
            signalen: signals.map {
                Signaal(
                    id: $0.id!.uuidString.lowercased(), nummer: $0.number, titel: $0.title, omschrijving: $0.signalDescription, oplossing: $0.solution,
                    anoniem: $0.anonymous, status: $0.status, ingediendOp: $0.submittedAt, antwoord: $0.answer, beantwoordOp: $0.answeredAt,
                    oordeel: $0.verdict, oordeelToelichting: $0.verdictComment)
            },
            gebeurtenissenBijSignalen: events.map {
                Gebeurtenis(signaalNummer: $0.number, soort: $0.kind, vanStatus: $0.from_status, naarStatus: $0.to_status, tekst: $0.text, op: $0.at)
            },
            herkenningen: recognitions.map { Herkenning(signaalNummer: $0.number, toelichting: $0.comment, op: $0.at) },
            toetsreacties: reviews.map { review in
                Reactie(
                    toetsId: review.round_id.uuidString.lowercased(), beleid: review.title, oordeel: review.verdict, toelichting: review.verdict_note,
                    eisen: review.demands, toelichtingEisen: review.demands_note, ingediendOp: review.submitted_at,
                    opmerkingen: (remarksByReview[review.id] ?? []).map {
                        Opmerking(sectie: $0.section_key, citaat: $0.quote, tekst: $0.text, op: $0.created_at, antwoord: $0.answer, uitleg: $0.answer_text)
                    })
            },
            overleggen: meetings.map { Deelname(overleg: $0.title, begint: $0.starts_at, rechtstreeksUitgenodigd: $0.direct, aanwezig: $0.attended) },
            acties: actions.map { Actie(omschrijving: $0.description, status: $0.status, uiterlijk: $0.due_at, afgerondOp: $0.completed_at) },
            beleidsrollen: policyRoles.map { BeleidsRol(beleid: $0.title, rol: $0.role) },
            lessen: lessons.map { Les(titel: $0.title, aangemaaktOp: $0.created_at) },
            apiSleutels: tokens.map {
                Sleutel(naam: $0.name, begin: $0.prefix, aangemaaktOp: $0.createdAt, laatstGebruikt: $0.lastUsedAt, ingetrokkenOp: $0.revokedAt)
            },
            meldingen: notifications.map { Melding(tekst: $0.text, op: $0.at, gelezenOp: $0.readAt) },
            auditlog: audit.map {
                AuditRegel(volgnummer: $0.sequence, op: $0.occurredAt, handeling: $0.action, soort: $0.entityType, oorsprong: $0.origin, samenvatting: $0.summary)
            },
            toelichting: "Alles wat Lemniscaat over u bewaart, op \(DutchCalendar.day(now)). Signalen die na de bewaartermijn zijn geanonimiseerd "
                + "of verwijderd staan er niet meer in: ze zijn niet meer tot u te herleiden.")
    }

    /// Builds the export, and in one transaction writes the audit entry and the processing-log row for the read.
    public static func download(
        userID: UUID, organisationID: UUID, activity: ProcessingActivity, actor: AuditActor, traceID: String?, store: Store, now: Date
    ) async throws -> Data? {
        guard let export = try await build(userID: userID, organisationID: organisationID, store: store, now: now) else { return nil }
        let data = try export.json()
        try await store.write { db in
            try await AuditLog.append(
                on: db, actor: actor, action: "gegevensexport.geraadpleegd", entityType: "gebruiker", entityID: userID.uuidString.lowercased(),
                summary: activity == .ownDataExported ? "eigen gegevens gedownload" : "gegevens van een gebruiker gedownload door de beheerder", at: now)
            try await ProcessingLogRepository.append(
                .init(activity: activity, subjectID: userID, organisationID: organisationID, actor: actor, traceID: traceID, startedAt: now), on: db)
        }
        return data
    }
}

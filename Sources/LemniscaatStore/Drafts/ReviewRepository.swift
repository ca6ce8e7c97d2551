// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The uitvoeringstoets: a policy officer opens a round on a draft version, invited practitioners score its sections
/// and leave remarks, the officer answers every remark, and only then can the round close.
///
/// Who may see what: anyone in the organisation sees a round; the policy officers see every submitted review and
/// remark; a reviewer sees their own; once the round is closed everyone sees all remarks with their answers.
public struct ReviewRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    public static let maximumIntroduction = 5000
    public static let maximumQuestions = 20
    public static let maximumQuestion = 500
    public static let maximumRemark = 2000
    public static let maximumQuote = 500
    public static let maximumNote = 2000

    /// The people who run rounds and answer remarks.
    public static func mayManage(_ user: SignedInUser) -> Bool {
        user.has(.policyOfficer) || user.has(.manager) || user.has(.administrator)
    }

    // MARK: reading

    public struct RoundSummary: Sendable {
        public let id: UUID
        public let policyID: UUID
        public let policyTitle: String
        public let versionNumber: Int
        public let status: ReviewRoundStatus
        public let deadline: Date
        public let openedAt: Date
        public let closedAt: Date?
        public let invited: Int
        public let submitted: Int
        /// Remarks in submitted reviews that have no answer yet.
        public let unanswered: Int
        public let remarks: Int
    }

    public struct Invitee: Sendable {
        public let userID: UUID
        public let name: String
        public let teamName: String?
        public let state: ReviewState
        public let submittedAt: Date?
    }

    public struct Round: Sendable {
        public let summary: RoundSummary
        public let introduction: String
        public let questions: [String]
        public let invitees: [Invitee]
        public let openedBy: String?
        public let closedBy: String?
        public let version: DraftRepository.Version
    }

    public struct Remark: Sendable {
        public let id: UUID
        public let reviewerID: UUID
        public let reviewerName: String
        public let sectionKey: String
        public let quote: String
        public let text: String
        public let createdAt: Date
        public let submitted: Bool
        public let answer: RemarkAnswer?
        public let answerText: String?
        public let answerSectionKey: String?
        public let answeredBy: String?
        public let answeredAt: Date?
    }

    public struct Review: Sendable {
        public let reviewerID: UUID
        public let reviewerName: String
        public let state: ReviewState
        public let verdict: ReviewVerdict?
        public let verdictNote: String
        public let demands: Set<CapabilityDemand>
        public let demandsNote: String
        /// Section key → dimension → score.
        public let scores: [String: [ReviewDimension: ReviewScore]]
        public let remarks: [Remark]
        public let updatedAt: Date?
        public let submittedAt: Date?
    }

    private struct CountRow: Decodable {
        let round_id: UUID
        let n: Int
    }

    /// Rounds with their counts, newest first; `policyID` narrows to one policy, `ids` to some rounds.
    func summaries(organisationID: UUID, policyID: UUID? = nil, ids: [UUID]? = nil, status: ReviewRoundStatus? = nil, on db: any Database) async throws -> [RoundSummary] {
        if let ids, ids.isEmpty { return [] }
        var query = ReviewRoundModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$openedAt, .descending)
        if let policyID { query = query.filter(\.$policyID == policyID) }
        if let ids { query = query.filter(\.$id ~~ ids) }
        if let status { query = query.filter(\.$status == status.rawValue) }
        let rounds = try await query.all()
        guard !rounds.isEmpty else { return [] }
        let roundIDs = rounds.compactMap(\.id)
        let sql = db as! any SQLDatabase
        let list = SQLGroupExpression(SQLList(roundIDs.map { SQLBind($0) as any SQLExpression }))
        func counts(_ query: SQLQueryString) async throws -> [UUID: Int] {
            Dictionary(uniqueKeysWithValues: try await sql.raw(query).all(decoding: CountRow.self).map { ($0.round_id, $0.n) })
        }
        let invited = try await counts("SELECT round_id, COUNT(*) AS n FROM review_invitations WHERE round_id IN \(list) GROUP BY round_id")
        let submitted = try await counts(
            "SELECT round_id, COUNT(*) AS n FROM reviews WHERE round_id IN \(list) AND submitted_at IS NOT NULL GROUP BY round_id")
        let remarks = try await counts(
            """
            SELECT r.round_id, COUNT(*) AS n FROM review_remarks r JOIN reviews v ON v.id = r.review_id
            WHERE r.round_id IN \(list) AND v.submitted_at IS NOT NULL GROUP BY r.round_id
            """)
        let unanswered = try await counts(
            """
            SELECT r.round_id, COUNT(*) AS n FROM review_remarks r JOIN reviews v ON v.id = r.review_id
            WHERE r.round_id IN \(list) AND v.submitted_at IS NOT NULL AND r.answer IS NULL GROUP BY r.round_id
            """)
        let versions = Dictionary(
            uniqueKeysWithValues: try await DraftVersionModel.query(on: db).filter(\.$id ~~ rounds.map(\.versionID)).field(\.$id).field(\.$number).all()
                .map { ($0.id!, $0.number) })
        let titles = Dictionary(
            uniqueKeysWithValues: try await PolicyModel.query(on: db).filter(\.$id ~~ Array(Set(rounds.map(\.policyID)))).field(\.$id).field(\.$title).all()
                .map { ($0.id!, $0.title) })
        return rounds.map { round in
            let id = round.id!
            return RoundSummary(
                id: id, policyID: round.policyID, policyTitle: titles[round.policyID] ?? "", versionNumber: versions[round.versionID] ?? 0,
                status: ReviewRoundStatus(rawValue: round.status) ?? .open, deadline: round.deadline, openedAt: round.openedAt,
                closedAt: round.closedAt, invited: invited[id] ?? 0, submitted: submitted[id] ?? 0, unanswered: unanswered[id] ?? 0,
                remarks: remarks[id] ?? 0)
        }
    }

    /// The rounds of one policy, newest first.
    public func rounds(policyID: UUID, organisationID: UUID) async throws -> [RoundSummary] {
        try await summaries(organisationID: organisationID, policyID: policyID, on: store.database)
    }

    /// Every round of the organisation, newest first.
    public func rounds(organisationID: UUID, status: ReviewRoundStatus? = nil) async throws -> [RoundSummary] {
        try await summaries(organisationID: organisationID, status: status, on: store.database)
    }

    /// Open rounds the user is invited to and has not submitted a review for: their start page lists these.
    public func waiting(for user: SignedInUser) async throws -> [RoundSummary] {
        let query: SQLQueryString = """
            SELECT i.round_id FROM review_invitations i JOIN review_rounds r ON r.id = i.round_id
            LEFT JOIN reviews v ON v.round_id = i.round_id AND v.reviewer_id = i.user_id
            WHERE i.user_id = \(bind: user.userID) AND r.organisation_id = \(bind: user.organisationID) AND r.status = \(bind: ReviewRoundStatus.open.rawValue)
            AND v.submitted_at IS NULL
            """
        struct Row: Decodable { let round_id: UUID }
        let ids = try await store.sql.raw(query).all(decoding: Row.self).map(\.round_id)
        return try await summaries(organisationID: user.organisationID, ids: ids, on: store.database).sorted { $0.deadline < $1.deadline }
    }

    /// One round with its draft version and who was invited; nil when it is not the organisation's.
    public func round(id: UUID, organisationID: UUID) async throws -> Round? {
        let db = store.database
        guard let model = try await ReviewRoundModel.query(on: db).filter(\.$id == id).filter(\.$organisationID == organisationID).first(),
            let summary = try await summaries(organisationID: organisationID, ids: [id], on: db).first,
            let version = try await DraftRepository(store: store).version(
                policyID: model.policyID, number: summary.versionNumber, organisationID: organisationID)
        else { return nil }
        let invitations = try await ReviewInvitationModel.query(on: db).filter(\.$roundID == id).all()
        let reviews = Dictionary(
            uniqueKeysWithValues: try await ReviewModel.query(on: db).filter(\.$roundID == id).all().map { ($0.reviewerID, $0) })
        let people = invitations.map(\.userID) + [model.openedBy, model.closedBy].compactMap { $0 }
        let names = try await Self.names(people, organisationID: organisationID, on: db)
        let teams = try await Self.teamNames(invitations.compactMap(\.teamID), on: db)
        let invitees = invitations.map { invitation in
            let review = reviews[invitation.userID]
            return Invitee(
                userID: invitation.userID, name: names[invitation.userID] ?? "–", teamName: invitation.teamID.flatMap { teams[$0] },
                state: review == nil ? .notStarted : review?.submittedAt == nil ? .saved : .submitted, submittedAt: review?.submittedAt)
        }.sorted { ($0.teamName ?? "\u{10FFFF}", $0.name) < ($1.teamName ?? "\u{10FFFF}", $1.name) }
        return Round(
            summary: summary, introduction: model.introduction, questions: Self.questions(model.questions), invitees: invitees,
            openedBy: model.openedBy.flatMap { names[$0] }, closedBy: model.closedBy.flatMap { names[$0] }, version: version)
    }

    static func questions(_ stored: String) -> [String] {
        stored.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func names(_ ids: [UUID], organisationID: UUID, on db: any Database) async throws -> [UUID: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: try await UserModel.query(on: db).filter(\.$id ~~ unique).filter(\.$organisationID == organisationID)
                .field(\.$id).field(\.$name).all().map { ($0.id!, $0.name) })
    }

    static func teamNames(_ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await TeamModel.query(on: db).filter(\.$id ~~ unique).all().map { ($0.id!, $0.name) })
    }

    public func exists(roundID: UUID, organisationID: UUID) async throws -> Bool {
        try await ReviewRoundModel.query(on: store.database).filter(\.$id == roundID).filter(\.$organisationID == organisationID).first() != nil
    }

    /// Whether the user was invited to the round.
    public func isInvited(roundID: UUID, user: SignedInUser) async throws -> Bool {
        try await ReviewInvitationModel.query(on: store.database).filter(\.$roundID == roundID).filter(\.$userID == user.userID).first() != nil
    }

    /// The remarks the user may see, in the order of the draft's sections: every submitted remark for the policy
    /// officers or once the round is closed, and always the user's own.
    public func remarks(roundID: UUID, user: SignedInUser) async throws -> [Remark] {
        let db = store.database
        guard let round = try await ReviewRoundModel.query(on: db).filter(\.$id == roundID).filter(\.$organisationID == user.organisationID).first()
        else { return [] }
        let everyone = Self.mayManage(user) || round.status == ReviewRoundStatus.closed.rawValue
        return try await Self.remarks(roundID: roundID, organisationID: user.organisationID, onlyReviewer: everyone ? nil : user.userID, on: db)
    }

    static func remarks(roundID: UUID, organisationID: UUID, onlyReviewer: UUID?, on db: any Database) async throws -> [Remark] {
        var reviewQuery = ReviewModel.query(on: db).filter(\.$roundID == roundID)
        if let onlyReviewer { reviewQuery = reviewQuery.filter(\.$reviewerID == onlyReviewer) }
        let reviews = Dictionary(uniqueKeysWithValues: try await reviewQuery.all().map { ($0.id!, $0) })
        guard !reviews.isEmpty else { return [] }
        let models = try await ReviewRemarkModel.query(on: db).filter(\.$roundID == roundID).filter(\.$reviewID ~~ Array(reviews.keys))
            .sort(\.$createdAt).all()
        let names = try await names(
            reviews.values.map(\.reviewerID) + models.compactMap(\.answeredBy), organisationID: organisationID, on: db)
        return models.compactMap { model in
            guard let review = reviews[model.reviewID] else { return nil }
            // Someone else's remarks count only once their review is submitted.
            if onlyReviewer == nil && review.submittedAt == nil { return nil }
            return Remark(
                id: model.id!, reviewerID: review.reviewerID, reviewerName: names[review.reviewerID] ?? "–", sectionKey: model.sectionKey,
                quote: model.quote, text: model.text, createdAt: model.createdAt, submitted: review.submittedAt != nil,
                answer: model.answer.flatMap(RemarkAnswer.init(rawValue:)), answerText: model.answerText, answerSectionKey: model.answerSectionKey,
                answeredBy: model.answeredBy.flatMap { names[$0] }, answeredAt: model.answeredAt)
        }
    }

    /// A reviewer's own review; an empty one when they have not started, nil when they are not invited.
    public func review(roundID: UUID, reviewerID: UUID, organisationID: UUID) async throws -> Review? {
        let db = store.database
        guard try await ReviewRoundModel.query(on: db).filter(\.$id == roundID).filter(\.$organisationID == organisationID).first() != nil,
            try await ReviewInvitationModel.query(on: db).filter(\.$roundID == roundID).filter(\.$userID == reviewerID).first() != nil
        else { return nil }
        let name = try await Self.names([reviewerID], organisationID: organisationID, on: db)[reviewerID] ?? "–"
        guard let model = try await ReviewModel.query(on: db).filter(\.$roundID == roundID).filter(\.$reviewerID == reviewerID).first() else {
            return Review(
                reviewerID: reviewerID, reviewerName: name, state: .notStarted, verdict: nil, verdictNote: "", demands: [], demandsNote: "", scores: [:],
                remarks: [], updatedAt: nil, submittedAt: nil)
        }
        return try await Self.reviews([model], names: [reviewerID: name], remarksOf: reviewerID, organisationID: organisationID, on: db)[0]
    }

    /// Reviews of one round with their scores and remarks, in one query each however many there are. `remarksOf`: one
    /// reviewer's remarks, saved or submitted; nil: the submitted remarks of everyone.
    static func reviews(
        _ models: [ReviewModel], names: [UUID: String], remarksOf reviewer: UUID?, organisationID: UUID, on db: any Database
    ) async throws -> [Review] {
        guard let roundID = models.first?.roundID else { return [] }
        var scores: [UUID: [String: [ReviewDimension: ReviewScore]]] = [:]
        for score in try await ReviewScoreModel.query(on: db).filter(\.$reviewID ~~ models.compactMap(\.id)).all() {
            guard let dimension = ReviewDimension(rawValue: score.dimension) else { continue }
            scores[score.reviewID, default: [:]][score.sectionKey, default: [:]][dimension] = score.score.map { .value($0) } ?? .notApplicable
        }
        let remarks = Dictionary(
            grouping: try await remarks(roundID: roundID, organisationID: organisationID, onlyReviewer: reviewer, on: db), by: \.reviewerID)
        return models.map { model in
            Review(
                reviewerID: model.reviewerID, reviewerName: names[model.reviewerID] ?? "–", state: model.submittedAt == nil ? .saved : .submitted,
                verdict: model.verdict.flatMap(ReviewVerdict.init(rawValue:)), verdictNote: model.verdictNote,
                demands: Set(model.demands.split(separator: ",").compactMap { CapabilityDemand(rawValue: String($0)) }), demandsNote: model.demandsNote,
                scores: scores[model.id!] ?? [:], remarks: remarks[model.reviewerID] ?? [], updatedAt: model.updatedAt, submittedAt: model.submittedAt)
        }
    }

    /// Every submitted review of a round, for the policy officers and the report.
    public func submittedReviews(roundID: UUID, organisationID: UUID) async throws -> [Review] {
        let db = store.database
        guard try await ReviewRoundModel.query(on: db).filter(\.$id == roundID).filter(\.$organisationID == organisationID).first() != nil else {
            return []
        }
        let models = try await ReviewModel.query(on: db).filter(\.$roundID == roundID).filter(\.$submittedAt != nil).sort(\.$submittedAt).all()
        let names = try await Self.names(models.map(\.reviewerID), organisationID: organisationID, on: db)
        return try await Self.reviews(models, names: names, remarksOf: nil, organisationID: organisationID, on: db)
    }

    // MARK: opening a round

    public struct RoundInput: Sendable {
        public var versionNumber: Int?
        public var deadline: String
        public var introduction: String
        /// One question per line.
        public var questions: String
        public var teamIDs: [UUID]
        public var userIDs: [UUID]

        public init(versionNumber: Int? = nil, deadline: String, introduction: String, questions: String, teamIDs: [UUID] = [], userIDs: [UUID] = []) {
            self.versionNumber = versionNumber
            self.deadline = deadline
            self.introduction = introduction
            self.questions = questions
            self.teamIDs = teamIDs
            self.userIDs = userIDs
        }
    }

    static func privacy(_ text: String, field: String, what: String, into validator: inout Validator) {
        for kind in Set(PrivacyGuard.scan(text).map(\.kind)).sorted(by: { $0.rawValue < $1.rawValue }) {
            validator.add(field, "persoonsgegeven", "In \(what) staat iets dat lijkt op een \(kind.label). Haal het weg: schrijf over de regels, niet over personen.")
        }
    }

    /// Opens a round on a version of the policy's draft (the latest when none is chosen), invites the teams' members
    /// and the people chosen, notifies them, and moves a policy in concept to *in toets*.
    @discardableResult
    public func open(policyID: UUID, _ input: RoundInput, organisationID: UUID, actor: AuditActor, now: Date) async throws -> ReviewRoundModel {
        try await store.write { db in
            guard let policy = try await PolicyModel.query(on: db).filter(\.$id == policyID).filter(\.$organisationID == organisationID).first() else {
                throw NotFound()
            }
            var validator = Validator()
            let status = PolicyStatus(rawValue: policy.status) ?? .concept
            if !DraftRepository.writableStatuses.contains(status) {
                validator.add(
                    "beleid", "verkeerde-status", "Dit beleid is \(status.label.lowercased()). Een toets kan alleen als het beleid in concept of in toets is.")
            }
            if try await ReviewRoundModel.query(on: db).filter(\.$policyID == policyID).filter(\.$status == ReviewRoundStatus.open.rawValue).first() != nil {
                validator.add("beleid", "toets-loopt", "Er loopt al een toets op dit beleid. Sluit die eerst.")
            }
            var versionQuery = DraftVersionModel.query(on: db).filter(\.$policyID == policyID)
            if let number = input.versionNumber { versionQuery = versionQuery.filter(\.$number == number) }
            let version = try await versionQuery.sort(\.$number, .descending).first()
            if version == nil {
                validator.add(
                    "versie", input.versionNumber == nil ? "geen-tekst" : "onbekend",
                    input.versionNumber == nil ? "Dit beleid heeft nog geen concepttekst. Zet eerst een tekst klaar." : "Deze versie van de concepttekst bestaat niet.")
            }
            let deadline = ReviewDeadline.parse(input.deadline)
            if input.deadline.trimmingCharacters(in: .whitespaces).isEmpty {
                validator.add("termijn", "verplicht", "Vul de datum in waarop de reacties binnen moeten zijn.")
            } else if deadline == nil {
                validator.add("termijn", "ongeldig", "Vul een geldige datum in, bijvoorbeeld 2027-01-31.")
            } else if let deadline, deadline <= now {
                validator.add("termijn", "voorbij", "Kies een datum in de toekomst.")
            }
            // Browsers send CRLF; stored texts keep plain line breaks so paragraphs split the same way everywhere.
            let introduction = validator.text(
                "inleiding", input.introduction.replacingOccurrences(of: "\r\n", with: "\n"), label: "een inleiding", maximum: Self.maximumIntroduction)
            Self.privacy(introduction, field: "inleiding", what: "de inleiding", into: &validator)
            let questions = Self.questions(input.questions)
            if questions.isEmpty {
                validator.add("vragen", "verplicht", "Schrijf minstens één vraag op die de uitvoerders moeten beantwoorden.")
            } else if questions.count > Self.maximumQuestions {
                validator.add("vragen", "te-veel", "Stel hoogstens \(Self.maximumQuestions) vragen.")
            } else if questions.contains(where: { $0.count > Self.maximumQuestion }) {
                validator.add("vragen", "te-lang", "Een vraag mag hoogstens \(Self.maximumQuestion) tekens hebben.")
            }
            Self.privacy(questions.joined(separator: "\n"), field: "vragen", what: "de vragen", into: &validator)
            // Who is invited: the chosen people (with their first team), then every active member of the chosen teams.
            let teams = try await TeamModel.query(on: db).filter(\.$id ~~ input.teamIDs).filter(\.$organisationID == organisationID).all()
            let users = try await UserModel.query(on: db).filter(\.$id ~~ input.userIDs).filter(\.$organisationID == organisationID)
                .filter(\.$isActive == true).all()
            if teams.count != Set(input.teamIDs).count || users.count != Set(input.userIDs).count {
                validator.add("genodigden", "onbekend", "Een van de gekozen teams of personen bestaat niet (meer). Kies opnieuw.")
            }
            var invited: [UUID: UUID?] = [:]
            if !users.isEmpty {
                let memberships = try await TeamMemberModel.query(on: db).filter(\.$userID ~~ users.compactMap(\.id)).all()
                let allTeams = try await Self.teamNames(memberships.map(\.teamID), on: db)
                for user in users {
                    let first = memberships.filter { $0.userID == user.id! }.map(\.teamID).min { (allTeams[$0] ?? "") < (allTeams[$1] ?? "") }
                    invited[user.id!] = first
                }
            }
            for team in teams.sorted(by: { $0.name < $1.name }) {
                for member in try await NotificationRepository.teamRecipients(team.id!, on: db) where invited[member.id] == nil {
                    invited[member.id] = team.id!
                }
            }
            if invited.isEmpty && validator.problems.allSatisfy({ $0.name != "genodigden" }) {
                validator.add("genodigden", "verplicht", "Nodig minstens één team of persoon uit. Een gekozen team moet leden hebben.")
            }
            try validator.check()
            let round = ReviewRoundModel()
            round.organisationID = organisationID
            round.policyID = policyID
            round.versionID = version!.id!
            round.status = ReviewRoundStatus.open.rawValue
            round.deadline = deadline!
            round.introduction = introduction
            round.questions = questions.joined(separator: "\n")
            round.openedBy = actor.userID
            round.openedAt = now
            try await round.create(on: db)
            let sql = db as! any SQLDatabase
            try await sql.insert(into: ReviewInvitationModel.schema).columns("id", "round_id", "user_id", "team_id")
                .rows(invited.map { user, team in
                    [SQLBind(UUID()), SQLBind(round.id!), SQLBind(user), team.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null]
                }).run()
            if status == .concept {
                policy.status = PolicyStatus.inReview.rawValue
                try await policy.save(on: db)
                try await AuditLog.append(
                    on: db, actor: actor, action: "beleid.status", entityType: "beleid", entityID: policyID.uuidString.lowercased(),
                    summary: "concept → in toets (toets geopend)", at: now)
            }
            let day = DutchCalendar.day(deadline!)
            try await NotificationRepository.notify(
                Set(invited.keys), organisationID: organisationID,
                text: "U bent uitgenodigd voor de uitvoeringstoets op ‘\(policy.title)’. Reageer vóór \(day).",
                link: "/toetsen/\(round.id!.uuidString.lowercased())/reactie", subject: "Uitvoeringstoets: \(policy.title)", now: now, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "toets.geopend", entityType: "toets", entityID: round.id!.uuidString.lowercased(),
                summary: "\(policy.title), versie \(version!.number), \(invited.count) genodigden, termijn \(day)", at: now)
            return round
        }
    }

    // MARK: reviewing

    public struct NewRemark: Sendable {
        public var sectionKey: String
        public var quote: String
        public var text: String

        public init(sectionKey: String, quote: String = "", text: String) {
            self.sectionKey = sectionKey
            self.quote = quote
            self.text = text
        }
    }

    public struct ReviewInput: Sendable {
        /// Section key → dimension → "1"…"5", "nvt", or "" for no score.
        public var scores: [String: [ReviewDimension: String]]
        /// A `ReviewVerdict` raw value, or "" while undecided.
        public var verdict: String
        public var verdictNote: String
        public var demands: [String]
        public var demandsNote: String
        public var newRemarks: [NewRemark]
        public var removeRemarks: [UUID]

        public init(
            scores: [String: [ReviewDimension: String]] = [:], verdict: String = "", verdictNote: String = "", demands: [String] = [],
            demandsNote: String = "", newRemarks: [NewRemark] = [], removeRemarks: [UUID] = []
        ) {
            self.scores = scores
            self.verdict = verdict
            self.verdictNote = verdictNote
            self.demands = demands
            self.demandsNote = demandsNote
            self.newRemarks = newRemarks
            self.removeRemarks = removeRemarks
        }
    }

    public struct NotInvited: Error, Sendable { public init() {} }

    /// The form field a score is read from and its error is shown at.
    public static func scoreField(_ key: String, _ dimension: ReviewDimension) -> String { "score-\(key)-\(dimension.rawValue)" }
    public static func remarkField(_ key: String) -> String { "opmerking-\(key)" }
    public static func quoteField(_ key: String) -> String { "citaat-\(key)" }

    /// Saves the reviewer's review — the whole of it: scores replace the saved ones — and, with `submit`, hands it in,
    /// after which it cannot change.
    public func save(roundID: UUID, _ input: ReviewInput, submit: Bool, user: SignedInUser, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let round = try await ReviewRoundModel.query(on: db).filter(\.$id == roundID).filter(\.$organisationID == user.organisationID).first()
            else { throw NotFound() }
            guard try await ReviewInvitationModel.query(on: db).filter(\.$roundID == roundID).filter(\.$userID == user.userID).first() != nil else {
                throw NotInvited()
            }
            let existing = try await ReviewModel.query(on: db).filter(\.$roundID == roundID).filter(\.$reviewerID == user.userID).first()
            var validator = Validator()
            if round.status != ReviewRoundStatus.open.rawValue {
                validator.add("toets", "gesloten", "Deze toets is gesloten. U kunt niet meer reageren.")
            } else if existing?.submittedAt != nil {
                validator.add("toets", "ingediend", "U heeft uw reactie al ingediend. Daarna kunt u haar niet meer wijzigen.")
            }
            try validator.check()
            let sections = try await DraftSectionModel.query(on: db).filter(\.$versionID == round.versionID).sort(\.$position).all()
            let byKey = Dictionary(sections.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            var scores: [(key: String, dimension: ReviewDimension, score: ReviewScore)] = []
            for section in sections {
                for dimension in ReviewDimension.allCases {
                    let code = (input.scores[section.key]?[dimension] ?? "").trimmingCharacters(in: .whitespaces)
                    guard !code.isEmpty else { continue }
                    if let score = ReviewScore(code: code) {
                        scores.append((section.key, dimension, score))
                    } else {
                        validator.add(
                            Self.scoreField(section.key, dimension), "ongeldig",
                            "Kies bij \(dimension.label.lowercased()) van ‘\(section.title)’ een score van 1 tot 5 of n.v.t.")
                    }
                }
            }
            if input.scores.keys.contains(where: { byKey[$0] == nil }) {
                validator.add("scores", "onbekend", "Een score hoort bij een onderdeel dat niet in deze versie staat.")
            }
            let verdictCode = input.verdict.trimmingCharacters(in: .whitespaces)
            let verdict = ReviewVerdict(rawValue: verdictCode)
            if !verdictCode.isEmpty && verdict == nil {
                validator.add("oordeel", "ongeldig", "Kies uitvoerbaar, uitvoerbaar mits of niet uitvoerbaar.")
            }
            let verdictNote = input.verdictNote.trimmingCharacters(in: .whitespacesAndNewlines)
            if verdictNote.count > Self.maximumNote {
                validator.add("oordeel-toelichting", "te-lang", "De toelichting mag hoogstens \(Self.maximumNote) tekens hebben.")
            }
            Self.privacy(verdictNote, field: "oordeel-toelichting", what: "de toelichting op uw oordeel", into: &validator)
            var demands: [CapabilityDemand] = []
            for code in input.demands {
                if let demand = CapabilityDemand(rawValue: code) {
                    if !demands.contains(demand) { demands.append(demand) }
                } else {
                    validator.add("doenvermogen", "ongeldig", "Kies alleen punten uit de lijst.")
                }
            }
            let demandsNote = input.demandsNote.trimmingCharacters(in: .whitespacesAndNewlines)
            if demandsNote.count > Self.maximumNote {
                validator.add("doenvermogen-toelichting", "te-lang", "De toelichting mag hoogstens \(Self.maximumNote) tekens hebben.")
            }
            Self.privacy(demandsNote, field: "doenvermogen-toelichting", what: "de toelichting bij doenvermogen", into: &validator)
            var remarks: [NewRemark] = []
            for remark in input.newRemarks {
                let text = remark.text.trimmingCharacters(in: .whitespacesAndNewlines)
                let quote = remark.quote.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let section = byKey[remark.sectionKey] else {
                    validator.add("opmerking", "onbekend", "Een opmerking hoort bij een onderdeel dat niet in deze versie staat.")
                    continue
                }
                if text.isEmpty && quote.isEmpty { continue }
                let field = Self.remarkField(section.key)
                if text.isEmpty {
                    validator.add(field, "verplicht", "Schrijf bij het citaat uit ‘\(section.title)’ ook uw opmerking.")
                } else if text.count > Self.maximumRemark {
                    validator.add(field, "te-lang", "Een opmerking mag hoogstens \(Self.maximumRemark) tekens hebben.")
                }
                if quote.count > Self.maximumQuote {
                    validator.add(Self.quoteField(section.key), "te-lang", "Een citaat mag hoogstens \(Self.maximumQuote) tekens hebben.")
                } else if !Quote.occurs(quote, in: section.title + "\n" + section.body) {
                    validator.add(
                        Self.quoteField(section.key), "niet-gevonden",
                        "Het citaat staat niet in ‘\(section.title)’. Kopieer de woorden precies uit de tekst, of laat het citaat leeg.")
                }
                Self.privacy(text + "\n" + quote, field: field, what: "uw opmerking bij ‘\(section.title)’", into: &validator)
                remarks.append(NewRemark(sectionKey: section.key, quote: quote, text: text))
            }
            var saved: [ReviewRemarkModel] = []
            if let existing { saved = try await ReviewRemarkModel.query(on: db).filter(\.$reviewID == existing.id!).all() }
            let removing = Set(input.removeRemarks)
            if !removing.isSubset(of: Set(saved.compactMap(\.id))) {
                validator.add("opmerking", "onbekend", "Deze opmerking bestaat niet (meer).")
            }
            if submit {
                if verdict == nil && verdictCode.isEmpty {
                    validator.add("oordeel", "verplicht", "Kies uw oordeel: is de tekst uitvoerbaar?")
                }
                if let label = verdict?.explanationLabel, verdictNote.isEmpty {
                    validator.add("oordeel-toelichting", "verplicht", "Schrijf \(label) op bij ‘\(verdict!.label)’.")
                }
                if scores.isEmpty {
                    validator.add("scores", "verplicht", "Geef minstens één onderdeel een score voordat u indient.")
                }
            }
            try validator.check()
            let review = existing ?? ReviewModel()
            review.roundID = roundID
            review.reviewerID = user.userID
            review.verdict = verdict?.rawValue
            review.verdictNote = verdictNote
            review.demands = demands.map(\.rawValue).joined(separator: ",")
            review.demandsNote = demandsNote
            review.updatedAt = now
            if submit { review.submittedAt = now }
            try await review.save(on: db)
            let reviewID = review.id!
            try await ReviewScoreModel.query(on: db).filter(\.$reviewID == reviewID).delete()
            let sql = db as! any SQLDatabase
            if !scores.isEmpty {
                try await sql.insert(into: ReviewScoreModel.schema).columns("id", "review_id", "section_key", "dimension", "score")
                    .rows(scores.map { entry in
                        [SQLBind(UUID()), SQLBind(reviewID), SQLBind(entry.key), SQLBind(entry.dimension.rawValue),
                         entry.score.number.map { SQLBind($0) as any SQLExpression } ?? SQLLiteral.null]
                    }).run()
            }
            if !removing.isEmpty {
                try await ReviewRemarkModel.query(on: db).filter(\.$reviewID == reviewID).filter(\.$id ~~ Array(removing)).delete()
            }
            for (offset, remark) in remarks.enumerated() {
                let model = ReviewRemarkModel()
                model.roundID = roundID
                model.reviewID = reviewID
                model.sectionKey = remark.sectionKey
                model.quote = remark.quote
                model.text = remark.text
                // Remarks added in one save keep the order they were written in.
                model.createdAt = now.addingTimeInterval(Double(offset) / 1000)
                try await model.create(on: db)
            }
            let policyTitle = try await PolicyModel.find(round.policyID, on: db)?.title ?? ""
            try await AuditLog.append(
                on: db, actor: actor, action: submit ? "toets.reactie-ingediend" : "toets.reactie-opgeslagen", entityType: "toets",
                entityID: roundID.uuidString.lowercased(),
                summary: "\(scores.count) scores, \(saved.count - removing.count + remarks.count) opmerkingen" + (verdict.map { ", \($0.label.lowercased())" } ?? ""),
                at: now)
            if submit, let opener = round.openedBy, opener != user.userID {
                try await NotificationRepository.notify(
                    [opener], organisationID: round.organisationID, text: "\(user.name) heeft gereageerd op de uitvoeringstoets op ‘\(policyTitle)’.",
                    link: "/toetsen/\(roundID.uuidString.lowercased())", subject: "Reactie op de uitvoeringstoets: \(policyTitle)", now: now, on: db)
            }
        }
    }

    // MARK: answering and closing

    /// The policy officer's answer to one remark; it can be changed until the round closes.
    public func answer(
        remarkID: UUID, roundID: UUID, answer: String, explanation: String, sectionKey: String?, organisationID: UUID, actor: AuditActor, now: Date
    ) async throws {
        try await store.write { db in
            guard let round = try await ReviewRoundModel.query(on: db).filter(\.$id == roundID).filter(\.$organisationID == organisationID).first(),
                let remark = try await ReviewRemarkModel.query(on: db).filter(\.$id == remarkID).filter(\.$roundID == roundID).first(),
                let review = try await ReviewModel.find(remark.reviewID, on: db), review.submittedAt != nil
            else { throw NotFound() }
            var validator = Validator()
            if round.status != ReviewRoundStatus.open.rawValue {
                validator.add("antwoord", "gesloten", "Deze toets is gesloten. De antwoorden liggen vast.")
            }
            let kind = RemarkAnswer(rawValue: answer.trimmingCharacters(in: .whitespaces))
            if kind == nil {
                validator.add("antwoord", answer.isEmpty ? "verplicht" : "ongeldig", "Kies verwerkt, deels verwerkt of niet verwerkt.")
            }
            let text = validator.text("uitleg", explanation, label: "een uitleg", maximum: Self.maximumNote)
            Self.privacy(text, field: "uitleg", what: "de uitleg", into: &validator)
            let key = sectionKey?.trimmingCharacters(in: .whitespaces) ?? ""
            if !key.isEmpty {
                // A section of this version or a later one: where the remark was dealt with.
                let start = try await DraftVersionModel.find(round.versionID, on: db)?.number ?? 1
                let versions = try await DraftVersionModel.query(on: db).filter(\.$policyID == round.policyID).filter(\.$number >= start).all().compactMap(\.id)
                if try await DraftSectionModel.query(on: db).filter(\.$versionID ~~ versions).filter(\.$key == key).first() == nil {
                    validator.add("onderdeel", "onbekend", "Dit onderdeel staat niet in de concepttekst.")
                }
            }
            try validator.check()
            remark.answer = kind!.rawValue
            remark.answerText = text
            remark.answerSectionKey = key.isEmpty ? nil : key
            remark.answeredBy = actor.userID
            remark.answeredAt = now
            try await remark.save(on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "toets.antwoord", entityType: "toets", entityID: roundID.uuidString.lowercased(),
                summary: "opmerking \(remarkID.uuidString.lowercased().prefix(8)): \(kind!.label.lowercased())", at: now)
        }
    }

    /// Closes a round once every remark in a submitted review has an answer, and tells every reviewer.
    public func close(roundID: UUID, organisationID: UUID, actor: AuditActor, now: Date) async throws {
        try await store.write { db in
            guard let round = try await ReviewRoundModel.query(on: db).filter(\.$id == roundID).filter(\.$organisationID == organisationID).first()
            else { throw NotFound() }
            guard round.status == ReviewRoundStatus.open.rawValue else {
                throw ValidationFailure([InvalidParam(name: "toets", code: "gesloten", reason: "Deze toets is al gesloten.")])
            }
            let reviewers = try await ReviewModel.query(on: db).filter(\.$roundID == roundID).filter(\.$submittedAt != nil).all()
            let unanswered = reviewers.isEmpty ? 0 : try await ReviewRemarkModel.query(on: db).filter(\.$roundID == roundID)
                .filter(\.$reviewID ~~ reviewers.compactMap(\.id)).filter(\.$answer == nil).count()
            guard unanswered == 0 else {
                throw ValidationFailure([
                    InvalidParam(
                        name: "toets", code: "onbeantwoord",
                        reason: unanswered == 1
                            ? "Er is nog 1 opmerking zonder antwoord. Beantwoord eerst alle opmerkingen."
                            : "Er zijn nog \(unanswered) opmerkingen zonder antwoord. Beantwoord eerst alle opmerkingen.")
                ])
            }
            round.status = ReviewRoundStatus.closed.rawValue
            round.closedAt = now
            round.closedBy = actor.userID
            try await round.save(on: db)
            let title = try await PolicyModel.find(round.policyID, on: db)?.title ?? ""
            try await NotificationRepository.notify(
                Set(reviewers.map(\.reviewerID)), organisationID: organisationID,
                text: "De uitvoeringstoets op ‘\(title)’ is gesloten. Bekijk de antwoorden op alle opmerkingen.",
                link: "/toetsen/\(roundID.uuidString.lowercased())", subject: "Uitvoeringstoets gesloten: \(title)", now: now, on: db)
            try await AuditLog.append(
                on: db, actor: actor, action: "toets.gesloten", entityType: "toets", entityID: roundID.uuidString.lowercased(),
                summary: "\(title): \(reviewers.count) reacties", at: now)
        }
    }

    // MARK: the report

    /// The numbers behind a round's report; the caller protects counts of people with `ReviewReport.protected`.
    public func report(roundID: UUID, organisationID: UUID) async throws -> ReviewReport? {
        guard let round = try await round(id: roundID, organisationID: organisationID) else { return nil }
        let reviews = try await submittedReviews(roundID: roundID, organisationID: organisationID)
        let remarks = try await Self.remarks(roundID: roundID, organisationID: organisationID, onlyReviewer: nil, on: store.database)
        return ReviewReport(
            sections: round.version.sections.map { (key: $0.key, title: $0.title) },
            invitees: round.invitees.map { (team: $0.teamName, submitted: $0.state == .submitted) },
            reviews: reviews.map { review in
                ReviewReport.ReviewFacts(
                    verdict: review.verdict, verdictNote: review.verdictNote, demands: review.demands, demandsNote: review.demandsNote,
                    scores: review.scores)
            },
            remarks: remarks.map {
                ReviewReport.RemarkFacts(
                    sectionKey: $0.sectionKey, reviewer: $0.reviewerName, quote: $0.quote, text: $0.text, answer: $0.answer, answerText: $0.answerText,
                    answerSectionKey: $0.answerSectionKey)
            })
    }
}

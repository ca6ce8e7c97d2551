// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

/// Bewaartermijnen with a fixed clock: exactly what is anonymised and deleted at the boundaries.
@Suite struct RetentionStoreTests {
    /// 15 June 2026, noon in Amsterdam.
    static let now = DutchCalendar.calendar.date(from: DateComponents(year: 2026, month: 6, day: 15, hour: 12))!

    static func monthsAgo(_ months: Int, plus seconds: TimeInterval = 0) -> Date {
        RetentionClock.cutoff(now: now, months: months).addingTimeInterval(seconds)
    }

    struct World {
        let fixture: Fixture
        let handler: SignedInUser
        let reporter: SignedInUser
        let signals: SignalRepository
        var ids: [String: UUID] = [:]
    }

    /// An organisation founded eight years ago, and signals finished on either side of each boundary.
    static func world(_ store: Store) async throws -> World {
        let founded = monthsAgo(96)
        let fixture = try await Fixture.make(store, now: founded)
        let accounts = AccountRepository(store: store)
        let manager = try await accounts.create(
            .init(email: "manager@testdorp.test", name: "Mia Manager", roles: [.manager], password: Fixture.password),
            organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: founded)
        let handler = try #require(try await accounts.signedInUser(userID: manager.user.id!))
        let reporter = try #require(try await accounts.signedInUser(userID: fixture.practitioner.id!))
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first).domain.id!
        var world = World(fixture: fixture, handler: handler, reporter: reporter, signals: SignalRepository(store: store, similarity: SignalSimilarity(store: store)))
        // name: (word in its text, submitted, moves with their moments)
        let plan: [(String, String, Date, [(SignalStatus, Date)])] = [
            ("open", "zonnebloem", monthsAgo(80), []),
            ("closedJustBefore5y", "tulpenbol", monthsAgo(62), [(.answered, monthsAgo(61)), (.closed, monthsAgo(60, plus: -1))]),
            ("closedAt5y", "narcissus", monthsAgo(62), [(.answered, monthsAgo(61)), (.closed, monthsAgo(60))]),
            ("answeredJustBefore1y", "madeliefje", monthsAgo(13), [(.answered, monthsAgo(12, plus: -1))]),
            ("answeredAt1y", "boterbloem", monthsAgo(13), [(.answered, monthsAgo(12))]),
            ("notTakenUpJustBefore1y", "paardenbloem", monthsAgo(13), [(.notTakenUp, monthsAgo(12, plus: -1))]),
        ]
        for (name, word, submitted, moves) in plan {
            let signal = try await world.signals.submit(
                .init(
                    title: "Signaal over \(word)", description: "De \(word) bloeit niet op tijd.", domainID: domain, policyID: nil, areaCode: nil,
                    affected: "1", urgency: "normaal", solution: nil, anonymous: false),
                reporter: reporter, origin: "test", now: submitted)
            for (status, at) in moves {
                _ = try await world.signals.changeStatus(
                    id: signal.id!, to: status, text: status.requiresText ? "Een antwoord van de behandelaar." : nil, by: handler, origin: "test", now: at)
            }
            world.ids[name] = signal.id!
        }
        // Notifications that tie people to signals.
        for (user, name, text) in [
            (reporter.userID, "answeredJustBefore1y", "melder over anoniem"), (handler.userID, "answeredJustBefore1y", "behandelaar over anoniem"),
            (reporter.userID, "open", "melder over open"),
        ] {
            try await store.sql.insert(into: "notifications").columns("id", "organisation_id", "user_id", "at", "text", "link")
                .values(
                    SQLBind(UUID()), SQLBind(fixture.organisationID), SQLBind(user), SQLBind(founded), SQLBind(text),
                    SQLBind("/signalen/" + world.ids[name]!.uuidString.lowercased())
                ).run()
        }
        // Sessions that ended seven years ago, a second either side of the boundary, each with minutes.
        for (name, ended) in [("oldMeeting", monthsAgo(84, plus: -1)), ("recentMeeting", monthsAgo(84))] {
            let id = UUID()
            try await store.sql.insert(into: "meetings")
                .columns("id", "organisation_id", "type", "title", "starts_at", "ends_at", "place", "link", "description", "created_at", "updated_at")
                .values(
                    SQLBind(id), SQLBind(fixture.organisationID), SQLBind("werksessie"), SQLBind(name), SQLBind(ended.addingTimeInterval(-3600)),
                    SQLBind(ended), SQLBind(""), SQLBind(""), SQLBind(""), SQLBind(founded), SQLBind(founded)
                ).run()
            try await store.sql.insert(into: "meeting_agenda_items")
                .columns("id", "meeting_id", "position", "title", "note", "minutes", "kind", "created_at", "updated_at")
                .values(
                    SQLBind(UUID()), SQLBind(id), SQLBind(1), SQLBind("Punt"), SQLBind(""), SQLBind("Besproken met het wijkteam."), SQLBind("eigen"),
                    SQLBind(founded), SQLBind(founded)
                ).run()
            world.ids[name] = id
        }
        return world
    }

    struct Snapshot: Equatable {
        let signals: Int
        let events: Int
        let tombstones: Int
        let audit: Int
        let minutes: Int
    }

    static func count(_ store: Store, _ query: SQLQueryString) async throws -> Int {
        try await store.sql.raw("SELECT COUNT(*) AS n FROM \(query)").first()!.decode(column: "n", as: Int.self)
    }

    static func snapshot(_ store: Store) async throws -> Snapshot {
        Snapshot(
            signals: try await count(store, "signals"), events: try await count(store, "signal_events"),
            tombstones: try await count(store, "signal_tombstones"), audit: try await count(store, "audit_entries"),
            minutes: try await count(store, "meeting_agenda_items WHERE minutes <> ''"))
    }

    @Test func dryRunCountsAndTouchesNothing() async throws {
        try await withTestStore { store in
            // setup
            let world = try await Self.world(store)
            let before = try await Self.snapshot(store)
            // act
            let plan = try await RetentionRepository(store: store).plan(now: Self.now)
            // check
            let counts = try #require(plan.organisations.first { $0.organisationID == world.fixture.organisationID }).counts
            #expect(counts == RetentionCounts(reportersAnonymised: 2, closedSignalsDeleted: 1, withdrawnSignalsDeleted: 1, minutesEmptied: 1))
            #expect(plan.auditEntriesRemoved > 0)
            #expect(try await Self.snapshot(store) == before)
        }
    }

    @Test func runAppliesEachTermAtItsBoundaryAndASecondRunChangesNothing() async throws {
        try await withTestStore { store in
            // setup
            let world = try await Self.world(store)
            let repository = RetentionRepository(store: store)
            let id = { (name: String) in world.ids[name]! }
            // act
            let result = try await repository.run(now: Self.now, actor: { AuditActor.commandLine(organisationID: $0) })
            // check: deleted just before 5 years (closed) and 1 year (not taken up); kept at the boundary
            let counts = try #require(result.organisations.first { $0.organisationID == world.fixture.organisationID }).counts
            #expect(counts == RetentionCounts(reportersAnonymised: 2, closedSignalsDeleted: 1, withdrawnSignalsDeleted: 1, minutesEmptied: 1))
            let org = world.fixture.organisationID
            #expect(try await world.signals.signal(id: id("closedJustBefore5y"), organisationID: org) == nil)
            #expect(try await world.signals.signal(id: id("notTakenUpJustBefore1y"), organisationID: org) == nil)
            #expect(try await Self.count(store, "signal_events WHERE signal_id = \(bind: id("closedJustBefore5y"))") == 0)
            // tombstones keep number, domain, dates and status
            let tombstone = try #require(try await repository.tombstone(id: id("closedJustBefore5y"), organisationID: org))
            #expect(tombstone.status == "afgesloten")
            #expect(tombstone.reason == "afgehandeld")
            #expect(tombstone.finished_at == Self.monthsAgo(60, plus: -1))
            #expect(!tombstone.domain_name.isEmpty)
            #expect(try await repository.tombstone(id: id("notTakenUpJustBefore1y"), organisationID: org)?.reason == "niet-opgepakt")
            // reporters: anonymised just before 1 year and for the closed one kept at 5 years; kept at the 1-year boundary
            for name in ["closedAt5y", "answeredJustBefore1y"] {
                let signal = try #require(try await world.signals.signal(id: id(name), organisationID: org))
                #expect(signal.reporterID != world.reporter.userID, "\(name)")
                #expect(signal.anonymous, "\(name)")
                #expect(try await Self.count(store, "signal_events WHERE signal_id = \(bind: id(name)) AND actor_id = \(bind: world.reporter.userID)") == 0)
            }
            for name in ["answeredAt1y", "open"] {
                #expect(try await world.signals.signal(id: id(name), organisationID: org)?.reporterID == world.reporter.userID, "\(name)")
            }
            // notifications: the reporter's about an anonymised signal go, someone else's about it and the reporter's
            // about a signal kept stay
            #expect(try await Self.count(store, "notifications WHERE text = 'melder over anoniem'") == 0)
            #expect(try await Self.count(store, "notifications WHERE text = 'behandelaar over anoniem'") == 1)
            #expect(try await Self.count(store, "notifications WHERE text = 'melder over open'") == 1)
            // the placeholder is nobody in the user list
            #expect(try await AccountRepository(store: store).list(organisationID: org).allSatisfy { $0.user.name != "Geanonimiseerde melder" })
            // minutes: emptied one second past seven years, kept at the boundary
            #expect(try await Self.count(store, "meeting_agenda_items WHERE meeting_id = \(bind: id("oldMeeting")) AND minutes = ''") == 1)
            #expect(try await Self.count(store, "meeting_agenda_items WHERE meeting_id = \(bind: id("recentMeeting")) AND minutes <> ''") == 1)
            // the full-text index no longer finds the deleted signal's words, and still finds the kept ones
            var filter = SignalRepository.Filter()
            filter.text = "tulpenbol"
            #expect(try await world.signals.list(organisationID: org, filter: filter, now: Self.now).total == 0)
            filter.text = "narcissus"
            #expect(try await world.signals.list(organisationID: org, filter: filter, now: Self.now).total == 1)
            // one audit entry with the counts
            let entries = try await AuditRepository(store: store).entries(entityType: "organisatie", entityID: org.uuidString.lowercased(), organisationID: org)
                .filter { $0.action == "bewaartermijnen.toegepast" }
            #expect(entries.count == 1)
            #expect(entries.first?.summary == counts.summary)
            // the chain, trimmed, still verifies
            #expect(result.auditEntriesRemoved > 0)
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)

            // act: again
            let before = try await Self.snapshot(store)
            let again = try await repository.run(now: Self.now, actor: { AuditActor.commandLine(organisationID: $0) })
            // check: nothing to do, nothing written
            #expect(again.organisations.allSatisfy { $0.counts.total == 0 })
            #expect(again.auditEntriesRemoved == 0)
            #expect(try await Self.snapshot(store) == before)

            // a new signal does not take a deleted signal's number
            let highest = try #require(try await repository.tombstones(organisationID: org).map(\.number).max())
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first).domain.id!
            let next = try await world.signals.submit(
                .init(title: "Nieuw", description: "Nieuw signaal.", domainID: domain, policyID: nil, areaCode: nil, affected: "1", urgency: "laag",
                      solution: nil, anonymous: false),
                reporter: world.reporter, origin: "test", now: Self.now)
            #expect(next.number == highest + 1)
        }
    }

    @Test func shorterTermsSetByTheBeheerderApplyAndAreValidated() async throws {
        try await withTestStore { store in
            // setup
            let world = try await Self.world(store)
            let repository = RetentionRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: world.fixture.organisationID)
            // act / check: refused, all problems at once
            var bad = RetentionPeriods.defaults
            bad.auditMonths = 3
            bad.minutesMonths = 999
            do {
                try await repository.save(bad, organisationID: world.fixture.organisationID, actor: actor, now: Self.now)
                Issue.record("saved out-of-bounds periods")
            } catch let failure as ValidationFailure {
                #expect(Set(failure.invalidParams.map(\.name)) == ["auditlog", "notulen"])
            }
            // act: the answered one at exactly 12 months falls within a term of 11
            var shorter = RetentionPeriods.defaults
            shorter.reporterMonths = 11
            try await repository.save(shorter, organisationID: world.fixture.organisationID, actor: actor, now: Self.now)
            let plan = try await repository.plan(now: Self.now)
            // check
            #expect(try await repository.periods(organisationID: world.fixture.organisationID) == shorter)
            #expect(plan.organisations.first?.counts.reportersAnonymised == 3)
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$action == "bewaartermijnen.gewijzigd").count() == 1)
        }
    }

    @Test func aCheckpointNobodyAnnouncedBreaksVerification() async throws {
        try await withTestStore { store in
            // setup: a trimmed chain that verifies
            _ = try await Self.world(store)
            _ = try await RetentionRepository(store: store).run(now: Self.now, actor: { AuditActor.commandLine(organisationID: $0) })
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
            // act: someone removes the next entry too and records a checkpoint for it themselves
            let first = try #require(try await AuditEntryModel.query(on: store.database).sort(\.$sequence).first())
            try await store.sql.insert(into: "audit_checkpoints")
                .columns("id", "through_sequence", "through_hash", "removed", "oldest_removed_at", "newest_removed_at", "created_at")
                .values(SQLBind(UUID()), SQLBind(first.sequence), SQLBind(first.hash), SQLBind(1), SQLBind(""), SQLBind(""), SQLBind(Self.now)).run()
            try await store.sql.delete(from: "audit_entries").where("sequence", .equal, SQLBind(first.sequence)).run()
            // check
            #expect(try await AuditRepository(store: store).verify().breaks.contains(.unconfirmedCheckpoint(through: first.sequence)))
        }
    }

    /// Panel names and addresses and contact details left with answers go three months after the raadpleging closed,
    /// one second either side of the boundary; the answers themselves stay.
    @Test func consultationContactsAreErasedThreeMonthsAfterClosing() async throws {
        try await withTestStore { store in
            // setup: two raadplegingen, one closed just past the term, one just inside it
            let fixture = try await Fixture.make(store, now: Self.monthsAgo(24))
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first).domain.id!
            let policy = try await PolicyRepository(store: store).create(
                .init(title: "Minimaregeling", summary: "Voor de raadpleging.", legalBasis: "", domainIDs: [domain], roles: [:], teamIDs: [], goals: []),
                organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Self.monthsAgo(24)
            ).id!
            var consultations: [UUID] = []
            for closed in [Self.monthsAgo(3, plus: -1), Self.monthsAgo(3, plus: 1)] {
                let model = ConsultationModel()
                model.organisationID = fixture.organisationID
                model.policyID = policy
                model.title = "Raadpleging"
                model.explanation = "Uitleg."
                model.audience = ConsultationAudience.panel.rawValue
                model.publicToken = SecretToken.generate()
                model.opensAt = closed.addingTimeInterval(-30 * 86_400)
                model.closesAt = closed
                model.createdAt = model.opensAt
                model.updatedAt = model.opensAt
                try await model.create(on: store.database)
                let invitation = ConsultationInvitationModel()
                invitation.consultationID = model.id!
                invitation.organisationID = fixture.organisationID
                invitation.codeHash = SecretToken.hash(SecretToken.generate())
                invitation.name = "Ans de Vries"
                invitation.email = "ans@example.test"
                invitation.used = true
                invitation.createdAt = model.opensAt
                try await invitation.create(on: store.database)
                let response = ConsultationResponseModel()
                response.consultationID = model.id!
                response.day = "2026-01-01"
                response.contact = "06-12345678"
                try await response.create(on: store.database)
                consultations.append(model.id!)
            }
            let retention = RetentionRepository(store: store)

            // act
            let planned = try await retention.plan(now: Self.now)
            let result = try await retention.run(now: Self.now, actor: { AuditActor.retentionJob(organisationID: $0) })

            // check: the invitation and the contact of the first only; the responses stay
            #expect(planned.organisations.first?.counts.consultationContactsErased == 2)
            #expect(result.organisations.first?.counts.consultationContactsErased == 2)
            let invitations = try await ConsultationInvitationModel.query(on: store.database).all()
            #expect(invitations.first { $0.consultationID == consultations[0] }.map { [$0.name, $0.email ?? "-"] } == ["", "-"])
            #expect(invitations.first { $0.consultationID == consultations[1] }?.name == "Ans de Vries")
            let responses = try await ConsultationResponseModel.query(on: store.database).all()
            #expect(responses.count == 2)
            #expect(responses.first { $0.consultationID == consultations[0] }?.contact == nil)
            #expect(responses.first { $0.consultationID == consultations[1] }?.contact == "06-12345678")
            // a second run finds nothing more
            #expect(try await retention.plan(now: Self.now).organisations.first?.counts.consultationContactsErased == 0)
        }
    }
}

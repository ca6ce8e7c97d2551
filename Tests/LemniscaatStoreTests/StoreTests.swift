// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

@Suite struct MigrationTests {
    @Test func migrationsRunAndRunAgainWithoutChange() async throws {
        try await withTestStore { store in
            // act
            try await store.migrate()
            // check
            let rows = try await store.sql.raw("SELECT COUNT(*) AS n FROM _fluent_migrations").first()
            #expect(try rows?.decode(column: "n", as: Int.self) == Migrations.ordered.count)
        }
    }

    @Test func sqliteRunsInWALWithFullSyncAndForeignKeys() async throws {
        try await withTestStore { store in
            guard store.kind == .sqlite else { return }
            let journal = try await store.sql.raw("PRAGMA journal_mode").first()?.decode(column: "journal_mode", as: String.self)
            let synchronous = try await store.sql.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
            let foreignKeys = try await store.sql.raw("PRAGMA foreign_keys").first()?.decode(column: "foreign_keys", as: Int.self)
            #expect(journal == "wal")
            #expect(synchronous == 2)  // FULL
            #expect(foreignKeys == 1)
        }
    }
}

@Suite struct DemoTests {
    /// The demo texts are what people see first: none may trip the privacy guard.
    @Test func demoTextsPassThePrivacyGuard() {
        for signal in DemoContent.signals {
            for text in [signal.title, signal.description, signal.solution ?? "", signal.answer] {
                #expect(PrivacyGuard.scan(text).isEmpty, "\(text)")
            }
        }
        for policy in DemoContent.policies { #expect(PrivacyGuard.scan(policy.title + " " + policy.summary + " " + policy.legalBasis).isEmpty, "\(policy.title)") }
        for text in DemoDrafts.texts { #expect(PrivacyGuard.scan(text).isEmpty, "\(text.prefix(80))") }
        for text in DemoReviews.texts { #expect(PrivacyGuard.scan(text).isEmpty, "\(text)") }
        for session in DemoSessions.sessions {
            for text in [session.title, session.place, session.description] + session.agenda.flatMap({ [$0.title, $0.note, $0.minutes] }) {
                #expect(PrivacyGuard.scan(text).isEmpty, "\(text)")
            }
        }
        for decision in DemoDecisions.decisions {
            for text in [decision.text, decision.policyChange ?? ""] + decision.actions.map(\.description) {
                #expect(PrivacyGuard.scan(text).isEmpty, "\(text)")
            }
        }
    }

    /// A quote that is not in its section would be refused by the review form; the demo keeps to the same rule.
    @Test func demoQuotesOccurInTheirSections() {
        let versions: [String: String] = [
            DemoReviews.aanpak18.policy: DemoDrafts.aanpak18Version2, DemoReviews.gezondheid.policy: DemoDrafts.gezondheidVersion1,
        ]
        for round in DemoReviews.rounds {
            let sections = DraftText.sections(versions[round.policy] ?? "")
            for remark in round.remarks {
                let section = sections.first { $0.key == remark.section }
                #expect(section != nil, "\(remark.section)")
                #expect(Quote.occurs(remark.quote, in: (section?.title ?? "") + "\n" + (section?.body ?? "")), "\(remark.quote)")
            }
            for key in round.profile.keys { #expect(sections.contains { $0.key == key }, "\(key)") }
        }
    }

    @Test func loadsTheDemoOrganisationOnceOnly() async throws {
        try await withTestStore { store in
            // act
            let organisation = try await DemoOrganisation.load(into: store, password: "lemniscaat-demo", now: Date())
            // check
            let users = try await AccountRepository(store: store).list(organisationID: organisation.id!)
            #expect(users.count == 31)
            for role in Role.allCases { #expect(users.contains { $0.roles.contains(role) }) }
            for (email, _) in DemoOrganisation.namedAccounts { #expect(users.contains { $0.user.email == email }) }
            let teams = try await OrganisationRepository(store: store).teams(organisationID: organisation.id!)
            #expect(teams.filter { $0.team.kind == "beleid" }.count == 2)
            // five practice teams, and Vroeg Eropaf for the samenwerkingskaart (DemoContactMap)
            #expect(teams.filter { $0.team.kind == "uitvoering" }.count == 6)
            #expect(teams.filter { $0.team.kind == "verbinding" }.count == 1)
            let areas = try await AreaRepository(store: store).list(organisationID: organisation.id!)
            #expect(areas.filter { $0.level == "wijk" }.count == 4)
            #expect(areas.filter { $0.level == "buurt" }.count == 12)
            let hash = try #require(users.first?.user.passwordHash)
            #expect(try await PasswordHasher.verify("lemniscaat-demo", hash: hash))
            let signals = try await SignalModel.query(on: store.database).all()
            #expect(signals.count >= 280)
            #expect(Set(signals.map(\.status)).count == SignalStatus.allCases.count)  // every status
            #expect(signals.contains { $0.verdict == "niet-tevreden" && $0.status == "heropend" })
            #expect(try await PolicyModel.query(on: store.database).count() == 12)
            #expect(try await PolicyRoleModel.query(on: store.database).count() == 12 * PolicyRole.allCases.count)
            #expect(try await ThemeModel.query(on: store.database).count() == 8)
            #expect(try await DraftVersionModel.query(on: store.database).count() == 4)
            #expect(try await DraftSectionSignalModel.query(on: store.database).count() == 3)
            // the uitvoeringstoetsen: one closed with every remark answered, one open that uitvoerder@demo.test has yet to answer
            let reviews = ReviewRepository(store: store)
            let closed = try #require(try await reviews.rounds(organisationID: organisation.id!, status: .closed).first)
            #expect(closed.invited == 15 && closed.submitted == 15)
            #expect(closed.remarks >= 20 && closed.unanswered == 0)
            let aanpak = try #require(try await PolicyModel.find(closed.policyID, on: store.database))
            #expect(closed.versionNumber == 2 && aanpak.status == PolicyStatus.inReview.rawValue)
            let versions = try await DraftVersionModel.query(on: store.database).filter(\.$policyID == closed.policyID).sort(\.$number).all()
            #expect(versions[1].createdAt < closed.openedAt && closed.openedAt < closed.deadline)
            let closedAt = try #require(closed.closedAt)
            #expect(closedAt > versions[2].createdAt && closedAt < Date())
            let report = try #require(try await reviews.report(roundID: closed.id, organisationID: organisation.id!))
            #expect(report.responded == 15 && report.unanswered == 0)
            #expect(Set(report.remarks.compactMap(\.answer)) == Set(RemarkAnswer.allCases))
            #expect(report.verdicts[.conditional, default: 0] > report.verdicts[.feasible, default: 0] && report.verdicts[.infeasible, default: 0] >= 1)
            let protection = report.protect(SmallNumberPolicy(threshold: 5))
            #expect(protection.cells.flatMap { $0 }.contains { !$0.shown } && protection.cells.flatMap { $0 }.contains { $0.shown })
            let open = try #require(try await reviews.rounds(organisationID: organisation.id!, status: .open).first)
            #expect(open.submitted >= 2 && open.submitted < open.invited && open.unanswered > 0 && open.unanswered < open.remarks)
            #expect(try await PolicyModel.find(open.policyID, on: store.database)?.status == PolicyStatus.inReview.rawValue)
            let uitvoerder = try #require(try await AccountRepository(store: store).user(email: "uitvoerder@demo.test"))
            let signedIn = try #require(try await AccountRepository(store: store).signedInUser(userID: uitvoerder.id!))
            #expect(try await reviews.waiting(for: signedIn).map(\.id) == [open.id])
            // sessions: every kind, the ones held with minutes and attendance, some still to come for uitvoerder@demo.test
            let sessions = SessionRepository(store: store)
            let held = try await sessions.list(organisationID: organisation.id!, when: .past, now: Date())
            let coming = try await sessions.list(organisationID: organisation.id!, when: .upcoming, now: Date())
            #expect(Set((held + coming).map(\.type)) == Set(SessionType.allCases))
            #expect(held.count >= 10 && coming.count >= 3)
            #expect(held.first.map { $0.startsAt > Date().addingTimeInterval(-30 * 86_400) } == true)
            for summary in held {
                let session = try #require(try await sessions.session(id: summary.id, organisationID: organisation.id!))
                #expect(session.attendanceRecorded && session.agenda.allSatisfy { !$0.minutes.isEmpty }, "\(summary.title)")
                #expect(session.participants.contains { $0.userID == summary.organiserID })
            }
            let mine = try await sessions.list(organisationID: organisation.id!, when: .upcoming, filter: .init(userID: uitvoerder.id!), now: Date())
            #expect(!mine.isEmpty)
            // decisions: two policies changed because of practice, one theme answered and one forwarded through a decision
            let decisions = try await sessions.decisions(organisationID: organisation.id!)
            #expect(decisions.count >= 8)
            #expect(Set(decisions.compactMap(\.policyID)).count == 2)
            // one policy changed twice, both times by a decision on a theme's signals
            let changes = Dictionary(grouping: decisions.filter { $0.policyID != nil && $0.items.contains { $0.sourceKind == .theme } }, by: \.policyID)
            #expect(changes.values.contains { $0.count == 2 })
            #expect(Set(decisions.map(\.effect)).isSuperset(of: [.answered, .forwarded, .none]))
            let answered = try #require(decisions.first { $0.effect == .answered })
            let answeredTheme = try #require(answered.items.first { $0.sourceKind == .theme }?.sourceID)
            #expect(try await SignalModel.query(on: store.database).filter(\.$themeID == answeredTheme).filter(\.$answer == answered.text).count() > 0)
            // actions in every state, some past their date
            let actions = try await ActionRepository(store: store).list(organisationID: organisation.id!, now: Date())
            #expect(Set(actions.map(\.status)) == Set(ActionStatus.allCases))
            #expect(actions.contains { $0.isOverdue(now: Date()) })
            #expect(actions.contains { $0.status.isOpen && $0.dueAt > Date() })
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
            await #expect(throws: DemoOrganisation.LoadError.self) {
                try await DemoOrganisation.load(into: store, password: "lemniscaat-demo", now: Date())
            }
        }
    }
}

@Suite struct AuditLogTests {
    @Test func everyChangeIsChainedAndVerifies() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            // act
            let result = try await AuditRepository(store: store).verify()
            // check
            #expect(result.breaks.isEmpty)
            #expect(result.checked >= 4)  // organisation, team, two users
            let page = try await AuditRepository(store: store).page(organisationID: fixture.organisationID, filter: .init(action: "gebruiker.aangemaakt"), page: 1, pageSize: 10)
            #expect(page.total == 2)
        }
    }

    @Test func verifyNamesAnEditedADeletedAndAnInsertedRow() async throws {
        try await withTestStore { store in
            // setup
            _ = try await Fixture.make(store)
            _ = try await Fixture.make(store, name: "Gemeente Anderdorp")
            let audit = AuditRepository(store: store)
            #expect(try await audit.verify().breaks.isEmpty)
            // act: edit row 2
            try await store.sql.raw("UPDATE audit_entries SET summary = 'vervalst' WHERE sequence = 2").run()
            // check
            #expect(try await audit.verify().breaks == [.edited(sequence: 2)])
            // act: restore by re-deleting the edited row instead, leaving a gap
            try await store.sql.raw("DELETE FROM audit_entries WHERE sequence = 2").run()
            let afterDelete = try await audit.verify().breaks
            #expect(afterDelete.contains(.gap(after: 1, next: 3)))
            // act: insert a forged row in the gap, hashed correctly on top of row 1
            let first = try #require(try await AuditEntryModel.query(on: store.database).filter(\.$sequence == 1).first())
            let forged = AuditChain.link(previous: first.hash, content: AuditContent(
                sequence: 2, occurredAt: first.occurredAt, organisationID: first.organisationID, actorID: "", actorLabel: "indringer",
                action: "gebruiker.aangemaakt", entityType: "gebruiker", entityID: "x", origin: "x", summary: "x"))
            try await AuditEntryModel(forged).create(on: store.database)
            // check: the row after it no longer links up
            let afterInsert = try await audit.verify().breaks
            #expect(afterInsert.contains { if case .brokenLink(sequence: 3, _) = $0 { true } else { false } })
        }
    }

    @Test func concurrentWritesKeepOneChain() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let organisations = OrganisationRepository(store: store)
            // act
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        _ = try await organisations.createDomain(
                            name: "Terrein \(index)", organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: Date())
                    }
                }
                try await group.waitForAll()
            }
            // check
            let result = try await AuditRepository(store: store).verify()
            #expect(result.breaks.isEmpty)
            #expect(try await organisations.domains(organisationID: fixture.organisationID).count == DefaultDomains.all.count + 20)
        }
    }
}

@Suite struct AccountTests {
    @Test func deactivatingEndsEverySession() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let accounts = AccountRepository(store: store)
            let sessions = BrowserSessionRepository(store: store)
            let user = try #require(try await accounts.signedInUser(userID: fixture.practitioner.id!))
            let now = Date()
            let first = try await sessions.create(user: user, origin: "test", now: now, replacing: nil)
            _ = try await sessions.create(user: user, origin: "test", now: now, replacing: nil)
            #expect(try await sessions.count(userID: user.userID) == 2)
            // act
            try await accounts.setActive(false, userID: user.userID, organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: now)
            // check
            #expect(try await sessions.count(userID: user.userID) == 0)
            #expect(try await sessions.resolve(token: first.token, now: now) == nil)
            #expect(try await accounts.signedInUser(userID: user.userID) == nil)
        }
    }

    @Test func sessionsExpireWhenIdleAndAfterTwelveHours() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let sessions = BrowserSessionRepository(store: store)
            let user = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
            let start = Date()
            let idle = try await sessions.create(user: user, origin: "test", now: start, replacing: nil)
            let busy = try await sessions.create(user: user, origin: "test", now: start, replacing: nil)
            // act & check: idle for 31 minutes
            #expect(try await sessions.resolve(token: idle.token, now: start.addingTimeInterval(29 * 60)) != nil)
            #expect(try await sessions.resolve(token: idle.token, now: start.addingTimeInterval(29 * 60 + 31 * 60)) == nil)
            // act & check: used every 20 minutes, still ends after 12 hours
            var moment = start
            while moment.timeIntervalSince(start) < 12 * 3600 - 20 * 60 {
                moment = moment.addingTimeInterval(20 * 60)
                #expect(try await sessions.resolve(token: busy.token, now: moment) != nil)
            }
            #expect(try await sessions.resolve(token: busy.token, now: start.addingTimeInterval(12 * 3600 + 60)) == nil)
        }
    }

    @Test func theLastBeheerderStays() async throws {
        try await withTestStore { store in
            let fixture = try await Fixture.make(store)
            let accounts = AccountRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            await #expect(throws: ValidationFailure.self) {
                try await accounts.setActive(false, userID: fixture.administrator.id!, organisationID: fixture.organisationID, actor: actor, now: Date())
            }
            await #expect(throws: ValidationFailure.self) {
                try await accounts.update(
                    userID: fixture.administrator.id!, organisationID: fixture.organisationID, name: "Bea", roles: [.manager], teamIDs: [], actor: actor, now: Date())
            }
        }
    }

    @Test func anotherOrganisationsRecordsDoNotExist() async throws {
        try await withTestStore { store in
            // setup
            let here = try await Fixture.make(store)
            let there = try await Fixture.make(store, name: "Gemeente Elders")
            let accounts = AccountRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: here.organisationID)
            // check
            #expect(try await accounts.user(id: there.practitioner.id!, organisationID: here.organisationID) == nil)
            await #expect(throws: NotFound.self) {
                try await accounts.setActive(false, userID: there.practitioner.id!, organisationID: here.organisationID, actor: actor, now: Date())
            }
            await #expect(throws: ValidationFailure.self) {
                try await accounts.create(
                    .init(email: "nieuw@testdorp.test", name: "Nieuw", roles: [.practitioner], teamIDs: [there.practitionerTeamID], password: nil),
                    organisationID: here.organisationID, actor: actor, now: Date())
            }
            #expect(try await OrganisationRepository(store: store).team(id: there.practitionerTeamID, organisationID: here.organisationID) == nil)
        }
    }

    @Test func createValidatesEverythingAtOnce() async throws {
        try await withTestStore { store in
            let fixture = try await Fixture.make(store)
            let error = await #expect(throws: ValidationFailure.self) {
                try await AccountRepository(store: store).create(
                    .init(email: "geen-adres", name: "", roles: [], password: "kort"), organisationID: fixture.organisationID,
                    actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            }
            #expect(Set(error?.invalidParams.map(\.name) ?? []) == ["naam", "email", "rollen", "wachtwoord"])
        }
    }

    @Test func invitationsAreSingleUse() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let accounts = AccountRepository(store: store)
            let created = try await accounts.create(
                .init(email: "nieuw@testdorp.test", name: "Nina Nieuw", roles: [.liaison], password: nil), organisationID: fixture.organisationID,
                actor: .commandLine(organisationID: fixture.organisationID), now: Date())
            let token = try #require(created.invitation)
            // act
            _ = try await accounts.acceptInvitation(token: token, password: "een goed wachtwoord", origin: "test", now: Date())
            // check
            #expect(try await accounts.invitedUser(token: token, now: Date()) == nil)
            await #expect(throws: NotFound.self) {
                try await accounts.acceptInvitation(token: token, password: "nog een wachtwoord", origin: "test", now: Date())
            }
        }
    }

    @Test func tenFailuresWithinAMinuteThrottle() async throws {
        try await withTestStore { store in
            let throttle = SignInThrottle(store: store)
            let keys = SignInThrottle.keys(email: "iemand@demo.test", address: "10.0.0.1")
            let start = Date()
            for second in 0..<10 {
                #expect(try await throttle.retryAfter(keys: keys, now: start.addingTimeInterval(Double(second))) == nil)
                try await throttle.recordFailure(keys: keys, actor: AuditActor(organisationID: nil, userID: nil, label: "iemand", origin: "10.0.0.1"), now: start.addingTimeInterval(Double(second)))
            }
            let wait = try await throttle.retryAfter(keys: keys, now: start.addingTimeInterval(10))
            #expect(wait == 50)
            #expect(try await throttle.retryAfter(keys: keys, now: start.addingTimeInterval(61)) == nil)
        }
    }

    @Test func apiTokensWorkUntilRevoked() async throws {
        try await withTestStore { store in
            let fixture = try await Fixture.make(store)
            let tokens = TokenRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            let created = try await tokens.create(userID: fixture.practitioner.id!, organisationID: fixture.organisationID, name: "test", actor: actor, now: Date())
            #expect(try await tokens.authenticate(created.token, now: Date())?.userID == fixture.practitioner.id)
            #expect(created.model.tokenHash != created.token)
            try await tokens.revoke(id: created.model.id!, userID: fixture.practitioner.id!, actor: actor, now: Date())
            #expect(try await tokens.authenticate(created.token, now: Date()) == nil)
        }
    }
}

@Suite struct AreaImportTests {
    @Test func importAddsRenamesAndRefusesOrphansWhole() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let areas = AreaRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            let rows = try AreaCSV.parse("code;naam\nGM0363;Amsterdam\nWK036301;Burgwallen\nBU03630101;Kop Zeedijk").get()
            // act
            let first = try await areas.importRows(rows, organisationID: fixture.organisationID, actor: actor, now: Date())
            let renamed = try AreaCSV.parse("code;naam\nWK036301;Burgwallen-Oude Zijde\nBU03630102;Oude Kerk").get()
            let second = try await areas.importRows(renamed, organisationID: fixture.organisationID, actor: actor, now: Date())
            let orphans = try AreaCSV.parse("code;naam\nWK036302;Nieuwmarkt\nBU03639901;Weesbuurt").get()
            await #expect(throws: ValidationFailure.self) {
                try await areas.importRows(orphans, organisationID: fixture.organisationID, actor: actor, now: Date())
            }
            // check
            #expect(first == .init(created: 3, renamed: 0, unchanged: 0))
            #expect(second == .init(created: 1, renamed: 1, unchanged: 0))
            let all = try await areas.list(organisationID: fixture.organisationID)
            #expect(all.map(\.code) == ["GM0363", "WK036301", "BU03630101", "BU03630102"])  // nothing of the refused file
            #expect(all.first { $0.code == "BU03630102" }?.parentCode == "WK036301")
        }
    }
}

@Suite struct SignalNumberTests {
    /// Many reporters at once still get one number each, on SQLite and on PostgreSQL.
    @Test func concurrentReportsGetUniqueNumbers() async throws {
        try await withTestStore { store in
            let fixture = try await Fixture.make(store)
            let reporter = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
            let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        _ = try await signals.submit(
                            .init(
                                title: "Knelpunt \(index)", description: "Iets loopt vast in de uitvoering.", domainID: domain.domain.id!, policyID: nil,
                                areaCode: nil, affected: "1", urgency: "laag", solution: nil, anonymous: false),
                            reporter: reporter, origin: "test", now: Date())
                    }
                }
                try await group.waitForAll()
            }
            let numbers = try await SignalModel.query(on: store.database).all().map(\.number).sorted()
            #expect(numbers == Array(1...24))
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }
}

@Suite struct GroupCommitTests {
    /// Writes that commit together still succeed or fail one by one: a failing write takes back only itself.
    @Test func aFailingWriteInABatchTakesBackOnlyItself() async throws {
        try await withTestStore { store in
            let fixture = try await Fixture.make(store)
            let organisations = OrganisationRepository(store: store)
            let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
            // 40 writes at once; every fourth repeats a name, which the write itself refuses after it read the table
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<40 {
                    group.addTask {
                        let name = index % 4 == 3 ? "Terrein \(index - 1)" : "Terrein \(index)"
                        do {
                            _ = try await organisations.createDomain(name: name, organisationID: fixture.organisationID, actor: actor, now: Date())
                            return true
                        } catch is ValidationFailure {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            let created = outcomes.filter { $0 }.count
            let domains = try await organisations.domains(organisationID: fixture.organisationID)
            #expect(created >= 30)
            #expect(domains.count == DefaultDomains.all.count + created)
            #expect(Set(domains.map(\.domain.slug)).count == domains.count)
            let audit = try await AuditEntryModel.query(on: store.database).filter(\.$action == "domein.aangemaakt").count()
            #expect(audit == created)  // one entry per write that stayed, none for those taken back
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
        }
    }

    /// Batches that all succeed commit in one plain transaction and remember the audit tail between their writes:
    /// the chain must still be whole, with one entry per write and no sequence number twice.
    @Test func concurrentWritesKeepTheAuditChainWhole() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let signals = SignalRepository(store: store, similarity: SignalSimilarity(store: store))
            let reporter = try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!)!
            let domainID = try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID)[0].domain.id!
            let before = try await AuditEntryModel.query(on: store.database).count()
            // act: 60 signals at once, so the group commit joins them in batches
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<60 {
                    group.addTask {
                        _ = try await signals.submit(
                            .init(
                                title: "Wachtlijst \(index) loopt op", description: "In de wijk wachten inwoners te lang op een eerste gesprek.",
                                domainID: domainID, policyID: nil, areaCode: nil, affected: "2-10", urgency: "normaal", solution: nil,
                                anonymous: false),
                            reporter: reporter, origin: "test", now: Date())
                    }
                }
                try await group.waitForAll()
            }
            // check
            let entries = try await AuditEntryModel.query(on: store.database).sort(\.$sequence).all()
            #expect(entries.count == before + 60)
            #expect(Set(entries.map(\.sequence)).count == entries.count)
            #expect(try await AuditRepository(store: store).verify().breaks.isEmpty)
            let numbers = try await SignalModel.query(on: store.database).all().map(\.number)
            #expect(Set(numbers).count == numbers.count)
        }
    }
}

@Suite struct FigureProtectionTests {
    /// Values no import lets through (any more) are hidden, not converted to counts: converting 1e300 trapped the server.
    @Test func impossibleFiguresAreHiddenNotTrapped() throws {
        // setup
        let policy = SmallNumberPolicy.standard
        let huge = Figure(value: 1e300, state: .provisional)
        let codes = try ["GM0999", "WK099901", "BU09990101", "BU09990102"].map { try #require(AreaCode($0)) }
        let model = IndicatorModel()
        (model.id, model.organisationID, model.goalID, model.createdAt, model.updatedAt) = (UUID(), UUID(), UUID(), Date(), Date())
        (model.code, model.name, model.definition, model.kind, model.unit) = ("X", "X", "", "output", "aantal")
        (model.direction, model.source, model.frequency, model.aggregation) = ("hoger-is-beter", "cbs", "jaar", "som")
        let indicator = Indicator(model, targets: [])

        // act
        let alone = FigureProtection.protect(huge, unit: .count, policy: policy)
        let share = FigureProtection.protect(Figure(value: 50, numerator: 1e300, denominator: 2e300, state: .final), unit: .percentage, policy: policy)
        let score = FigureProtection.protect(Figure(value: 7, denominator: .infinity, state: .final), unit: .score, policy: policy)
        let table = FigureProtection.protect(
            [codes[0]: huge, codes[1]: huge, codes[2]: Figure(value: 3, state: .final), codes[3]: huge], indicator: indicator, policy: policy)
        let categories = FigureProtection.protect(
            categories: [("a", huge), ("b", Figure(value: 12, state: .final))], total: .shown(20), indicator: indicator, policy: policy)

        // check
        #expect(alone == .hidden)
        #expect(share == .hidden)
        #expect(score == .hidden)
        #expect(Set(table.values) == [.hidden])
        #expect(categories == [.hidden, .hidden])
    }
}

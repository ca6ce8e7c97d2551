// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

@Suite struct ReviewStoreTests {
    static func signedIn(_ user: UserModel, _ fixture: Fixture, roles: Set<Role>) -> SignedInUser {
        SignedInUser(
            userID: user.id!, organisationID: fixture.organisationID, organisationName: "Gemeente Testdorp", name: user.name, email: user.email,
            roles: roles, locale: nil)
    }

    static func deadline(_ days: Double) -> String { ReviewDeadline.code(Date().addingTimeInterval(days * 86_400)) }

    @Test func aWholeRoundFromOpeningToClosing() async throws {
        try await withTestStore { store in
            // setup
            let setup = try await DraftStoreTests.setUp(store)
            let org = setup.fixture.organisationID
            let policyID = setup.policy.id!
            try await DraftRepository(store: store).addVersion(
                policyID: policyID, markdown: DraftStoreTests.first, changeNote: "", organisationID: org, actor: setup.actor, now: Date())
            let reviews = ReviewRepository(store: store)
            let practitioner = Self.signedIn(setup.fixture.practitioner, setup.fixture, roles: [.practitioner])
            let officer = Self.signedIn(setup.fixture.administrator, setup.fixture, roles: [.administrator])
            let practitionerActor = practitioner.auditActor(origin: "test")

            // act: open on the team
            let round = try await reviews.open(
                policyID: policyID,
                .init(deadline: Self.deadline(14), introduction: "Graag uw oordeel.", questions: "Is dit haalbaar?\nWat mist er?", teamIDs: [setup.fixture.practitionerTeamID]),
                organisationID: org, actor: setup.actor, now: Date())

            // check: invited, notified, policy in toets, on the start page
            #expect(try await PolicyModel.find(policyID, on: store.database)?.status == PolicyStatus.inReview.rawValue)
            #expect(try await reviews.waiting(for: practitioner).map(\.id) == [round.id!])
            #expect(try await NotificationModel.query(on: store.database).filter(\.$userID == practitioner.userID).count() == 1)
            let detail = try #require(try await reviews.round(id: round.id!, organisationID: org))
            #expect(detail.questions == ["Is dit haalbaar?", "Wat mist er?"])
            #expect(detail.invitees.map(\.teamName) == ["Wijkteam"])
            let keys = detail.version.sections.map(\.key)

            // a second round on the same policy is refused while this one is open
            await #expect(throws: ValidationFailure.self) {
                try await reviews.open(
                    policyID: policyID, .init(deadline: Self.deadline(14), introduction: "x", questions: "y", userIDs: [practitioner.userID]),
                    organisationID: org, actor: setup.actor, now: Date())
            }
            // someone not invited cannot review
            await #expect(throws: ReviewRepository.NotInvited.self) {
                try await reviews.save(roundID: round.id!, .init(), submit: false, user: officer, actor: setup.actor, now: Date())
            }
            // a quote that is not in the section is refused, and nothing is written
            await #expect(throws: ValidationFailure.self) {
                try await reviews.save(
                    roundID: round.id!, .init(newRemarks: [.init(sectionKey: keys[1], quote: "staat er niet", text: "Opmerking")]), submit: false,
                    user: practitioner, actor: practitionerActor, now: Date())
            }
            #expect(try await ReviewModel.query(on: store.database).count() == 0)

            // save, then submit: submitting needs a verdict and its conditions
            try await reviews.save(
                roundID: round.id!,
                .init(
                    scores: [keys[1]: [.feasibility: "2", .capability: "nvt"]],
                    newRemarks: [.init(sectionKey: keys[1], quote: "als de jongere 17 jaar is", text: "Dat is te laat: begin bij 16.")]),
                submit: false, user: practitioner, actor: practitionerActor, now: Date())
            #expect(try await reviews.review(roundID: round.id!, reviewerID: practitioner.userID, organisationID: org)?.state == .saved)
            await #expect(throws: ValidationFailure.self) {
                try await reviews.save(
                    roundID: round.id!, .init(scores: [keys[1]: [.feasibility: "2"]], verdict: "uitvoerbaar-mits"), submit: true, user: practitioner,
                    actor: practitionerActor, now: Date())
            }
            try await reviews.save(
                roundID: round.id!,
                .init(
                    scores: [keys[1]: [.feasibility: "2", .capability: "nvt"], keys[2]: [.systems: "4"]], verdict: "uitvoerbaar-mits",
                    verdictNote: "Als het plan eerder begint.", demands: ["vooruit-plannen"], demandsNote: "Jongeren zonder netwerk.",
                    newRemarks: [.init(sectionKey: keys[2], text: "Wie helpt bij de aanvraag?")]),
                submit: true, user: practitioner, actor: practitionerActor, now: Date())
            let mine = try #require(try await reviews.review(roundID: round.id!, reviewerID: practitioner.userID, organisationID: org))
            #expect(mine.state == .submitted)
            #expect(mine.scores[keys[1]]?[.capability] == .notApplicable)
            #expect(mine.remarks.count == 2)
            // read-only once submitted
            await #expect(throws: ValidationFailure.self) {
                try await reviews.save(roundID: round.id!, .init(), submit: false, user: practitioner, actor: practitionerActor, now: Date())
            }
            #expect(try await reviews.waiting(for: practitioner).isEmpty)

            // closing is refused while a remark is unanswered
            await #expect(throws: ValidationFailure.self) {
                try await reviews.close(roundID: round.id!, organisationID: org, actor: setup.actor, now: Date())
            }
            let remarks = try await reviews.remarks(roundID: round.id!, user: officer)
            #expect(remarks.count == 2)
            for remark in remarks {
                try await reviews.answer(
                    remarkID: remark.id, roundID: round.id!, answer: "verwerkt", explanation: "Aangepast in versie 2.", sectionKey: remark.sectionKey,
                    organisationID: org, actor: setup.actor, now: Date())
            }
            try await reviews.close(roundID: round.id!, organisationID: org, actor: setup.actor, now: Date())

            // check: closed, the reviewer told, the answers visible, the report's numbers
            #expect(try await reviews.round(id: round.id!, organisationID: org)?.summary.status == .closed)
            #expect(try await NotificationModel.query(on: store.database).filter(\.$userID == practitioner.userID).count() == 2)
            #expect(try await reviews.remarks(roundID: round.id!, user: practitioner).allSatisfy { $0.answer == .processed })
            let report = try #require(try await reviews.report(roundID: round.id!, organisationID: org))
            #expect(report.responded == 1 && report.invited == 1)
            #expect(report.verdicts[.conditional] == 1)
            #expect(report.sections[1].cells[0].mean == 2)
            #expect(report.sections[1].cells[2].notApplicable == 1)
            #expect(report.demands[.planAhead] == 1)
            #expect(report.unanswered == 0)
            let protection = report.protect(.standard)
            #expect(protection.responded == .belowThreshold)
            #expect(protection.cells[1][0].shown == false)
            for action in ["toets.geopend", "toets.reactie-opgeslagen", "toets.reactie-ingediend", "toets.antwoord", "toets.gesloten"] {
                #expect(try await DraftStoreTests.entries(store, action) >= 1, "\(action)")
            }
            // another organisation sees nothing
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            #expect(try await reviews.round(id: round.id!, organisationID: other.organisationID) == nil)
            #expect(try await reviews.rounds(organisationID: other.organisationID).isEmpty)
        }
    }

    @Test func reportProtectsSmallCountsOfPeople() {
        // setup: two teams, one with 6 of 8 responding, one with 2 of 3
        let invitees = Array(repeating: (team: Optional("A"), submitted: true), count: 6) + Array(repeating: (team: Optional("A"), submitted: false), count: 2)
            + [(team: "B", submitted: true), (team: "B", submitted: true), (team: "B", submitted: false)]
        let reviews = (0..<8).map { i in
            ReviewReport.ReviewFacts(
                verdict: i < 6 ? .feasible : .infeasible, verdictNote: i < 6 ? "" : "Te weinig mensen.", demands: [], demandsNote: "",
                scores: ["a": [.feasibility: .value(i % 5 + 1)]])
        }
        // act
        let report = ReviewReport(sections: [("a", "Artikel 1")], invitees: invitees, reviews: reviews, remarks: [])
        let protection = report.protect(.standard)
        // check: B's 2 is hidden, and so is A's 6 (otherwise 8 − 6 gives B back); the total stays
        #expect(report.teams.map(\.team) == ["A", "B"])
        #expect(protection.teams[1].responded == .belowThreshold)
        #expect(protection.teams[0].responded == .hidden)
        #expect(protection.responded == .shown(8))
        #expect(protection.verdicts[2] == .belowThreshold)
        #expect(protection.cells[0][0].shown)
        #expect(report.conditions.map(\.note) == ["Te weinig mensen.", "Te weinig mensen."])
        // two notes under "niet uitvoerbaar" would say its "< 5" is 2: they come without their verdict
        #expect(report.notes(protection).map(\.verdict) == [nil])
    }
}

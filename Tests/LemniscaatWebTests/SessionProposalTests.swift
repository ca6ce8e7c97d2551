// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

/// The agenda proposed from the loop: what a session's policy has waiting, each with why, and accepting one.
@Suite struct SessionProposalTests {
    struct Loop {
        let policyID: UUID
        let signalID: UUID
        let roundID: UUID
        let indicatorID: UUID
        let themeID: UUID
        let sessionID: UUID
    }

    /// An open signal of `organisationID`, `days` past its deadline, about `policyID` (which may be another
    /// organisation's, to prove the queries are scoped).
    static func overdueSignal(
        _ store: Store, organisationID: UUID, policyID: UUID?, domainID: UUID, reporterID: UUID, title: String, number: Int, days: Double, now: Date
    ) async throws -> UUID {
        let signal = SignalModel()
        signal.organisationID = organisationID
        signal.number = number
        signal.title = title
        signal.signalDescription = "Een knelpunt uit de praktijk."
        signal.domainID = domainID
        signal.policyID = policyID
        signal.affected = "1"
        signal.urgency = "normaal"
        signal.anonymous = false
        signal.reporterID = reporterID
        signal.status = SignalStatus.inProgress.rawValue
        signal.workingDays = 10
        signal.submittedAt = now.addingTimeInterval(-(days + 14) * 86_400)
        signal.dueAt = now.addingTimeInterval(-days * 86_400)
        signal.escalationAt = now.addingTimeInterval(-(days - 5) * 86_400)
        signal.recognitionCount = 0
        signal.updatedAt = now
        try await signal.create(on: store.database)
        return signal.id!
    }

    /// A policy with an overdue signal, an open review round with one unanswered remark, and an off-track indicator,
    /// and a session about the policy.
    static func loop(_ store: Store, _ fixture: Fixture, now: Date) async throws -> Loop {
        let org = fixture.organisationID
        let actor = AuditActor.commandLine(organisationID: org)
        let csv = "code;naam\nGM0999;Testdorp\nWK099901;Noord\nBU09990101;Noord-A\nBU09990102;Noord-B"
        _ = try await AreaRepository(store: store).importRows(try AreaCSV.parse(csv).get(), organisationID: org, actor: actor, now: now)
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(
                title: "Schulden voorkomen", summary: "Vroeg erbij zijn.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [],
                goals: [("Vroeg erbij", "Eerder in beeld.")]),
            organisationID: org, actor: actor, now: now)
        let policyID = policy.id!
        let signalID = try await overdueSignal(
            store, organisationID: org, policyID: policyID, domainID: domain.domain.id!, reporterID: fixture.practitioner.id!,
            title: "Wachtlijst schuldhulp te lang", number: 1, days: 10, now: now)
        // a signal still within its deadline is not proposed, but its theme, recognised, is
        let onTime = try await overdueSignal(
            store, organisationID: org, policyID: policyID, domainID: domain.domain.id!, reporterID: fixture.practitioner.id!,
            title: "Nog op tijd", number: 2, days: -5, now: now)
        let theme = ThemeModel()
        theme.organisationID = org
        theme.title = "Lange wachttijden"
        theme.themeDescription = "Inwoners wachten lang."
        theme.status = "open"
        theme.createdAt = now
        try await theme.create(on: store.database)
        for id in [signalID, onTime] {
            let signal = try #require(try await SignalModel.find(id, on: store.database))
            signal.themeID = theme.id
            signal.recognitionCount = 2
            try await signal.save(on: store.database)
        }

        let drafts = DraftRepository(store: store)
        try await drafts.addVersion(
            policyID: policyID, markdown: "# Artikel 1 Hulp\nDe gemeente helpt.\n\n# Artikel 2 Termijn\nBinnen vier weken.", changeNote: "",
            organisationID: org, actor: actor, now: now)
        let keys = try #require(try await drafts.version(policyID: policyID, number: 1, organisationID: org)).sections.map(\.key)
        let reviews = ReviewRepository(store: store)
        let round = try await reviews.open(
            policyID: policyID,
            .init(
                deadline: ReviewDeadline.code(now.addingTimeInterval(30 * 86_400)), introduction: "Toets.", questions: "Lukt dit?",
                userIDs: [fixture.practitioner.id!]),
            organisationID: org, actor: actor, now: now)
        let writer = try #require(try await AccountRepository(store: store).signedInUser(userID: fixture.practitioner.id!))
        try await reviews.save(
            roundID: round.id!,
            .init(
                scores: [keys[0]: [.feasibility: "3"]], verdict: "uitvoerbaar", newRemarks: [.init(sectionKey: keys[0], text: "Vier weken is krap.")]),
            submit: true, user: writer, actor: writer.auditActor(origin: "test"), now: now)

        let goal = try #require(try await PolicyGoalModel.query(on: store.database).filter(\.$policyID == policyID).first())
        let indicatorID = try await IndicatorRepository(store: store).create(
            goalID: goal.id!,
            IndicatorInput(
                code: "SV-01", name: "Huishoudens met vroegsignalering", definition: "Aantal huishoudens in beeld.", kind: "output", unit: "aantal",
                direction: "hoger-is-beter", source: "eigen-registratie", ownerID: nil, frequency: "kwartaal", aggregation: "som",
                baselinePeriod: "2024-Q4", baselineValue: "100", targets: [("2026-Q4", "160")]),
            organisationID: org, actor: actor, now: now)
        // 2025-Q4: 60 where the path expects 130
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("metingen-\(UUID().uuidString).csv").path
        try "indicator;periode;gebied;waarde;status\nSV-01;2025-Q4;BU09990101;30;definitief\nSV-01;2025-Q4;BU09990102;30;definitief\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        _ = try await MeasurementImporter(store: store).run(path: path, fileName: "metingen.csv", organisationID: org, actor: actor, now: now)

        let sessionID = try await SessionRepository(store: store).create(
            .init(
                type: "evaluatiegesprek", title: "Evaluatie schuldhulp", day: SessionTime.codes(now.addingTimeInterval(7 * 86_400)).day,
                startTime: "10:00", endTime: "11:30", place: "Stadskantoor", teamIDs: [fixture.practitionerTeamID], policyIDs: [policyID]),
            organisationID: org, actor: actor, now: now)
        return Loop(policyID: policyID, signalID: signalID, roundID: round.id!, indicatorID: indicatorID, themeID: theme.id!, sessionID: sessionID)
    }

    @Test func theLoopProposesWithReasonsAndAnAcceptedProposalJoinsTheAgenda() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            let loop = try await Self.loop(store, fixture, now: clock.now)
            let elsewhere = try await Fixture.make(store, name: "Gemeente Elders", now: clock.now)
            let elsewhereDomain = try #require(try await OrganisationRepository(store: store).domains(organisationID: elsewhere.organisationID).first)
            // another organisation's signal that (wrongly) names this policy must never be proposed
            _ = try await Self.overdueSignal(
                store, organisationID: elsewhere.organisationID, policyID: loop.policyID, domainID: elsewhereDomain.domain.id!,
                reporterID: elsewhere.practitioner.id!, title: "Signaal van elders", number: 1, days: 30, now: clock.now)
            let page = "/overleggen/" + loop.sessionID.uuidString.lowercased()
            let signal = loop.signalID.uuidString.lowercased()
            var planner = Browser(client)
            _ = try await planner.signIn(fixture.administrator.email)

            // act
            let before = try await planner.get(page)

            // check: the three proposals, each linked and with why
            #expect(before.status == .ok)
            #expect(before.text.contains("Voorstellen voor de agenda"))
            #expect(before.text.contains(#"<a href="/signalen/\#(signal)">Signaal 1: Wachtlijst schuldhulp te lang</a>"#))
            #expect(before.text.contains("Waarom: Dit signaal is nog open, terwijl de termijn voor een reactie op "))
            #expect(
                before.text.contains(
                    #"<a href="/toetsen/\#(loop.roundID.uuidString.lowercased())">Uitvoeringstoets: Schulden voorkomen, versie 1</a>"#))
            #expect(before.text.contains("Waarom: Deze ronde is nog open en 1 opmerking heeft nog geen antwoord."))
            #expect(
                before.text.contains(
                    #"<a href="/monitor/indicatoren/\#(loop.indicatorID.uuidString.lowercased())">Indicator SV-01: Huishoudens met vroegsignalering</a>"#
                ))
            #expect(before.text.contains("Waarom: De meting over 2025-Q4 is uit koers: volgens het plan was "))
            #expect(!before.text.contains("Nog op tijd"))
            #expect(!before.text.contains("Signaal van elders"))
            let proposals = try await SessionRepository(store: store).proposals(
                sessionID: loop.sessionID, organisationID: fixture.organisationID, now: clock.now)
            #expect(proposals.map(\.source) == [.signal, .theme, .indicator, .review])
            #expect(before.text.contains(#"<a href="/themas/\#(loop.themeID.uuidString.lowercased())">Thema: Lange wachttijden</a>"#))
            #expect(before.text.contains("Waarom: Dit thema heeft 2 signalen, die samen 4 keer zijn herkend."))
            #expect(
                try await SessionRepository(store: store).proposals(
                    sessionID: loop.sessionID, organisationID: elsewhere.organisationID, now: clock.now
                ).isEmpty)

            // act: accept the signal
            let accepted = try await planner.post(page + "/voorstellen", [("bron", "signaal"), ("id", signal)])

            // check: on the agenda, linked to the signal, with the reason as its note; no longer proposed
            #expect(accepted.status == .seeOther)
            #expect(accepted.location?.hasPrefix(page + "?melding=sessionProposalAccepted#agendapunt-") == true)
            let after = try await planner.get(page)
            #expect(after.text.contains(#"<h3><a href="/signalen/\#(signal)">Signaal 1: Wachtlijst schuldhulp te lang</a></h3>"#))
            #expect(after.text.contains(#"<p class="prewrap">Dit signaal is nog open, terwijl de termijn voor een reactie op "#))
            #expect(!after.text.contains(#"name="id" value="\#(signal)""#))
            let session = try #require(try await SessionRepository(store: store).session(id: loop.sessionID, organisationID: fixture.organisationID))
            #expect(session.agenda.count == 1)
            #expect(session.agenda.first?.kind == .proposed)
            #expect(session.agenda.first?.sourceKind == "signaal")
            #expect(session.agenda.first?.sourceID == loop.signalID)
            #expect(try await AuditEntryModel.query(on: store.database).filter(\.$action == "overleg.agendapunt-toegevoegd").count() == 1)

            // act: the same proposal again, a made-up one, and another organisation's record
            let again = try await planner.post(page + "/voorstellen", [("bron", "signaal"), ("id", signal)])
            let foreign = try await planner.post(
                page + "/voorstellen",
                [
                    ("bron", "signaal"),
                    (
                        "id",
                        try #require(
                            try await SignalModel.query(on: store.database)
                                .filter(\.$organisationID == elsewhere.organisationID).first()?.id
                        ).uuidString.lowercased()
                    ),
                ])
            let empty = try await planner.post(page + "/voorstellen", [])

            // check: refused with a reason, nothing added
            #expect(again.status == .badRequest)
            #expect(again.text.contains("Dit voorstel is er niet meer."))
            #expect(foreign.status == .badRequest)
            #expect(empty.status == .badRequest)
            #expect(try await SessionRepository(store: store).session(id: loop.sessionID, organisationID: fixture.organisationID)?.agenda.count == 1)

            // check: a practitioner sees the agenda but no proposals, and may not accept one
            var practitioner = Browser(client)
            _ = try await practitioner.signIn(fixture.practitioner.email)
            let read = try await practitioner.get(page)
            #expect(read.status == .ok)
            #expect(read.text.contains("Signaal 1: Wachtlijst schuldhulp te lang"))
            #expect(!read.text.contains("Voorstellen voor de agenda"))
            let refused = try await practitioner.post(
                page + "/voorstellen", [("bron", "indicator"), ("id", loop.indicatorID.uuidString.lowercased())])
            #expect(refused.status == .forbidden)
        }
    }

    @Test func aSessionWithoutPoliciesOrDomainsHasNoProposals() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup
            _ = try await Self.loop(store, fixture, now: clock.now)
            let bare = try await SessionRepository(store: store).create(
                .init(
                    type: "werksessie", title: "Los overleg", day: SessionTime.codes(clock.now.addingTimeInterval(86_400)).day, startTime: "10:00",
                    endTime: "11:00", place: "Stadskantoor", teamIDs: [fixture.practitionerTeamID]),
                organisationID: fixture.organisationID, actor: .commandLine(organisationID: fixture.organisationID), now: clock.now)
            var planner = Browser(client)
            _ = try await planner.signIn(fixture.administrator.email)
            // act
            let page = try await planner.get("/overleggen/" + bare.uuidString.lowercased())
            // check
            #expect(page.text.contains("Er zijn nu geen voorstellen."))
            #expect(!page.text.contains("/voorstellen\""))
        }
    }
}

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

/// The policy page as the whole loop of one policy: the diagram with its table, decisions, actions and lessons.
@Suite struct PolicyLoopPageTests {
    @Test func showsTheLoopDiagramDecisionsActionsAndLessons() async throws {
        let clock = ManualClock()
        try await withApp(clock: clock) { store, fixture, client in
            // setup: a theme with a late signal (recognised 4 times), an indicator off course, a session on the policy
            let loop = try await SessionProposalTests.loop(store, fixture, now: clock.now)
            let org = fixture.organisationID
            let decision = DecisionModel()
            decision.organisationID = org
            decision.meetingID = loop.sessionID
            decision.text = "De termijn voor schuldhulp gaat naar twee weken & <meer>."
            decision.effect = "geen"
            decision.policyID = loop.policyID
            decision.policyChange = "Termijn van vier naar twee weken."
            decision.createdAt = clock.now
            try await decision.create(on: store.database)
            let item = DecisionItemModel()
            item.decisionID = decision.id!
            item.sourceKind = AgendaSource.theme.rawValue
            item.sourceID = loop.themeID
            try await item.create(on: store.database)
            let action = ActionModel()
            action.organisationID = org
            action.meetingID = loop.sessionID
            action.decisionID = decision.id
            action.description = "Werkinstructie aanpassen"
            action.ownerID = fixture.practitioner.id
            action.dueAt = clock.now.addingTimeInterval(-86_400)
            action.status = ActionStatus.open.rawValue
            action.createdAt = clock.now
            action.updatedAt = clock.now
            try await action.create(on: store.database)
            let actor = AuditActor.commandLine(organisationID: org)
            _ = try await LessonRepository(store: store).create(
                .init(
                    kind: "best-practice", title: "Samen aan tafel werkt", situation: "Een wachtlijst.", whatHappened: "We spraken samen.",
                    learned: "Vroeg praten helpt.", changes: "", policyIDs: [loop.policyID]),
                organisationID: org, actor: actor, now: clock.now)
            var browser = Browser(client)
            try await browser.signIn(fixture.administrator.email)

            // act
            let page = try await browser.get("/beleid/" + loop.policyID.uuidString.lowercased())

            // check: the diagram, every node a link, the broken places in words
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains(#"<h2 id="lus">De lus van dit beleid</h2>"#))
            #expect(html.contains(#"class="chart chart-loop""#))
            #expect(html.contains(#"href="/themas/"# + loop.themeID.uuidString.lowercased() + "\""))
            #expect(html.contains(#"href="/monitor/indicatoren/"# + loop.indicatorID.uuidString.lowercased() + "\""))
            #expect(html.contains("⚠ 1 zonder antwoord"))
            #expect(html.contains("⚠ geen besluit"))
            #expect(html.contains("Plekken waar de lus stokt: 2."))
            #expect(html.contains("De lus als tabel"))
            // recognitions are people: four stay below the threshold of five
            #expect(html.contains("herkend &lt;\u{00A0}5×"))
            #expect(!html.contains("herkend 4×"))
            #expect(!html.contains("<meer>"))
            // decisions, actions and lessons
            #expect(html.contains(#"<h2 id="besluiten">Besluiten over dit beleid</h2>"#))
            #expect(html.contains("De termijn voor schuldhulp gaat naar twee weken &amp; &lt;meer&gt;."))
            #expect(html.contains("Termijn van vier naar twee weken."))
            #expect(html.contains(#"<h2 id="acties">Acties</h2>"#))
            #expect(html.contains("Werkinstructie aanpassen"))
            #expect(html.contains("Uri Uitvoerder"))
            #expect(html.contains(#"<strong class="late">over de datum</strong>"#))
            #expect(html.contains(#"<h2 id="lessen">Lessen</h2>"#))
            #expect(html.contains("Samen aan tafel werkt"))
            #expect(html.contains("nog niet besproken"))
        }
    }

    @Test func aPolicyWithoutALoopSaysSoInEveryColumn() async throws {
        try await withApp { store, fixture, client in
            // setup
            let org = fixture.organisationID
            let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: org).first)
            let policy = try await PolicyRepository(store: store).create(
                .init(
                    title: "Nieuw beleid", summary: "Nog leeg.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
                organisationID: org, actor: .commandLine(organisationID: org), now: Date())
            var browser = Browser(client)
            try await browser.signIn(fixture.practitioner.email)

            // act
            let page = try await browser.get("/beleid/" + policy.id!.uuidString.lowercased())

            // check
            #expect(page.status == .ok)
            #expect(page.text.contains(#"class="chart chart-loop""#))
            #expect(page.text.contains("Er is nog geen besluit over dit beleid."))
            #expect(page.text.contains("Er zijn nog geen acties bij dit beleid."))
            #expect(page.text.contains("Er zijn nog geen lessen bij dit beleid."))
            #expect(!page.text.contains("Plekken waar de lus stokt"))
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// What a session leads to, on its page: the decisions (and what they did to signals, themes and policies) and the
/// actions, with the forms to record them.
extension SessionsController {
    struct Outcomes {
        struct Link { let label: String; let url: String }
        struct DecisionRow {
            let anchor: String
            let text: [String]
            let items: [Link]
            let hasItems: Bool
            let effect: String?
            let policy: Link?
            let policyChange: String?
            let date: String
        }
        struct ActionRow {
            let description: String
            let url: String
            let owner: String
            let team: String
            let due: String
            let status: String
            let overdue: Bool
        }
        let decisions: [DecisionRow]
        let hasDecisions: Bool
        let mayDecide: Bool
        let decideNotYet: Bool
        let decisionURL: String
        let decisionText: Field
        let decisionItems: [Check]
        let hasDecisionItems: Bool
        let effects: [Choice]
        let effectError: String?
        let effectInvalid: Bool
        let itemsError: String?
        let itemsInvalid: Bool
        let policies: [Choice]
        let policyError: String?
        let policyInvalid: Bool
        let policyChange: Field
        let decisionProblems: Bool
        let actions: [ActionRow]
        let hasActions: Bool
        let mayAddAction: Bool
        let actionURL: String
        let actionDescription: Field
        let owners: [Choice]
        let ownerError: String?
        let ownerInvalid: Bool
        let teams: [Choice]
        let teamError: String?
        let teamInvalid: Bool
        let actionDue: Field
        let actionDecisions: [Choice]
        let hasActionDecisions: Bool
        let actionProblems: Bool
        let actionsURL: String
    }

    static func effectLabel(_ effect: DecisionEffect, _ t: [String: String]) -> String { t["decisionEffect." + effect.rawValue] ?? effect.label }
    static func actionStatusLabel(_ status: ActionStatus, _ t: [String: String]) -> String {
        t["actionStatus." + status.rawValue] ?? status.label
    }

    func outcomes(
        _ session: SessionRepository.Session, user: SignedInUser, started: Bool, mayEdit: Bool, failure: PageFailure?, t: [String: String]
    ) async throws -> Outcomes {
        let org = user.organisationID
        let id = session.summary.id
        let idText = id.uuidString.lowercased()
        let decisions = try await services.sessions.decisions(organisationID: org, sessionID: id)
        let actions = try await services.actions.list(organisationID: org, filter: .init(sessionID: id), now: services.now)
        let decisionForm = failure?.form == "besluit" ? failure : nil
        let actionForm = failure?.form == "actie" ? failure : nil
        func reason(_ form: PageFailure?, _ name: String) -> String? { form?.failure.reason(for: name) }
        let people = mayEdit ? try await services.accounts.assignable(organisationID: org) : []
        let teams = mayEdit ? try await services.organisations.teamNames(organisationID: org) : []
        let policies = mayEdit && started ? try await services.policies.titles(organisationID: org) : []
        let chosenItems = Set(decisionForm?.fields.values("punten") ?? [])
        let effect = decisionForm?.fields.value("gevolg") ?? DecisionEffect.none.rawValue
        let policy = decisionForm?.fields.value("beleid") ?? ""
        // The participants come first among the possible owners: they were there.
        let participantIDs = Set(session.participants.map(\.userID))
        let owners = people.filter { participantIDs.contains($0.id) } + people.filter { !participantIDs.contains($0.id) }
        let owner = actionForm?.fields.value("eigenaar") ?? ""
        let team = actionForm?.fields.value("team") ?? ""
        let chosenDecision = actionForm?.fields.value("besluit") ?? ""
        return Outcomes(
            decisions: decisions.map { decision in
                let items = decision.items.map { item in
                    Outcomes.Link(
                        label: item.title,
                        url: item.sourceKind.flatMap { kind in item.sourceID.map { Self.sourceURL(kind, $0) } }
                            ?? item.itemID.map { "#agendapunt-" + $0.uuidString.lowercased() } ?? "#agenda")
                }
                return Outcomes.DecisionRow(
                    anchor: "besluit-" + decision.id.uuidString.lowercased(), text: Self.paragraphs(decision.text), items: items,
                    hasItems: !items.isEmpty, effect: decision.effect == .none ? nil : Self.effectLabel(decision.effect, t),
                    policy: decision.policyID.map { Outcomes.Link(label: decision.policyTitle ?? "–", url: SiteURL.policy(id: $0.uuidString.lowercased()).path) },
                    policyChange: decision.policyChange, date: DutchCalendar.day(decision.createdAt))
            },
            hasDecisions: !decisions.isEmpty, mayDecide: mayEdit && started, decideNotYet: mayEdit && !started,
            decisionURL: SiteURL.sessionDecisions(id: idText).path,
            decisionText: Field(decisionForm?.fields.value("besluit") ?? "", error: reason(decisionForm, "besluit")),
            decisionItems: session.agenda.enumerated().map { index, item in
                let value = item.id.uuidString.lowercased()
                return Check(value: value, label: "\(index + 1). \(item.title)", checked: chosenItems.contains(value), id: "besluit-punt-" + value)
            },
            hasDecisionItems: !session.agenda.isEmpty,
            effects: DecisionEffect.allCases.map { Choice(value: $0.rawValue, label: Self.effectLabel($0, t), selected: $0.rawValue == effect) },
            effectError: reason(decisionForm, "gevolg"), effectInvalid: reason(decisionForm, "gevolg") != nil,
            itemsError: reason(decisionForm, "punten"), itemsInvalid: reason(decisionForm, "punten") != nil,
            policies: [Choice(value: "", label: t["decisionNoPolicy"]!, selected: policy.isEmpty)]
                + policies.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.title, selected: $0.id.uuidString.lowercased() == policy) },
            policyError: reason(decisionForm, "beleid"), policyInvalid: reason(decisionForm, "beleid") != nil,
            policyChange: Field(decisionForm?.fields.value("wijziging") ?? "", error: reason(decisionForm, "wijziging")),
            decisionProblems: decisionForm != nil,
            actions: actions.map { action in
                Outcomes.ActionRow(
                    description: action.description, url: SiteURL.action(id: action.id.uuidString.lowercased()).path, owner: action.ownerName ?? "–",
                    team: action.teamName ?? "–", due: DutchCalendar.day(action.dueAt), status: Self.actionStatusLabel(action.status, t),
                    overdue: action.isOverdue(now: services.now))
            },
            hasActions: !actions.isEmpty, mayAddAction: mayEdit, actionURL: SiteURL.sessionActions(id: idText).path,
            actionDescription: Field(actionForm?.fields.value("omschrijving") ?? "", error: reason(actionForm, "omschrijving")),
            owners: [Choice(value: "", label: t["actionChooseOwner"]!, selected: owner.isEmpty)]
                + owners.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == owner) },
            ownerError: reason(actionForm, "eigenaar"), ownerInvalid: reason(actionForm, "eigenaar") != nil,
            teams: [Choice(value: "", label: t["actionNoTeam"]!, selected: team.isEmpty)]
                + teams.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id.uuidString.lowercased() == team) },
            teamError: reason(actionForm, "team"), teamInvalid: reason(actionForm, "team") != nil,
            actionDue: Field(
                actionForm?.fields.value("datum") ?? ReviewDeadline.code(services.now.addingTimeInterval(14 * 86_400)), error: reason(actionForm, "datum")),
            actionDecisions: [Choice(value: "", label: t["actionNoDecision"]!, selected: chosenDecision.isEmpty)]
                + decisions.map {
                    Choice(
                        value: $0.id.uuidString.lowercased(), label: String($0.text.prefix(80)) + ($0.text.count > 80 ? "…" : ""),
                        selected: $0.id.uuidString.lowercased() == chosenDecision)
                },
            hasActionDecisions: !decisions.isEmpty, actionProblems: actionForm != nil, actionsURL: SiteURL.actions.path)
    }

    static func decisionInput(_ form: FormData) -> SessionRepository.DecisionInput {
        let policy = form.value("beleid") ?? ""
        return .init(
            text: form.value("besluit") ?? "", itemIDs: form.values("punten").map { UUID(uuidString: $0) ?? UUID() },
            effect: form.value("gevolg") ?? "", policyID: policy.isEmpty ? nil : UUID(uuidString: policy) ?? UUID(),
            policyChange: form.value("wijziging") ?? "")
    }

    @Sendable func decide(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        let outcome: SessionRepository.DecisionOutcome
        do {
            outcome = try await services.sessions.decide(
                sessionID: session.summary.id, Self.decisionInput(form), organisationID: user.organisationID, actor: context.auditActor,
                now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: PageFailure(form: "besluit", fields: form, failure: failure))
        }
        for signal in outcome.changedSignals { await services.similarity.changed(signal) }
        let location =
            SiteURL.session(id: session.summary.id.uuidString.lowercased()).path + "?melding=sessionDecisionRecorded#besluit-"
            + outcome.id.uuidString.lowercased()
        return Response(status: .seeOther, headers: [.location: location])
    }

    static func actionInput(_ form: FormData) -> ActionRepository.ActionInput {
        func id(_ name: String) -> UUID? {
            let value = form.value(name) ?? ""
            return value.isEmpty ? nil : UUID(uuidString: value) ?? UUID()
        }
        return .init(
            description: form.value("omschrijving") ?? "", ownerID: id("eigenaar"), teamID: id("team"), due: form.value("datum") ?? "",
            decisionID: id("besluit"))
    }

    @Sendable func addAction(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let session = try await editable(context)
        var request = request
        let form = try await FormData.read(&request, context: context)
        do {
            try await services.actions.create(
                sessionID: session.summary.id, Self.actionInput(form), organisationID: user.organisationID, actor: context.auditActor,
                now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await detailPage(request: request, context: context, failure: PageFailure(form: "actie", fields: form, failure: failure))
        }
        let location = SiteURL.session(id: session.summary.id.uuidString.lowercased()).path + "?melding=sessionActionAdded#acties"
        return Response(status: .seeOther, headers: [.location: location])
    }
}

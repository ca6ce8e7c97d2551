// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// Adding an indicator to a policy goal, and changing one: for policy officers, managers and beheerders.
struct IndicatorFormController {
    let services: AppServices
    static let targetRows = 6

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.indicatorNew.route, use: newForm)
        router.post(SiteURL.indicatorNew.route, use: create)
        router.get(SiteURL.route(SiteURL.indicatorEdit), use: editForm)
        router.post(SiteURL.route(SiteURL.indicatorEdit), use: update)
    }

    struct FormPage {
        struct TargetField { let index: Int; let periodName: String; let valueName: String; let period: String; let value: String; let error: String? }
        let t: [String: String]
        let csrf: String
        let heading: String
        let action: String
        let cancelURL: String
        let goals: [Choice]
        let goalError: String?
        let goalFixed: Bool
        let goalTitle: String
        let code: Field
        let name: Field
        let definition: Field
        let kinds: [Choice]
        let units: [Choice]
        let directions: [Choice]
        let sources: [Choice]
        let frequencies: [Choice]
        let aggregations: [Choice]
        let owners: [Choice]
        let baselinePeriod: Field
        let baselineValue: Field
        let threshold: Field
        let targets: [TargetField]
        let errors: [String]
        let hasErrors: Bool
    }

    private func render(
        request: Request, context: AppRequestContext, input: IndicatorInput, goalID: String, editing: UUID?, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let goals = try await services.indicators.goals(organisationID: user.organisationID)
        let users = try await services.accounts.assignable(organisationID: user.organisationID)
        func field(_ name: String, _ value: String) -> Field { Field(value, error: failure?.reason(for: name)) }
        func choices<T: RawRepresentable<String> & CaseIterable>(_ type: T.Type, _ selected: String, labels: [String: String] = [:]) -> [Choice] {
            T.allCases.map { Choice(value: $0.rawValue, label: labels[$0.rawValue] ?? $0.rawValue, selected: $0.rawValue == selected) }
        }
        let goal = goals.first { $0.id.uuidString.lowercased() == goalID }
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: editing == nil ? t["newIndicator"]! : t["editIndicator"]!,
            action: editing.map { SiteURL.indicatorEdit(id: $0.uuidString.lowercased()).path } ?? SiteURL.indicatorNew.path,
            cancelURL: editing.map { SiteURL.indicator(id: $0.uuidString.lowercased()).path } ?? SiteURL.monitor.path,
            goals: goals.map { Choice(value: $0.id.uuidString.lowercased(), label: "\($0.policyTitle) – \($0.title)", selected: $0.id.uuidString.lowercased() == goalID) },
            goalError: failure?.reason(for: "doel"), goalFixed: editing != nil, goalTitle: goal.map { "\($0.policyTitle) – \($0.title)" } ?? "",
            code: field("code", input.code), name: field("naam", input.name), definition: field("definitie", input.definition),
            kinds: choices(IndicatorKind.self, input.kind), units: choices(IndicatorUnit.self, input.unit),
            directions: choices(IndicatorDirection.self, input.direction, labels: ["hoger-is-beter": "hoger is beter", "lager-is-beter": "lager is beter"]),
            sources: choices(IndicatorSource.self, input.source), frequencies: choices(Frequency.self, input.frequency),
            aggregations: choices(Aggregation.self, input.aggregation),
            owners: [Choice(value: "", label: "–", selected: input.ownerID == nil)]
                + users.map { Choice(value: $0.id.uuidString.lowercased(), label: $0.name, selected: $0.id == input.ownerID) },
            baselinePeriod: field("nulmeting-periode", input.baselinePeriod), baselineValue: field("nulmeting-waarde", input.baselineValue),
            threshold: field("drempel", input.smallNumberThreshold),
            targets: (0..<Self.targetRows).map { index in
                let target = index < input.targets.count ? input.targets[index] : ("", "")
                return FormPage.TargetField(
                    index: index + 1, periodName: "doel-periode-\(index + 1)", valueName: "doel-waarde-\(index + 1)", period: target.0, value: target.1,
                    error: failure?.reason(for: "doelwaarde-\(index + 1)"))
            },
            errors: failure?.invalidParams.map(\.reason) ?? [], hasErrors: failure != nil)
        return try services.renderer.page(
            "indicator-form", page, title: page.heading, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    private func input(_ form: FormData) -> IndicatorInput {
        IndicatorInput(
            code: form.value("code") ?? "", name: form.value("naam") ?? "", definition: form.value("definitie") ?? "", kind: form.value("soort") ?? "",
            unit: form.value("eenheid") ?? "", direction: form.value("richting") ?? "", source: form.value("bron") ?? "",
            ownerID: form.value("eigenaar").flatMap(UUID.init(uuidString:)), frequency: form.value("frequentie") ?? "",
            aggregation: form.value("optellen") ?? "", baselinePeriod: form.value("nulmeting-periode") ?? "",
            baselineValue: form.value("nulmeting-waarde") ?? "", smallNumberThreshold: form.value("drempel") ?? "",
            targets: (1...Self.targetRows).map { (form.value("doel-periode-\($0)") ?? "", form.value("doel-waarde-\($0)") ?? "") })
    }

    static let blank = IndicatorInput(
        code: "", name: "", definition: "", kind: IndicatorKind.output.rawValue, unit: IndicatorUnit.count.rawValue,
        direction: IndicatorDirection.higherIsBetter.rawValue, source: IndicatorSource.ownRegistration.rawValue, ownerID: nil,
        frequency: Frequency.quarter.rawValue, aggregation: Aggregation.sum.rawValue)

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        guard PoliciesController.mayEdit(try context.requireUser()) else { throw HTTPError(.forbidden) }
        return try await render(
            request: request, context: context, input: Self.blank, goalID: request.uri.queryParameters["doel"].map(String.init) ?? "", editing: nil, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        let input = input(form)
        let goalID = form.value("doel") ?? ""
        do {
            guard let goal = UUID(uuidString: goalID) else {
                throw ValidationFailure([InvalidParam(name: "doel", code: "verplicht", reason: "Kies het doel dat deze indicator meet.")])
            }
            let id = try await services.indicators.create(goalID: goal, input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return Response(status: .seeOther, headers: [.location: SiteURL.indicator(id: id.uuidString.lowercased()).path + "?melding=saved"])
        } catch let failure as ValidationFailure {
            return try await render(request: request, context: context, input: input, goalID: goalID, editing: nil, failure: failure)
        }
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        guard let listing = try await services.indicators.indicator(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        return try await render(
            request: request, context: context, input: IndicatorInput(listing.indicator), goalID: listing.indicator.goalID.uuidString.lowercased(),
            editing: id, failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        guard PoliciesController.mayEdit(user) else { throw HTTPError(.forbidden) }
        let id = try context.uuid()
        guard let listing = try await services.indicators.indicator(id: id, organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        var request = request
        let form = try await FormData.read(&request, context: context)
        let input = input(form)
        do {
            try await services.indicators.update(id: id, input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return Response(status: .seeOther, headers: [.location: SiteURL.indicator(id: id.uuidString.lowercased()).path + "?melding=saved"])
        } catch let failure as ValidationFailure {
            return try await render(
                request: request, context: context, input: input, goalID: listing.indicator.goalID.uuidString.lowercased(), editing: id, failure: failure)
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// MKBA in the browser: the list, writing and changing an analysis (a form without JavaScript: a fixed number of line
/// rows), its figures with who pays and who benefits, the sensitivity table and a chart with its table, and the CSV and
/// Markdown exports.
struct MKBAController {
    let services: AppServices

    var mkbas: MKBARepository { MKBARepository(store: services.store) }

    /// Empty rows the form offers below the lines already there.
    static let emptyRows = 8

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.mkbas.route, use: list)
        router.get(SiteURL.mkbaNew.route, use: newForm)
        router.post(SiteURL.mkbaNew.route, use: create)
        router.get(SiteURL.route(SiteURL.mkba), use: show)
        router.get(SiteURL.route(SiteURL.mkbaEdit), use: editForm)
        router.post(SiteURL.route(SiteURL.mkbaEdit), use: update)
        router.get(SiteURL.route(SiteURL.mkbaCSV), use: csv)
        router.get(SiteURL.route(SiteURL.mkbaMarkdown), use: markdown)
    }

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }
    static func stakeholderLabel(_ stakeholder: MKBAStakeholder, _ t: [String: String]) -> String {
        t["mkbaStakeholder." + stakeholder.rawValue] ?? stakeholder.label
    }
    static func kindLabel(_ kind: MKBALineKind, _ t: [String: String]) -> String { t["mkbaKind." + kind.rawValue] ?? kind.label }
    static func scenarioLabel(_ kind: MKBACalculation.Scenario.Kind, _ t: [String: String]) -> String {
        t["mkbaScenario." + kind.rawValue] ?? kind.label
    }
    static func percent(_ basisPoints: Int) -> String { MKBA.rateText(basisPoints) + "%" }

    // MARK: the list

    struct ListPage {
        struct Row {
            let title: String
            let url: String
            let policy: String
            let policyURL: String
            let years: String
            let netPresentValue: String
            let ratio: String
        }
        let t: [String: String]
        let mayEdit: Bool
        let newURL: String
        let action: String
        let policies: [Choice]
        let filtered: Bool
        let rows: [Row]
        let hasRows: Bool
    }

    @Sendable func list(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let policies = try await services.policies.titles(organisationID: user.organisationID)
        let policyID = request.uri.queryParameters["beleid"].flatMap { UUID(uuidString: String($0)) }.flatMap { id in
            policies.contains { $0.id == id } ? id : nil
        }
        let records = try await mkbas.list(organisationID: user.organisationID, policyID: policyID)
        let page = ListPage(
            t: t, mayEdit: MKBARepository.mayEdit(user),
            newURL: SiteURL.mkbaNew.path + (policyID.map { "?beleid=\(Self.id($0))" } ?? ""), action: SiteURL.mkbas.path,
            policies: [Choice(value: "", label: t["sessionAllPolicies"]!, selected: policyID == nil)]
                + policies.map { Choice(value: Self.id($0.id), label: $0.title, selected: $0.id == policyID) },
            filtered: policyID != nil,
            rows: records.map { record in
                let result = MKBACalculation(record.mkba)
                return ListPage.Row(
                    title: record.title, url: SiteURL.mkba(id: Self.id(record.id)).path, policy: record.policyTitle,
                    policyURL: SiteURL.policy(id: Self.id(record.policyID)).path,
                    years: "\(record.mkba.startYear)–\(record.mkba.startYear + record.mkba.horizonYears - 1)",
                    netPresentValue: MKBACalculation.euroText(result.netPresentValue), ratio: MKBACalculation.ratioText(result.ratio))
            },
            hasRows: !records.isEmpty)
        return try services.renderer.page("mkbas", page, title: t["mkbaListTitle"]!, context: context, request: request)
    }

    // MARK: writing and changing

    struct FormPage {
        struct Option { let value: String; let label: String; let selected: Bool }
        struct Row {
            let number: Int
            let legend: String
            let kinds: [Option]
            let kind: Field
            let category: Field
            let stakeholders: [Option]
            let stakeholder: Field
            let amounts: Field
            let low: Field
            let high: Field
        }
        let t: [String: String]
        let csrf: String
        let heading: String
        let action: String
        let cancelURL: String
        let title: Field
        let description: Field
        let policies: [Choice]
        let policy: Field
        let startYear: Field
        let horizon: Field
        let rate: Field
        let linesError: String?
        let rows: [Row]
        let problems: [String]
        let hasProblems: Bool
    }

    struct FormValues {
        struct Line {
            var kind = ""
            var category = ""
            var stakeholder = ""
            var amounts = ""
            var low = ""
            var high = ""

            var isBlank: Bool {
                [category, amounts, low, high].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            }
        }
        var title = ""
        var description = ""
        var policy = ""
        var startYear = ""
        var horizon = ""
        var rate = MKBA.rateText(MKBA.standardRateBasisPoints)
        /// Lines that were filled in, in order: the first is `regels[0]`, shown as row 1.
        var lines: [Line] = []

        init() {}

        /// Blank rows are left out, so row n on the page is always line n − 1 of the input.
        init(form: FormData) {
            title = form.value("titel") ?? ""
            description = form.value("beschrijving") ?? ""
            policy = form.value("beleid") ?? ""
            startYear = form.value("startjaar") ?? ""
            horizon = form.value("looptijd") ?? ""
            rate = form.value("discontovoet") ?? ""
            var number = 1
            while let kind = form.value("regel-\(number)-soort") {
                let line = Line(
                    kind: kind, category: form.value("regel-\(number)-categorie") ?? "", stakeholder: form.value("regel-\(number)-belanghebbende") ?? "",
                    amounts: form.value("regel-\(number)-bedragen") ?? "", low: form.value("regel-\(number)-laag") ?? "",
                    high: form.value("regel-\(number)-hoog") ?? "")
                if !line.isBlank { lines.append(line) }
                number += 1
                if number > MKBA.maximumLines + Self.rowsBeyond { break }
            }
        }

        static let rowsBeyond = MKBAController.emptyRows

        init(record: MKBARepository.Record) {
            title = record.title
            description = record.description
            policy = MKBAController.id(record.policyID)
            startYear = String(record.mkba.startYear)
            horizon = String(record.mkba.horizonYears)
            rate = MKBA.rateText(record.mkba.rateBasisPoints)
            lines = record.mkba.lines.map {
                Line(
                    kind: $0.kind.rawValue, category: $0.category, stakeholder: $0.stakeholder.rawValue, amounts: MKBA.amountsText($0.amounts),
                    low: String($0.lowPercent), high: String($0.highPercent))
            }
        }

        var input: MKBARepository.Input {
            .init(
                policyID: UUID(uuidString: policy.trimmingCharacters(in: .whitespaces)), title: title, description: description, horizon: horizon,
                rate: rate, startYear: startYear,
                lines: lines.map { .init(kind: $0.kind, category: $0.category, stakeholder: $0.stakeholder, amounts: $0.amounts, low: $0.low, high: $0.high) })
        }
    }

    private func formPage(
        request: Request, context: AppRequestContext, editing: MKBARepository.Record?, values: FormValues, failure: ValidationFailure?
    ) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let policies = try await services.policies.titles(organisationID: user.organisationID)
        func reason(_ name: String) -> String? { failure?.reason(for: name) }
        let count = values.lines.count + Self.emptyRows
        let rows = (0..<count).map { index -> FormPage.Row in
            let line = index < values.lines.count ? values.lines[index] : FormValues.Line(kind: "kosten")
            func field(_ value: String, _ name: String) -> Field { Field(value, error: reason(MKBARepository.lineField(index, name))) }
            return FormPage.Row(
                number: index + 1, legend: "\(t["mkbaLine"]!) \(index + 1)",
                kinds: MKBALineKind.allCases.map { .init(value: $0.rawValue, label: Self.kindLabel($0, t), selected: $0.rawValue == line.kind) },
                kind: field(line.kind, "soort"), category: field(line.category, "categorie"),
                stakeholders: MKBAStakeholder.allCases.map {
                    .init(value: $0.rawValue, label: Self.stakeholderLabel($0, t), selected: $0.rawValue == line.stakeholder)
                },
                stakeholder: field(line.stakeholder, "belanghebbende"), amounts: field(line.amounts, "bedragen"), low: field(line.low, "laag"),
                high: field(line.high, "hoog"))
        }
        let idText = editing.map { Self.id($0.id) }
        let page = FormPage(
            t: t, csrf: context.csrfToken, heading: editing == nil ? t["mkbaNewTitle"]! : t["mkbaEditTitle"]!,
            action: idText.map { SiteURL.mkbaEdit(id: $0).path } ?? SiteURL.mkbaNew.path,
            cancelURL: idText.map { SiteURL.mkba(id: $0).path } ?? SiteURL.mkbas.path,
            title: Field(values.title, error: reason("titel")), description: Field(values.description, error: reason("beschrijving")),
            policies: [Choice(value: "", label: t["mkbaChoosePolicy"]!, selected: values.policy.isEmpty)]
                + policies.map { Choice(value: Self.id($0.id), label: $0.title, selected: Self.id($0.id) == values.policy.lowercased()) },
            policy: Field(values.policy, error: reason("beleid")), startYear: Field(values.startYear, error: reason("startjaar")),
            horizon: Field(values.horizon, error: reason("looptijd")), rate: Field(values.rate, error: reason("discontovoet")),
            linesError: reason("regels"), rows: rows, problems: failure?.invalidParams.map(\.reason) ?? [], hasProblems: failure != nil)
        let title = editing.map { "\(t["mkbaEditTitle"]!) · \($0.title)" } ?? t["mkbaNewTitle"]!
        return try services.renderer.page("mkba-form", page, title: title, context: context, request: request, status: failure == nil ? .ok : .badRequest)
    }

    private func requireEditor(_ context: AppRequestContext) throws -> SignedInUser {
        let user = try context.requireUser()
        guard MKBARepository.mayEdit(user) else { throw HTTPError(.forbidden) }
        return user
    }

    @Sendable func newForm(request: Request, context: AppRequestContext) async throws -> Response {
        _ = try requireEditor(context)
        var values = FormValues()
        if let policy = request.uri.queryParameters["beleid"] { values.policy = String(policy).lowercased() }
        values.startYear = String(Calendar(identifier: .gregorian).component(.year, from: services.now))
        values.horizon = "10"
        return try await formPage(request: request, context: context, editing: nil, values: values, failure: nil)
    }

    @Sendable func create(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try requireEditor(context)
        var request = request
        let values = FormValues(form: try await FormData.read(&request, context: context))
        do {
            let id = try await mkbas.create(values.input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
            return redirect(.mkba(id: Self.id(id)), message: "mkbaSaved")
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: nil, values: values, failure: failure)
        }
    }

    /// The MKBA of the `:id` in the path; 404 when it is not the organisation's.
    private func loadRecord(_ context: AppRequestContext) async throws -> MKBARepository.Record {
        let user = try context.requireUser()
        guard let record = try await mkbas.record(id: try context.uuid(), organisationID: user.organisationID) else { throw HTTPError(.notFound) }
        return record
    }

    @Sendable func editForm(request: Request, context: AppRequestContext) async throws -> Response {
        let record = try await loadRecord(context)
        _ = try requireEditor(context)
        return try await formPage(request: request, context: context, editing: record, values: FormValues(record: record), failure: nil)
    }

    @Sendable func update(request: Request, context: AppRequestContext) async throws -> Response {
        let record = try await loadRecord(context)
        let user = try requireEditor(context)
        var request = request
        let values = FormValues(form: try await FormData.read(&request, context: context))
        do {
            try await mkbas.update(id: record.id, values.input, organisationID: user.organisationID, actor: context.auditActor, now: services.now)
        } catch is NotFound {
            throw HTTPError(.notFound)
        } catch let failure as ValidationFailure {
            return try await formPage(request: request, context: context, editing: record, values: values, failure: failure)
        }
        return redirect(.mkba(id: Self.id(record.id)), message: "mkbaSaved")
    }

    // MARK: one MKBA

    struct DetailPage {
        struct Fact { let label: String; let value: String }
        struct StakeholderRow { let label: String; let costs: String; let benefits: String; let balance: String; let negative: Bool }
        struct ScenarioRow { let label: String; let rate: String; let costs: String; let benefits: String; let net: String; let ratio: String; let negative: Bool }
        struct YearRow { let year: String; let costs: String; let benefits: String; let balance: String; let cumulative: String }
        struct LineRow { let kind: String; let category: String; let stakeholder: String; let amounts: String; let low: String; let high: String; let present: String }
        let t: [String: String]
        let listURL: String
        let title: String
        let policy: String
        let policyURL: String
        let description: [String]
        let hasDescription: Bool
        let settings: [Fact]
        let results: [Fact]
        let verdict: String
        let stakeholders: [StakeholderRow]
        let sensitivity: [ScenarioRow]
        let chart: String
        let years: [YearRow]
        let lines: [LineRow]
        let mayEdit: Bool
        let editURL: String
        let csvURL: String
        let markdownURL: String
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let record = try await loadRecord(context)
        let mkba = record.mkba
        let result = MKBACalculation(mkba)
        let euro = MKBACalculation.euroText
        let idText = Self.id(record.id)
        let lastYear = mkba.startYear + mkba.horizonYears - 1
        let verdict: String =
            if result.netPresentValue > 0 {
                t["mkbaVerdictPositive"]!
            } else if result.netPresentValue < 0 {
                t["mkbaVerdictNegative"]!
            } else {
                t["mkbaVerdictZero"]!
            }
        let chartTitle = t["mkbaChartTitle"]!
        let chartDescription =
            "\(t["mkbaChartDescription"]!) \(mkba.startYear)–\(lastYear): "
            + (result.years.map { "\($0.year) \(euro($0.cumulative))" }.joined(separator: ", ")) + "."
        let page = DetailPage(
            t: t, listURL: SiteURL.mkbas.path, title: record.title, policy: record.policyTitle, policyURL: SiteURL.policy(id: Self.id(record.policyID)).path,
            description: ReviewsController.paragraphs(record.description), hasDescription: !record.description.isEmpty,
            settings: [
                .init(label: t["mkbaPolicy"]!, value: record.policyTitle),
                .init(label: t["mkbaStartYear"]!, value: String(mkba.startYear)),
                .init(label: t["mkbaHorizon"]!, value: "\(mkba.horizonYears) \(t["mkbaYears"]!) (\(mkba.startYear)–\(lastYear))"),
                .init(label: t["mkbaRate"]!, value: Self.percent(mkba.rateBasisPoints)),
            ],
            results: [
                .init(label: t["mkbaPresentCosts"]!, value: euro(result.presentCosts)),
                .init(label: t["mkbaPresentBenefits"]!, value: euro(result.presentBenefits)),
                .init(label: t["mkbaNetPresentValue"]!, value: euro(result.netPresentValue)),
                .init(label: t["mkbaRatio"]!, value: MKBACalculation.ratioText(result.ratio)),
                .init(label: t["mkbaPayback"]!, value: result.paybackYear.map(String.init) ?? t["mkbaNoPayback"]!),
            ],
            verdict: verdict,
            stakeholders: result.stakeholders.map {
                .init(
                    label: Self.stakeholderLabel($0.stakeholder, t), costs: euro($0.costs), benefits: euro($0.benefits), balance: euro($0.balance),
                    negative: MKBACalculation.euros($0.balance) < 0)
            },
            sensitivity: result.sensitivity.map {
                .init(
                    label: Self.scenarioLabel($0.kind, t), rate: Self.percent($0.rateBasisPoints), costs: euro($0.costs), benefits: euro($0.benefits),
                    net: euro($0.netPresentValue), ratio: MKBACalculation.ratioText($0.ratio), negative: MKBACalculation.euros($0.netPresentValue) < 0)
            },
            chart: result.chart(title: chartTitle, description: chartDescription).svg(id: "mkba-saldo"),
            years: result.years.map {
                .init(year: String($0.year), costs: euro($0.costs), benefits: euro($0.benefits), balance: euro($0.balance), cumulative: euro($0.cumulative))
            },
            lines: mkba.lines.map { line in
                .init(
                    kind: Self.kindLabel(line.kind, t), category: line.category, stakeholder: Self.stakeholderLabel(line.stakeholder, t),
                    amounts: line.amounts.map { DutchNumber.format(Double($0), decimals: 0) }.joined(separator: "; "), low: "\(line.lowPercent)%",
                    high: "\(line.highPercent)%",
                    present: euro(MKBACalculation.presentValue(line, value: .expected, mkba: mkba, rateBasisPoints: mkba.rateBasisPoints)))
            },
            mayEdit: MKBARepository.mayEdit(user), editURL: SiteURL.mkbaEdit(id: idText).path, csvURL: SiteURL.mkbaCSV(id: idText).path,
            markdownURL: SiteURL.mkbaMarkdown(id: idText).path)
        return try services.renderer.page("mkba", page, title: "MKBA · \(record.title)", context: context, request: request)
    }

    static func fileName(_ record: MKBARepository.Record) -> String {
        "mkba-" + Slug.make(record.title).prefix(60)
    }

    @Sendable func csv(request: Request, context: AppRequestContext) async throws -> Response {
        let record = try await loadRecord(context)
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"\(Self.fileName(record)).csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: MKBAExport.csv(record))))
    }

    @Sendable func markdown(request: Request, context: AppRequestContext) async throws -> Response {
        let record = try await loadRecord(context)
        var headers = HTTPFields()
        headers[.contentType] = "text/markdown; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentDisposition] = "attachment; filename=\"\(Self.fileName(record)).md\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: MKBAExport.markdown(record))))
    }
}

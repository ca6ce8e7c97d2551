// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore
import OpenAPIRuntime

/// The monitor: goals, indicators with their status, measurements, and the import of measurements. Every figure is
/// protected by `FigureProtection` exactly as the monitor's pages and exports protect it.
extension APIImplementation {
    // MARK: doelen

    package func listDoelen(_ input: Operations.ListDoelen.Input) async throws -> Operations.ListDoelen.Output {
        let user = try user()
        let policyID = input.query.beleid.flatMap(UUID.init(uuidString:))
        let all = try await indicators.goals(organisationID: user.organisationID, policyID: policyID)
        let page = try Page(
            all: all, page: input.query.page, pageSize: input.query.pageSize, path: APIRequest.path, query: [("beleid", input.query.beleid)])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current),
            body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items.map(Self.doel)))))
    }

    package func getDoel(_ input: Operations.GetDoel.Input) async throws -> Operations.GetDoel.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id), let goal = try await indicators.goal(id: id, organisationID: user.organisationID) else {
            throw APIProblem.notFound
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(Self.doel(goal))))
    }

    static func doel(_ goal: IndicatorRepository.Goal) -> Components.Schemas.Beleidsdoel {
        let id = goal.id.uuidString.lowercased()
        return .init(
            id: id, beleidId: goal.policyID.uuidString.lowercased(), beleidTitel: goal.policyTitle, positie: goal.position, titel: goal.title,
            omschrijving: goal.description,
            _links: .init(
                _self: .init(href: "\(Self.base)/doelen/\(id)"), beleid: .init(href: "\(Self.base)/beleid/\(goal.policyID.uuidString.lowercased())"),
                indicatoren: .init(href: "\(Self.base)/indicatoren?doel=\(id)")))
    }

    // MARK: indicatoren

    package func listIndicatoren(_ input: Operations.ListIndicatoren.Input) async throws -> Operations.ListIndicatoren.Output {
        let user = try user()
        let q = input.query
        let filter = IndicatorRepository.Filter(
            policyID: q.beleid.flatMap(UUID.init(uuidString:)), goalID: q.doel.flatMap(UUID.init(uuidString:)),
            domainID: q.domein.flatMap(UUID.init(uuidString:)), kind: q.soort.flatMap { IndicatorKind(rawValue: $0.rawValue) })
        let listings = try await indicators.list(organisationID: user.organisationID, filter: filter)
        let monitor = try await MonitorFigures(api: self, organisationID: user.organisationID, indicators: listings.map(\.indicator))
        var all = listings.map { Self.indicator($0, monitor: monitor) }
        if let wanted = q.status { all = all.filter { $0.status?.status == wanted } }
        let page = try Page(
            all: all, page: q.page, pageSize: q.pageSize, path: APIRequest.path,
            query: [
                ("beleid", q.beleid), ("doel", q.doel), ("domein", q.domein), ("soort", q.soort?.rawValue), ("status", q.status?.rawValue),
            ])
        return .ok(.init(
            headers: .init(apiVersion: APIVersion.current), body: .json(.init(_links: page.links, totaal: page.total, resultaten: page.items))))
    }

    package func getIndicator(_ input: Operations.GetIndicator.Input) async throws -> Operations.GetIndicator.Output {
        let user = try user()
        guard let id = UUID(uuidString: input.path.id) else { throw APIProblem.notFound }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await indicator(id: id, organisationID: user.organisationID))))
    }

    package func createIndicator(_ input: Operations.CreateIndicator.Input) async throws -> Operations.CreateIndicator.Output {
        let user = try user()
        try requireEditor(user, detail: "Alleen beleidsmedewerkers, managers en beheerders leggen indicatoren vast.")
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        let (indicatorInput, goalID) = try Self.checked(body.value1, goalID: body.value2.doelId)
        let id = try await problems {
            try await Self.withAPINames {
                try await indicators.create(
                    goalID: goalID!, indicatorInput, organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
            }
        }
        return .created(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await indicator(id: id, organisationID: user.organisationID))))
    }

    package func updateIndicator(_ input: Operations.UpdateIndicator.Input) async throws -> Operations.UpdateIndicator.Output {
        let user = try user()
        try requireEditor(user, detail: "Alleen beleidsmedewerkers, managers en beheerders wijzigen indicatoren.")
        guard let id = UUID(uuidString: input.path.id) else { throw APIProblem.notFound }
        guard case .json(let body) = input.body else { throw APIProblem.unreadable }
        let (indicatorInput, _) = try Self.checked(body, goalID: nil)
        try await problems {
            try await Self.withAPINames {
                try await indicators.update(id: id, indicatorInput, organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
            }
        }
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(try await indicator(id: id, organisationID: user.organisationID))))
    }

    func indicator(id: UUID, organisationID: UUID) async throws -> Components.Schemas.Indicator {
        guard let listing = try await indicators.indicator(id: id, organisationID: organisationID) else { throw APIProblem.notFound }
        let monitor = try await MonitorFigures(api: self, organisationID: organisationID, indicators: [listing.indicator])
        return Self.indicator(listing, monitor: monitor)
    }

    static func indicator(_ listing: IndicatorRepository.Listing, monitor: MonitorFigures) -> Components.Schemas.Indicator {
        let indicator = listing.indicator
        let id = indicator.id.uuidString.lowercased()
        let goalID = indicator.goalID.uuidString.lowercased()
        return .init(
            id: id, doelId: goalID, doelTitel: listing.goalTitle, beleidId: listing.policyID.uuidString.lowercased(), beleidTitel: listing.policyTitle,
            code: indicator.code, naam: indicator.name, definitie: indicator.definition,
            soort: Components.Schemas.IndicatorSoort(rawValue: indicator.kind.rawValue) ?? .output,
            eenheid: Components.Schemas.Eenheid(rawValue: indicator.unit.rawValue) ?? .aantal,
            richting: Components.Schemas.Richting(rawValue: indicator.direction.rawValue) ?? .hogerIsBeter,
            bron: Components.Schemas.Bron(rawValue: indicator.source.rawValue) ?? .anders,
            eigenaarId: indicator.ownerID?.uuidString.lowercased(),
            frequentie: Components.Schemas.Frequentie(rawValue: indicator.frequency.rawValue) ?? .jaar,
            optellen: Components.Schemas.Optellen(rawValue: indicator.aggregation.rawValue) ?? .geen,
            nulmeting: indicator.baseline.map { .init(periode: $0.period.description, waarde: $0.value) },
            streefwaarden: indicator.targets.map { .init(periode: $0.period.description, waarde: $0.value) },
            drempelKleineAantallen: indicator.smallNumberThreshold,
            drempelToegepast: indicator.policy(organisationThreshold: monitor.threshold).threshold,
            status: monitor.stand(of: indicator),
            _links: .init(
                _self: .init(href: "\(Self.base)/indicatoren/\(id)"), doel: .init(href: "\(Self.base)/doelen/\(goalID)"),
                metingen: .init(href: "\(Self.base)/metingen?indicator=\(id)")))
    }

    /// The body as the repository takes it, after the checks the spec promises and the repository does not make (it
    /// trims what it is given; the API takes only what the spec allows). Every problem at once: the spec's and the
    /// repository's.
    static func checked(_ body: Components.Schemas.IndicatorInvoer, goalID rawGoalID: String?) throws -> (IndicatorInput, UUID?) {
        var problems: [InvalidParam] = []
        let code = body.code.unicodeScalars
        if !(1...30).contains(code.count) || !code.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }) {
            problems.append(InvalidParam(name: "code", code: "ongeldig", reason: "Een code heeft 1 tot 30 letters, cijfers, streepjes en punten, zoals JZ-01, zonder spaties."))
        }
        for (name, text, maximum, label) in [("naam", body.naam, 200, "De naam"), ("definitie", body.definitie, 4000, "De definitie")] {
            if text.unicodeScalars.count > maximum {
                problems.append(InvalidParam(name: name, code: "te-lang", reason: "\(label) mag hoogstens \(maximum) tekens hebben."))
            } else if !text.unicodeScalars.contains(where: Self.isVisible) {
                problems.append(InvalidParam(name: name, code: "verplicht", reason: "\(label) mag niet leeg zijn."))
            }
        }
        var ownerID: UUID?
        if let raw = body.eigenaarId {
            ownerID = UUID(uuidString: raw)
            if ownerID == nil { problems.append(InvalidParam(name: "eigenaarId", code: "geen-uuid", reason: "eigenaarId moet het id (UUID) van een gebruiker zijn.")) }
        }
        var goalID: UUID?
        if let rawGoalID {
            goalID = UUID(uuidString: rawGoalID)
            if goalID == nil { problems.append(InvalidParam(name: "doelId", code: "geen-uuid", reason: "doelId moet het id (UUID) van een doel zijn.")) }
        }
        func period(_ raw: String, name: String) {
            if Period(raw)?.description != raw {
                problems.append(InvalidParam(name: name, code: "ongeldig", reason: "Gebruik een periode zoals 2025 (jaar), 2025-Q1 (kwartaal) of 2025-03 (maand), tussen 1900 en 2200."))
            }
        }
        if let baseline = body.nulmeting { period(baseline.periode, name: "nulmeting.periode") }
        let targets = body.streefwaarden ?? []
        if targets.count > 50 { problems.append(InvalidParam(name: "streefwaarden", code: "te-veel", reason: "Hoogstens 50 streefwaarden.")) }
        for (index, target) in targets.enumerated() { period(target.periode, name: "streefwaarden[\(index)]") }
        let input = IndicatorInput(
            code: body.code, name: body.naam, definition: body.definitie, kind: body.soort.rawValue, unit: body.eenheid.rawValue,
            direction: body.richting.rawValue, source: body.bron.rawValue, ownerID: ownerID, frequency: body.frequentie.rawValue,
            aggregation: body.optellen.rawValue, baselinePeriod: body.nulmeting?.periode ?? "", baselineValue: body.nulmeting.map { String($0.waarde) } ?? "",
            smallNumberThreshold: body.drempelKleineAantallen.map(String.init) ?? "",
            targets: targets.map { ($0.periode, String($0.waarde)) })
        // The repository's own reasons come first: they are the more precise about a field both find wrong.
        var repository: [InvalidParam] = []
        do {
            try input.validate()
        } catch let failure as ValidationFailure {
            repository = failure.invalidParams.map(Self.apiNamed)
        }
        let named = Set(repository.map(\.name))
        let all = repository + problems.filter { !named.contains($0.name) }
        if !all.isEmpty {
            throw APIProblem(status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.", invalidParams: all)
        }
        return (input, goalID)
    }

    /// Not whitespace, as the spec's `\S` means it (Python's and ECMAScript's notion, which counts U+001C–U+001F too).
    static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && !(0x1C...0x1F).contains(scalar.value)
    }

    /// The repository names fields as the form does; the API names them as the request body does.
    static func apiNamed(_ param: InvalidParam) -> InvalidParam {
        let name: String
        switch param.name {
        case "drempel": name = "drempelKleineAantallen"
        case "nulmeting-periode": name = "nulmeting.periode"
        case "nulmeting-waarde": name = "nulmeting.waarde"
        case "eigenaar": name = "eigenaarId"
        case "doel": name = "doelId"
        default:
            if param.name.hasPrefix("doelwaarde-"), let number = Int(param.name.dropFirst("doelwaarde-".count)) {
                name = "streefwaarden[\(number - 1)]"
            } else {
                name = param.name
            }
        }
        return InvalidParam(name: name, code: param.code, reason: param.reason)
    }

    static func withAPINames<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as ValidationFailure {
            throw ValidationFailure(failure.invalidParams.map(apiNamed))
        }
    }

    func requireEditor(_ user: SignedInUser, detail: String) throws {
        guard user.has(.policyOfficer) || user.has(.manager) || user.has(.administrator) else {
            throw APIProblem(status: 403, title: "Geen toegang", detail: detail)
        }
    }

    // MARK: metingen

    package func listMetingen(_ input: Operations.ListMetingen.Input) async throws -> Operations.ListMetingen.Output {
        let user = try user()
        let q = input.query
        var problems: [InvalidParam] = []
        func period(_ raw: String?, name: String) -> Period? {
            guard let raw else { return nil }
            guard let period = Period(raw), period.description == raw else {
                problems.append(InvalidParam(name: name, code: "ongeldig", reason: "\(name): gebruik een periode zoals 2025 (jaar), 2025-Q1 (kwartaal) of 2025-03 (maand), tussen 1900 en 2200."))
                return nil
            }
            return period
        }
        var filter = MeasurementRepository.Filter()
        filter.from = period(q.periodeVan, name: "periodeVan")
        filter.until = period(q.periodeTot, name: "periodeTot")
        if let from = filter.from, let until = filter.until, from.startMonth > until.endMonth {
            problems.append(InvalidParam(name: "periodeVan", code: "na-periodeTot", reason: "periodeVan (\(from)) begint na het einde van periodeTot (\(until))."))
        }
        if let raw = q.gebied {
            filter.area = AreaCode(raw).flatMap { $0.description == raw ? $0 : nil }
            if filter.area == nil { problems.append(InvalidParam(name: "gebied", code: "ongeldig", reason: "Gebruik een CBS-code zoals GM0363, WK036301 of BU03630101.")) }
        }
        if let raw = q.indicator {
            filter.indicatorID = UUID(uuidString: raw)
            if filter.indicatorID == nil { problems.append(InvalidParam(name: "indicator", code: "geen-uuid", reason: "indicator moet het id (UUID) van een indicator zijn.")) }
        }
        filter.state = q.status.flatMap { MeasurementState(rawValue: $0.rawValue) }
        if !problems.isEmpty { throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.", invalidParams: problems) }
        let pageNumber = q.page ?? 1
        let pageSize = q.pageSize ?? 20
        _ = try Page(all: [Int](), page: pageNumber, pageSize: pageSize, path: APIRequest.path)  // checks the numbers
        let (rows, total) = try await measurements.page(
            organisationID: user.organisationID, filter: filter, offset: (pageNumber - 1) * pageSize, limit: pageSize)
        let protected = try await protect(rows, organisationID: user.organisationID)
        let items = rows.map { row in
            let cell = protected[row.id] ?? .hidden
            return Components.Schemas.Meting(
                id: row.id, indicatorId: row.indicatorID.uuidString.lowercased(), periode: row.period.description, gebied: row.area.description,
                uitsplitsing: row.dimension.isEmpty ? nil : row.dimension, categorie: row.dimension.isEmpty ? nil : row.category,
                waarde: FigureProtection.value(cell), beveiliging: Self.beveiliging(cell),
                status: Components.Schemas.MetingStatus(rawValue: row.figure.state.rawValue) ?? .voorlopig, toelichting: row.note,
                gewijzigdOp: row.updatedAt)
        }
        let links = Page<Int>.links(
            page: pageNumber, pageSize: pageSize, total: total, path: APIRequest.path,
            query: [
                ("indicator", q.indicator), ("periodeVan", q.periodeVan), ("periodeTot", q.periodeTot), ("gebied", q.gebied),
                ("status", q.status?.rawValue),
            ])
        return .ok(.init(headers: .init(apiVersion: APIVersion.current), body: .json(.init(_links: links, totaal: total, resultaten: items))))
    }

    /// Each measurement as it may be shown. A figure of an area as a whole is protected with every other area of its
    /// indicator and period, rolled up to wijk and gemeente as the pages show them, so a hidden count cannot be
    /// computed back from the totals; the categories of a breakdown are protected together, with their area's figure
    /// as their total. The same tables, in the same order, as the indicator page and the exports.
    func protect(_ rows: [LemniscaatStore.Measurement], organisationID: UUID) async throws -> [Int64: Protected] {
        guard !rows.isEmpty else { return [:] }
        struct Key: Hashable {
            let indicator: UUID
            let period: Period
        }
        struct Group: Hashable {
            let key: Key
            let area: AreaCode
            let dimension: String
        }
        let threshold = try await indicators.smallNumberThreshold(organisationID: organisationID)
        let ids = Set(rows.map(\.indicatorID))
        var byID: [UUID: Indicator] = [:]
        for listing in try await indicators.list(organisationID: organisationID) where ids.contains(listing.indicator.id) {
            byID[listing.indicator.id] = listing.indicator
        }
        let areas = try await self.areas.names(organisationID: organisationID).compactMap { AreaCode($0.code) }
        let keys = Set(rows.map { Key(indicator: $0.indicatorID, period: $0.period) })
        let whole = try await measurements.wholeAreaFigures(indicatorIDs: Array(ids), periods: Array(Set(keys.map(\.period))))
        var areaTables: [Key: [AreaCode: Protected]] = [:]
        for key in keys {
            guard let indicator = byID[key.indicator] else { continue }
            let figures = IndicatorFigures(
                measured: whole[key.indicator]?[key.period].map { [key.period: $0] } ?? [:], areas: areas, aggregation: indicator.aggregation)
            areaTables[key] = FigureProtection.protect(
                figures.byPeriod[key.period] ?? [:], indicator: indicator, policy: indicator.policy(organisationThreshold: threshold))
        }
        var result: [Int64: Protected] = [:]
        let broken = rows.filter { !$0.dimension.isEmpty }
        for row in rows where row.dimension.isEmpty {
            result[row.id] = areaTables[Key(indicator: row.indicatorID, period: row.period)]?[row.area] ?? .hidden
        }
        if !broken.isEmpty {
            let wanted = Set(broken.map { Group(key: Key(indicator: $0.indicatorID, period: $0.period), area: $0.area, dimension: $0.dimension) })
            let all = try await measurements.breakdowns(
                indicatorIDs: Array(Set(broken.map(\.indicatorID))), periods: Array(Set(broken.map(\.period))), areas: Array(Set(broken.map(\.area))))
            var members: [Group: [LemniscaatStore.Measurement]] = [:]
            for measurement in all {
                let group = Group(key: Key(indicator: measurement.indicatorID, period: measurement.period), area: measurement.area, dimension: measurement.dimension)
                if wanted.contains(group) { members[group, default: []].append(measurement) }
            }
            for (group, members) in members {
                guard let indicator = byID[group.key.indicator] else { continue }
                let cells = FigureProtection.protect(
                    categories: members.map { ($0.category, $0.figure) }, total: areaTables[group.key]?[group.area], indicator: indicator,
                    policy: indicator.policy(organisationThreshold: threshold))
                for (member, cell) in zip(members, cells) { result[member.id] = cell }
            }
        }
        return result
    }

    static func beveiliging(_ protected: Protected) -> Components.Schemas.Beveiliging? {
        switch protected {
        case .shown: nil
        case .belowThreshold: .kleinAantal
        case .hidden: .verborgen
        }
    }

    /// Largest CSV file the import takes; it is streamed to disk, never held in memory.
    static let maximumImportBytes = 128 * 1024 * 1024

    package func importMetingen(_ input: Operations.ImportMetingen.Input) async throws -> Operations.ImportMetingen.Output {
        let user = try user()
        try requireEditor(user, detail: "Alleen beleidsmedewerkers, managers en beheerders importeren metingen.")
        guard case .csv(let body) = input.body else { throw APIProblem.unreadable }
        let tooLarge = APIProblem(
            status: 413, title: "Te groot", detail: "Het bestand is groter dan \(Self.maximumImportBytes / 1_048_576) MiB. Splits het in delen.")
        if case .known(let length) = body.length, length > Self.maximumImportBytes { throw tooLarge }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-api-import-\(UUID().uuidString).csv").path
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw APIProblem(status: 500, title: "Serverfout", detail: "Het bestand kon niet worden opgeslagen. Er is niets geïmporteerd.")
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            // Chunk by chunk to disk: the importer reads the file in chunks too, so no file is ever whole in memory.
            var written = 0
            for try await chunk in body {
                written += chunk.count
                if written > Self.maximumImportBytes { throw tooLarge }
                try handle.write(contentsOf: chunk)
            }
            try handle.close()
        } catch {
            try? handle.close()
            throw error
        }
        do {
            let report = try await importer.run(
                path: path, fileName: "API", organisationID: user.organisationID, actor: user.auditActor(origin: "api"), now: clock())
            return .ok(.init(
                headers: .init(apiVersion: APIVersion.current),
                body: .json(.init(regels: report.rows, nieuw: report.created, vervangen: report.replaced))))
        } catch let refused as MeasurementImporter.Refused {
            let report = refused.report
            var params = report.problems.map {
                InvalidParam(name: $0.line > 0 ? "regel-\($0.line)" : "bestand", code: "ongeldig", reason: $0.message)
            }
            if report.moreProblems > 0 {
                params.append(InvalidParam(name: "bestand", code: "meer-problemen", reason: "En nog \(report.moreProblems) problemen, die hier niet staan."))
            }
            let count = report.problems.count + report.moreProblems
            throw APIProblem(
                status: 400, title: "Ongeldige invoer",
                detail: "Er is niets geïmporteerd: het bestand heeft \(count == 1 ? "één probleem" : "\(count) problemen").", invalidParams: params)
        }
    }
}

/// The figures of a set of indicators, read once, and what the API says about their status.
struct MonitorFigures {
    let figures: [UUID: IndicatorFigures]
    let threshold: Int

    init(api: APIImplementation, organisationID: UUID, indicators: [Indicator]) async throws {
        threshold = try await api.indicators.smallNumberThreshold(organisationID: organisationID)
        guard !indicators.isEmpty else {
            figures = [:]
            return
        }
        let areas = try await api.areas.names(organisationID: organisationID).compactMap { AreaCode($0.code) }
        let measured = try await api.measurements.wholeAreaFigures(indicatorIDs: indicators.map(\.id))
        var figures: [UUID: IndicatorFigures] = [:]
        for indicator in indicators {
            figures[indicator.id] = IndicatorFigures(measured: measured[indicator.id] ?? [:], areas: areas, aggregation: indicator.aggregation)
        }
        self.figures = figures
    }

    /// The latest figure of the municipality against the path to the target. The figure is protected as on the
    /// overview (on its own) and as in the area table of its period (with wijken and buurten); hidden by either, it is
    /// not shown.
    func stand(of indicator: Indicator) -> Components.Schemas.IndicatorStand? {
        guard let figures = figures[indicator.id], let latest = figures.latest, let municipality = figures.municipality else { return nil }
        let k = indicator.policy(organisationThreshold: threshold)
        let alone = FigureProtection.protect(latest.figure, unit: indicator.unit, policy: k)
        let inTable = FigureProtection.protect(figures.byPeriod[latest.period] ?? [:], indicator: indicator, policy: k)[municipality] ?? .hidden
        let protected: Protected = if case .shown = inTable { alone } else { inTable }
        let assessment = figures.assessment(path: indicator.path, direction: indicator.direction)
        return .init(
            status: assessment.flatMap { Components.Schemas.KoersStatus(rawValue: $0.status.rawValue) }, periode: latest.period.description,
            verwacht: assessment?.expected, waarde: FigureProtection.value(protected), beveiliging: APIImplementation.beveiliging(protected))
    }
}

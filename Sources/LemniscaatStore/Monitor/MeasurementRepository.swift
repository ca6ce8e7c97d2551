// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// One stored figure.
public struct Measurement: Sendable, Equatable {
    public let id: Int64
    public let indicatorID: UUID
    public let period: Period
    public let area: AreaCode
    public let dimension: String
    public let category: String
    public let figure: Figure
    public let note: String
    public let updatedAt: Date
}

/// Measurements are read and written with plain SQL: there are millions, and Fluent's model decoding costs more
/// than the query.
public struct MeasurementRepository: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    struct Row: Decodable {
        let id: Int64
        let indicator_id: UUID
        let period: String
        let area_code: String
        let dimension: String
        let category: String
        let value: Double
        let numerator: Double?
        let denominator: Double?
        let state: String
        let note: String
        let updated_at: Date

        var measurement: Measurement? {
            guard let period = Period(period), let area = AreaCode(area_code) else { return nil }
            return Measurement(
                id: id, indicatorID: indicator_id, period: period, area: area, dimension: dimension, category: category,
                figure: Figure(value: value, numerator: numerator, denominator: denominator, state: MeasurementState(rawValue: state) ?? .provisional),
                note: note, updatedAt: updated_at)
        }
    }

    static let columns = ["id", "period", "area_code", "dimension", "category", "value", "numerator", "denominator", "state", "note", "updated_at"]

    /// Measurements beside their indicators: a row refers to its indicator by number (M0045), so its id, organisation
    /// and every filter on them come from `indicators`.
    static func fromMeasurementsOfIndicators(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
        query.from("measurements")
            .join("indicators", on: SQLColumn("number", table: "indicators"), .equal, Self.measurements("indicator_number"))
    }

    /// Measurements with their indicator's id, as `Row` decodes them.
    func selectMeasurements() -> SQLSelectBuilder {
        Self.fromMeasurementsOfIndicators(
            store.sql.select().columns(Self.columns.map(Self.measurements))
                .column(Self.indicatorID, as: "indicator_id"))
    }

    static func measurements(_ column: String) -> SQLColumn { SQLColumn(column, table: "measurements") }

    /// The id of a measurement's indicator, which every filter on an indicator names.
    static let indicatorID = SQLColumn("id", table: "indicators")

    /// The numbers measurements use for these indicators (M0045).
    static func indicatorNumbers(_ ids: [UUID], on sql: any SQLDatabase) async throws -> [UUID: Int64] {
        guard !ids.isEmpty else { return [:] }
        struct Numbered: Decodable {
            let id: UUID
            let number: Int64
        }
        let rows = try await sql.select().column("id").column("number").from("indicators").where(SQLIdentifier("id"), .in, SQLBind.group(ids))
            .all(decoding: Numbered.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.number) })
    }

    /// The figures of the areas as a whole (no breakdown) per indicator, period and area; with `periods`, only of those
    /// periods (every area of them, so they can be rolled up and protected as the pages do).
    public func wholeAreaFigures(indicatorIDs: [UUID], periods: [Period]? = nil) async throws -> [UUID: [Period: [AreaCode: Figure]]] {
        guard !indicatorIDs.isEmpty, periods?.isEmpty != true else { return [:] }
        var query = selectMeasurements()
            .where(Self.indicatorID, .in, SQLBind.group(indicatorIDs))
            // A literal, not a bound value: only then do SQLite and PostgreSQL read the partial index (M0044).
            .where(SQLRaw("measurements.dimension = ''"))
        if let periods {
            query = query.where(Self.measurements("period"), .in, SQLBind.group(Set(periods.map(\.description)).sorted()))
        }
        let rows = try await query.all(decoding: Row.self)
        var result: [UUID: [Period: [AreaCode: Figure]]] = [:]
        for row in rows {
            guard let measurement = row.measurement else { continue }
            result[measurement.indicatorID, default: [:]][measurement.period, default: [:]][measurement.area] = measurement.figure
        }
        return result
    }

    /// `wholeAreaFigures` of every period, kept like De lus's figures (until this process writes, at most 30 s): the
    /// monitor and every policy page read them for statuses and sparklines, a tenth of a policy page's time.
    public func keptWholeAreaFigures(indicatorIDs: [UUID]) async throws -> [UUID: [Period: [AreaCode: Figure]]] {
        try await Self.wholeArea.value(Set(indicatorIDs), store: store) { try await wholeAreaFigures(indicatorIDs: indicatorIDs) }
    }

    static let wholeArea = GenerationCache<Set<UUID>, [UUID: [Period: [AreaCode: Figure]]]>()

    /// Every measurement of one indicator, breakdowns included, in period and area order.
    public func all(indicatorID: UUID) async throws -> [Measurement] {
        try await selectMeasurements()
            .where(Self.indicatorID, .equal, SQLBind(indicatorID))
            .orderBy(Self.measurements("period_end"))
            .orderBy(SQLOrderBy(expression: Self.measurements("period_start"), direction: SQLDirection.descending))
            .orderBy(Self.measurements("area_code"))
            .orderBy(Self.measurements("dimension")).orderBy(Self.measurements("category"))
            .all(decoding: Row.self).compactMap(\.measurement)
    }

    /// The breakdown rows (every category of every dimension) of these indicators in these periods and areas, in the
    /// order the indicator page protects them: per indicator, period, area and dimension, by category.
    public func breakdowns(indicatorIDs: [UUID], periods: [Period], areas: [AreaCode]) async throws -> [Measurement] {
        guard !indicatorIDs.isEmpty, !periods.isEmpty, !areas.isEmpty else { return [] }
        return try await selectMeasurements()
            .where(Self.indicatorID, .in, SQLBind.group(indicatorIDs))
            .where(Self.measurements("period"), .in, SQLBind.group(Set(periods.map(\.description)).sorted()))
            .where(Self.measurements("area_code"), .in, SQLBind.group(Set(areas.map(\.description)).sorted()))
            .where(Self.measurements("dimension"), .notEqual, SQLBind(""))
            .orderBy(Self.indicatorID).orderBy(Self.measurements("period_end"))
            .orderBy(SQLOrderBy(expression: Self.measurements("period_start"), direction: SQLDirection.descending))
            .orderBy(Self.measurements("area_code"))
            .orderBy(Self.measurements("dimension")).orderBy(Self.measurements("category"))
            .all(decoding: Row.self).compactMap(\.measurement)
    }

    public struct Filter: Sendable {
        public var indicatorID: UUID?
        public var from: Period?
        public var until: Period?
        public var area: AreaCode?
        public var state: MeasurementState?
        public init(indicatorID: UUID? = nil, from: Period? = nil, until: Period? = nil, area: AreaCode? = nil, state: MeasurementState? = nil) {
            self.indicatorID = indicatorID
            self.from = from
            self.until = until
            self.area = area
            self.state = state
        }
    }

    /// A page of the organisation's measurements, for the API.
    public func page(organisationID: UUID, filter: Filter, offset: Int, limit: Int) async throws -> (rows: [Measurement], total: Int) {
        func scoped(_ query: SQLSelectBuilder) -> SQLSelectBuilder {
            var query = query.where(SQLColumn("organisation_id", table: "indicators"), .equal, SQLBind(organisationID))
            if let id = filter.indicatorID { query = query.where(Self.indicatorID, .equal, SQLBind(id)) }
            if let from = filter.from { query = query.where(Self.measurements("period_start"), .greaterThanOrEqual, SQLBind(from.startMonth)) }
            if let until = filter.until { query = query.where(Self.measurements("period_end"), .lessThanOrEqual, SQLBind(until.endMonth)) }
            if let area = filter.area { query = query.where(Self.measurements("area_code"), .equal, SQLBind(area.description)) }
            if let state = filter.state { query = query.where(Self.measurements("state"), .equal, SQLBind(state.rawValue)) }
            return query
        }
        struct Count: Decodable { let n: Int }
        let counting = store.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
        let total = try await scoped(Self.fromMeasurementsOfIndicators(counting))
            .first(decoding: Count.self)?.n ?? 0
        let rows = try await scoped(selectMeasurements())
            .orderBy(Self.indicatorID).orderBy(Self.measurements("period_end"))
            .orderBy(Self.measurements("area_code")).orderBy(Self.measurements("dimension"))
            .orderBy(Self.measurements("category")).orderBy(Self.measurements("id"))
            .offset(offset).limit(limit).all(decoding: Row.self).compactMap(\.measurement)
        return (rows, total)
    }
}

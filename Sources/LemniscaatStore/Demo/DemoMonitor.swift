// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import SQLKit

/// The demo monitor: the indicators of `DemoContent.indicators` on the demo policies' goals, with three years of
/// figures per buurt (the wijken and the gemeente roll up from them), some small counts, some indicators off
/// course, a breakdown here and there, and the story behind the figures linked to signals.
enum DemoMonitor {
    /// People per buurt relative to each other, in `DemoOrganisation.areas` order; Havenfront and Bedrijvenpark
    /// Oost are small, so their counts fall below the threshold.
    static let buurtWeights: [Double] = [1.4, 1.0, 0.3, 1.2, 1.1, 0.9, 1.0, 1.3, 0.12, 1.0, 1.1, 0.6]

    struct People {
        let owners: [UUID]
        let storytellers: [UUID]
    }

    static func load(organisationID: UUID, people: People, now: Date, on db: any Database) async throws -> (indicators: Int, measurements: Int) {
        let sql = db as! any SQLDatabase
        var random = DemoLoop.Random(state: 5_463_001)
        let policies = try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).all()
        let policyByTitle = Dictionary(uniqueKeysWithValues: policies.map { ($0.title, $0.id!) })
        let goals = try await PolicyGoalModel.query(on: db).filter(\.$policyID ~~ policies.compactMap(\.id)).all()
        let buurten = DemoOrganisation.areas.compactMap { AreaCode($0.code) }.filter { $0.level == .neighbourhood }
        let municipality = DemoOrganisation.areas.compactMap { AreaCode($0.code) }.first { $0.level == .municipality }!
        let weightSum = buurtWeights.reduce(0, +)
        let currentMonth = Self.month(of: now)
        // The first signal about each policy, for the stories behind the figures: one query, not one per indicator.
        var firstSignal: [UUID: UUID] = [:]
        for signal in try await SignalModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$policyID != nil).sort(\.$number).all()
        where firstSignal[signal.policyID!] == nil {
            firstSignal[signal.policyID!] = signal.id!
        }
        var measurementCount = 0
        var rows: [[any SQLExpression]] = []

        for (index, spec) in DemoContent.indicators.enumerated() {
            guard let policyID = policyByTitle[DemoContent.policies[spec.policy].title],
                let goal = goals.first(where: { $0.policyID == policyID && $0.position == spec.goal + 1 }),
                let frequency = Frequency(rawValue: spec.frequency), let unit = IndicatorUnit(rawValue: spec.unit)
            else { continue }
            let baselinePeriod = Period.ending(atOrBefore: Period(year: 2023, frequency: .month, index: 12)!.endMonth, frequency: frequency)!
            let targetPeriod = Period.ending(atOrBefore: Period(year: 2026, frequency: .month, index: 12)!.endMonth, frequency: frequency)!
            guard let last = Period.ending(atOrBefore: currentMonth - 1, frequency: frequency), baselinePeriod < last else { continue }
            let indicator = IndicatorModel()
            indicator.organisationID = organisationID
            indicator.goalID = goal.id!
            indicator.code = spec.code
            indicator.name = spec.name
            indicator.definition = spec.definition
            indicator.kind = spec.kind
            indicator.unit = spec.unit
            indicator.direction = spec.direction
            indicator.source = spec.source
            indicator.ownerID = people.owners[index % people.owners.count]
            indicator.frequency = spec.frequency
            indicator.aggregation = spec.aggregation
            indicator.baselinePeriod = baselinePeriod.description
            indicator.baselineValue = spec.baseline
            indicator.createdAt = now
            indicator.updatedAt = now
            try await indicator.create(on: db)
            let id = indicator.id!
            guard let number = try await MeasurementRepository.indicatorNumbers([id], on: sql)[id] else { throw DemoNumberMissing() }
            // A midway target as policies usually set them, then the final one.
            let midway = Period.ending(atOrBefore: Period(year: 2025, frequency: .month, index: 12)!.endMonth, frequency: frequency)!
            let midValue = spec.baseline + (spec.target - spec.baseline) * 2 / 3
            for (period, value) in [(midway, unit == .yesNo ? spec.target : midValue.rounded(toPlaces: unit == .count ? 0 : 1)), (targetPeriod, spec.target)] {
                try await IndicatorTargetModel(indicatorID: id, period: period.description, value: value).create(on: db)
            }

            let span = targetPeriod.position - baselinePeriod.position
            for period in baselinePeriod.next.through(last) {
                let f = (period.position - baselinePeriod.position) / span
                let level = spec.baseline + (spec.target - spec.baseline) * f * spec.progress
                let state: MeasurementState = last.endMonth - period.endMonth < 6 ? .provisional : .final
                func add(_ area: AreaCode, value: Double, numerator: Double? = nil, denominator: Double? = nil, dimension: String = "", category: String = "") {
                    rows.append([
                        SQLBind(number), SQLBind(period.description), SQLBind(period.startMonth), SQLBind(period.endMonth), SQLBind(area.description),
                        SQLBind(dimension), SQLBind(category), SQLBind(value), SQLBind(numerator), SQLBind(denominator), SQLBind(state.rawValue),
                        SQLBind(""), SQLBind(now),
                    ])
                }
                switch unit {
                case .yesNo:
                    add(municipality, value: f * max(spec.progress, 0) >= 0.5 ? 1 : 0)
                case .count, .euro:
                    var total = 0.0
                    for (buurt, weight) in zip(buurten, buurtWeights) {
                        let value = max(0, (level * weight / weightSum * (0.85 + 0.3 * random.unit())).rounded())
                        total += value
                        add(buurt, value: value)
                    }
                    if let breakdown = spec.breakdown, unit == .count {
                        var remaining = total
                        for (position, category) in breakdown.categories.enumerated() {
                            let share = position == breakdown.categories.count - 1
                                ? remaining : (total / Double(breakdown.categories.count) * (0.6 + 0.8 * random.unit())).rounded()
                            let value = min(remaining, max(0, share))
                            remaining -= value
                            add(municipality, value: value, dimension: breakdown.dimension, category: category)
                        }
                    }
                case .percentage:
                    var numerators = 0.0
                    var denominators = 0.0
                    for (buurt, weight) in zip(buurten, buurtWeights) {
                        let denominator = max(1, (spec.population * weight / weightSum * (0.9 + 0.2 * random.unit())).rounded())
                        let share = min(100, max(0, level + (random.unit() - 0.5) * 8))
                        let numerator = (denominator * share / 100).rounded()
                        numerators += numerator
                        denominators += denominator
                        add(buurt, value: numerator / denominator * 100, numerator: numerator, denominator: denominator)
                    }
                    if let breakdown = spec.breakdown {
                        var restNumerator = numerators
                        var restDenominator = denominators
                        for (position, category) in breakdown.categories.enumerated() {
                            let isLast = position == breakdown.categories.count - 1
                            let denominator = isLast ? restDenominator : (denominators / Double(breakdown.categories.count)).rounded()
                            let numerator = isLast ? restNumerator : min(denominator, (denominator * min(100, max(0, level + (random.unit() - 0.5) * 16)) / 100).rounded())
                            restNumerator -= numerator
                            restDenominator -= denominator
                            guard denominator > 0, numerator >= 0, numerator <= denominator else { continue }
                            add(municipality, value: numerator / denominator * 100, numerator: numerator, denominator: denominator, dimension: breakdown.dimension, category: category)
                        }
                    }
                case .score:
                    for (buurt, weight) in zip(buurten, buurtWeights) {
                        let respondents = max(1, (spec.population * weight / weightSum * (0.8 + 0.4 * random.unit())).rounded())
                        add(buurt, value: min(10, max(1, level + (random.unit() - 0.5) * 0.8)).rounded(toPlaces: 1), denominator: respondents)
                    }
                }
            }
            measurementCount += rows.count
            try await flush(&rows, on: sql)

            // The story behind the figures, linked to a signal about the same policy where there is one.
            for (position, text) in spec.comments.enumerated() {
                let comment = IndicatorCommentModel()
                comment.organisationID = organisationID
                comment.indicatorID = id
                comment.period = position == 0 ? last.description : nil
                comment.authorID = people.storytellers[(index + position) % people.storytellers.count]
                comment.body = text
                comment.signalID = position == 0 ? firstSignal[policyID] : nil
                comment.createdAt = now.addingTimeInterval(-Double(position + 1) * 86_400 * 9)
                try await comment.create(on: db)
            }
        }
        return (DemoContent.indicators.count, measurementCount)
    }

    static func flush(_ rows: inout [[any SQLExpression]], on sql: any SQLDatabase) async throws {
        let columns = [
            "indicator_number", "period", "period_start", "period_end", "area_code", "dimension", "category", "value", "numerator", "denominator",
            "state", "note", "updated_at",
        ]
        for chunk in stride(from: 0, to: rows.count, by: 400) {
            var insert = sql.insert(into: "measurements").columns(columns)
            for values in rows[chunk..<min(rows.count, chunk + 400)] { insert = insert.values(values) }
            try await insert.run()
        }
        rows.removeAll()
    }

    /// Months since January of year 0, as `Period` counts them.
    static func month(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return parts.year! * 12 + parts.month! - 1
    }
}

/// The database gave a new indicator no number (M0045): the migration did not run.
struct DemoNumberMissing: Error {}

extension DemoLoop.Random {
    /// A number in 0..<1.
    mutating func unit() -> Double { Double(next() % 1_000_000) / 1_000_000 }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (self * factor).rounded() / factor
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

/// The monitor as CSV and JSON: every figure of every area and period that pages show (measured and rolled up),
/// protected exactly as on the pages; for publication, counts are also rounded to multiples of 5.
enum MonitorExport {
    struct Row {
        let indicator: Indicator
        let period: Period
        let area: AreaCode
        let areaName: String
        let protected: Protected
        let state: MeasurementState
        let k: SmallNumberPolicy
    }

    static func rows(_ loaded: MonitorController.Loaded, publication: Bool) -> [Row] {
        var rows: [Row] = []
        for listing in loaded.listings {
            let indicator = listing.indicator
            guard let figures = loaded.figures[indicator.id] else { continue }
            let k = indicator.policy(organisationThreshold: loaded.threshold, publication: publication)
            for period in figures.periods {
                let areaFigures = figures.byPeriod[period] ?? [:]
                let protected = FigureProtection.protect(areaFigures, indicator: indicator, policy: k)
                for code in areaFigures.keys.sorted(by: { $0.digits.lexicographicallyPrecedes($1.digits) }) {
                    rows.append(
                        Row(
                            indicator: indicator, period: period, area: code, areaName: loaded.areaNames[code] ?? code.description,
                            protected: protected[code] ?? .hidden, state: areaFigures[code]!.state, k: k))
                }
            }
        }
        return rows
    }

    static func protection(_ protected: Protected) -> String {
        switch protected {
        case .shown: ""
        case .belowThreshold: "klein-aantal"
        case .hidden: "verborgen"
        }
    }

    /// Semicolons and a decimal comma, as Dutch spreadsheets expect, and the same columns the import reads.
    static func csv(_ rows: [Row]) -> String {
        var out = "indicator;naam;periode;gebied;gebiednaam;waarde;beveiliging;status\r\n"
        func field(_ text: String) -> String {
            text.contains(";") || text.contains("\"") || text.contains("\n") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        for row in rows {
            let value = FigureProtection.value(row.protected).map { plain($0, unit: row.indicator.unit).replacingOccurrences(of: ".", with: ",") } ?? ""
            out += [
                row.indicator.code, field(row.indicator.name), row.period.description, row.area.description, field(row.areaName), value,
                protection(row.protected), row.state.rawValue,
            ].joined(separator: ";") + "\r\n"
        }
        return out
    }

    /// A number without thousands separators, for machines.
    static func plain(_ value: Double, unit: IndicatorUnit) -> String {
        // Beyond 10^15 a Double holds no exact whole number anyway (and Int would trap at 10^19).
        guard value.magnitude < 1e15 else { return String(value) }
        if value == value.rounded() { return String(Int(value)) }
        return String(format: unit == .percentage ? "%.1f" : "%.2f", value)
    }

    struct JSONIndicator: Encodable {
        let code: String
        let naam: String
        let eenheid: String
        let soort: String
        let drempelKleineAantallen: Int
        let metingen: [JSONFigure]
    }

    struct JSONFigure: Encodable {
        let periode: String
        let gebied: String
        let gebiedNaam: String
        let waarde: Double?
        let beveiliging: String?
        let status: String
    }

    static func json(_ rows: [Row], loaded: MonitorController.Loaded, publication: Bool) throws -> Data {
        let grouped = Dictionary(grouping: rows, by: { $0.indicator.id })
        let indicators = loaded.listings.map { listing in
            let indicator = listing.indicator
            return JSONIndicator(
                code: indicator.code, naam: indicator.name, eenheid: indicator.unit.rawValue, soort: indicator.kind.rawValue,
                drempelKleineAantallen: indicator.policy(organisationThreshold: loaded.threshold).threshold,
                metingen: (grouped[indicator.id] ?? []).map { row in
                    JSONFigure(
                        periode: row.period.description, gebied: row.area.description, gebiedNaam: row.areaName, waarde: FigureProtection.value(row.protected),
                        beveiliging: protection(row.protected).isEmpty ? nil : protection(row.protected), status: row.state.rawValue)
                })
        }
        struct Document: Encodable {
            let publicatie: Bool
            let indicatoren: [JSONIndicator]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(Document(publicatie: publication, indicatoren: indicators))
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// An indicator's figures for the areas as a whole (no breakdown) in every period: what was measured plus what
/// rolls up from it, and the figure of the municipality, which status and charts are about.
public struct IndicatorFigures: Sendable {
    public let periods: [Period]
    public let byPeriod: [Period: [AreaCode: Figure]]
    public let municipality: AreaCode?

    /// `measured` holds the stored figures; `areas` every area of the organisation.
    public init(measured: [Period: [AreaCode: Figure]], areas: [AreaCode], aggregation: Aggregation) {
        let rollUp = RollUp(aggregation: aggregation)
        var byPeriod: [Period: [AreaCode: Figure]] = [:]
        for (period, figures) in measured { byPeriod[period] = rollUp.figures(measured: figures, areas: areas) }
        self.byPeriod = byPeriod
        periods = byPeriod.keys.sorted()
        municipality = areas.filter { $0.level == .municipality }.min() ?? measured.values.flatMap(\.keys).filter { $0.level == .municipality }.min()
    }

    /// The municipality's figure per period, in order, for periods where it is known.
    public var municipalitySeries: [(period: Period, figure: Figure)] {
        guard let municipality else { return [] }
        return periods.compactMap { period in byPeriod[period]?[municipality].map { (period, $0) } }
    }

    public var latest: (period: Period, figure: Figure)? { municipalitySeries.last }

    public func assessment(path: TargetPath, direction: IndicatorDirection) -> TrackAssessment? {
        guard let latest else { return nil }
        return TrackAssessment.assess(actual: latest.figure.value, period: latest.period, path: path, direction: direction)
    }
}

extension IndicatorFigures {
    /// The first period of the latest unbroken run of municipal figures that are off course, each assessed against
    /// the path at its own period; nil when the latest figure is not off course. A figure without assessment (no
    /// target for its period) ends the run, as nobody could tell it was off course then.
    public func offTrackSince(path: TargetPath, direction: IndicatorDirection) -> Period? {
        var since: Period?
        for entry in municipalitySeries.reversed() {
            guard TrackAssessment.assess(actual: entry.figure.value, period: entry.period, path: path, direction: direction)?.status == .offTrack
            else { break }
            since = entry.period
        }
        return since
    }
}

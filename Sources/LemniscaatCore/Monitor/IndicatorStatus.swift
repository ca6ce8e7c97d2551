// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

public enum TrackStatus: String, CaseIterable, Codable, Sendable {
    case onTrack = "op-koers"
    case attention = "aandacht"
    case offTrack = "uit-koers"

    public var label: String {
        switch self {
        case .onTrack: "op koers"
        case .attention: "aandacht"
        case .offTrack: "uit koers"
        }
    }
}

/// The planned path of an indicator: from its baseline in a straight line to each target in turn, flat after
/// the last target.
public struct TargetPath: Sendable, Equatable {
    public let baseline: (period: Period, value: Double)?
    public let targets: [(period: Period, value: Double)]

    /// Deviation within this share of the planned change counts as on track; up to `attentionShare` as attention.
    public static let onTrackShare = 0.10
    public static let attentionShare = 0.25

    public init(baseline: (period: Period, value: Double)?, targets: [(period: Period, value: Double)]) {
        self.baseline = baseline
        self.targets = targets.sorted { $0.period < $1.period }
    }

    public static func == (lhs: TargetPath, rhs: TargetPath) -> Bool {
        lhs.baseline?.period == rhs.baseline?.period && lhs.baseline?.value == rhs.baseline?.value
            && lhs.targets.map(\.period) == rhs.targets.map(\.period) && lhs.targets.map(\.value) == rhs.targets.map(\.value)
    }

    private var points: [(position: Double, value: Double)] {
        (baseline.map { [($0.period.position, $0.value)] } ?? []) + targets.map { ($0.period.position, $0.value) }
    }

    /// The value the path expects at the end of `period`; nil before the baseline or without any target.
    public func expected(at period: Period) -> Double? {
        let points = points
        guard !targets.isEmpty, let first = points.first else { return nil }
        let x = period.position
        if x < first.position { return nil }
        if x >= points.last!.position { return points.last!.value }
        for (left, right) in zip(points, points.dropFirst()) where x <= right.position {
            if right.position == left.position { return right.value }
            return left.value + (right.value - left.value) * (x - left.position) / (right.position - left.position)
        }
        return points.last!.value
    }

    /// The change the path plans from its start to its last target; the yardstick for how far off a figure is.
    public var plannedChange: Double? {
        guard let last = targets.last else { return nil }
        let start = baseline?.value ?? targets.first!.value
        return abs(last.value - start)
    }
}

/// How a measured figure stands against the planned path, with what a page needs to explain it in one sentence.
public struct TrackAssessment: Sendable, Equatable {
    public let status: TrackStatus
    public let expected: Double
    public let actual: Double
    /// How far the figure is on the wrong side of the path (0 when on or past it), in the indicator's unit.
    public let shortfall: Double
    /// The shortfall as a share of the yardstick (the planned change, or the target itself when none is planned).
    public let shortfallShare: Double

    public static func assess(actual: Double, period: Period, path: TargetPath, direction: IndicatorDirection) -> TrackAssessment? {
        guard let expected = path.expected(at: period), let planned = path.plannedChange else { return nil }
        let shortfall = max(0, direction == .higherIsBetter ? expected - actual : actual - expected)
        // Holding a level steady plans no change; then the level itself is the yardstick.
        let yardstick = planned > 0 ? planned : max(abs(expected), 1)
        let share = shortfall / yardstick
        let status: TrackStatus =
            share <= TargetPath.onTrackShare ? .onTrack : share <= TargetPath.attentionShare ? .attention : .offTrack
        return TrackAssessment(status: status, expected: expected, actual: actual, shortfall: shortfall, shortfallShare: share)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// How long an organisation keeps what, in whole months (docs/bewaartermijnen.md). The defaults follow what a
/// municipality may keep under the AVG and the Archiefwet for signals from practice; a beheerder may change them
/// within the bounds below.
public struct RetentionPeriods: Sendable, Equatable, Codable {
    /// The reporter of a finished signal is replaced by an anonymous placeholder this long after it finished.
    public var reporterMonths: Int
    /// Finished signals (beantwoord, afgesloten, doorgezet), their history, answers and recognitions are deleted this
    /// long after they finished; a tombstone stays.
    public var closedSignalMonths: Int
    /// Signals set aside (niet opgepakt: the nearest Lemniscaat has to a withdrawn signal) are deleted this long after.
    public var withdrawnSignalMonths: Int
    /// The minutes (notulen) of a session's agenda are emptied this long after the session ended.
    public var minutesMonths: Int
    /// Audit entries older than this are removed from the front of the chain, leaving a checkpoint.
    public var auditMonths: Int

    public init(reporterMonths: Int, closedSignalMonths: Int, withdrawnSignalMonths: Int, minutesMonths: Int, auditMonths: Int) {
        self.reporterMonths = reporterMonths
        self.closedSignalMonths = closedSignalMonths
        self.withdrawnSignalMonths = withdrawnSignalMonths
        self.minutesMonths = minutesMonths
        self.auditMonths = auditMonths
    }

    public static let defaults = RetentionPeriods(
        reporterMonths: 12, closedSignalMonths: 60, withdrawnSignalMonths: 12, minutesMonths: 84, auditMonths: 84)

    /// The bounds a beheerder may choose from, per field (form and problem names are the Dutch field names).
    public static var bounds: [(field: String, label: String, range: ClosedRange<Int>, keyPath: WritableKeyPath<RetentionPeriods, Int>)] {
        [
        ("melder", "De termijn voor het anonimiseren van de melder", 1...120, \.reporterMonths),
        ("afgesloten", "De termijn voor afgehandelde signalen", 12...240, \.closedSignalMonths),
        ("ingetrokken", "De termijn voor niet opgepakte signalen", 1...240, \.withdrawnSignalMonths),
        ("notulen", "De termijn voor notulen", 12...240, \.minutesMonths),
        ("auditlog", "De termijn voor het auditlog", 12...240, \.auditMonths),
        ]
    }

    /// All problems at once: a term outside its bounds, or a reporter kept anonymised later than the signal itself.
    public func problems() -> [InvalidParam] {
        var problems: [InvalidParam] = []
        for bound in Self.bounds where !bound.range.contains(self[keyPath: bound.keyPath]) {
            problems.append(InvalidParam(
                name: bound.field, code: "buiten-bereik",
                reason: "\(bound.label) moet tussen \(bound.range.lowerBound) en \(bound.range.upperBound) maanden liggen."))
        }
        if reporterMonths > closedSignalMonths && problems.isEmpty {
            problems.append(InvalidParam(
                name: "melder", code: "na-verwijderen",
                reason: "De melder wordt geanonimiseerd voordat het signaal wordt verwijderd: kies hoogstens \(closedSignalMonths) maanden."))
        }
        return problems
    }
}

/// The date arithmetic of retention: what finished before the cut-off has passed its term.
public enum RetentionClock {
    /// The moment `months` calendar months before `now`, on the Dutch calendar (so 12 months before 29 February is
    /// 28 February, and a daylight-saving change does not shift it by an hour).
    public static func cutoff(now: Date, months: Int) -> Date {
        DutchCalendar.calendar.date(byAdding: .month, value: -months, to: now)!
    }

    /// Whether something that finished at `finished` has passed a term of `months` at `now`: only strictly before
    /// the cut-off, so a record is never removed a moment early.
    public static func hasExpired(finished: Date, now: Date, months: Int) -> Bool {
        finished < cutoff(now: now, months: months)
    }
}

/// What one retention run did, or (dry run) would do, for one organisation.
public struct RetentionCounts: Sendable, Equatable, Codable {
    public var reportersAnonymised = 0
    public var closedSignalsDeleted = 0
    public var withdrawnSignalsDeleted = 0
    public var minutesEmptied = 0
    /// Panel members' names and e-mail addresses, and contact details residents left, of raadplegingen closed longer
    /// than `consultationContactMonths` ago.
    public var consultationContactsErased = 0

    public init(
        reportersAnonymised: Int = 0, closedSignalsDeleted: Int = 0, withdrawnSignalsDeleted: Int = 0, minutesEmptied: Int = 0,
        consultationContactsErased: Int = 0
    ) {
        self.reportersAnonymised = reportersAnonymised
        self.closedSignalsDeleted = closedSignalsDeleted
        self.withdrawnSignalsDeleted = withdrawnSignalsDeleted
        self.minutesEmptied = minutesEmptied
        self.consultationContactsErased = consultationContactsErased
    }

    /// Personal details of a raadpleging (panel names and addresses, contact details left with an answer) are kept
    /// three months after it closed: time to send the public answer and to follow up, then they go. A fixed term: the
    /// invitations were only a way in, and the answers never carried the person.
    public static let consultationContactMonths = 3

    public var total: Int { reportersAnonymised + closedSignalsDeleted + withdrawnSignalsDeleted + minutesEmptied + consultationContactsErased }

    /// "melders geanonimiseerd 3, afgehandelde signalen verwijderd 1, …", as the audit log and the command print it.
    public var summary: String {
        "melders geanonimiseerd \(reportersAnonymised), afgehandelde signalen verwijderd \(closedSignalsDeleted), "
            + "niet opgepakte signalen verwijderd \(withdrawnSignalsDeleted), notulen geleegd \(minutesEmptied), "
            + "contactgegevens van raadplegingen gewist \(consultationContactsErased)"
    }
}

extension SignalStatus {
    /// Finished for retention: the loop went round (answered, closed, passed on). Counted from the last status change.
    public static let retainedAsClosed: [SignalStatus] = [.answered, .closed, .forwarded]
    /// Set aside without being taken up. Lemniscaat has no withdrawal by the reporter; this is the status of a signal
    /// that leads nowhere, and it has the short term the brief gives withdrawn signals.
    public static let retainedAsWithdrawn: [SignalStatus] = [.notTakenUp]
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import LemniscaatCore
import LemniscaatStore

/// The *Staat van de Uitvoering* as a document (for the page, the print and the Markdown) and as a CSV annex of the
/// figures underneath. Counts of people (recognitions) are protected as everywhere else.
enum StateReportDocument {
    static func count(_ n: Int) -> String { DutchNumber.format(Double(n), decimals: 0) }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    private static func excerpt(_ text: String, _ limit: Int = 240) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }

    /// One row of the loop figures: the figure in both periods, how it changed and whether that is better.
    struct Figure {
        let key: String
        let current: String
        let previous: String
        let trend: Trend
        let changeText: String
        let url: String
    }

    static func figures(_ report: StateReport, t: [String: String]) -> [Figure] {
        let (now, before) = (report.current, report.previous)
        func counted(_ key: String, _ a: Int, _ b: Int, _ good: Trend.Good, _ url: String) -> Figure {
            let trend = Trend(current: a, previous: b, good: good)
            return Figure(key: key, current: count(a), previous: count(b), trend: trend, changeText: trend.changeText { count(Int($0)) }, url: url)
        }
        func share(_ key: String, _ a: Double?, _ b: Double?, _ url: String) -> Figure {
            // Whole percentage points, as shown, so the change adds up with what the reader sees.
            let rounded = { (share: Double?) in share.map { ($0 * 100).rounded() } }
            let trend = Trend(current: rounded(a), previous: rounded(b), good: .higher)
            return Figure(
                key: key, current: LoopMath.percentText(a), previous: LoopMath.percentText(b), trend: trend,
                changeText: trend.changeText { "\(Int($0)) \(t["staatPoints"]!)" }, url: url)
        }
        func days(_ key: String, _ a: Double?, _ b: Double?, _ url: String) -> Figure {
            let tenths = { (hours: Double?) in hours.map { ($0 / 24 * 10).rounded() / 10 } }
            let trend = Trend(current: tenths(a), previous: tenths(b), good: .lower)
            return Figure(
                key: key, current: LoopMath.daysText(hours: a), previous: LoopMath.daysText(hours: b), trend: trend,
                changeText: trend.changeText { LoopMath.daysText(hours: $0 * 24) }, url: url)
        }
        let domain = report.domainID.map { "?domein=" + $0.uuidString.lowercased() } ?? ""
        let signals = SiteURL.signals.path + domain
        let decisions = now.quarters.reduce(0) { $0 + $1.decisions }
        let changes = now.quarters.reduce(0) { $0 + $1.policyChanges }
        return [
            counted("loopSubmitted", now.submitted, before.submitted, .neither, signals),
            counted("loopAnswered", now.answered, before.answered, .higher, signals),
            share("loopOnTimeShare", now.onTimeShare, before.onTimeShare, signals),
            days("loopMedian", now.medianHours, before.medianHours, signals),
            days("loopP90", now.p90Hours.map(Double.init), before.p90Hours.map(Double.init), signals),
            counted("loopDecisions", decisions, before.quarters.reduce(0) { $0 + $1.decisions }, .neither, SiteURL.decisions.path),
            counted("staatPolicyChanges", changes, before.quarters.reduce(0) { $0 + $1.policyChanges }, .neither, SiteURL.decisions.path),
            counted("loopReviewRounds", now.reviewRounds, before.reviewRounds, .neither, SiteURL.reviewRounds.path),
            share("loopRemarksAnswered", now.remarksAnsweredShare, before.remarksAnsweredShare, SiteURL.reviewRounds.path),
        ]
    }

    /// "2026" or "3e kwartaal 2026", for headings and choices.
    static func title(_ period: ReportPeriod, t: [String: String]) -> String {
        let p = period.period
        return p.frequency == .year ? String(p.year) : fill(t["staatQuarterTitle"]!, ["q": String(p.index), "year": String(p.year)])
    }

    /// "het jaar 2026" or "het 3e kwartaal van 2026", for sentences.
    static func name(_ period: ReportPeriod, t: [String: String]) -> String {
        let p = period.period
        return fill(t[p.frequency == .year ? "staatYearName" : "staatQuarterName"]!, ["q": String(p.index), "year": String(p.year)])
    }

    static func document(_ report: StateReport, t: [String: String]) -> ReportDocument {
        let k = SmallNumberPolicy(threshold: max(1, report.smallNumberThreshold))
        func people(_ n: Int) -> String { k.label(k.count(n)) ?? count(n) }
        let period = report.period
        let (title, name) = (Self.title(period, t: t), Self.name(period, t: t))
        let (previousTitle, previousName) = (Self.title(period.previous, t: t), Self.name(period.previous, t: t))
        let scope = report.domainName.map { fill(t["staatScopeDomain"]!, ["organisation": report.organisationName, "domain": $0]) }
            ?? report.organisationName
        let header = { (key: String, numeric: Bool) in ReportDocument.Header(label: t[key]!, numeric: numeric) }
        var sections: [ReportDocument.Section] = []

        // The loop in figures, against the period before.
        let figureRows = figures(report, t: t).map { figure -> [ReportDocument.Cell] in
            [
                .init(t[figure.key]!.prefix(1).uppercased() + t[figure.key]!.dropFirst(), url: figure.url), .number(figure.current),
                .number(figure.previous), .number(figure.changeText), .init(t["trend." + figure.trend.verdict.rawValue]!),
            ]
        }
        let current = report.current
        let domain = report.domainID.map { "domein=" + $0.uuidString.lowercased() }
        func link(_ url: SiteURL, _ parts: [String?]) -> String {
            let query = parts.compactMap { $0 }
            return url.path + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
        }
        let offTrack = current.indicators[.offTrack] ?? 0
        sections.append(
            .init(
                id: "cijfers", title: t["staatFiguresHeading"]!,
                blocks: [
                    .text(fill(t["staatFiguresIntro"]!, ["period": name, "previous": previousName])),
                    .table(
                        fill(t["staatFiguresCaption"]!, ["period": name, "previous": previousName]),
                        [
                            header("staatFigure", false), .init(label: title, numeric: true), .init(label: previousTitle, numeric: true),
                            header("staatDifference", true), header("staatVerdict", false),
                        ], figureRows),
                    .text(fill(t["staatNowIntro"]!, ["date": DutchCalendar.day(report.generatedAt)])),
                    .table(
                        t["staatNowCaption"]!, [header("staatFigure", false), header("staatNumber", true)],
                        [
                            [.init(t["staatOpen"]!, url: link(.signals, [domain])), .number(count(current.open))],
                            [.init(t["loopOpenLate"]!, url: link(.signals, ["telaat=ja", domain, "sortering=termijn"])), .number(count(current.openLate))],
                            [.init(t["loopOpenEscalated"]!, url: link(.signals, ["telaat=ja", domain, "sortering=termijn"])), .number(count(current.openEscalated))],
                            [.init(t["loopActionsOverdue"]!, url: link(.actions, ["status=achterstallig"])), .number(count(current.actionsOverdue))],
                            [.init(t["staatIndicatorsOffTrack"]!, url: link(.monitor, ["status=uit-koers", domain])), .number(count(offTrack))],
                        ]),
                ]))

        // Signals per month.
        let chart = LineChart(
            title: t["loopMonthChartTitle"]!,
            description: fill(
                t["loopMonthChartDescription"]!, ["in": count(current.submitted), "answered": count(current.answered), "period": name]),
            periods: current.months.map(\.month.description),
            series: [
                .init(name: t["loopSubmitted"]!, values: current.months.map { Double($0.submitted) }),
                .init(name: t["loopAnswered"]!, values: current.months.map { Double($0.answered) }),
            ])
        sections.append(
            .init(
                id: "maanden", title: t["loopSignalsHeading"]!,
                blocks: [
                    .svg(chart.svg(id: "staat-maanden")),
                    .table(
                        t["loopMonthTableCaption"]!,
                        [header("loopMonth", true), header("loopSubmitted", true), header("loopAnswered", true), header("loopAnsweredOnTime", true),
                         header("loopOnTimeShare", true)],
                        current.months.map {
                            [.number($0.month.description), .number(count($0.submitted)), .number(count($0.answered)), .number(count($0.answeredOnTime)),
                             .number(LoopMath.percentText(LoopMath.share($0.answeredOnTime, of: $0.answered)))]
                        }),
                ]))

        if !report.domains.isEmpty {
            sections.append(
                .init(
                    id: "beleidsterreinen", title: t["staatDomainsHeading"]!,
                    blocks: [
                        .table(
                            fill(t["staatDomainsCaption"]!, ["period": name]),
                            [header("staatDomain", false), header("loopSubmitted", true), header("loopAnswered", true), header("loopOnTimeShare", true),
                             header("staatOpen", true)],
                            report.domains.map {
                                [.init($0.name, url: link(.signals, ["domein=" + $0.id.uuidString.lowercased()])), .number(count($0.submitted)),
                                 .number(count($0.answered)), .number(LoopMath.percentText($0.onTimeShare)), .number(count($0.open))]
                            })
                    ]))
        }

        // The main themes and what was done with them.
        let themeRows = report.themes.map { theme -> [ReportDocument.Cell] in
            let done: String
            if let answer = theme.answer {
                done = fill(t["staatThemeAnswered"]!, ["answer": excerpt(answer)])
            } else if let decision = theme.latestDecision {
                done = fill(t["staatThemeDecided"]!, ["n": count(theme.decisions), "decision": excerpt(decision)])
            } else {
                done = t["staatThemeNothing"]!
            }
            return [
                .init(theme.title, url: SiteURL.theme(id: theme.id.uuidString.lowercased()).path), .number(count(theme.signals)),
                .number(people(theme.recognitions)), .init(done),
            ]
        }
        sections.append(
            .init(
                id: "themas", title: t["staatThemesHeading"]!,
                blocks: themeRows.isEmpty
                    ? [.text(t["loopNoThemes"]!)]
                    : [
                        .text(fill(t["staatThemesIntro"]!, ["k": String(k.threshold)])),
                        .table(
                            t["staatThemesCaption"]!,
                            [header("loopTheme", false), header("loopSignals", true), header("loopRecognitions", true), header("staatWhatWasDone", false)],
                            themeRows),
                    ]))

        // Bottlenecks: answered in the period, and still open.
        func signalCell(_ row: StateReport.SignalRow) -> ReportDocument.Cell {
            .init("\(row.number). \(row.title)", url: SiteURL.signal(id: row.id.uuidString.lowercased()).path)
        }
        var bottlenecks: [ReportDocument.Block] = [
            .text(
                fill(
                    t["staatAnsweredIntro"]!,
                    ["answered": count(current.answered), "onTime": count(current.answeredOnTime), "period": name]))
        ]
        if !report.answered.isEmpty {
            bottlenecks.append(
                .table(
                    t["staatAnsweredCaption"]!, [header("staatSignal", false), header("loopRecognitions", true), header("staatAnswer", false)],
                    report.answered.map { [signalCell($0), .number(people($0.recognitions)), .init(excerpt($0.answer ?? ""))] }))
        }
        bottlenecks.append(.text(fill(t["staatOpenIntro"]!, ["open": count(current.open), "late": count(current.openLate)])))
        if !report.open.isEmpty {
            bottlenecks.append(
                .table(
                    t["staatOpenCaption"]!,
                    [header("staatSignal", false), header("loopRecognitions", true), header("staatStatus", false), header("staatSince", true)],
                    report.open.map {
                        [signalCell($0), .number(people($0.recognitions)), .init($0.status.label + ($0.late ? " (\(t["staatLate"]!))" : "")),
                         .number(DutchCalendar.day($0.submittedAt))]
                    }))
        }
        sections.append(.init(id: "knelpunten", title: t["staatBottlenecksHeading"]!, blocks: bottlenecks))

        // Policy changes prompted by practice.
        sections.append(
            .init(
                id: "beleidswijzigingen", title: t["staatChangesHeading"]!,
                blocks: report.policyChanges.isEmpty
                    ? [.text(fill(t["staatNoChanges"]!, ["period": name]))]
                    : [
                        .text(fill(t["staatChangesIntro"]!, ["n": count(report.policyChanges.count), "period": name])),
                        .table(
                            t["staatChangesCaption"]!,
                            [header("staatDate", true), header("staatPolicy", false), header("staatChange", false), header("staatSession", false)],
                            report.policyChanges.map {
                                [.number(DutchCalendar.day($0.at)), .init($0.policyTitle, url: SiteURL.policy(id: $0.policyID.uuidString.lowercased()).path),
                                 .init(excerpt($0.change, 400)), .init($0.meetingTitle, url: SiteURL.session(id: $0.meetingID.uuidString.lowercased()).path)]
                            }),
                    ]))

        // Indicators, off course first, with the story behind the figure.
        let order: [TrackStatus?] = [.offTrack, .attention, .onTrack, nil]
        let indicators = report.indicators.sorted { (order.firstIndex(of: $0.status) ?? 3) < (order.firstIndex(of: $1.status) ?? 3) }
        let stories = indicators.filter { !$0.comments.isEmpty }.map { row in
            ReportDocument.Note(
                title: "\(row.name) (\(row.status?.label ?? t["loopNoStatus"]!))", url: SiteURL.indicator(id: row.id.uuidString.lowercased()).path,
                texts: row.comments.map { comment in
                    excerpt(comment.body, 600) + " (" + [comment.author, DutchCalendar.day(comment.at)].compactMap { $0 }.joined(separator: ", ") + ")"
                })
        }
        let statusCounts = TrackStatus.allCases.map { status in "\(count(report.indicators.filter { $0.status == status }.count)) \(status.label)" }
        sections.append(
            .init(
                id: "indicatoren", title: t["staatIndicatorsHeading"]!,
                blocks: indicators.isEmpty
                    ? [.text(t["staatNoIndicators"]!)]
                    : [
                        .text(
                            fill(
                                t["staatIndicatorsIntro"]!,
                                ["counts": statusCounts.joined(separator: ", "), "none": count(report.indicators.filter { $0.status == nil }.count),
                                 "period": name])),
                        .table(
                            t["staatIndicatorsCaption"]!,
                            [header("staatIndicator", false), header("staatPolicy", false), header("staatStatus", false), header("staatLatestPeriod", true)],
                            indicators.map { row in
                                [.init(row.name, url: SiteURL.indicator(id: row.id.uuidString.lowercased()).path), .init(row.policyTitle),
                                 .init(row.status?.label ?? t["loopNoStatus"]!), .number(row.latestPeriod?.description ?? "–")]
                            }),
                    ] + (stories.isEmpty ? [] : [.text(fill(t["staatStoriesIntro"]!, ["period": name])), .notes(stories)])))

        sections.append(
            .init(
                id: "lessen", title: t["staatLessonsHeading"]!,
                blocks: report.lessons.isEmpty
                    ? [.text(fill(t["staatNoLessons"]!, ["period": name]))]
                    : [
                        .table(
                            fill(t["staatLessonsCaption"]!, ["period": name]),
                            [header("staatLesson", false), header("staatKind", false), header("staatLearned", false)],
                            report.lessons.map {
                                [.init($0.title, url: SiteURL.lesson(id: $0.id.uuidString.lowercased()).path), .init($0.kind.label), .init(excerpt($0.learned))]
                            })
                    ]))

        var contact: [ReportDocument.Block] = [
            .text(
                fill(
                    t["staatContactIntro"]!,
                    ["pairs": count(report.teamPairs), "none": count(report.noContact.count), "since": DutchCalendar.day(report.contactSince),
                     "until": DutchCalendar.day(report.contactUntil)]))
        ]
        if !report.noContact.isEmpty {
            contact.append(
                .table(
                    t["staatContactCaption"]!, [header("staatPolicyTeam", false), header("staatPracticeTeam", false)],
                    report.noContact.map { [.init($0.policyTeam, url: SiteURL.contactMap.path + "#geen-contact"), .init($0.practiceTeam)] }))
        }
        sections.append(.init(id: "samenwerking", title: t["staatContactHeading"]!, blocks: contact))

        // De stem van de doelgroep: raadplegingen open in the period, their responses and whether they were answered.
        let consultations: [ReportDocument.Block] =
            report.consultations.isEmpty
            ? [.text(t["staatConsultationsNone"]!)]
            : [
                .table(
                    t["staatConsultationsCaption"]!,
                    [
                        header("consultationTitle", false), header("consultationPolicyLabel", false), header("consultationPeriod", false),
                        header("consultationResponses", true), header("consultationPublicAnswerTitle", false),
                    ],
                    report.consultations.map {
                        [
                            .init($0.title, url: SiteURL.consultation(id: $0.id.uuidString.lowercased()).path), .init($0.policyTitle),
                            .init(ConsultationsController.period($0.opensAt, $0.closesAt)), .number(people($0.responses)),
                            .init($0.answered ? t["staatConsultationAnswered"]! : t["staatConsultationNotAnswered"]!),
                        ]
                    })
            ]
        sections.append(.init(id: "stem-van-de-doelgroep", title: t["staatConsultationsHeading"]!, blocks: consultations))

        return ReportDocument(
            title: fill(t["staatDocumentTitle"]!, ["period": title]), subtitle: scope,
            lines: [
                fill(t["staatAbout"]!, ["scope": scope, "period": name, "previous": previousName]),
                fill(t["staatMade"]!, ["date": DutchCalendar.day(report.generatedAt)]),
                fill(t["loopSmallNumbers"]!, ["k": String(k.threshold)]),
            ],
            sections: sections)
    }

    /// The figures underneath, one per line: part, figure, period, value (semicolons, as Dutch spreadsheets expect).
    /// Values are plain numbers (shares as fractions with a point, times in hours) so a spreadsheet can compute with
    /// them; counts of people below the threshold are written as "<k".
    static func csv(_ report: StateReport) -> String {
        let k = SmallNumberPolicy(threshold: max(1, report.smallNumberThreshold))
        func field(_ text: String) -> String {
            text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        func number(_ value: Double?) -> String {
            guard let value else { return "" }
            return value == value.rounded() ? String(Int(value)) : String(format: "%.4f", value)
        }
        var out = "onderdeel;cijfer;periode;sleutel;waarde\r\n"
        func line(_ part: String, _ figure: String, _ period: String, _ key: String, _ value: String) {
            out += [part, figure, period, key, value].map(field).joined(separator: ";") + "\r\n"
        }
        for (figures, period) in [(report.current, report.period), (report.previous, report.period.previous)] {
            let code = period.code
            line("lus", "signalen binnengekomen", code, "", String(figures.submitted))
            line("lus", "signalen beantwoord", code, "", String(figures.answered))
            line("lus", "op tijd beantwoord", code, "", String(figures.answeredOnTime))
            line("lus", "aandeel binnen de termijn", code, "", number(figures.onTimeShare))
            line("lus", "mediaan uren tot antwoord", code, "", number(figures.medianHours))
            line("lus", "p90 uren tot antwoord", code, "", number(figures.p90Hours.map(Double.init)))
            line("lus", "besluiten uit de praktijk", code, "", String(figures.quarters.reduce(0) { $0 + $1.decisions }))
            line("lus", "beleidswijzigingen uit de praktijk", code, "", String(figures.quarters.reduce(0) { $0 + $1.policyChanges }))
            line("lus", "toetsrondes geopend", code, "", String(figures.reviewRounds))
            line("lus", "opmerkingen", code, "", String(figures.remarks))
            line("lus", "opmerkingen beantwoord", code, "", String(figures.remarksAnswered))
        }
        let code = report.period.code
        let nu = DutchCalendar.day(report.generatedAt)
        line("nu", "open signalen", nu, "", String(report.current.open))
        line("nu", "open signalen over de termijn", nu, "", String(report.current.openLate))
        line("nu", "open signalen met signalering", nu, "", String(report.current.openEscalated))
        line("nu", "acties over de datum", nu, "", String(report.current.actionsOverdue))
        for month in report.current.months {
            line("maand", "signalen binnengekomen", month.month.description, "", String(month.submitted))
            line("maand", "signalen beantwoord", month.month.description, "", String(month.answered))
            line("maand", "op tijd beantwoord", month.month.description, "", String(month.answeredOnTime))
        }
        for quarter in report.current.quarters {
            line("kwartaal", "besluiten uit de praktijk", quarter.quarter.description, "", String(quarter.decisions))
            line("kwartaal", "beleidswijzigingen uit de praktijk", quarter.quarter.description, "", String(quarter.policyChanges))
        }
        for domain in report.domains {
            line("beleidsterrein", "signalen binnengekomen", code, domain.name, String(domain.submitted))
            line("beleidsterrein", "signalen beantwoord", code, domain.name, String(domain.answered))
            line("beleidsterrein", "op tijd beantwoord", code, domain.name, String(domain.answeredOnTime))
            line("beleidsterrein", "open signalen", nu, domain.name, String(domain.open))
        }
        for theme in report.themes {
            line("thema", "signalen", code, theme.title, String(theme.signals))
            line("thema", "herkenningen", code, theme.title, k.label(k.count(theme.recognitions)).map { _ in "<\(k.threshold)" } ?? String(theme.recognitions))
            line("thema", "besluiten", code, theme.title, String(theme.decisions))
        }
        for status in TrackStatus.allCases {
            line("indicatoren", status.label, code, "", String(report.indicators.filter { $0.status == status }.count))
        }
        line("indicatoren", "geen status", code, "", String(report.indicators.filter { $0.status == nil }.count))
        for indicator in report.indicators {
            line("indicator", "status", indicator.latestPeriod?.description ?? "", indicator.name, indicator.status?.label ?? "geen status")
        }
        line("samenwerking", "paren van teams", code, "", String(report.teamPairs))
        line("samenwerking", "paren zonder contact", code, "", String(report.noContact.count))
        line("lessen", "lessen geschreven", code, "", String(report.lessons.count))
        return out
    }
}

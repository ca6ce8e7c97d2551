// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct PeriodTests {
    @Test(arguments: ["2026", "2026-Q1", "2026-q4", "2026-03", "2026-12", " 1999-01 "])
    func readsValidCodes(_ raw: String) throws {
        // act
        let period = try #require(Period(raw))
        // check
        #expect(Period(period.description) == period)
        #expect(period.description == raw.trimmingCharacters(in: .whitespaces).uppercased())
    }

    @Test(arguments: ["", "26", "2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-3", "2026-Q1-01", "20260", "1850", "2026-W01", "٢٠٢٦"])
    func refusesInvalidCodes(_ raw: String) {
        #expect(Period(raw) == nil)
    }

    @Test func ordersByEndThenLength() {
        // setup
        let codes = ["2026", "2026-12", "2026-Q4", "2026-01", "2026-Q1", "2026-03", "2025"]
        // act
        let sorted = codes.compactMap(Period.init).sorted().map(\.description)
        // check
        #expect(sorted == ["2025", "2026-01", "2026-03", "2026-Q1", "2026-12", "2026-Q4", "2026"])
    }

    @Test func stepsAndContains() throws {
        // setup
        let december = try #require(Period("2025-12"))
        let q4 = try #require(Period("2025-Q4"))
        // act
        let range = try #require(Period("2025-Q3")).through(try #require(Period("2026-Q2")))
        // check
        #expect(december.next.description == "2026-01")
        #expect(q4.next.description == "2026-Q1")
        #expect(range.map(\.description) == ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"])
        #expect(Period("2025")!.contains(december))
        #expect(q4.contains(december))
        #expect(!december.contains(q4))
        #expect(Period.ending(atOrBefore: Period("2026-05")!.endMonth, frequency: .quarter)?.description == "2026-Q1")
        #expect(Period.ending(atOrBefore: Period("2026-06")!.endMonth, frequency: .quarter)?.description == "2026-Q2")
        #expect(Period.ending(atOrBefore: Period("2026-11")!.endMonth, frequency: .year)?.description == "2025")
    }

    @Test func roundTripsThroughJSON() throws {
        // setup
        let periods = ["2026", "2026-Q2", "2026-07"].compactMap(Period.init)
        // act
        let decoded = try JSONDecoder().decode([Period].self, from: JSONEncoder().encode(periods))
        // check
        #expect(decoded == periods)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Period].self, from: Data(#"["2026-Q9"]"#.utf8)) }
    }
}

@Suite struct RollUpTests {
    let gemeente = AreaCode("GM0363")!
    let noord = AreaCode("WK036301")!
    let zuid = AreaCode("WK036302")!
    let noordA = AreaCode("BU03630101")!
    let noordB = AreaCode("BU03630102")!

    @Test func sumsBuurtenIntoWijkenIntoTheGemeente() {
        // setup
        let measured: [AreaCode: Figure] = [
            noordA: Figure(value: 10, state: .final), noordB: Figure(value: 5, state: .final),
            zuid: Figure(value: 7, state: .provisional),
        ]
        // act
        let figures = RollUp(aggregation: .sum).figures(measured: measured, areas: [gemeente, noord, zuid, noordA, noordB])
        // check
        #expect(figures[noord] == Figure(value: 15, state: .final))
        #expect(figures[gemeente] == Figure(value: 22, state: .provisional))
    }

    @Test func aMeasuredFigureWinsOverTheComputedOne() {
        // setup
        let measured: [AreaCode: Figure] = [
            noordA: Figure(value: 10, state: .final), noord: Figure(value: 12, state: .final),
        ]
        // act
        let figures = RollUp(aggregation: .sum).figures(measured: measured, areas: [gemeente, noord, noordA])
        // check
        #expect(figures[noord]?.value == 12)
        #expect(figures[gemeente]?.value == 12)
    }

    @Test func weightsPercentagesByTheirDenominators() throws {
        // setup
        let measured: [AreaCode: Figure] = [
            noordA: try #require(Figure.percentage(numerator: 1, denominator: 10, state: .final)),
            noordB: try #require(Figure.percentage(numerator: 30, denominator: 90, state: .final)),
        ]
        // act
        let figures = RollUp(aggregation: .weightedMean).figures(measured: measured, areas: [noord, noordA, noordB])
        // check: (1 + 30) / (10 + 90), not the mean of 10 % and 33 %
        let noordFigure = try #require(figures[noord])
        #expect(abs(noordFigure.value - 31) < 1e-9)
        #expect(noordFigure.numerator == 31)
        #expect(noordFigure.denominator == 100)
    }

    @Test func doesNotRollUpWithoutAnAggregationOrAWeight() {
        // setup
        let measured: [AreaCode: Figure] = [noordA: Figure(value: 3, state: .final), noordB: Figure(value: 4, denominator: 10, state: .final)]
        // act
        let none = RollUp(aggregation: .none).figures(measured: measured, areas: [noord])
        let unweighted = RollUp(aggregation: .weightedMean).figures(measured: measured, areas: [noord])
        // check
        #expect(none[noord] == nil)
        #expect(unweighted[noord] == nil)
    }
}

@Suite struct TrackStatusTests {
    let path = TargetPath(
        baseline: (Period("2024")!, 40), targets: [(Period("2026")!, 60), (Period("2025")!, 45)])

    @Test func followsTheStraightLineBetweenBaselineAndTargets() {
        // check: targets are sorted; between 2024 and 2025 the line runs 40 → 45, then 45 → 60
        #expect(path.expected(at: Period("2024")!) == 40)
        #expect(path.expected(at: Period("2025-Q2")!) == 42.5)
        #expect(path.expected(at: Period("2026-Q2")!) == 52.5)
        #expect(path.expected(at: Period("2027")!) == 60)
        #expect(path.expected(at: Period("2023")!) == nil)
        #expect(TargetPath(baseline: (Period("2024")!, 40), targets: []).expected(at: Period("2025")!) == nil)
    }

    @Test(arguments: [
        (60.0, IndicatorDirection.higherIsBetter, TrackStatus.onTrack),
        (58.0, .higherIsBetter, .onTrack),
        (57.0, .higherIsBetter, .attention),
        (54.0, .higherIsBetter, .offTrack),
        (70.0, .higherIsBetter, .onTrack),
    ])
    func judgesAgainstThePlannedChange(actual: Double, direction: IndicatorDirection, status: TrackStatus) throws {
        // act: planned change 20, expected 60 in 2026
        let assessment = try #require(TrackAssessment.assess(actual: actual, period: Period("2026")!, path: path, direction: direction))
        // check
        #expect(assessment.status == status)
        #expect(assessment.expected == 60)
    }

    @Test func respectsLowerIsBetter() throws {
        // setup: waiting weeks should drop from 12 to 6
        let waiting = TargetPath(baseline: (Period("2024")!, 12), targets: [(Period("2026")!, 6)])
        // act
        let better = try #require(TrackAssessment.assess(actual: 5, period: Period("2026")!, path: waiting, direction: .lowerIsBetter))
        let worse = try #require(TrackAssessment.assess(actual: 9, period: Period("2026")!, path: waiting, direction: .lowerIsBetter))
        // check
        #expect(better.status == .onTrack)
        #expect(better.shortfall == 0)
        #expect(worse.status == .offTrack)
        #expect(worse.shortfall == 3)
    }

    @Test func holdingALevelUsesTheLevelAsYardstick() throws {
        // setup
        let hold = TargetPath(baseline: (Period("2024")!, 100), targets: [(Period("2026")!, 100)])
        // act
        let slightly = try #require(TrackAssessment.assess(actual: 95, period: Period("2025")!, path: hold, direction: .higherIsBetter))
        let far = try #require(TrackAssessment.assess(actual: 60, period: Period("2025")!, path: hold, direction: .higherIsBetter))
        // check
        #expect(slightly.status == .onTrack)
        #expect(far.status == .offTrack)
    }
}

@Suite struct OffTrackSinceTests {
    /// Quarterly figures for the municipality against a path from 100 (2024-Q4) to 160 (2026-Q4), higher is better.
    func figures(_ values: [String: Double]) -> IndicatorFigures {
        let gm = AreaCode("GM0999")!
        var measured: [Period: [AreaCode: Figure]] = [:]
        for (period, value) in values { measured[Period(period)!] = [gm: Figure(value: value, state: .final)] }
        return IndicatorFigures(measured: measured, areas: [gm], aggregation: .sum)
    }
    let path = TargetPath(baseline: (Period("2024-Q4")!, 100), targets: [(Period("2026-Q4")!, 160)])

    @Test func isTheFirstPeriodOfTheLatestUnbrokenRunOffCourse() {
        // setup: off course in Q1, back on course in Q2, off course again from Q3
        let series = figures(["2025-Q1": 80, "2025-Q2": 115, "2025-Q3": 90, "2025-Q4": 92])
        // act
        let since = series.offTrackSince(path: path, direction: .higherIsBetter)
        // check
        #expect(series.assessment(path: path, direction: .higherIsBetter)?.status == .offTrack)
        #expect(since == Period("2025-Q3"))
    }

    @Test func isNilWhenTheLatestFigureIsNotOffCourse() {
        #expect(figures(["2025-Q1": 80, "2025-Q2": 115]).offTrackSince(path: path, direction: .higherIsBetter) == nil)
        #expect(figures([:]).offTrackSince(path: path, direction: .higherIsBetter) == nil)
    }
}

@Suite struct MeasurementCSVTests {
    func records(_ text: String, chunk: Int = 7) -> (records: [CSVRecord], separator: Character?) {
        var reader = CSVRecordReader()
        var records: [CSVRecord] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            records += reader.feed(bytes[start..<end], final: end == bytes.count)
            start = end
        }
        return (records, reader.separatorCharacter)
    }

    @Test(arguments: [1, 3, 7, 1000])
    func splitsRecordsWhateverTheChunkSize(chunk: Int) {
        // setup
        let text = "\u{FEFF}indicator;periode;gebied;waarde;toelichting\r\nJZ-1;2026-Q1;GM0363;12,5;\"een \"\"mooie\"\"\nregel; met scheiding\"\nJZ-1;2026-Q2;GM0363;13;"
        // act
        let (records, separator) = records(text, chunk: chunk)
        // check
        #expect(separator == ";")
        #expect(records.count == 3)
        #expect(records[0].fields == ["indicator", "periode", "gebied", "waarde", "toelichting"])
        #expect(records[1].fields[4] == "een \"mooie\"\nregel; met scheiding")
        #expect(records[1].line == 2)
        #expect(records[2].line == 4)
        #expect(records[2].fields == ["JZ-1", "2026-Q2", "GM0363", "13", ""])
    }

    @Test func readsEveryTextAsTheByteByByteReaderDid() {
        // setup: 2 000 random texts of quotes, separators, line ends, multi-byte letters and a byte-order mark, each
        // fed in random pieces (a fixed seed, so a failure repeats)
        var random = SplitMix64(state: 20261126)
        let pieces: [[UInt8]] = ["a", "b", "é", "🙂", ";", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "12,5"].map { Array($0.utf8) }
        for _ in 0..<2_000 {
            var bytes: [UInt8] = Bool.random(using: &random) ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...60, using: &random) { bytes += pieces.randomElement(using: &random)! }
            var reader = CSVRecordReader()
            var reference = ReferenceCSVReader()
            var got: [CSVRecord] = []
            var start = 0
            // act
            repeat {
                let end = min(bytes.count, start + Int.random(in: 1...16, using: &random))
                got += reader.feed(bytes[start..<end], final: end == bytes.count)
                start = end
            } while start < bytes.count
            let expected = reference.feed(bytes, final: true)
            // check
            #expect(got == expected, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
            #expect(reader.separatorCharacter == reference.separatorCharacter)
        }
    }

    @Test func readsARowWithDecimalCommaAndDefaults() throws {
        // setup
        let (records, separator) = records("indicator;periode;gebied;waarde\nJZ-1;2026-Q1;wk036301;12,5\n")
        let header = try MeasurementHeader.parse(records[0], separator: separator).get()
        // act
        let row = try header.row(records[1]).get()
        // check
        #expect(row.value == 12.5)
        #expect(row.area.description == "WK036301")
        #expect(row.state == .provisional)
        #expect(row.period.description == "2026-Q1")
    }

    @Test func reportsEveryProblemOfARowInDutch() throws {
        // setup
        let (records, separator) = records("indicator,periode,gebied,uitsplitsing,categorie,teller,noemer,status\n,2026-Q9,XX12,leeftijd,,3,,misschien\n")
        let header = try MeasurementHeader.parse(records[0], separator: separator).get()
        // act
        let problems = try #require(header.row(records[1]).failure).problems
        // check
        #expect(problems.allSatisfy { $0.line == 2 })
        let messages = problems.map(\.message).joined(separator: "\n")
        #expect(messages.contains("De indicator ontbreekt."))
        #expect(messages.contains("'2026-Q9' is geen periode"))
        #expect(messages.contains("'XX12' is geen CBS-code"))
        #expect(messages.contains("zowel 'uitsplitsing' als 'categorie'"))
        #expect(messages.contains("teller en noemer allebei"))
        #expect(messages.contains("Status 'misschien' bestaat niet"))
    }

    @Test func refusesAHeaderWithoutTheRequiredColumns() {
        // setup
        let (records, separator) = records("indicator;gebied;waarde\n")
        // act
        let problem = MeasurementHeader.parse(records[0], separator: separator)
        // check
        guard case .failure(let failure) = problem else {
            Issue.record("a header without 'periode' was accepted")
            return
        }
        #expect(failure.message.contains("'periode'"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// The CSV reader as it was before it read fields straight from the buffer: byte by byte, each byte copied into the
/// field. The reference `readsEveryTextAsTheByteByByteReaderDid` compares against.
struct ReferenceCSVReader {
    private var separator: UInt8?
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var inQuotes = false
    private var quoteJustClosed = false
    private var atStart = true
    private var line = 1
    private var recordLine = 1
    private var pending: [UInt8] = []

    var separatorCharacter: Character? { separator.map { Character(UnicodeScalar($0)) } }

    mutating func feed(_ bytes: some Collection<UInt8>, final: Bool = false) -> [CSVRecord] {
        var input = bytes.makeIterator()
        var records: [CSVRecord] = []
        if separator == nil {
            pending.append(contentsOf: bytes)
            guard let newline = pending.firstIndex(of: 0x0A) ?? (final ? pending.endIndex : nil) else { return [] }
            let firstLine = pending[..<newline]
            separator = firstLine.contains(0x3B) ? 0x3B : 0x2C
            let all = pending
            pending = []
            return feed(all, final: final)
        }
        let separator = separator!
        while let byte = input.next() {
            if atStart {
                atStart = false
                if byte == 0xEF {
                    _ = input.next()
                    _ = input.next()
                    continue
                }
            }
            if inQuotes {
                if byte == 0x22 {
                    inQuotes = false
                    quoteJustClosed = true
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22:
                if quoteJustClosed { field.append(0x22) }
                inQuotes = true
                quoteJustClosed = false
            case separator:
                endField()
            case 0x0A:
                endField()
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields = []
                line += 1
                recordLine = line
            case 0x0D:
                quoteJustClosed = false
            default:
                quoteJustClosed = false
                field.append(byte)
            }
        }
        if final, !field.isEmpty || !fields.isEmpty {
            endField()
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }
        return records
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        quoteJustClosed = false
    }
}

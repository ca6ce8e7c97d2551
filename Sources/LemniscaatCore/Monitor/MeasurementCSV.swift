// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// One record of a CSV file with the line it starts on (a quoted field may span lines).
public struct CSVRecord: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
}

/// Splits CSV bytes into records as they arrive, so a file of millions of rows is read in chunks and never held
/// whole. RFC 4180 quoting ("" inside quotes), CRLF or LF, a UTF-8 byte-order mark; the separator is `;` or `,`,
/// whichever the first line holds (Dutch spreadsheets write semicolons).
public struct CSVRecordReader: Sendable {
    private var separator: UInt8?
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var inQuotes = false
    private var quoteJustClosed = false
    private var atStart = true
    private var line = 1
    private var recordLine = 1
    private var pending: [UInt8] = []

    public init() {}

    public var separatorCharacter: Character? { separator.map { Character(UnicodeScalar($0)) } }

    /// The records completed by `bytes`; with `final`, also the last record when the file lacks a closing newline.
    public mutating func feed(_ bytes: some Collection<UInt8>, final: Bool = false) -> [CSVRecord] {
        if let records = bytes.withContiguousStorageIfAvailable({ feed(UnsafeRawBufferPointer($0), final: final) }) { return records }
        return Array(bytes).withUnsafeBytes { feed($0, final: final) }
    }

    /// The same for bytes in memory. Not generic, so a caller in another module runs it specialised, and a field that
    /// lies whole in `bytes` becomes a string straight from them, without being copied byte by byte first.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer, final: Bool = false) -> [CSVRecord] {
        if separator == nil {
            // The separator is decided on the first line, so wait for it whole.
            pending.append(contentsOf: bytes)
            guard let newline = pending.firstIndex(of: 0x0A) ?? (final ? pending.endIndex : nil) else { return [] }
            let firstLine = pending[..<newline]
            separator = firstLine.contains(0x3B) ? 0x3B : 0x2C
            let all = pending
            pending = []
            return all.withUnsafeBytes { feed($0, final: final) }
        }
        let separator = separator!
        var records: [CSVRecord] = []
        var index = 0
        if atStart, !bytes.isEmpty {
            atStart = false
            // A byte-order mark is three bytes, skipped unseen.
            if bytes[0] == 0xEF { index = min(3, bytes.count) }
        }
        // The bytes from `run` up to `index` belong to the current field and are not yet in `field`.
        var run = index
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == 0x22 {
                    field.append(contentsOf: bytes[run..<index - 1])
                    run = index
                    inQuotes = false
                    quoteJustClosed = true
                } else if byte == 0x0A {
                    line += 1
                }
                continue
            }
            switch byte {
            case 0x22:
                field.append(contentsOf: bytes[run..<index - 1])
                run = index
                // A quote after a closed quote is an escaped quote inside the field.
                if quoteJustClosed { field.append(0x22) }
                inQuotes = true
                quoteJustClosed = false
            case separator:
                endField(bytes[run..<index - 1])
                run = index
            case 0x0A:
                endField(bytes[run..<index - 1])
                run = index
                records.append(CSVRecord(line: recordLine, fields: fields))
                fields.removeAll(keepingCapacity: false)
                fields.reserveCapacity(records.last!.fields.count)
                line += 1
                recordLine = line
            case 0x0D:
                field.append(contentsOf: bytes[run..<index - 1])
                run = index
                quoteJustClosed = false
            default:
                quoteJustClosed = false
            }
        }
        field.append(contentsOf: bytes[run..<bytes.count])
        if final, !field.isEmpty || !fields.isEmpty {
            endField(bytes[0..<0])
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }
        return records
    }

    /// Ends the field with `rest`, its bytes not yet copied.
    private mutating func endField(_ rest: Slice<UnsafeRawBufferPointer>) {
        if field.isEmpty {
            fields.append(String(decoding: UnsafeRawBufferPointer(rebasing: rest), as: UTF8.self))
        } else {
            field.append(contentsOf: rest)
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        quoteJustClosed = false
    }
}

/// The columns of a measurement import, as documented in docs/monitor.md.
public enum MeasurementColumn: String, CaseIterable, Sendable {
    case indicator
    case period = "periode"
    case area = "gebied"
    case dimension = "uitsplitsing"
    case category = "categorie"
    case value = "waarde"
    case numerator = "teller"
    case denominator = "noemer"
    case state = "status"
    case note = "toelichting"

    static let required: [MeasurementColumn] = [.indicator, .period, .area]

    /// The column's place in `allCases`, for an array lookup on every field of every row.
    var ordinal: Int {
        switch self {
        case .indicator: 0
        case .period: 1
        case .area: 2
        case .dimension: 3
        case .category: 4
        case .value: 5
        case .numerator: 6
        case .denominator: 7
        case .state: 8
        case .note: 9
        }
    }
}

/// One row of a measurement import, checked on its own; what needs the database (does the indicator exist, does
/// the area) is checked by the importer.
public struct MeasurementRow: Sendable, Equatable {
    public let line: Int
    public let indicatorCode: String
    public let period: Period
    public let area: AreaCode
    public let dimension: String
    public let category: String
    public let value: Double?
    public let numerator: Double?
    public let denominator: Double?
    public let state: MeasurementState
    public let note: String
}

public struct ImportProblem: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    /// 0 for a problem with the file as a whole.
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { line > 0 ? "Regel \(line): \(message)" : message }
}

/// Everything wrong with one row.
public struct RowProblems: Error, Sendable, Equatable {
    public let problems: [ImportProblem]
}

public struct MeasurementHeader: Sendable {
    /// Per column (by `ordinal`), its position in the file.
    private let positions: [Int?]
    private let decimalComma: Bool

    public static let maximumNote = 1000
    public static let maximumBreakdown = 100

    /// Reads the header record; names are matched without regard to case.
    public static func parse(_ record: CSVRecord, separator: Character?) -> Result<MeasurementHeader, ImportProblem> {
        var index: [MeasurementColumn: Int] = [:]
        for (position, name) in record.fields.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if let column = MeasurementColumn(rawValue: key), index[column] == nil { index[column] = position }
        }
        let missing = MeasurementColumn.required.filter { index[$0] == nil }
        if !missing.isEmpty {
            return .failure(ImportProblem(line: record.line, message: "De eerste regel mist de kolom(men) \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")). Verwacht: \(MeasurementColumn.allCases.map(\.rawValue).joined(separator: ";"))."))
        }
        if index[.value] == nil && (index[.numerator] == nil || index[.denominator] == nil) {
            return .failure(ImportProblem(line: record.line, message: "De eerste regel moet de kolom 'waarde' hebben, of 'teller' en 'noemer'."))
        }
        var positions = [Int?](repeating: nil, count: MeasurementColumn.allCases.count)
        for (column, position) in index { positions[column.ordinal] = position }
        return .success(MeasurementHeader(positions: positions, decimalComma: separator == ";"))
    }

    /// Codes seen before, parsed once: a file of millions of rows names a few hundred periods and areas.
    public struct Codes: Sendable {
        var periods: [String: Period] = [:]
        var areas: [String: AreaCode] = [:]
        public init() {}
    }

    /// The row, or every problem it has.
    public func row(_ record: CSVRecord) -> Result<MeasurementRow, RowProblems> {
        var codes = Codes()
        return row(record, codes: &codes)
    }

    public func row(_ record: CSVRecord, codes: inout Codes) -> Result<MeasurementRow, RowProblems> {
        var problems: [String] = []
        func text(_ column: MeasurementColumn) -> String {
            guard let position = positions[column.ordinal], position < record.fields.count else { return "" }
            let field = record.fields[position]
            // Trimming through Foundation costs more than the rest of the row; most fields have nothing to trim.
            guard let first = field.utf8.first, let last = field.utf8.last else { return field }
            if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return field }
            return field.trimmingCharacters(in: .whitespaces)
        }
        func number(_ column: MeasurementColumn) -> Double? {
            let raw = text(column)
            if raw.isEmpty { return nil }
            let normalised = decimalComma && raw.utf8.contains(0x2C) ? raw.replacingOccurrences(of: ",", with: ".") : raw
            guard let value = Double(normalised), value.isFinite else {
                problems.append("'\(raw)' in kolom '\(column.rawValue)' is geen getal.")
                return nil
            }
            return value
        }
        let code = text(.indicator)
        if code.isEmpty { problems.append("De indicator ontbreekt.") }
        let rawPeriod = text(.period)
        let period: Period?
        if let known = codes.periods[rawPeriod] {
            period = known
        } else {
            period = Period(rawPeriod)
            if let period { codes.periods[rawPeriod] = period }
        }
        if period == nil { problems.append("'\(rawPeriod)' is geen periode (zoals 2026, 2026-Q1 of 2026-03).") }
        let rawArea = text(.area)
        let area: AreaCode?
        if let known = codes.areas[rawArea] {
            area = known
        } else {
            area = AreaCode(rawArea)
            if let area { codes.areas[rawArea] = area }
        }
        if area == nil { problems.append("'\(rawArea)' is geen CBS-code (zoals GM0363, WK036301 of BU03630101).") }
        let dimension = text(.dimension)
        let category = text(.category)
        if dimension.isEmpty != category.isEmpty {
            problems.append("Vul bij een uitsplitsing zowel 'uitsplitsing' als 'categorie' in, of laat beide leeg.")
        }
        if dimension.count > Self.maximumBreakdown || category.count > Self.maximumBreakdown {
            problems.append("Uitsplitsing en categorie mogen hoogstens \(Self.maximumBreakdown) tekens hebben.")
        }
        let value = number(.value)
        let numerator = number(.numerator)
        let denominator = number(.denominator)
        if value == nil && numerator == nil && denominator == nil && problems.allSatisfy({ !$0.contains("geen getal") }) {
            problems.append("Er staat geen waarde in (kolom 'waarde', of 'teller' en 'noemer').")
        }
        if (numerator == nil) != (denominator == nil) && problems.allSatisfy({ !$0.contains("geen getal") }) {
            problems.append("Vul teller en noemer allebei in, of geen van beide.")
        }
        if let numerator, let denominator {
            if numerator < 0 || denominator <= 0 {
                problems.append("De noemer moet groter zijn dan 0 en de teller mag niet negatief zijn.")
            }
        }
        let givenState = text(.state)
        let rawState = MeasurementState(rawValue: givenState) != nil ? givenState : givenState.lowercased()
        let state = rawState.isEmpty ? .provisional : MeasurementState(rawValue: rawState)
        if state == nil { problems.append("Status '\(rawState)' bestaat niet: kies voorlopig of definitief.") }
        let note = text(.note)
        if note.count > Self.maximumNote { problems.append("De toelichting mag hoogstens \(Self.maximumNote) tekens hebben.") }
        guard problems.isEmpty else { return .failure(RowProblems(problems: problems.map { ImportProblem(line: record.line, message: $0) })) }
        return .success(
            MeasurementRow(
                line: record.line, indicatorCode: code, period: period!, area: area!, dimension: dimension, category: category,
                value: value, numerator: numerator, denominator: denominator, state: state!, note: note))
    }
}

import Foundation

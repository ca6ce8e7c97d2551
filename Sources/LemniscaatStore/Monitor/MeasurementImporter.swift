// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import FluentSQLiteDriver
import Foundation
import LemniscaatCore
import SQLKit

/// Imports measurements from a CSV file: streamed in chunks, every row checked, written in batches inside one
/// transaction, all or nothing. The answer lists every problem with its line number, so the file can be fixed
/// in one go.
public struct MeasurementImporter: Sendable {
    let store: Store
    /// New rows sorted and inserted at a time (`chunkRows`; tests use a small one).
    let chunkRows: Int

    public init(store: Store) { self.init(store: store, chunkRows: Self.chunkRows) }

    init(store: Store, chunkRows: Int) {
        self.store = store
        self.chunkRows = chunkRows
    }

    public struct Report: Sendable, Equatable, Codable {
        public var rows = 0
        public var created = 0
        public var replaced = 0
        public var problems: [ImportProblem] = []
        /// Problems beyond those listed.
        public var moreProblems = 0
        public var imported: Bool { problems.isEmpty }
    }

    /// The import was refused; nothing of it was written.
    public struct Refused: Error, Sendable {
        public let report: Report
    }

    public struct Progress: Sendable {
        public let bytesRead: Int
        public let bytesTotal: Int
        public let rows: Int

        public init(bytesRead: Int, bytesTotal: Int, rows: Int) {
            self.bytesRead = bytesRead
            self.bytesTotal = bytesTotal
            self.rows = rows
        }
    }

    public static let listedProblems = 1000
    static let batchSize = 500
    /// New rows are sorted and inserted this many at a time: large enough that SQLite's index sees neighbouring keys
    /// one after another, small enough to stay a few megabytes.
    static let chunkRows = 65_536
    static let chunkSize = 1 << 20

    /// About how many rows a file holds (a measurement row is rarely shorter than 40 bytes), so the duplicate check's
    /// table is made once at its size; at most 4 000 000, beyond that it grows as it goes.
    static func expectedRows(path: String) -> Int {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return min(size / 40, 4_000_000)
    }

    static func resetPragmas(_ db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("PRAGMA cache_size = -2000").run()
        try? await (db as! any SQLDatabase).raw("PRAGMA temp_store = DEFAULT").run()
    }

    /// Throws `Refused` with the report when any row has a problem.
    public func run(
        path: String, fileName: String, organisationID: UUID, actor: AuditActor, now: Date,
        progress: @escaping @Sendable (Progress) -> Void = { _ in }
    ) async throws -> Report {
        let indicators = try await IndicatorRepository(store: store).byCode(organisationID: organisationID)
        let areas = Set(try await AreaRepository(store: store).names(organisationID: organisationID).compactMap { AreaCode($0.code) })
        let importID = UUID()
        let numbers = try await MeasurementRepository.indicatorNumbers(Array(Set(indicators.values.map(\.id))), on: store.sql)
        let sqlite = store.kind == .sqlite
        // A transaction of its own with foreign keys off on SQLite (see `Store.bulkWrite`): the rows refer only to the
        // organisation's indicators, which `indicatorsStillExist` confirms inside the transaction.
        return try await store.bulkWrite { db in
            // The import's own row first: every measurement it writes refers to it by number.
            struct Numbered: Decodable { let number: Int64 }
            guard let importNumber = try await (db as! any SQLDatabase).insert(into: "measurement_imports")
                .columns("id", "organisation_id", "file_name", "row_count", "imported_at")
                .values(SQLBind(importID), SQLBind(organisationID), SQLBind(fileName), SQLBind(0), SQLBind(now))
                .returning("number").first(decoding: Numbered.self)?.number
            else { throw ImportNumberMissing() }
            var run = ImportRun(
                indicators: indicators, numbers: numbers, areas: areas, importNumber: importNumber, now: now, chunkRows: chunkRows,
                expectedRows: Self.expectedRows(path: path), db: db as! any SQLDatabase)
            // A larger page cache for this transaction: with SQLite's default of 2 MB the unique index's pages were written
            // to the log again and again. The connection goes back to the pool with the default.
            // The statement journal the replacing upserts still need (each may have to take itself back) in memory, not
            // in a temporary file: writing it was a quarter of the import's time when every insert was an upsert.
            if sqlite {
                try await (db as! any SQLDatabase).raw("PRAGMA cache_size = -65536").run()
                // Only a speed-up: SQLite refuses it inside a transaction once the connection has opened its temporary
                // storage for something else.
                try? await (db as! any SQLDatabase).raw("PRAGMA temp_store = MEMORY").run()
            }
            do {
                try await run.read(path: path, progress: progress)
            } catch {
                if sqlite { try? await Self.resetPragmas(db) }
                throw error
            }
            if sqlite { try await Self.resetPragmas(db) }
            guard run.report.imported else { throw Refused(report: run.report) }
            if try await !run.indicatorsStillExist() {
                run.problem(0, "Een indicator uit het bestand is tijdens het inlezen verwijderd. Er is niets geïmporteerd; probeer het opnieuw.")
                throw Refused(report: run.report)
            }
            try await (db as! any SQLDatabase).update("measurement_imports").set("row_count", to: SQLBind(run.report.rows))
                .where("number", .equal, SQLBind(importNumber)).run()
            try await AuditLog.append(
                on: db, actor: actor, action: "metingen.geimporteerd", entityType: "import", entityID: importID.uuidString.lowercased(),
                summary: "\(fileName): \(run.report.rows) regels, \(run.report.created) nieuw, \(run.report.replaced) vervangen", at: now)
            return run.report
        }
    }
}

/// The database gave the import no number.
struct ImportNumberMissing: Error {}

/// One pass over one file inside the import's transaction.
private struct ImportRun {
    let indicators: [String: Indicator]
    /// The numbers the database gave the indicators (M0045), which measurements refer to.
    let numbers: [UUID: Int64]
    let areas: Set<AreaCode>
    let importNumber: Int64
    let now: Date
    let db: any SQLDatabase
    var report = MeasurementImporter.Report()

    /// A measurement's identity in a few machine words, so millions fit in memory for the duplicate check.
    struct Key {
        let indicator: Int32
        let startMonth: Int32
        let area: Int32
        let breakdown: Int32
        let frequency: UInt8

        /// The key as the two words of a `PackedKeyTable`; the indicator is one of the organisation's, numbered from
        /// 0 (far below 24 bits).
        var first: UInt64 {
            UInt64(UInt32(bitPattern: indicator) & 0xFF_FFFF) << 40 | UInt64(frequency) << 32 | UInt64(UInt32(bitPattern: startMonth))
        }
        var second: UInt64 { UInt64(UInt32(bitPattern: area)) << 32 | UInt64(UInt32(bitPattern: breakdown)) }
    }

    /// The last indicator a row named, with its numbers: rows for one indicator mostly follow each other, and three
    /// hash lookups per row cost more than comparing the code.
    private var lastIndicator: (code: String, indicator: Rule)?

    /// What a row is checked against, of the indicator it names, with its two numbers: copied for every row, so
    /// without the indicator's texts and targets.
    struct Rule {
        let id: UUID
        let code: String
        let frequency: Frequency
        let unit: IndicatorUnit
        /// Its number in this import's keys (`indicatorNumbers`).
        let local: Int32
        /// Its number in the database, which measurements refer to (M0045).
        let number: Int64

        init(_ indicator: Indicator, local: Int32, number: Int64) {
            (id, code, frequency, unit) = (indicator.id, indicator.code, indicator.frequency, indicator.unit)
            (self.local, self.number) = (local, number)
        }
    }

    /// One row waiting for the next batch insert.
    struct Pending {
        let indicator: Int64
        let period: Period
        let area: AreaCode
        let dimension: String
        let category: String
        let figure: Figure
        let note: String
        /// Where the row falls in the unique key's order (see `sortKey`).
        let order: UInt64
    }

    private var seen: PackedKeyTable
    /// Breakdowns interned: a file repeats the same few thousand dimension/category pairs.
    private var breakdowns: [String: Int32] = [:]
    /// Per indicator (by its number in `indicatorNumbers`), the keys already stored, 1 provisional or 2 final; loaded
    /// when a file first names it.
    private var stored: [PackedKeyTable?]
    static let provisional: UInt8 = 1
    static let final: UInt8 = 2
    /// New rows, inserted as they are; rows that replace a provisional figure go through an upsert of their own.
    private var batch: [Pending] = []
    private var replacements: [Pending] = []
    private var indicatorNumbers: [UUID: Int32]
    private var areaNumbers: [AreaCode: Int32]
    private var codes = MeasurementHeader.Codes()
    /// The inserts and upserts by their number of rows, prepared on the transaction's connection when first needed.
    private var statements: [String: PreparedSQLiteStatement] = [:]

    private mutating func statement(rows: Int, replacing: Bool, on sqlite: any SQLiteDatabase) async throws -> PreparedSQLiteStatement {
        let sql = Self.sqliteInsert(rows: rows, upsert: replacing)
        if let prepared = statements[sql] { return prepared }
        let prepared = try await RawSQLite.prepare(sql, on: sqlite)
        statements[sql] = prepared
        return prepared
    }

    let chunkRows: Int

    init(
        indicators: [String: Indicator], numbers: [UUID: Int64], areas: Set<AreaCode>, importNumber: Int64, now: Date, chunkRows: Int,
        expectedRows: Int, db: any SQLDatabase
    ) {
        self.chunkRows = chunkRows
        self.indicators = indicators
        self.numbers = numbers
        self.areas = areas
        // Numbered in the order the unique key holds them, so a key's numbers also give its place in the index
        // (`sortKey`).
        let ids = Set(indicators.values.map(\.id)).sorted { (numbers[$0] ?? 0, $0.uuidString) < (numbers[$1] ?? 0, $1.uuidString) }
        indicatorNumbers = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, Int32($0)) })
        stored = Array(repeating: nil, count: ids.count)
        seen = PackedKeyTable(capacity: expectedRows)
        let codes = areas.sorted { $0.description < $1.description }
        areaNumbers = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, Int32($0)) })
        self.importNumber = importNumber
        self.now = now
        self.db = db
    }

    mutating func problem(_ line: Int, _ message: String) {
        if report.problems.count < MeasurementImporter.listedProblems {
            report.problems.append(ImportProblem(line: line, message: message))
        } else {
            report.moreProblems += 1
        }
    }

    /// The previous batch's insert, still running while the next batch is read and checked (two cores, two jobs).
    private var inFlight: Task<Void, any Error>?

    /// Waits for the insert in flight; every other use of the connection, and the end of the transaction, comes after it.
    private mutating func settle() async throws {
        if let task = inFlight {
            inFlight = nil
            try await task.value
        }
    }

    mutating func read(path: String, progress: @Sendable (MeasurementImporter.Progress) -> Void) async throws {
        do {
            try await readAll(path: path, progress: progress)
            try await settle()
        } catch {
            // Never leave a query running into the rollback.
            try? await settle()
            throw error
        }
    }

    private mutating func readAll(path: String, progress: @Sendable (MeasurementImporter.Progress) -> Void) async throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            problem(0, "Het bestand kan niet worden gelezen.")
            return
        }
        defer { try? handle.close() }
        let total = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var reader = CSVRecordReader()
        var header: MeasurementHeader?
        var bytesRead = 0
        var lastReport = 0
        while true {
            let chunk = try handle.read(upToCount: MeasurementImporter.chunkSize) ?? Data()
            bytesRead += chunk.count
            // Raw bytes: iterating `Data` itself cost a call per byte.
            let records = chunk.withUnsafeBytes { bytes in reader.feed(bytes, final: chunk.isEmpty) }
            for record in records {
                if let header {
                    try await row(record, header: header)
                } else if record.fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                    switch MeasurementHeader.parse(record, separator: reader.separatorCharacter) {
                    case .success(let parsed): header = parsed
                    case .failure(let failure):
                        problem(failure.line, failure.message)
                        return
                    }
                }
            }
            if bytesRead - lastReport >= MeasurementImporter.chunkSize || chunk.isEmpty {
                lastReport = bytesRead
                progress(.init(bytesRead: bytesRead, bytesTotal: total, rows: report.rows))
            }
            if chunk.isEmpty { break }
        }
        if header == nil { problem(0, "Het bestand is leeg.") }
        else if report.rows == 0 && report.problems.isEmpty { problem(0, "Het bestand heeft geen regels met metingen.") }
        try await flush(replacing: false)
        try await flush(replacing: true)
    }

    private mutating func row(_ record: CSVRecord, header: MeasurementHeader) async throws {
        if record.fields.allSatisfy({ $0.isEmpty }) { return }
        report.rows += 1
        let row: MeasurementRow
        switch header.row(record, codes: &codes) {
        case .success(let parsed): row = parsed
        case .failure(let failure):
            for problem in failure.problems { self.problem(problem.line, problem.message) }
            return
        }
        let indicator: Rule
        if let last = lastIndicator, last.code == row.indicatorCode {
            indicator = last.indicator
        } else {
            guard let found = indicators[row.indicatorCode] ?? indicators[row.indicatorCode.uppercased()], let number = numbers[found.id] else {
                problem(row.line, "Indicator '\(row.indicatorCode)' bestaat niet in uw organisatie.")
                return
            }
            indicator = Rule(found, local: self.number(found.id), number: number)
            lastIndicator = (row.indicatorCode, indicator)
        }
        var messages: [String] = []
        if row.period.frequency != indicator.frequency {
            messages.append("\(indicator.code) wordt per \(indicator.frequency.rawValue) gemeten; \(row.period) past daar niet bij.")
        }
        if !areas.contains(row.area) { messages.append("Gebied \(row.area) bestaat niet in uw organisatie.") }
        let figure = Self.figure(row, indicator: indicator, messages: &messages)
        guard messages.isEmpty, let figure else {
            for message in messages { problem(row.line, message) }
            return
        }
        let breakdown = number(dimension: row.dimension, category: row.category)
        let key = Key(
            indicator: indicator.local, startMonth: Int32(row.period.startMonth), area: number(row.area), breakdown: breakdown,
            frequency: UInt8(row.period.frequency.months))
        guard seen.insert(key.first, key.second, value: 1) == nil else {
            problem(row.line, "Deze meting (\(indicator.code), \(row.period), \(row.area)\(row.dimension.isEmpty ? "" : ", \(row.category)")) staat al eerder in het bestand.")
            return
        }
        if stored[Int(indicator.local)] == nil { try await loadStored(indicator) }
        // A provisional figure already stored is replaced; a final one never.
        let state = stored[Int(indicator.local)].flatMap { $0.isEmpty ? nil : $0.value(key.first, key.second) }
        let replaces = state != nil
        if state == Self.final {
            problem(row.line, "Voor \(indicator.code), \(row.period), \(row.area) staat al een definitieve waarde; die wordt niet overschreven.")
            return
        }
        if replaces { report.replaced += 1 } else { report.created += 1 }
        // After the first problem nothing more is written: the transaction will be rolled back anyway.
        guard report.problems.isEmpty else { return }
        let pending = Pending(
            indicator: indicator.number, period: row.period, area: row.area, dimension: row.dimension, category: row.category, figure: figure,
            note: row.note, order: Self.sortKey(key))
        if replaces {
            replacements.append(pending)
            if replacements.count >= MeasurementImporter.batchSize { try await flush(replacing: true) }
        } else {
            batch.append(pending)
            if batch.count >= chunkRows { try await flush(replacing: false) }
        }
    }

    /// With foreign keys off (SQLite, `Store.bulkWrite`) nothing else stops a row that refers to an indicator deleted
    /// after the file was checked. Asked inside the transaction, after the last insert: this transaction holds the
    /// write lock, and a deletion committed after it began would have made its first write fail.
    func indicatorsStillExist() async throws -> Bool {
        let used = indicatorNumbers.filter { stored[Int($0.value)] != nil }.map(\.key)
        guard !used.isEmpty else { return true }
        struct Count: Decodable { let n: Int }
        let found = try await db.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from("indicators")
            .where(SQLIdentifier("id"), .in, SQLBind.group(used)).first(decoding: Count.self)?.n ?? 0
        return found == used.count
    }

    /// The largest count of people (or cases) a figure may hold: far beyond any municipality, and small enough that
    /// every sum over areas stays a whole number the protection tables can hold.
    static let maximumCount = 1_000_000_000.0

    /// The figure a row stands for, checked against the indicator's unit.
    static func figure(_ row: MeasurementRow, indicator: Rule, messages: inout [String]) -> Figure? {
        switch indicator.unit {
        case .percentage:
            guard let numerator = row.numerator, let denominator = row.denominator else {
                messages.append("\(indicator.code) is een percentage: vul teller en noemer in.")
                return nil
            }
            if numerator > maximumCount || denominator > maximumCount {
                messages.append("Teller en noemer zijn aantallen van hoogstens 1.000.000.000.")
                return nil
            }
            guard let figure = Figure.percentage(numerator: numerator, denominator: denominator, state: row.state) else {
                messages.append("De teller (\(numerator)) mag niet groter zijn dan de noemer (\(denominator)).")
                return nil
            }
            if let value = row.value, abs(value - figure.value) > 0.05 {
                messages.append("De waarde \(value) past niet bij teller en noemer (\(String(format: "%.1f", figure.value))).")
                return nil
            }
            return figure
        case .count:
            guard let value = row.value else {
                messages.append("Vul in kolom 'waarde' een aantal in.")
                return nil
            }
            if value < 0 || value != value.rounded() || value > maximumCount {
                messages.append("Een aantal is een heel getal van 0 tot en met 1.000.000.000, geen \(value).")
                return nil
            }
            return Figure(value: value, state: row.state)
        case .yesNo:
            guard let value = row.value, value == 0 || value == 1 else {
                messages.append("\(indicator.code) is ja/nee: vul 1 (ja) of 0 (nee) in.")
                return nil
            }
            return Figure(value: value, state: row.state)
        case .euro, .score:
            guard let value = row.value else {
                messages.append("Vul in kolom 'waarde' een getal in.")
                return nil
            }
            // A score's weight (respondents) may come as the denominator, for the weighted mean over areas.
            if let respondents = row.denominator, respondents > maximumCount {
                messages.append("De noemer (het aantal respondenten) is hoogstens 1.000.000.000.")
                return nil
            }
            return Figure(value: value, numerator: row.numerator, denominator: row.denominator, state: row.state)
        }
    }

    private mutating func loadStored(_ indicator: Rule) async throws {
        try await settle()
        struct Row: Decodable {
            let period: String
            let area_code: String
            let dimension: String
            let category: String
            let state: String
        }
        var keys = PackedKeyTable()
        let rows = try await db.select().column("period").column("area_code").column("dimension").column("category").column("state")
            .from("measurements").where("indicator_number", .equal, SQLBind(indicator.number)).all(decoding: Row.self)
        for row in rows {
            guard let period = Period(row.period) else { continue }
            let breakdown = number(dimension: row.dimension, category: row.category)
            guard let area = AreaCode(row.area_code) else { continue }
            let key = Key(
                indicator: indicator.local, startMonth: Int32(period.startMonth), area: number(area), breakdown: breakdown,
                frequency: UInt8(period.frequency.months))
            keys.insert(key.first, key.second, value: row.state == MeasurementState.final.rawValue ? Self.final : Self.provisional)
        }
        stored[Int(indicator.local)] = keys
    }

    /// A row's place in the unique key (indicator, period, area, breakdown) packed in 16 bits each: one indicator's
    /// periods share a frequency, so their start months order as their codes do; breakdowns come in the order the
    /// file first names them, which is close enough, as one area's breakdowns lie side by side in the index anyway.
    /// Only the speed depends on it, so a value beyond 16 bits is clamped.
    static func sortKey(_ key: Key) -> UInt64 {
        func field(_ value: Int32) -> UInt64 { UInt64(min(max(value, 0), 0xFFFF)) }
        return field(key.indicator) << 48 | field(key.startMonth) << 32 | field(key.area) << 16 | field(key.breakdown)
    }

    private mutating func number(_ id: UUID) -> Int32 {
        if let known = indicatorNumbers[id] { return known }
        let next = Int32(indicatorNumbers.count)
        indicatorNumbers[id] = next
        stored.append(nil)
        return next
    }

    private mutating func number(dimension: String, category: String) -> Int32 {
        let key = dimension.isEmpty ? "" : dimension + "\u{1F}" + category
        if let known = breakdowns[key] { return known }
        let next = Int32(breakdowns.count)
        breakdowns[key] = next
        return next
    }

    private mutating func number(_ area: AreaCode) -> Int32 {
        if let known = areaNumbers[area] { return known }
        let next = Int32(areaNumbers.count)
        areaNumbers[area] = next
        return next
    }

    static let columns = [
        "indicator_number", "period", "period_start", "period_end", "area_code", "dimension", "category", "value", "numerator", "denominator",
        "state", "note", "import_number", "updated_at",
    ]
    static let key = ["indicator_number", "period", "area_code", "dimension", "category"]
    static let replaced = ["value", "numerator", "denominator", "state", "note", "import_number", "updated_at"]

    /// Rows written by one run of the prepared insert.
    static let rowsPerStatement = 32

    /// SQLite: the INSERT of `rows` rows, prepared once (`columns` in order, `?` placeholders). New rows: OR FAIL, so
    /// that (with foreign keys off) SQLite keeps no statement journal; a failure ends the import, whose transaction is
    /// then rolled back whole.
    static func sqliteInsert(rows: Int, upsert: Bool) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let values = "(" + columns.joined(separator: ",") + ") VALUES " + Array(repeating: row, count: rows).joined(separator: ",")
        guard upsert else { return "INSERT OR FAIL INTO measurements " + values }
        return "INSERT INTO measurements " + values
            + " ON CONFLICT (" + key.joined(separator: ",") + ") DO UPDATE SET " + replaced.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    }

    private mutating func flush(replacing: Bool) async throws {
        var rows = replacing ? replacements : self.batch
        defer {
            if replacing { replacements.removeAll(keepingCapacity: true) } else { self.batch.removeAll(keepingCapacity: true) }
        }
        guard !rows.isEmpty, report.problems.isEmpty else { return }
        // In the unique key's order: SQLite then walks its index from one end to the other instead of jumping about
        // it for every row (6,4 -> 4,9 s for 2 000 000 rows in sqlite3 itself, with chunks of 65 536).
        if !replacing { rows.sort { $0.order < $1.order } }
        if let sqlite = db as? any SQLiteDatabase {
            try await settle()
            // Several rows per statement: each run of a statement sets up its cursors and transaction state again.
            let full = try await statement(rows: Self.rowsPerStatement, replacing: replacing, on: sqlite)
            let single = try await statement(rows: 1, replacing: replacing, on: sqlite)
            // Dates as seconds, as FluentKit writes them.
            let importNumber = Int(self.importNumber)
            let updated = now.timeIntervalSince1970
            // Bound and written beside the reading of the next chunk.
            let chunk = rows
            inFlight = Task {
                try await RawSQLite.run {
                    // Sorted rows share their period and area with the row before, so their text is made once a run.
                    var period = (Period?.none, "")
                    var area = (AreaCode?.none, "")
                    var start = 0
                    while start < chunk.count {
                        let rows = chunk.count - start >= Self.rowsPerStatement ? Self.rowsPerStatement : 1
                        let statement = rows == 1 ? single : full
                        let end = start + rows
                        var index: Int32 = 0
                        for row in chunk[start..<end] {
                            if period.0 != row.period { period = (row.period, row.period.description) }
                            if area.0 != row.area { area = (row.area, row.area.description) }
                            statement.bind(index + 1, Int(row.indicator))
                            statement.bind(index + 2, period.1)
                            statement.bind(index + 3, row.period.startMonth)
                            statement.bind(index + 4, row.period.endMonth)
                            statement.bind(index + 5, area.1)
                            statement.bind(index + 6, row.dimension)
                            statement.bind(index + 7, row.category)
                            statement.bind(index + 8, row.figure.value)
                            statement.bind(index + 9, row.figure.numerator)
                            statement.bind(index + 10, row.figure.denominator)
                            statement.bind(index + 11, row.figure.state.rawValue)
                            statement.bind(index + 12, row.note)
                            statement.bind(index + 13, importNumber)
                            statement.bind(index + 14, updated)
                            index += Int32(Self.columns.count)
                        }
                        try statement.run()
                        start = end
                    }
                }
            }
        } else {
            try await settle()
            let slices = stride(from: 0, to: rows.count, by: MeasurementImporter.batchSize).map {
                rows[$0..<min($0 + MeasurementImporter.batchSize, rows.count)]
            }
            for slice in slices {
                var insert = db.insert(into: "measurements").columns(Self.columns)
                for row in slice {
                    insert = insert.values(
                        SQLBind(row.indicator), SQLBind(row.period.description), SQLBind(row.period.startMonth), SQLBind(row.period.endMonth),
                        SQLBind(row.area.description), SQLBind(row.dimension), SQLBind(row.category), SQLBind(row.figure.value),
                        SQLBind(row.figure.numerator), SQLBind(row.figure.denominator), SQLBind(row.figure.state.rawValue), SQLBind(row.note),
                        SQLBind(importNumber), SQLBind(now))
                }
                if replacing {
                    try await insert.onConflict(with: Self.key) { update in
                        var update = update
                        for column in Self.replaced { update = update.set(excludedValueOf: column) }
                        return update
                    }.run()
                } else {
                    try await insert.run()
                }
            }
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// One row of an area import: a CBS code and a name.
public struct AreaRow: Equatable, Sendable {
    public let code: AreaCode
    public let name: String

    public init(code: AreaCode, name: String) {
        self.code = code
        self.name = name
    }
}

/// Reads areas from CSV with a header row holding `code` and `naam` (or `name`), separated by commas or
/// semicolons (Dutch spreadsheets write semicolons). Every problem is reported at once, with its line number,
/// so a beheerder can fix the file in one go.
public enum AreaCSV {
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { line > 0 ? "Regel \(line): \(message)" : message }
    }

    public static let maximumRows = 20_000

    public static func parse(_ text: String) -> Result<[AreaRow], ProblemList> {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF}")) }
        guard let headerLine = lines.first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            return .failure(ProblemList([Problem(line: 0, message: "Het bestand is leeg.")]))
        }
        let separator: Character = headerLine.contains(";") ? ";" : ","
        let header = fields(headerLine, separator: separator).map { $0.lowercased() }
        guard let codeIndex = header.firstIndex(of: "code"),
            let nameIndex = header.firstIndex(where: { $0 == "naam" || $0 == "name" })
        else {
            return .failure(ProblemList([Problem(line: 1, message: "De eerste regel moet de kolommen 'code' en 'naam' hebben.")]))
        }
        var rows: [AreaRow] = []
        var problems: [Problem] = []
        var seen: Set<AreaCode> = []
        let headerNumber = (lines.firstIndex(of: headerLine) ?? 0) + 1
        for (offset, line) in lines.enumerated() where offset + 1 > headerNumber {
            let number = offset + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let values = fields(line, separator: separator)
            let rawCode = codeIndex < values.count ? values[codeIndex] : ""
            let name = nameIndex < values.count ? values[nameIndex].trimmingCharacters(in: .whitespaces) : ""
            guard let code = AreaCode(rawCode) else {
                problems.append(Problem(line: number, message: "'\(rawCode)' is geen CBS-code (zoals GM0363, WK036301 of BU03630101)."))
                continue
            }
            if name.isEmpty || name.count > 200 {
                problems.append(Problem(line: number, message: "De naam van \(code) ontbreekt of is langer dan 200 tekens."))
                continue
            }
            if !seen.insert(code).inserted {
                problems.append(Problem(line: number, message: "\(code) staat meer dan één keer in het bestand."))
                continue
            }
            rows.append(AreaRow(code: code, name: name))
        }
        if rows.count > maximumRows {
            problems.append(Problem(line: 0, message: "Het bestand heeft meer dan \(maximumRows) regels."))
        }
        if rows.isEmpty && problems.isEmpty {
            problems.append(Problem(line: 0, message: "Het bestand bevat geen gebieden."))
        }
        return problems.isEmpty ? .success(rows.sorted { $0.code < $1.code }) : .failure(ProblemList(problems))
    }

    /// Splits one CSV line, honouring double quotes ("" inside quotes is one quote).
    static func fields(_ line: String, separator: Character) -> [String] {
        var result: [String] = []
        var current = ""
        var inQuotes = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let char = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if char == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(char)
                }
            } else if char == "\"" {
                inQuotes = true
            } else if char == separator {
                result.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(char)
            }
        }
        result.append(current.trimmingCharacters(in: .whitespaces))
        return result
    }

    public struct ProblemList: Error, Equatable, Sendable {
        public let problems: [Problem]
        public init(_ problems: [Problem]) { self.problems = problems }
    }
}

import Foundation

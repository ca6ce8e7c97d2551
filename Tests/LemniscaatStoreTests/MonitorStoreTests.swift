// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

/// An organisation with a gemeente, two wijken with two buurten each, a policy with one goal and a count indicator.
struct MonitorFixture {
    let fixture: Fixture
    let policyID: UUID
    let goalID: UUID
    let indicatorID: UUID
    let actor: AuditActor

    static func make(_ store: Store, unit: String = "aantal", aggregation: String = "som", name: String = "Gemeente Testdorp") async throws -> MonitorFixture {
        let fixture = try await Fixture.make(store, name: name)
        let actor = AuditActor.commandLine(organisationID: fixture.organisationID)
        let csv = "code;naam\nGM0999;Testdorp\nWK099901;Noord\nWK099902;Zuid\nBU09990101;Noord-A\nBU09990102;Noord-B\nBU09990201;Zuid-A\nBU09990202;Zuid-B"
        _ = try await AreaRepository(store: store).importRows(try AreaCSV.parse(csv).get(), organisationID: fixture.organisationID, actor: actor, now: Date())
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: fixture.organisationID).first)
        let policies = PolicyRepository(store: store)
        let policy = try await policies.create(
            .init(
                title: "Schulden voorkomen", summary: "Vroeg erbij zijn.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [],
                goals: [("Vroeg erbij", "Eerder in beeld."), ("Korter wachten", "Binnen vier weken een gesprek.")]),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        let goal = try #require(try await PolicyGoalModel.query(on: store.database).filter(\.$policyID == policy.id!).filter(\.$position == 1).first())
        let indicator = try await IndicatorRepository(store: store).create(
            goalID: goal.id!,
            IndicatorInput(
                code: "sv-01", name: "Huishoudens met vroegsignalering", definition: "Aantal huishoudens in beeld via vroegsignalering.",
                kind: "output", unit: unit, direction: "hoger-is-beter", source: "eigen-registratie", ownerID: nil, frequency: "kwartaal",
                aggregation: aggregation, baselinePeriod: "2024-Q4", baselineValue: "100", targets: [("2026-Q4", "160")]),
            organisationID: fixture.organisationID, actor: actor, now: Date())
        return MonitorFixture(fixture: fixture, policyID: policy.id!, goalID: goal.id!, indicatorID: indicator, actor: actor)
    }

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("metingen-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

@Suite struct MeasurementImportTests {
    func count(_ store: Store) async throws -> Int {
        try await store.sql.raw("SELECT COUNT(*) AS n FROM measurements").first()!.decode(column: "n", as: Int.self)
    }

    func audits(_ store: Store, _ action: String) async throws -> Int {
        try await AuditEntryModel.query(on: store.database).filter(\.$action == action).count()
    }

    @Test func importsAFileAndRollsItUp() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store)
            let path = try monitor.write(
                "indicator;periode;gebied;waarde;status\nSV-01;2025-Q1;BU09990101;40;definitief\nSV-01;2025-Q1;BU09990102;3;definitief\n"
                    + "SV-01;2025-Q1;BU09990201;50;voorlopig\nSV-01;2025-Q1;BU09990202;17;voorlopig\n")
            // act
            let report = try await MeasurementImporter(store: store).run(
                path: path, fileName: "metingen.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            // check
            #expect(report.rows == 4)
            #expect(report.created == 4)
            #expect(try await count(store) == 4)
            #expect(try await audits(store, "metingen.geimporteerd") == 1)
            let measured = try await MeasurementRepository(store: store).wholeAreaFigures(indicatorIDs: [monitor.indicatorID])
            let figures = IndicatorFigures(
                measured: measured[monitor.indicatorID] ?? [:], areas: ["GM0999", "WK099901", "WK099902"].compactMap(AreaCode.init), aggregation: .sum)
            #expect(figures.latest?.figure.value == 110)
            #expect(figures.latest?.figure.state == .provisional)
            #expect(figures.byPeriod[Period("2025-Q1")!]?[AreaCode("WK099901")!]?.value == 43)
        }
    }

    @Test func aFileWithErrorsOnManyRowsImportsNothingAndListsEveryRow() async throws {
        try await withTestStore { store in
            // setup: 300 rows, every third one wrong in a different way
            let monitor = try await MonitorFixture.make(store)
            var text = "indicator;periode;gebied;uitsplitsing;categorie;waarde\n"
            var bad: [Int] = []
            for row in 0..<300 {
                let line = row + 2
                switch row % 9 {
                case 2: text += "SV-01;2025-Q5;BU09990101;leeftijd;c\(row);4\n"
                case 5: text += "SV-01;2025-Q1;BU09990101;leeftijd;c\(row);vier\n"
                case 8: text += "XX-01;2025-Q1;BU09990101;leeftijd;c\(row);4\n"
                default: text += "SV-01;2025-Q1;BU09990101;leeftijd;c\(row);\(row)\n"
                }
                if row % 3 == 2 { bad.append(line) }
            }
            let path = try monitor.write(text)
            // act
            let refused = await #expect(throws: MeasurementImporter.Refused.self) {
                try await MeasurementImporter(store: store).run(
                    path: path, fileName: "fout.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            }
            // check
            let report = try #require(refused?.report)
            #expect(report.rows == 300)
            #expect(Set(report.problems.map(\.line)) == Set(bad))
            #expect(report.problems.contains { $0.message.contains("'2025-Q5' is geen periode") })
            #expect(report.problems.contains { $0.message.contains("'vier' in kolom 'waarde' is geen getal") })
            #expect(report.problems.contains { $0.message.contains("Indicator 'XX-01' bestaat niet") })
            #expect(try await count(store) == 0)
            #expect(try await audits(store, "metingen.geimporteerd") == 0)
        }
    }

    @Test func replacesProvisionalFiguresButNeverFinalOnesOrDuplicates() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store)
            let importer = MeasurementImporter(store: store)
            let org = monitor.fixture.organisationID
            _ = try await importer.run(
                path: try monitor.write("indicator;periode;gebied;waarde;status\nSV-01;2025-Q1;BU09990101;40;voorlopig\nSV-01;2025-Q1;BU09990102;7;definitief\n"),
                fileName: "a.csv", organisationID: org, actor: monitor.actor, now: Date())
            // act
            let replaced = try await importer.run(
                path: try monitor.write("indicator;periode;gebied;waarde;status\nSV-01;2025-Q1;BU09990101;44;definitief\n"),
                fileName: "b.csv", organisationID: org, actor: monitor.actor, now: Date())
            let refused = await #expect(throws: MeasurementImporter.Refused.self) {
                try await importer.run(
                    path: try monitor.write("indicator;periode;gebied;waarde\nSV-01;2025-Q2;BU09990101;1\nSV-01;2025-Q1;BU09990102;8\nSV-01;2025-Q2;bu09990101;2\nSV-01;2025-03;BU09990101;2\n"),
                    fileName: "c.csv", organisationID: org, actor: monitor.actor, now: Date())
            }
            // check
            #expect(replaced.replaced == 1)
            #expect(replaced.created == 0)
            let messages = try #require(refused?.report.problems).map(\.description)
            #expect(messages.contains { $0.hasPrefix("Regel 3:") && $0.contains("definitieve waarde") })
            #expect(messages.contains { $0.hasPrefix("Regel 4:") && $0.contains("staat al eerder in het bestand") })
            #expect(messages.contains { $0.hasPrefix("Regel 5:") && $0.contains("per kwartaal") })
            let figures = try await MeasurementRepository(store: store).all(indicatorID: monitor.indicatorID)
            #expect(figures.count == 2)
            #expect(figures.first { $0.area.description == "BU09990101" }?.figure == Figure(value: 44, state: .final))
        }
    }

    @Test func textAndNumbersAreStoredExactlyAsTheFileGivesThem() async throws {
        try await withTestStore { store in
            // setup: notes and categories with quotes, backslashes, a tab, accents and an emoji; values with many digits
            let monitor = try await MonitorFixture.make(store, unit: "bedrag", aggregation: "geen")
            let notes = ["Zei: \"ja\" \\ nee", "tab\there", "café 🙂 ß", "", "{\"json\": [1, 2]}"]
            let values = ["0.1", "123456789.125", "1e-7", "0", "987654321"]
            var csv = "indicator;periode;gebied;uitsplitsing;categorie;waarde;toelichting\n"
            for (index, note) in notes.enumerated() {
                let quoted = note.replacingOccurrences(of: "\"", with: "\"\"")
                csv += "SV-01;2025-Q1;BU09990101;groep;\"c\\\"\"\(index)\";\(values[index]);\"\(quoted)\"\n"
            }
            // act: new rows, then the same keys again as provisional replacements (the upsert path)
            _ = try await MeasurementImporter(store: store).run(
                path: try monitor.write(csv), fileName: "t.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            let first = try await MeasurementRepository(store: store).all(indicatorID: monitor.indicatorID)
            let again = try await MeasurementImporter(store: store).run(
                path: try monitor.write(csv), fileName: "t.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            let second = try await MeasurementRepository(store: store).all(indicatorID: monitor.indicatorID)
            // check
            #expect(again.replaced == notes.count)
            for figures in [first, second] {
                #expect(figures.count == notes.count)
                for (index, note) in notes.enumerated() {
                    let stored = figures.first { $0.category == "c\\\"\(index)" }
                    #expect(stored?.note == note)
                    #expect(stored?.figure.value == Double(values[index]))
                    #expect(stored?.dimension == "groep")
                }
            }
        }
    }

    @Test func aFileInAnyOrderIsStoredWholeAcrossChunks() async throws {
        try await withTestStore { store in
            // setup: provisional figures for two buurten, then a shuffled file of 1 200 rows that replaces those two and
            // adds the rest, imported 100 new rows at a time (each chunk sorted before it is written)
            let monitor = try await MonitorFixture.make(store)
            let org = monitor.fixture.organisationID
            let importer = MeasurementImporter(store: store, chunkRows: 100)
            _ = try await importer.run(
                path: try monitor.write(
                    "indicator;periode;gebied;uitsplitsing;categorie;waarde\nSV-01;2025-Q1;BU09990101;leeftijd;c0;1\nSV-01;2025-Q1;BU09990102;leeftijd;c0;1\n"),
                fileName: "a.csv", organisationID: org, actor: monitor.actor, now: Date())
            var lines: [String] = []
            var expected = 0
            for period in ["2025-Q1", "2025-Q2", "2025-Q3"] {
                for buurt in ["BU09990101", "BU09990102", "BU09990201", "BU09990202"] {
                    for category in 0..<100 {
                        let value = (category * 7 + buurt.count + period.count) % 400
                        expected += value
                        lines.append("sv-01;\(period);\(buurt);leeftijd;c\(category);\(value)")
                    }
                }
            }
            // A fixed shuffle (7 919 is prime to 1 200), so the file names the cells far from their order in the index.
            lines = lines.indices.map { lines[($0 * 7919) % lines.count] }
            // act
            let report = try await importer.run(
                path: try monitor.write("indicator;periode;gebied;uitsplitsing;categorie;waarde\n" + lines.joined(separator: "\n") + "\n"),
                fileName: "b.csv", organisationID: org, actor: monitor.actor, now: Date())
            // check
            #expect(report.rows == 1200)
            #expect(report.created == 1198)
            #expect(report.replaced == 2)
            #expect(try await count(store) == 1200)
            let stored = try await MeasurementRepository(store: store).all(indicatorID: monitor.indicatorID)
            #expect(Int(stored.map(\.figure.value).reduce(0, +)) == expected)
            let replacedFigure = stored.first { $0.area.description == "BU09990102" && $0.period.description == "2025-Q1" && $0.category == "c0" }
            #expect(replacedFigure?.figure.value == Double(10 + 7))
            #expect(try await audits(store, "metingen.geimporteerd") == 2)
        }
    }

    @Test func aBulkWriteTurnsForeignKeysOffForItselfOnly() async throws {
        try await withTestStore { store in
            guard store.kind == .sqlite else { return }
            @Sendable func foreignKeys(_ db: any SQLDatabase) async throws -> Int {
                try await db.raw("PRAGMA foreign_keys").first()!.decode(column: "foreign_keys", as: Int.self)
            }
            // act
            let inside = try await store.bulkWrite { db in try await foreignKeys(db as! any SQLDatabase) }
            struct Stop: Error {}
            await #expect(throws: Stop.self) { try await store.bulkWrite { _ in throw Stop() } }
            let ordinary = try await store.write { db in try await foreignKeys(db as! any SQLDatabase) }
            var afterwards: [Int] = []
            for _ in 0..<16 { afterwards.append(try await foreignKeys(store.sql)) }
            // check
            #expect(inside == 0)
            #expect(ordinary == 1)
            #expect(afterwards.allSatisfy { $0 == 1 })
        }
    }

    @Test func theWholeAreaFiguresAreReadFromTheirPartialIndex() async throws {
        try await withTestStore { store in
            guard store.kind == .sqlite else { return }
            // act
            let plan = try await store.sql.raw(
                """
                EXPLAIN QUERY PLAN SELECT measurements.value, indicators.id FROM measurements
                JOIN indicators ON indicators.number = measurements.indicator_number
                WHERE indicators.id IN ('A', 'B') AND measurements.dimension = '' AND measurements.period IN ('2025', '2026')
                """
            ).all().map { try $0.decode(column: "detail", as: String.self) }
            let definition = try await store.sql.raw("SELECT sql FROM sqlite_master WHERE name = 'measurements_whole_area'").first()?
                .decode(column: "sql", as: String.self)
            // check: only rows without a breakdown are in it, so an import of breakdowns does not write it
            #expect(definition?.hasSuffix("WHERE dimension = ''") == true)
            #expect(plan.contains { $0.contains("USING INDEX measurements_whole_area") })
        }
    }

    @Test func aPercentageNeedsNumeratorAndDenominator() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store, unit: "percentage", aggregation: "gewogen-gemiddelde")
            // act
            let refused = await #expect(throws: MeasurementImporter.Refused.self) {
                try await MeasurementImporter(store: store).run(
                    path: try monitor.write("indicator;periode;gebied;waarde;teller;noemer\nSV-01;2025-Q1;BU09990101;50;;\nSV-01;2025-Q1;BU09990102;;9;3\nSV-01;2025-Q1;BU09990201;30;1;2\n"),
                    fileName: "p.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            }
            // check
            let messages = try #require(refused?.report.problems).map(\.description)
            #expect(messages.contains { $0.hasPrefix("Regel 2:") && $0.contains("teller en noemer") })
            #expect(messages.contains { $0.hasPrefix("Regel 3:") && $0.contains("niet groter zijn dan de noemer") })
            #expect(messages.contains { $0.hasPrefix("Regel 4:") && $0.contains("past niet bij teller en noemer") })
        }
    }
}

@Suite struct IndicatorTests {
    @Test func editingAPolicyKeepsItsGoalsAndTheirIndicators() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store)
            let policies = PolicyRepository(store: store)
            var input = try #require(try await policies.input(for: monitor.policyID))
            // act: rename the first goal
            input.goals[0].title = "Eerder erbij"
            try await policies.update(id: monitor.policyID, input, organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            // and try to drop it
            input.goals = [input.goals[1]]
            await #expect(throws: ValidationFailure.self) {
                try await policies.update(id: monitor.policyID, input, organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            }
            // check
            let goal = try #require(try await PolicyGoalModel.find(monitor.goalID, on: store.database))
            #expect(goal.title == "Eerder erbij")
            #expect(try await IndicatorModel.find(monitor.indicatorID, on: store.database) != nil)
        }
    }

    @Test func refusesBadInputInDutch() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store)
            let input = IndicatorInput(
                code: "SV-01", name: "", definition: "Bel 0612345678", kind: "resultaat", unit: "percentage", direction: "hoger-is-beter",
                source: "cbs", ownerID: nil, frequency: "kwartaal", aggregation: "som", baselinePeriod: "2025-Q1", baselineValue: "x",
                targets: [("2024", "10"), ("2026", "10"), ("2026", "12")])
            // act
            let failure = await #expect(throws: ValidationFailure.self) {
                _ = try await IndicatorRepository(store: store).create(
                    goalID: monitor.goalID, input, organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            }
            // check
            let names = Set(try #require(failure).invalidParams.map(\.name))
            #expect(names.isSuperset(of: ["naam", "definitie", "soort", "optellen", "nulmeting-waarde", "doelwaarde-3"]))
        }
    }

    @Test func aCodeIsUniqueWithinTheOrganisation() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store)
            var input = IndicatorInput(
                code: "SV-01", name: "Dubbel", definition: "Nog een.", kind: "outcome", unit: "aantal", direction: "lager-is-beter",
                source: "cbs", ownerID: nil, frequency: "jaar", aggregation: "som")
            // act / check
            await #expect(throws: ValidationFailure.self) {
                _ = try await IndicatorRepository(store: store).create(
                    goalID: monitor.goalID, input, organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            }
            input.code = "SV-02"
            let created = try await IndicatorRepository(store: store).create(
                goalID: monitor.goalID, input, organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            #expect(try await IndicatorRepository(store: store).indicator(id: created, organisationID: monitor.fixture.organisationID)?.indicator.code == "SV-02")
        }
    }
}

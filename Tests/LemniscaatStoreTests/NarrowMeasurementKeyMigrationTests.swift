// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatCore
import LemniscaatTestSupport
import SQLKit
import Testing

@testable import LemniscaatStore

/// M0045 rebuilds the measurements table with a narrow key; a database with measurements in the old layout must come
/// through it with every figure, id and import kept, and take new measurements afterwards.
@Suite struct NarrowMeasurementKeyMigrationTests {
    @Test func measurementsInTheOldLayoutComeThroughWhole() async throws {
        try await withTestStore { store in
            // setup: an import in the narrow layout, then the database taken back to the old one (M0045 reverted)
            let monitor = try await MonitorFixture.make(store)
            let importer = MeasurementImporter(store: store)
            _ = try await importer.run(
                path: try monitor.write(
                    "indicator;periode;gebied;uitsplitsing;categorie;waarde;status\nSV-01;2025-Q1;BU09990101;;;12;definitief\n"
                        + "SV-01;2025-Q1;BU09990102;;;3;voorlopig\nSV-01;2025-Q2;BU09990101;leeftijd;18-27;7;voorlopig\n"),
                fileName: "eerste.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            let repository = MeasurementRepository(store: store)
            let before = try await repository.all(indicatorID: monitor.indicatorID)
            struct Wide: Decodable {
                let indicator_id: UUID
                let import_id: UUID?
            }
            // On one connection: another one's cached schema would not yet know that the revert dropped a column.
            let wide = try await store.database.withConnection { connection in
                try await M0045_NarrowMeasurementKey().revert(on: connection)
                let wide = try await (connection as! any SQLDatabase).select().column("indicator_id").column("import_id").from("measurements")
                    .all(decoding: Wide.self)
                // act
                try await M0045_NarrowMeasurementKey().prepare(on: connection)
                return wide
            }
            #expect(wide.count == 3)
            #expect(wide.allSatisfy { $0.indicator_id == monitor.indicatorID && $0.import_id != nil })
            // check: the same measurements with the same ids, the import kept as a row of its own
            let after = try await repository.all(indicatorID: monitor.indicatorID)
            #expect(after == before)
            struct Imported: Decodable {
                let id: UUID
                let row_count: Int
            }
            let imports = try await store.sql.select().column("id").column("row_count").from("measurement_imports").all(decoding: Imported.self)
            #expect(imports.count == 1)
            #expect(imports.first?.id == wide.first?.import_id)
            #expect(imports.first?.row_count == 3)
            // and new measurements go in after the kept ones, under ids of their own
            _ = try await importer.run(
                path: try monitor.write("indicator;periode;gebied;waarde\nSV-01;2025-Q3;BU09990101;14\nSV-01;2025-Q3;BU09990201;9\n"),
                fileName: "tweede.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            let all = try await repository.all(indicatorID: monitor.indicatorID)
            #expect(all.count == 5)
            #expect(Set(all.map(\.id)).count == 5)
            #expect(all.filter { $0.period.description == "2025-Q3" }.allSatisfy { $0.id > before.map(\.id).max()! })
            // and an indicator made after the migration gets a number of its own
            struct Numbered: Decodable { let number: Int64? }
            let numbers = try await store.sql.select().column("number").from("indicators").all(decoding: Numbered.self).map(\.number)
            #expect(numbers.allSatisfy { $0 != nil })
            #expect(Set(numbers).count == numbers.count)
        }
    }

    @Test func newIndicatorsAreNumberedByTheDatabase() async throws {
        try await withTestStore { store in
            // setup
            let monitor = try await MonitorFixture.make(store)
            // act: two more indicators on the same goal
            var ids: [UUID] = [monitor.indicatorID]
            for code in ["sv-02", "sv-03"] {
                ids.append(
                    try await IndicatorRepository(store: store).create(
                        goalID: monitor.goalID,
                        IndicatorInput(
                            code: code, name: "Indicator \(code)", definition: "Een aantal.", kind: "output", unit: "aantal",
                            direction: "hoger-is-beter", source: "eigen-registratie", ownerID: nil, frequency: "kwartaal", aggregation: "som",
                            baselinePeriod: "2024-Q4", baselineValue: "100", targets: []),
                        organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date()))
            }
            // check: each has a number, all different
            let numbers = try await MeasurementRepository.indicatorNumbers(ids, on: store.sql)
            #expect(numbers.count == 3)
            #expect(Set(numbers.values).count == 3)
            // and an indicator that goes takes its measurements along (the foreign key on its number)
            _ = try await MeasurementImporter(store: store).run(
                path: try monitor.write("indicator;periode;gebied;waarde\nSV-02;2025-Q1;BU09990101;4\nSV-01;2025-Q1;BU09990101;6\n"),
                fileName: "m.csv", organisationID: monitor.fixture.organisationID, actor: monitor.actor, now: Date())
            try await store.sql.delete(from: "indicator_targets").where("indicator_id", .equal, SQLBind(ids[1])).run()
            try await store.sql.delete(from: "indicators").where("id", .equal, SQLBind(ids[1])).run()
            let repository = MeasurementRepository(store: store)
            #expect(try await repository.all(indicatorID: ids[1]).isEmpty)
            #expect(try await repository.all(indicatorID: ids[0]).count == 1)
            struct Count: Decodable { let n: Int }
            #expect(try await store.sql.raw("SELECT COUNT(*) AS n FROM measurements").first(decoding: Count.self)?.n == 1)
        }
    }
}

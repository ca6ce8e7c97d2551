// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import LemniscaatTestSupport
import Testing

@testable import LemniscaatStore

/// Every model lists its fields in `properties` instead of leaving FluentKit to find them by reflection, which it did
/// for every row it read or wrote (a tenth of a policy page's CPU). A list that misses a field would silently stop
/// reading and writing it, so this suite holds every model in the sources to what reflection finds.
@Suite struct ModelPropertyListTests {
    /// The model classes declared in the store's sources, by name.
    static func modelNames() throws -> [String] {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/LemniscaatStore").standardized
        let pattern = try Regex(#"final class (\w+): Model\b"#)
        var names: [String] = []
        for case let path as String in FileManager.default.enumerator(atPath: sources.path)! where path.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
            names += text.matches(of: pattern).map { String($0.output[1].substring!) }
        }
        return names.sorted()
    }

    @Test func everyModelListsExactlyTheFieldsReflectionFinds() throws {
        let names = try Self.modelNames()
        #expect(names.count >= 61, "found \(names.count) models")
        for name in names {
            // setup
            let type = try #require(_typeByName("LemniscaatStore.\(name)") as? any Fields.Type, "\(name) is not found by name")
            let model = type.init()

            // act
            let listed = model.properties.map { ObjectIdentifier($0 as AnyObject) }
            let reflected = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) }

            // check: the same property objects in the same order (the order of the columns FluentKit selects)
            #expect(!reflected.isEmpty, "\(name) has no fields")
            #expect(listed == reflected, "\(name) lists \(listed.count) fields, reflection finds \(reflected.count) (or another order)")
        }
    }

    @Test func aListedModelStillReadsAndWritesEveryField() async throws {
        try await withTestStore { store in
            // setup
            let fixture = try await Fixture.make(store)
            let user = try #require(try await UserModel.find(fixture.administrator.id, on: store.database))

            // act: change a field and an optional field, read it back
            user.name = "Nieuwe naam"
            user.invitationExpiresAt = Date(timeIntervalSince1970: 1_800_000_000)
            try await user.save(on: store.database)
            let read = try #require(try await UserModel.find(user.id, on: store.database))

            // check
            #expect(read.name == "Nieuwe naam")
            #expect(read.invitationExpiresAt == Date(timeIntervalSince1970: 1_800_000_000))
            #expect(read.email == fixture.administrator.email)
        }
    }
}

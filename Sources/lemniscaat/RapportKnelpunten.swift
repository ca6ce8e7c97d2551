// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import ArgumentParser
import Foundation
import LemniscaatCore
import LemniscaatStore
import LemniscaatWeb

extension RapportCommand {
    enum LetterFormat: String, ExpressibleByArgument, CaseIterable {
        case md
        case html
    }

    struct Knelpunten: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "knelpunten",
            abstract: "De knelpuntenbrief: wat is doorgezet naar een andere organisatie of het Rijk, per regeling en artikel.",
            discussion: "Zelfde inhoud als /rapportages/knelpuntenbrief (zie docs/knelpuntenbrief.md).")

        @Option(name: .customLong("organisatie"), help: "De organisatie (slug), als de database er meer dan één heeft.") var organisation: String?
        @Option(name: .customLong("formaat"), help: "md of html.") var format: LetterFormat = .md
        @Option(name: .customLong("uitvoer"), help: "Schrijf naar dit bestand in plaats van naar het scherm.") var output: String?
        @Option(name: .customLong("van"), help: "Doorgezet op of na deze dag (jjjj-mm-dd).") var from: String?
        @Option(name: .customLong("tot"), help: "Doorgezet op of voor deze dag (jjjj-mm-dd).") var until: String?
        @Option(name: .customLong("jaar"), help: "Doorgezet in dit jaar (jjjj), in plaats van --van en --tot.") var year: String?
        @Option(name: .customLong("geadresseerde"), help: "andere-organisatie of rijk.") var addresseeKind: String?

        func run() async throws {
            let filter: BottleneckLetter.Filter
            switch BottleneckLetter.Filter.parse(from: from, until: until, year: year, addresseeKind: addresseeKind) {
            case .success(let chosen): filter = chosen
            case .failure(let failure): fail(failure.invalidParams.map { "--\($0.name): \($0.reason)" }.joined(separator: " "))
            }
            let env = Environment()
            let store = try await env.openStore()
            let organisationID = try await RapportCommand.organisation(organisation, store: store).id!
            let text: String
            do {
                let letter = try await BottleneckReportRepository(store: store).letter(organisationID: organisationID, filter: filter)
                // Links point at the server when its address is known; otherwise they stay paths.
                let base = env.values["LEMNISCAAT_BASE_URL"].map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? ""
                switch format {
                case .md: text = letter.markdown(generatedAt: Date()) { base + $0 }
                case .html: text = try BottleneckLetterDocument.html(letter, renderer: try await Renderer(), generatedAt: Date(), linkBase: base)
                }
            } catch {
                await store.shutdown()
                fail("De knelpuntenbrief kon niet worden gemaakt: \(error)")
            }
            await store.shutdown()
            RapportCommand.write(text, to: output)
            if let output { FileHandle.standardError.write(Data("De knelpuntenbrief staat in \(output).\n".utf8)) }
        }
    }
}

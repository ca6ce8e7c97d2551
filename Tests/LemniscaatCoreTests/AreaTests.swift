// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Testing

@testable import LemniscaatCore

@Suite struct AreaCodeTests {
    @Test func parsesTheThreeLevelsAndTheirParents() {
        // act
        let gemeente = AreaCode("GM0363")
        let wijk = AreaCode("wk036301")
        let buurt = AreaCode(" BU03630101 ")
        // check
        #expect(gemeente?.level == .municipality)
        #expect(gemeente?.parent == nil)
        #expect(wijk?.description == "WK036301")
        #expect(wijk?.parent == gemeente)
        #expect(buurt?.level == .neighbourhood)
        #expect(buurt?.parent == wijk)
    }

    @Test(arguments: ["", "GM363", "GM03630", "WK0363", "BU036301011", "XX0363", "GM03a3", "BU0363010１"])
    func refusesWhatIsNoCBSCode(_ raw: String) {
        #expect(AreaCode(raw) == nil)
    }
}

@Suite struct AreaCSVTests {
    @Test func readsCommaAndSemicolonFilesWithQuotes() throws {
        // setup
        let comma = "code,naam\nGM0363,Amsterdam\nWK036301,\"Burgwallen, Oude Zijde\"\n"
        let semicolon = "\u{FEFF}Code;Naam\r\nBU03630101;Kop Zeedijk\r\nWK036301;Burgwallen\r\n"
        // act
        let first = try AreaCSV.parse(comma).get()
        let second = try AreaCSV.parse(semicolon).get()
        // check
        #expect(first.map(\.name) == ["Amsterdam", "Burgwallen, Oude Zijde"])
        #expect(second.map(\.code.description) == ["WK036301", "BU03630101"])  // parents first
    }

    @Test func reportsEveryProblemWithItsLine() {
        // setup
        let text = "code;naam\nGM0363;Amsterdam\nGM99;Fout\nWK036301;\nGM0363;Nog een keer\n"
        // act
        let result = AreaCSV.parse(text)
        // check
        guard case .failure(let list) = result else {
            Issue.record("expected problems")
            return
        }
        #expect(list.problems.map(\.line) == [3, 4, 5])
        #expect(list.problems[0].description.hasPrefix("Regel 3: 'GM99' is geen CBS-code"))
    }

    @Test func refusesAFileWithoutTheColumns() {
        guard case .failure(let list) = AreaCSV.parse("gebied,omschrijving\nGM0363,Amsterdam") else {
            Issue.record("expected a problem")
            return
        }
        #expect(list.problems.first?.line == 1)
    }
}

@Suite struct AccountRuleTests {
    @Test func passwordLengthIsTheOnlyRule() {
        #expect(PasswordPolicy.check("kort") == .tooShort)
        #expect(PasswordPolicy.check("elf tekens!") == .tooShort)
        #expect(PasswordPolicy.check("twaalf teken") == nil)
        #expect(PasswordPolicy.check("ëëëëëëëëëëëë") == nil)  // characters, not bytes
        #expect(PasswordPolicy.check(String(repeating: "a", count: 128)) == nil)
        #expect(PasswordPolicy.check(String(repeating: "a", count: 129)) == .tooLong)
    }

    @Test func emailAddressesAreNormalised() {
        #expect(EmailAddress("  Sanne@Demo.Test ")?.value == "sanne@demo.test")
        #expect(EmailAddress("geen-apenstaartje") == nil)
        #expect(EmailAddress("a@b") == nil)
        #expect(EmailAddress("a b@c.nl") == nil)
    }

    @Test func rolesAndSlugs() {
        #expect(Role(rawValue: "beheerder") == .administrator)
        #expect(Slug.make("Zorg en ondersteuning (Wmo)") == "zorg-en-ondersteuning-wmo")
        #expect(Slug.make("Gemeente Súdwest-Fryslân") == "gemeente-sudwest-fryslan")
    }

    @Test func secretsAreRandomAndComparedWhole() {
        let a = SecretToken.generate()
        let b = SecretToken.generate()
        #expect(a != b)
        #expect(a.count == 43)
        #expect(SecretToken.equal(a, a))
        #expect(!SecretToken.equal(a, b))
        #expect(!SecretToken.equal(a, String(a.dropLast())))
        #expect(SecretToken.hash(a).count == 64)
    }
}

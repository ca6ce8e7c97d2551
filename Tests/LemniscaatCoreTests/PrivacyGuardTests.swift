// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

/// One text from a fixture file, with the findings it must give (kind and exact flagged text).
struct PrivacyFixtureLine: Sendable, CustomTestStringConvertible {
    let number: Int
    let text: String
    let expected: [(kind: PersonalDataKind, identifier: String)]

    var testDescription: String { "line \(number): \(text)" }

    /// Blank lines and "#" comments are skipped; " ## kind: identifier" annotations follow the text.
    static func load(_ name: String) throws -> [PrivacyFixtureLine] {
        // On Linux `resourceURL` can point at the wrong place; `bundleURL` is the resources folder itself.
        let url = Bundle.module.bundleURL.appendingPathComponent("Fixtures/\(name).txt")
        let content = try String(contentsOf: url, encoding: .utf8)
        var lines: [PrivacyFixtureLine] = []
        for (index, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.components(separatedBy: " ## ")
            var expected: [(kind: PersonalDataKind, identifier: String)] = []
            for annotation in parts.dropFirst() {
                let pieces = annotation.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let kind = PersonalDataKind(rawValue: pieces[0]), pieces.count == 2 else {
                    throw FixtureError(message: "\(name) line \(index + 1): cannot read '\(annotation)'")
                }
                expected.append((kind, pieces[1]))
            }
            lines.append(PrivacyFixtureLine(number: index + 1, text: parts[0], expected: expected))
        }
        return lines
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// The flagged text of each finding, to compare with what a fixture expects.
private func flagged(_ text: String) -> [(kind: PersonalDataKind, identifier: String, offset: Int)] {
    PrivacyGuard.scan(text).map { finding in
        let start = text.index(text.startIndex, offsetBy: finding.offset)
        let end = text.index(start, offsetBy: finding.length)
        return (finding.kind, String(text[start..<end]), finding.offset)
    }
}

@Suite struct PrivacyGuardFixtureTests {
    @Test func thereAreEnoughFixtures() throws {
        let catches = try PrivacyFixtureLine.load("privacy-must-catch")
        let passes = try PrivacyFixtureLine.load("privacy-must-pass")
        #expect(catches.count >= 40)
        #expect(passes.count >= 40)
        #expect(catches.allSatisfy { !$0.expected.isEmpty })
        #expect(Set(catches.flatMap { $0.expected.map(\.kind) }) == Set(PersonalDataKind.allCases))
    }

    @Test(arguments: try PrivacyFixtureLine.load("privacy-must-catch"))
    func findsExactlyTheIdentifiers(_ line: PrivacyFixtureLine) {
        // act
        let found = flagged(line.text)
        // check: same kinds and texts in the same order, and each at the place where the identifier stands
        #expect(found.map(\.kind) == line.expected.map(\.kind))
        #expect(found.map(\.identifier) == line.expected.map(\.identifier))
        for (finding, expected) in zip(found, line.expected) {
            let range = line.text.range(of: expected.identifier)
            #expect(range.map { line.text.distance(from: line.text.startIndex, to: $0.lowerBound) } == finding.offset)
        }
    }

    @Test(arguments: try PrivacyFixtureLine.load("privacy-must-pass"))
    func findsNothingInOrdinarySignals(_ line: PrivacyFixtureLine) {
        let found = flagged(line.text)
        #expect(found.isEmpty, "flagged: \(found.map { "\($0.kind.rawValue) '\($0.identifier)'" })")
    }
}

@Suite struct PrivacyGuardChecksumTests {
    @Test(arguments: ["123456782", "111222333", "725763863", "71967692", "100000009"])
    func elevenTestAcceptsValidNumbers(_ digits: String) {
        #expect(NumberScanner.passesElevenTest(digits))
    }

    @Test(arguments: ["123456789", "633120015", "000000000", "00000000", "12345678", "1234567", "1234567820", "12345678a"])
    func elevenTestRefusesOthers(_ digits: String) {
        #expect(!NumberScanner.passesElevenTest(digits))
    }

    @Test func elevenTestWeighsTheLastDigitNegatively() {
        // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 = 156; minus 2 gives 154 = 14 · 11, plus 2 would not.
        #expect(NumberScanner.passesElevenTest([1, 2, 3, 4, 5, 6, 7, 8, 2]))
        #expect(!NumberScanner.passesElevenTest([1, 2, 3, 4, 5, 6, 7, 8, 9]))
    }

    @Test(arguments: [
        "NL91ABNA0417164300", "NL91 ABNA 0417 1643 00", "nl91abna0417164300", "DE89370400440532013000",
        "GB29NWBK60161331926819", "BE68539007547034", "FR1420041010050500013M02606",
    ])
    func mod97AcceptsValidIBANs(_ iban: String) {
        #expect(IBANScanner.isValid(iban))
    }

    @Test(arguments: ["NL91ABNA0417164301", "NL19ABNA0417164300", "NL91ABNA041716430", "NL00ABNA0417164300", "NL91ABNA04171643€0", ""])
    func mod97RefusesOthers(_ iban: String) {
        #expect(!IBANScanner.isValid(iban))
    }

    @Test func aNumberFailingTheElevenTestIsNoBSN() {
        #expect(PrivacyGuard.scan("Nummer 123456789 en 123.456.789").isEmpty)
        #expect(PrivacyGuard.scan("Nummer 123456782").map(\.kind) == [.bsn])
    }

    @Test func anIBANFailingMod97IsNoIBAN() {
        #expect(PrivacyGuard.scan("Rekening NL91ABNA0417164301 graag").isEmpty)
    }
}

@Suite struct PrivacyGuardOffsetTests {
    @Test func countsCharactersNotBytesOrScalars() {
        // setup: é precomposed and decomposed, a family emoji of five scalars, a flag of two, a CRLF of two
        let prefix = "Café cafe\u{301} 👩‍👩‍👧 🇳🇱 regel\r\n"
        let text = prefix + "BSN 123456782 👍"
        // act
        let findings = PrivacyGuard.scan(text)
        // check
        #expect(findings == [PersonalDataFinding(kind: .bsn, offset: prefix.count + 4, length: 9)])
        #expect(prefix.count == 20)
    }

    @Test func offsetsStayRightAfterSeveralFindings() {
        let text = "😀 BSN 123456782, 😀 mail j@example.com 😀 tel 06-12345678"
        let found = flagged(text)
        #expect(found.map(\.identifier) == ["123456782", "j@example.com", "06-12345678"])
        #expect(found.map(\.offset) == [6, 24, 44])
    }

    @Test func aCombiningMarkOnTheLastDigitStaysInTheFinding() {
        // The BSN ends inside the character "2́": the finding is rounded out to the whole character.
        let text = "BSN 123456782\u{301} klopt"
        let findings = PrivacyGuard.scan(text)
        #expect(findings == [PersonalDataFinding(kind: .bsn, offset: 4, length: 9)])
    }

    @Test func segmentsGiveTheTextBackWithTheFindingsMarked() {
        // setup
        let text = "Één cliënt 🙏 belde van 06-12345678 over NL91ABNA0417164300"
        // act
        let pieces = PrivacyGuard.segments(text)
        // check
        #expect(pieces.map(\.text).joined() == text)
        #expect(pieces.map(\.text) == ["Één cliënt 🙏 belde van ", "06-12345678", " over ", "NL91ABNA0417164300"])
        #expect(pieces.map(\.finding) == [nil, .phoneNumber, nil, .iban])
    }

    @Test func segmentsOfPlainOrEmptyText() {
        #expect(PrivacyGuard.segments("").isEmpty)
        let plain = PrivacyGuard.segments("Niets aan de hand in 2025.")
        #expect(plain.count == 1)
        #expect(plain.first?.text == "Niets aan de hand in 2025.")
        #expect(plain.first?.finding == nil)
        let whole = PrivacyGuard.segments("123456782")
        #expect(whole.map(\.text) == ["123456782"])
        #expect(whole.map(\.finding) == [.bsn])
    }
}

@Suite struct PrivacyGuardOverlapTests {
    @Test func anEmailAddressWinsOverTheNumberInIt() {
        #expect(flagged("Mail 0612345678@example.com of 123456782@example.com").map(\.kind) == [.emailAddress, .emailAddress])
    }

    @Test func aSpacedIBANWinsOverThePhoneNumberInItsTail() {
        // "0417 1643 00" alone would be a phone number in area 0417.
        #expect(flagged("Rekening NL91 ABNA 0417 1643 00 graag").map(\.identifier) == ["NL91 ABNA 0417 1643 00"])
        #expect(flagged("Nummer 0417 1643 00 graag").map(\.kind) == [.phoneNumber])
    }

    @Test func theMoreSpecificKindWinsOnTheSameSpan() {
        let resolved = PrivacyGuard.resolveOverlaps([
            Candidate(kind: .phoneNumber, start: 0, end: 10),
            Candidate(kind: .bsn, start: 0, end: 10),
            Candidate(kind: .dateOfBirth, start: 12, end: 20),
        ])
        #expect(resolved.map(\.kind) == [.bsn, .dateOfBirth])
    }

    @Test func theLongerCandidateWinsAPartialOverlap() {
        let resolved = PrivacyGuard.resolveOverlaps([
            Candidate(kind: .bsn, start: 5, end: 14),
            Candidate(kind: .postcodeWithHouseNumber, start: 0, end: 22),
            Candidate(kind: .phoneNumber, start: 30, end: 40),
        ])
        #expect(resolved == [Candidate(kind: .postcodeWithHouseNumber, start: 0, end: 22), Candidate(kind: .phoneNumber, start: 30, end: 40)])
    }

    @Test func findingsAreSortedAndDoNotOverlap() {
        let text = "Tel 06-12345678, BSN 111222333, 1234 AB 12, j@example.com, geb. 1-1-1990, NL91ABNA0417164300"
        let findings = PrivacyGuard.scan(text)
        #expect(findings.map(\.kind) == [.phoneNumber, .bsn, .postcodeWithHouseNumber, .emailAddress, .dateOfBirth, .iban])
        for (a, b) in zip(findings, findings.dropFirst()) {
            #expect(a.offset + a.length <= b.offset)
        }
    }
}

@Suite struct PrivacyGuardEdgeTests {
    @Test func shapesThatAreNotIdentifiers() {
        let texts = [
            "bsn 123456782abc", "€ 123 456 782", "123456782%", "1.123.456.782", "bedrag 123 456 782,50",
            "06-1234567", "06-123456789", "op 01-02-2025 10 gesprekken", "0800-1234567", "0900 1234567",
            "1234 en 12", "2024 op 12 locaties", "1234 AB 12:30", "1234 SS 12", "jan@example", "@example.com",
            "geboren 1985", "geb. 31-02-1985", "Kinderen geboren vóór 1 januari 2010", "geboorteland Marokko, 12-03-1985",
            "KvK 71967692", "GM0363 WK036301 BU03630101",
        ]
        for text in texts {
            #expect(flagged(text).isEmpty, "\(text) gave \(flagged(text).map(\.identifier))")
        }
    }

    @Test func capitalLettersMakeAShortWordAPostcode() {
        #expect(flagged("Adres 1234 EN 12").map(\.identifier) == ["1234 EN 12"])
    }

    @Test func textsWithoutRoomForAnIdentifier() {
        #expect(PrivacyGuard.scan("").isEmpty)
        #expect(PrivacyGuard.scan("06").isEmpty)
    }

    @Test func repetitiveInputStaysLinear() {
        // Candidates that never complete, many times over: a backtracking matcher would crawl on these.
        let inputs = [
            String(repeating: "0 ", count: 20_000), String(repeating: "1 ", count: 20_000),
            String(repeating: "a@", count: 20_000), String(repeating: "NL91 ", count: 20_000),
            String(repeating: "geboren ", count: 5_000), String(repeating: "1234 AB ", count: 5_000),
            String(repeating: "9", count: 50_000), String(repeating: "Kerkstraat 1, 1234 AB ", count: 5_000),
        ]
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for input in inputs { _ = PrivacyGuard.scan(input) }
        }
        // Generous, for debug builds on a busy machine; a quadratic scan would take minutes.
        #expect(elapsed < .seconds(10))
    }
}

@Suite struct PersonalDataKindTests {
    @Test func rawValuesAreStable() {
        #expect(
            PersonalDataKind.allCases.map(\.rawValue) == [
                "bsn", "iban", "telefoonnummer", "e-mailadres", "postcode-huisnummer", "geboortedatum",
            ])
    }

    @Test func everyKindHasDutchTexts() {
        for kind in PersonalDataKind.allCases {
            #expect(kind.explanation.hasPrefix("Dit lijkt op"))
            #expect(!kind.label.isEmpty)
        }
        #expect(
            PersonalDataKind.bsn.explanation
                == "Dit lijkt op een burgerservicenummer (BSN). Laat het weg: een signaal gaat over de situatie, niet over één persoon.")
        #expect(PersonalDataKind.postcodeWithHouseNumber.label == "postcode met huisnummer")
    }

    @Test func encodesAsItsRawValue() throws {
        let data = try JSONEncoder().encode([PersonalDataKind.phoneNumber])
        #expect(String(decoding: data, as: UTF8.self) == "[\"telefoonnummer\"]")
        #expect(try JSONDecoder().decode([PersonalDataKind].self, from: data) == [.phoneNumber])
    }
}

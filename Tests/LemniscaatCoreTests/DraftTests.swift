// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Testing

@testable import LemniscaatCore

@Suite struct DraftTextTests {
    @Test func splitsByHeadingsWithAPreambleAndStableUniqueKeys() {
        // setup
        let text = """
            Deze regeling geldt voor jongeren van 16 tot 23 jaar.

            # Artikel 1 Begrippen
            In deze regeling wordt verstaan onder:
            - jongere: een inwoner van 16 tot 23 jaar;

            ## Toelichting ##
            Korte uitleg.

            ## Toelichting
            Nog een uitleg.

            ###### Artikel 2: Wat is 'doenvermogen'?
            Tekst.
            #geen kop
            """
        // act
        let sections = DraftText.sections(text)
        // check
        #expect(sections.map(\.key) == ["inleiding", "artikel-1-begrippen", "toelichting", "toelichting-2", "artikel-2-wat-is-doenvermogen"])
        #expect(sections.map(\.level) == [0, 1, 2, 2, 6])
        #expect(sections[0].title == "Inleiding")
        #expect(sections[0].body == "Deze regeling geldt voor jongeren van 16 tot 23 jaar.")
        #expect(sections[2].title == "Toelichting")
        #expect(sections[1].body == "In deze regeling wordt verstaan onder:\n- jongere: een inwoner van 16 tot 23 jaar;")
        #expect(sections[4].body == "Tekst.\n#geen kop")
    }

    @Test func noPreambleWhenTheTextStartsWithAHeadingAndNoHeadingsInCode() {
        // setup
        let text = "\r\n# Doel\r\nHet doel.\r\n```\r\n# dit is code\r\n```\r\n#\r\nzonder titel"
        // act
        let sections = DraftText.sections(text)
        // check
        #expect(sections.map(\.key) == ["doel", "sectie"])
        #expect(sections[0].body == "Het doel.\n```\n# dit is code\n```")
        #expect(sections[1].title == "")
    }

    @Test func aTextWithoutHeadingsIsOneSection() {
        // act
        let sections = DraftText.sections("Alleen een alinea.")
        // check
        #expect(sections == [DraftSection(key: "inleiding", level: 0, title: "Inleiding", body: "Alleen een alinea.")])
        #expect(DraftText.sections("  \n\n").isEmpty)
    }

    @Test func bodiesBecomeParagraphsAndListsOnly() {
        // setup
        let body = """
            Eerste regel
            loopt door.

            - een
            - twee
              vervolg
            1. eerste lid
            2) tweede lid

            <script>alert(1)</script> **vet**
            """
        // act
        let blocks = DraftText.blocks(body)
        // check
        #expect(blocks == [
            .paragraph("Eerste regel loopt door."),
            .bulleted(["een", "twee vervolg"]),
            .numbered(start: 1, items: ["eerste lid", "tweede lid"]),
            .paragraph("<script>alert(1)</script> **vet**"),
        ])
    }
}

@Suite struct TextDiffTests {
    @Test func wordsWithinAChangedLine() {
        // act
        let spans = TextDiff.words("De jongere krijgt hulp tot 18 jaar.", "De jongere krijgt hulp tot 21 jaar.")
        // check
        #expect(spans == [.init(.same, "De jongere krijgt hulp tot "), .init(.deleted, "18"), .init(.inserted, "21"), .init(.same, " jaar.")])
    }

    @Test func spaceBetweenTwoChangesJoinsThem() {
        // act
        let spans = TextDiff.words("a b c d", "a x y d")
        // check
        #expect(spans == [.init(.same, "a "), .init(.deleted, "b c"), .init(.inserted, "x y"), .init(.same, " d")])
    }

    @Test func linesAreAddedRemovedOrChanged() {
        // setup
        let old = "Eerste alinea.\n\nDe termijn is acht weken.\nDeze regel gaat weg."
        let new = "Eerste alinea.\n\nDe termijn is zes weken.\nHelemaal iets anders hier nu."
        // act
        let lines = TextDiff.lines(old, new)
        // check
        #expect(lines.map(\.kind) == [.same, .same, .changed, .deleted, .inserted])
        #expect(lines[2].oldText == "De termijn is acht weken.")
        #expect(lines[2].newText == "De termijn is zes weken.")
        #expect(lines[3].newText == nil)
        #expect(lines[4].oldText == nil)
    }

    @Test func aVeryLongRewriteIsShownAsRemovedAndAdded() {
        // setup: more cells than the table may hold
        let old = (0..<2100).map { "oud\($0)" }.joined(separator: "\n")
        let new = (0..<2100).map { "nieuw\($0)" }.joined(separator: "\n")
        // act
        let lines = TextDiff.lines(old, new)
        // check
        #expect(lines.count == 4200)
        #expect(lines.allSatisfy { $0.kind == .deleted || $0.kind == .inserted })
    }
}

@Suite struct DraftComparisonTests {
    static let version1 = """
        # Artikel 1 Begrippen
        Een jongere is iemand van 16 tot 23 jaar.

        # Artikel 2 Toekomstplan
        Het wijkteam maakt vanaf 16 jaar een toekomstplan met de jongere.

        # Artikel 3 Wachttijd
        Hulp na 18 jaar begint binnen acht weken.

        # Artikel 4 Slotbepaling
        Deze regeling heet Aanpak 18-/18+.
        """

    static let version2 = """
        # Artikel 1 begrippen
        Een jongere is iemand van 16 tot 23 jaar.

        # Artikel 2 Toekomstplan
        Het wijkteam maakt vanaf 16 jaar een toekomstplan met de jongere en zijn ouders.

        # Artikel 3 Geen wachttijd na 18
        Hulp na 18 jaar begint binnen acht weken, zonder nieuwe wachttijd.

        # Artikel 3a Inkomen
        De klantmanager regelt het inkomen voor de achttiende verjaardag.
        """

    @Test func sectionsAreMatchedByKeyTitleAndText() {
        // setup
        let old = DraftText.sections(Self.version1)
        let new = DraftText.sections(Self.version2)
        // act
        let comparison = DraftComparison.compare(old, new)
        // check
        #expect(comparison.entries.map(\.change) == [.changed, .changed, .changed, .added, .removed])
        #expect(comparison.entries.map(\.title) == ["Artikel 1 begrippen", "Artikel 2 Toekomstplan", "Artikel 3 Geen wachttijd na 18", "Artikel 3a Inkomen", "Artikel 4 Slotbepaling"])
        // the first matched by key (the key has no capitals), only the title differs
        #expect(comparison.entries[0].titleChanged)
        #expect(comparison.entries[0].lines.allSatisfy { $0.kind == .same })
        // the third matched by its text under a new heading
        #expect(comparison.entries[2].old?.key == "artikel-3-wachttijd")
        #expect(comparison.entries[2].lines.first?.spans.contains(.init(.inserted, ", zonder nieuwe wachttijd")) == true)
        #expect(comparison.entries[1].lines.first?.spans == [
            .init(.same, "Het wijkteam maakt vanaf 16 jaar een toekomstplan met de jongere"), .init(.inserted, " en zijn ouders"), .init(.same, "."),
        ])
        #expect(comparison.entries[3].lines.allSatisfy { $0.kind == .inserted })
        #expect(comparison.entries[4].lines.allSatisfy { $0.kind == .deleted })
        #expect(comparison.count(.changed) == 3)
    }

    @Test func aVersionComparedWithItselfIsUnchanged() {
        // setup
        let sections = DraftText.sections(Self.version1)
        // act
        let comparison = DraftComparison.compare(sections, sections)
        // check
        #expect(comparison.entries.allSatisfy { $0.change == .unchanged })
        #expect(comparison.count(.unchanged) == 4)
    }

    @Test func aRemovedSectionStaysWhereItStood() {
        // setup
        let old = DraftText.sections("# A\na\n# B\nb\n# C\nc")
        let new = DraftText.sections("# A\na\n# C\nc")
        // act
        let comparison = DraftComparison.compare(old, new)
        // check
        #expect(comparison.entries.map(\.title) == ["A", "B", "C"])
        #expect(comparison.entries.map(\.change) == [.unchanged, .removed, .unchanged])
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// One client identifier found in a text.
public struct PersonalDataFinding: Sendable, Equatable {
    public let kind: PersonalDataKind
    /// Offset and length in Characters (Swift `String` characters, i.e. grapheme clusters) from the start of the text.
    public let offset: Int
    public let length: Int

    public init(kind: PersonalDataKind, offset: Int, length: Int) {
        self.kind = kind
        self.offset = offset
        self.length = length
    }
}

/// Finds Dutch client identifiers in free text before it is stored: BSN, IBAN, phone number, e-mail address,
/// postcode with house number, and a date of birth named as such.
///
/// Pure and fast, as it runs on every submit: hand-written scanners over the Unicode scalars, each one linear,
/// no regular expressions. It errs on the side of a finding only where a checksum (BSN, IBAN) or a strict shape
/// (phone number, e-mail address) backs it; amounts, years, article numbers, dates without a word like
/// "geboren", and postcodes without a house number are left alone, because signals about rules and processes
/// are full of them.
public enum PrivacyGuard {
    /// Every finding, sorted by offset, not overlapping (when two kinds match the same span keep the more specific one).
    public static func scan(_ text: String) -> [PersonalDataFinding] {
        let scalars = ScalarText(text)
        guard scalars.count >= 5 else { return [] }
        var candidates: [Candidate] = []
        NumberScanner.findBSNs(in: scalars, into: &candidates)
        NumberScanner.findPhoneNumbers(in: scalars, into: &candidates)
        IBANScanner.find(in: scalars, into: &candidates)
        EmailScanner.find(in: scalars, into: &candidates)
        AddressScanner.find(in: scalars, into: &candidates)
        DateOfBirthScanner.find(in: scalars, into: &candidates)
        guard !candidates.isEmpty else { return [] }
        return characterFindings(resolveOverlaps(candidates), in: text, scalarCount: scalars.count)
    }

    /// The text split into plain and flagged pieces, for a page that shows the fragments marked.
    /// Joined together the pieces give the text back; an empty text gives no pieces.
    public static func segments(_ text: String) -> [(text: String, finding: PersonalDataKind?)] {
        let findings = scan(text)
        guard !findings.isEmpty else { return text.isEmpty ? [] : [(text, nil)] }
        var pieces: [(text: String, finding: PersonalDataKind?)] = []
        var index = text.startIndex
        var position = 0
        for finding in findings {
            let start = text.index(index, offsetBy: finding.offset - position)
            let end = text.index(start, offsetBy: finding.length)
            if start > index { pieces.append((String(text[index..<start]), nil)) }
            pieces.append((String(text[start..<end]), finding.kind))
            index = end
            position = finding.offset + finding.length
        }
        if index < text.endIndex { pieces.append((String(text[index...]), nil)) }
        return pieces
    }

    /// The longest candidate wins an overlap: a phone number inside a spaced IBAN, or a BSN inside an e-mail
    /// address, is part of the larger identifier and should be marked as that.
    static func resolveOverlaps(_ candidates: [Candidate]) -> [Candidate] {
        let ordered = candidates.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            if a.kind.specificity != b.kind.specificity { return a.kind.specificity < b.kind.specificity }
            return a.start < b.start
        }
        var kept: [Candidate] = []
        for candidate in ordered where !kept.contains(where: { $0.start < candidate.end && candidate.start < $0.end }) {
            kept.append(candidate)
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// Scanners count Unicode scalars; callers count Characters. They differ after an emoji, a decomposed "é"
    /// or a CRLF, so walk the Characters once, rounding a span outward to whole Characters.
    static func characterFindings(_ candidates: [Candidate], in text: String, scalarCount: Int) -> [PersonalDataFinding] {
        if text.utf8.count == scalarCount && !text.utf8.contains(13) {
            return candidates.map { PersonalDataFinding(kind: $0.kind, offset: $0.start, length: $0.length) }
        }
        var findings: [PersonalDataFinding] = []
        findings.reserveCapacity(candidates.count)
        var characters = text.makeIterator()
        var current = characters.next()
        var currentStart = 0
        var currentWidth = current?.unicodeScalars.count ?? 0
        var characterIndex = 0
        func advance() {
            currentStart += currentWidth
            characterIndex += 1
            current = characters.next()
            currentWidth = current?.unicodeScalars.count ?? 0
        }
        for candidate in candidates {
            while current != nil && currentStart + currentWidth <= candidate.start { advance() }
            let first = characterIndex
            while current != nil && currentStart < candidate.end { advance() }
            findings.append(PersonalDataFinding(kind: candidate.kind, offset: first, length: characterIndex - first))
        }
        return findings
    }
}

/// A finding while scanning, as a range of Unicode scalars.
struct Candidate: Equatable {
    let kind: PersonalDataKind
    let start: Int
    let end: Int

    var length: Int { end - start }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// E-mail addresses: found from their "@" outward, so the scan costs nothing for texts without one.
enum EmailScanner {
    static func find(in text: ScalarText, into candidates: inout [Candidate]) {
        var at = 0
        while at < text.count {
            defer { at += 1 }
            guard text[at] == "@" else { continue }
            var start = at
            while isLocalCharacter(start - 1, in: text) { start -= 1 }
            // A local part does not start with a dot; "zie.jan@…" after a sentence would otherwise grab "zie".
            while start < at && text[start] == "." { start += 1 }
            guard start < at else { continue }

            var end = at + 1
            while isDomainCharacter(end, in: text) { end += 1 }
            // A sentence may end right after the address.
            while end > at + 1 && (text[end - 1] == "." || text.isDash(end - 1)) { end -= 1 }
            guard hasValidDomain(text, from: at + 1, to: end) else { continue }
            candidates.append(Candidate(kind: .emailAddress, start: start, end: end))
            at = end - 1
        }
    }

    private static func isLocalCharacter(_ i: Int, in text: ScalarText) -> Bool {
        if text.isDigit(i) || text.isLetter(i) { return true }
        switch text[i] {
        case ".", "_", "%", "+", "-": return true
        default: return false
        }
    }

    private static func isDomainCharacter(_ i: Int, in text: ScalarText) -> Bool {
        text.isDigit(i) || text.isLetter(i) || text[i] == "-" || (text[i] == "." && text.isWordCharacter(i + 1))
    }

    /// At least two labels, none empty, and a top-level domain of two or more letters.
    private static func hasValidDomain(_ text: ScalarText, from start: Int, to end: Int) -> Bool {
        guard end > start, text.isWordCharacter(start) else { return false }
        var lastDot: Int?
        for k in start..<end where text[k] == "." {
            if k == start || text[k - 1] == "." { return false }
            lastDot = k
        }
        guard let dot = lastDot, end - dot - 1 >= 2 else { return false }
        return (dot + 1..<end).allSatisfy { text.isLetter($0) }
    }
}

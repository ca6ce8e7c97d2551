// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// Dates of birth. Signals are full of dates (deadlines, decisions, "sinds 1 januari 2025"), so a date only
/// counts when a word such as "geboren" or "geb." names it as a birth date, just before or just after it.
enum DateOfBirthScanner {
    private static let keywords = [[UInt32]](words: [
        "geboren", "geboortedatum", "geboortedag", "geboorte", "geb", "gebdatum", "dob", "born", "birthdate",
    ])

    /// "Geboren na 1 januari 2010" describes a rule for a group, not one person.
    private static let groupWords = [[UInt32]](words: [
        "na", "voor", "vóór", "vanaf", "sinds", "tot", "tussen", "uiterlijk", "after", "before", "since", "between",
    ])

    private static let dateOfBirthPhrases = [[UInt32]](words: ["d.o.b", "date of birth", "birth date"])

    private static let months: [(name: [UInt32], number: Int)] = [
        ("januari", 1), ("january", 1), ("jan", 1), ("februari", 2), ("february", 2), ("feb", 2), ("febr", 2),
        ("maart", 3), ("march", 3), ("mrt", 3), ("mar", 3), ("april", 4), ("apr", 4), ("mei", 5), ("may", 5),
        ("juni", 6), ("june", 6), ("jun", 6), ("juli", 7), ("july", 7), ("jul", 7), ("augustus", 8),
        ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("oktober", 10),
        ("october", 10), ("okt", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }

    /// How far after the word the date may start, in scalars: "geboren in Utrecht op 12-03-1985".
    private static let reachAfter = 40
    /// How far before the word the date may end: only "12-03-1985 (geb.)".
    private static let reachBefore = 3

    static func find(in text: ScalarText, into candidates: inout [Candidate]) {
        var i = 0
        while i < text.count {
            guard text.isLetter(i), !text.isLetter(i - 1) else {
                i += 1
                continue
            }
            let wordEnd = text.endOfLetters(from: i)
            guard let keywordEnd = keyword(in: text, from: i, wordEnd: wordEnd) else {
                i = wordEnd
                continue
            }
            if let date = dateAfter(keywordEnd, in: text) ?? dateBefore(i, in: text) {
                candidates.append(Candidate(kind: .dateOfBirth, start: date.lowerBound, end: date.upperBound))
            }
            i = keywordEnd
        }
    }

    private static func keyword(in text: ScalarText, from start: Int, wordEnd: Int) -> Int? {
        var end: Int?
        if text.isOne(of: keywords, from: start, to: wordEnd) {
            end = wordEnd
        } else if let phrase = dateOfBirthPhrases.first(where: { text.hasPrefix($0, at: start) }),
            !text.isLetter(start + phrase.count)
        {
            end = start + phrase.count
        }
        guard var keywordEnd = end else { return nil }
        if text[keywordEnd] == "." { keywordEnd += 1 }
        return keywordEnd
    }

    /// The first date after the word, if no other number or a word like "na" or "voor" comes first.
    private static func dateAfter(_ keywordEnd: Int, in text: ScalarText) -> Range<Int>? {
        var j = keywordEnd
        while j < text.count && j <= keywordEnd + reachAfter {
            if text.isDigit(j) {
                guard let end = date(in: text, at: j) else { return nil }
                return j..<end
            }
            if text.isLetter(j) && !text.isLetter(j - 1) {
                let wordEnd = text.endOfLetters(from: j)
                if text.isOne(of: groupWords, from: j, to: wordEnd) { return nil }
                j = wordEnd
                continue
            }
            switch text[j] {
            case "\n", "\r", "!", "?", ";": return nil
            default: j += 1
            }
        }
        return nil
    }

    /// A date that ends right before the word, separated only by a space, bracket, comma or colon.
    private static func dateBefore(_ keywordStart: Int, in text: ScalarText) -> Range<Int>? {
        var gapStart = keywordStart
        while keywordStart - gapStart < reachBefore {
            let c = text[gapStart - 1]
            guard text.isSpace(gapStart - 1) || c == "(" || c == "," || c == ":" || text.isDash(gapStart - 1) else { break }
            gapStart -= 1
        }
        guard gapStart < keywordStart, text.isWordCharacter(gapStart - 1) else { return nil }
        // Dates are at most "12 september 1985" long; try each number that starts within that reach.
        var start = max(0, gapStart - 18)
        while start < gapStart {
            if text.isDigit(start) && !text.isDigit(start - 1), let end = date(in: text, at: start), end == gapStart {
                return start..<end
            }
            start += 1
        }
        return nil
    }

    private enum SeparatorKind { case dash, slash, dot }

    private static func separator(_ i: Int, in text: ScalarText) -> SeparatorKind? {
        if text.isDash(i) { return .dash }
        switch text[i] {
        case "/": return .slash
        case ".": return .dot
        default: return nil
        }
    }

    /// A date starting at `start`: 12-03-1985, 12/3/85, 12.03.1985, 1985-03-12, 12 maart 1985, 12 mrt. 1985,
    /// 12 maart. Returns its end.
    static func date(in text: ScalarText, at start: Int) -> Int? {
        guard text.isDigit(start), !text.isWordCharacter(start - 1), !text.continuesNumber(before: start) else { return nil }
        let firstEnd = text.endOfDigits(from: start)
        let first = number(in: text, start..<firstEnd)
        switch firstEnd - start {
        case 4:
            guard let kind = separator(firstEnd, in: text),
                let (month, monthEnd) = part(in: text, at: firstEnd + 1, lengths: 1...2),
                separator(monthEnd, in: text) == kind,
                let (day, dayEnd) = part(in: text, at: monthEnd + 1, lengths: 1...2),
                endsCleanly(dayEnd, in: text), isValid(day: day, month: month, year: first, yearDigits: 4)
            else { return nil }
            return dayEnd
        case 1...2:
            if let kind = separator(firstEnd, in: text), text.isDigit(firstEnd + 1) {
                guard let (month, monthEnd) = part(in: text, at: firstEnd + 1, lengths: 1...2),
                    separator(monthEnd, in: text) == kind,
                    let (year, yearEnd) = part(in: text, at: monthEnd + 1, lengths: 2...4), yearEnd - monthEnd - 1 != 3,
                    endsCleanly(yearEnd, in: text),
                    isValid(day: first, month: month, year: year, yearDigits: yearEnd - monthEnd - 1)
                else { return nil }
                return yearEnd
            }
            return dateWithMonthName(in: text, day: first, after: firstEnd)
        default:
            return nil
        }
    }

    private static func dateWithMonthName(in text: ScalarText, day: Int, after dayEnd: Int) -> Int? {
        guard text.isSpace(dayEnd), text.isLetter(dayEnd + 1) else { return nil }
        let monthStart = dayEnd + 1
        let monthEnd = text.endOfLetters(from: monthStart)
        guard let month = months.first(where: { text.equals($0.name, from: monthStart, to: monthEnd) })?.number,
            isValid(day: day, month: month, year: 2000, yearDigits: 4)
        else { return nil }
        var j = monthEnd
        if text[j] == "." { j += 1 }
        if text.isSpace(j), let (year, yearEnd) = part(in: text, at: j + 1, lengths: 4...4), endsCleanly(yearEnd, in: text),
            isValid(day: day, month: month, year: year, yearDigits: 4)
        {
            return yearEnd
        }
        return monthEnd
    }

    private static func part(in text: ScalarText, at start: Int, lengths: ClosedRange<Int>) -> (Int, Int)? {
        let end = text.endOfDigits(from: start)
        guard lengths.contains(end - start) else { return nil }
        return (number(in: text, start..<end), end)
    }

    private static func number(in text: ScalarText, _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 * 10 + text.digit($1) }
    }

    private static func endsCleanly(_ end: Int, in text: ScalarText) -> Bool {
        !text.isWordCharacter(end) && !(separator(end, in: text) != nil && text.isDigit(end + 1))
    }

    private static func isValid(day: Int, month: Int, year: Int, yearDigits: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        if yearDigits == 4 && !(1900...2099).contains(year) { return false }
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}

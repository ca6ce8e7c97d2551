// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors

/// Numbers as Dutch readers expect them: "." groups thousands, "," separates decimals.
///
/// Written by hand rather than with `NumberFormatter` so the output never depends on the server's locale
/// data or ICU version, and so a chart renders byte-identically everywhere.
///
/// - Negative numbers carry the minus sign U+2212 ("−3,25"): it is the typographic minus, as wide as a
///   digit, and screen readers read it as "min".
/// - Rounding is half away from zero on the shortest decimal that reads back as the same `Double`, so
///   1.005 rounds to "1,01" as a person would expect, not to the "1,00" its binary value suggests.
/// - A value that rounds to zero prints without a sign: −0.04 with one decimal is "0,0".
/// - NaN and infinity print as an en dash "–", the usual mark for "no value" in a Dutch table.
public enum DutchNumber {
    public static let minusSign = "\u{2212}"
    public static let notANumber = "\u{2013}"

    /// 1234.5 → "1.234,5"; decimals fixed (`decimals: 2` gives "1.234,50").
    public static func format(_ value: Double, decimals: Int) -> String {
        guard let parts = RoundedDecimal(value, decimals: decimals) else { return notANumber }
        return parts.signed(parts.fraction.isEmpty ? parts.grouped : parts.grouped + "," + parts.fraction)
    }

    /// 0 decimals for whole numbers, otherwise up to `maximumDecimals` with trailing zeros dropped: 12.50 → "12,5".
    public static func format(_ value: Double, maximumDecimals: Int = 1) -> String {
        guard var parts = RoundedDecimal(value, decimals: maximumDecimals) else { return notANumber }
        while parts.fraction.hasSuffix("0") { parts.fraction.removeLast() }
        return parts.signed(parts.fraction.isEmpty ? parts.grouped : parts.grouped + "," + parts.fraction)
    }

    /// Percentage points with fixed decimals and no space before the sign, as the Taalunie prefers: 12.5 → "12,5%".
    public static func percent(_ value: Double, decimals: Int = 1) -> String {
        let number = format(value, decimals: decimals)
        return number == notANumber ? number : number + "%"
    }

    /// Whole euros when the cents round to zero, otherwise two decimals: "€ 1.234", "€ 1.234,50", "€ −12,50".
    /// The minus follows the euro sign, as on Dutch bank statements.
    public static func euro(_ value: Double) -> String {
        euro(value, alwaysCents: false)
    }

    /// Axis ticks need one form per axis, so "€ 0,50" and "€ 1,00" rather than "€ 0,50" and "€ 1".
    static func euro(_ value: Double, alwaysCents: Bool) -> String {
        guard let parts = RoundedDecimal(value, decimals: 2) else { return notANumber }
        let showsCents = alwaysCents || parts.fraction != "00"
        return "€ " + parts.signed(showsCents ? parts.grouped + "," + parts.fraction : parts.grouped)
    }
}

/// A value rounded in decimal, split into what the formatters put together.
private struct RoundedDecimal {
    var negative: Bool
    var integer: String
    var fraction: String

    init?(_ value: Double, decimals: Int) {
        guard value.isFinite else { return nil }
        // More places than a Double holds only adds zeros; the cap keeps a careless caller from building huge strings.
        let places = min(max(decimals, 0), 17)
        var (digits, point) = Self.shortestDigits(value.magnitude)
        if point < 1 {
            digits = Array(repeating: 0, count: 1 - point) + digits
            point = 1
        }
        let kept = point + places
        if digits.count <= kept { digits += Array(repeating: 0, count: kept + 1 - digits.count) }
        let roundsUp = digits[kept] >= 5
        var result = Array(digits[0..<kept])
        if roundsUp {
            var index = result.count - 1
            while index >= 0 {
                if result[index] == 9 {
                    result[index] = 0
                    index -= 1
                } else {
                    result[index] += 1
                    break
                }
            }
            if index < 0 {
                result.insert(1, at: 0)
                point += 1
            }
        }
        var integerDigits = result[0..<point].drop { $0 == 0 }
        if integerDigits.isEmpty { integerDigits = [0] }
        integer = integerDigits.map(String.init).joined()
        fraction = result[point...].map(String.init).joined()
        negative = value < 0 && result.contains { $0 != 0 }
    }

    var grouped: String {
        var out = ""
        for (offset, digit) in integer.enumerated() {
            if offset > 0 && (integer.count - offset) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return out
    }

    func signed(_ body: String) -> String {
        negative ? DutchNumber.minusSign + body : body
    }

    /// The decimal digits of Swift's shortest round-trip description ("1.005", "1e-05", "1.5e+20") and how
    /// many of them stand before the decimal point (may be ≤ 0 or beyond the digits).
    private static func shortestDigits(_ magnitude: Double) -> (digits: [Int], point: Int) {
        let text = magnitude.description
        let pieces = text.split(separator: "e", maxSplits: 1)
        let mantissa = pieces[0]
        let exponent = pieces.count > 1 ? Int(pieces[1]) ?? 0 : 0
        let halves = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = halves[0]
        let fractional = halves.count > 1 ? halves[1] : ""
        let digits = (whole + fractional).compactMap { $0.wholeNumberValue }
        return (digits, whole.count + exponent)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// OWASP ASVS level 2: length is what counts, no composition rules.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 128

    public enum Problem: String, Sendable, Equatable {
        case tooShort = "te-kort"
        case tooLong = "te-lang"
    }

    /// Length in characters as a person counts them, so "ë" is one.
    public static func check(_ password: String) -> Problem? {
        let length = password.count
        if length < minimumLength { return .tooShort }
        if length > maximumLength { return .tooLong }
        return nil
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// The policy domains (beleidsterreinen) every new organisation starts with.
public enum DefaultDomains {
    public static let all: [(slug: String, name: String)] = [
        ("werk", "Werk"),
        ("inkomen", "Inkomen"),
        ("schulden", "Schulden"),
        ("zorg-en-ondersteuning", "Zorg en ondersteuning (Wmo)"),
        ("jeugd", "Jeugd"),
        ("wonen", "Wonen"),
        ("onderwijs", "Onderwijs"),
        ("veiligheid", "Veiligheid"),
        ("gezondheid", "Gezondheid"),
    ]
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// A role a user holds in their organisation. A user can hold several.
/// The raw values are the Dutch words users and the API see.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case practitioner = "uitvoerder"
    case policyOfficer = "beleidsmedewerker"
    case liaison = "verbinder"
    case manager = "manager"
    case administrator = "beheerder"

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

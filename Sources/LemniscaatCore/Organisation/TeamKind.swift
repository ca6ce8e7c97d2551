// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// What side of the loop a team is on.
public enum TeamKind: String, CaseIterable, Codable, Sendable {
    case policy = "beleid"
    case practice = "uitvoering"
    case liaison = "verbinding"
}

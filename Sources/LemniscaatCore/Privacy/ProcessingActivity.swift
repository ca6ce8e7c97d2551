// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Crypto
import Foundation

/// The register of processing activities whose reads are written to the processing log (Logboek Dataverwerkingen,
/// docs/logboek-dataverwerkingen.md). Each kind of processing has a stable id that never changes once used, so the
/// log can be matched against the organisation's register of processing (AVG article 30).
public enum ProcessingActivity: String, CaseIterable, Sendable, Codable {
    /// A beheerder opens the record of another user (`/beheer/gebruikers/:id`).
    case userRecordViewed = "lemniscaat-gebruiker-inzien"
    /// A user downloads everything Lemniscaat holds about them (AVG article 15).
    case ownDataExported = "lemniscaat-inzage-eigen-gegevens"
    /// A beheerder downloads everything Lemniscaat holds about a user, on their behalf; includes which anonymous
    /// signals they reported.
    case userDataExported = "lemniscaat-inzage-gegevens-beheerder"

    /// The activity's name as the log and the beheerder's page show it.
    public var name: String {
        switch self {
        case .userRecordViewed: "Gegevens van een gebruiker inzien"
        case .ownDataExported: "Eigen gegevens downloaden (inzage AVG)"
        case .userDataExported: "Gegevens van een gebruiker downloaden (inzage AVG, door beheerder)"
        }
    }

    /// The purpose and legal basis, for the docs and the log page.
    public var purpose: String {
        switch self {
        case .userRecordViewed: "Accountbeheer (AVG art. 6 lid 1 sub e, taak van algemeen belang)"
        case .ownDataExported, .userDataExported: "Recht op inzage van de betrokkene (AVG art. 15)"
        }
    }
}

/// Whether a logged processing succeeded.
public enum ProcessingOutcome: String, Sendable, Codable, CaseIterable {
    case success = "gelukt"
    case failure = "mislukt"
}

public enum ProcessingSubject {
    /// The data subject as the log stores it: SHA-256 over the organisation's salt and the subject's id, so the log
    /// names nobody by itself, yet the entries about one person can be found by hashing their id again.
    public static func hash(subjectID: UUID, salt: String) -> String {
        let digest = SHA256.hash(data: Data((salt + ":" + subjectID.uuidString.lowercased()).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}

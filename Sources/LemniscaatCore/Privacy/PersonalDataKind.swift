// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
/// A kind of client identifier that the privacy guard finds in free text. The raw value is stable: it is
/// stored and sent in API answers.
public enum PersonalDataKind: String, Sendable, CaseIterable, Codable {
    case bsn = "bsn"
    case iban = "iban"
    case phoneNumber = "telefoonnummer"
    case emailAddress = "e-mailadres"
    case postcodeWithHouseNumber = "postcode-huisnummer"
    case dateOfBirth = "geboortedatum"

    /// Plain Dutch (B1): what we think we saw and what to do instead.
    public var explanation: String {
        switch self {
        case .bsn:
            "Dit lijkt op een burgerservicenummer (BSN). Laat het weg: een signaal gaat over de situatie, niet over één persoon."
        case .iban:
            "Dit lijkt op een bankrekeningnummer (IBAN). Laat het weg: een signaal gaat over de situatie, niet over één persoon."
        case .phoneNumber:
            "Dit lijkt op een telefoonnummer. Laat het weg: een signaal gaat over de situatie, niet over één persoon."
        case .emailAddress:
            "Dit lijkt op een e-mailadres. Laat het weg: een signaal gaat over de situatie, niet over één persoon."
        case .postcodeWithHouseNumber:
            "Dit lijkt op een adres (postcode met huisnummer). Laat het huisnummer en de straat weg. Alleen de postcode of de wijk mag wel."
        case .dateOfBirth:
            "Dit lijkt op een geboortedatum. Laat het weg. Noem liever een leeftijd of leeftijdsgroep, bijvoorbeeld ‘jongere van 18 tot 23 jaar’."
        }
    }

    /// Short Dutch label for lists and marks in the text.
    public var label: String {
        switch self {
        case .bsn: "BSN"
        case .iban: "IBAN"
        case .phoneNumber: "telefoonnummer"
        case .emailAddress: "e-mailadres"
        case .postcodeWithHouseNumber: "postcode met huisnummer"
        case .dateOfBirth: "geboortedatum"
        }
    }

    /// Lower wins when two kinds claim exactly the same span: a passed checksum says more than a shape.
    var specificity: Int {
        switch self {
        case .iban: 0
        case .bsn: 1
        case .emailAddress: 2
        case .postcodeWithHouseNumber: 3
        case .dateOfBirth: 4
        case .phoneNumber: 5
        }
    }
}

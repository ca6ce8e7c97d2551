/// The interface speaks Dutch (B1); English sits beside every text. The user's setting wins, then the
/// browser's Accept-Language, then Dutch.
public enum Language: String, Sendable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    public static func negotiate(userSetting: String?, acceptLanguage: String?) -> Language {
        if let setting = userSetting, let language = Language(rawValue: setting) { return language }
        guard let header = acceptLanguage else { return .dutch }
        let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
            let quality = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (String(tag.prefix(2)), quality)
        }.sorted { $0.1 > $1.1 }
        for (tag, quality) in ranked where quality > 0 {
            if let language = Language(rawValue: tag) { return language }
        }
        return .dutch
    }
}

/// The translation table. Keys are English identifiers; each entry is (Dutch, English).
public enum Translations {
    public static let table: [String: (nl: String, en: String)] = [
        // layout and navigation
        "appName": ("Lemniscaat", "Lemniscaat"),
        "skipToContent": ("Naar de inhoud", "Skip to content"),
        "mainMenu": ("Hoofdmenu", "Main menu"),
        "adminMenu": ("Beheer", "Administration"),
        "navHome": ("Start", "Home"),
        "navPolicies": ("Beleid", "Policy"),
        "navSignals": ("Signalen", "Signals"),
        "navReviews": ("Uitvoeringstoets", "Feasibility review"),
        "navMonitor": ("Monitor", "Monitor"),
        "navSessions": ("Overleg & leren", "Meetings & learning"),
        "navDashboard": ("Dashboard", "Dashboard"),
        "navComingSoon": ("komt nog", "coming later"),
        "navProfile": ("Mijn profiel", "My profile"),
        "signOut": ("Afmelden", "Sign out"),
        "signedInAs": ("Aangemeld als", "Signed in as"),
        // sign-in
        "signInTitle": ("Aanmelden", "Sign in"),
        "signInIntro": ("Meld u aan met uw e-mailadres en wachtwoord.", "Sign in with your e-mail address and password."),
        "email": ("E-mailadres", "E-mail address"),
        "password": ("Wachtwoord", "Password"),
        "signInButton": ("Aanmelden", "Sign in"),
        "signInFailed": ("Het e-mailadres of het wachtwoord klopt niet.", "The e-mail address or the password is not correct."),
        "signInThrottled": (
            "Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het over een minuut opnieuw.",
            "A wrong password was used too often. Try again in a minute."
        ),
        "signedOut": ("U bent afgemeld.", "You have signed out."),
        "sessionExpired": ("Uw sessie is verlopen. Meld u opnieuw aan.", "Your session has expired. Please sign in again."),
        // start page
        "homeTitle": ("Start", "Home"),
        "welcome": ("Welkom", "Welcome"),
        "yourRoles": ("Uw rollen", "Your roles"),
        "yourTeams": ("Uw teams", "Your teams"),
        "noTeams": ("U zit nog niet in een team.", "You are not in a team yet."),
        "organisationFacts": ("Uw organisatie in cijfers", "Your organisation in numbers"),
        "users": ("Gebruikers", "Users"),
        "teams": ("Teams", "Teams"),
        "domains": ("Beleidsterreinen", "Policy domains"),
        "areas": ("Gebieden", "Areas"),
        // roles, kinds, levels
        "role.uitvoerder": ("Uitvoerder", "Practitioner"),
        "role.beleidsmedewerker": ("Beleidsmedewerker", "Policy officer"),
        "role.verbinder": ("Verbinder", "Liaison"),
        "role.manager": ("Manager", "Manager"),
        "role.beheerder": ("Beheerder", "Administrator"),
        "kind.beleid": ("Beleid", "Policy"),
        "kind.uitvoering": ("Uitvoering", "Practice"),
        "kind.verbinding": ("Verbinding", "Liaison"),
        "level.gemeente": ("Gemeente", "Municipality"),
        "level.wijk": ("Wijk", "District"),
        "level.buurt": ("Buurt", "Neighbourhood"),
        // common
        "name": ("Naam", "Name"),
        "save": ("Opslaan", "Save"),
        "cancel": ("Annuleren", "Cancel"),
        "delete": ("Verwijderen", "Delete"),
        "edit": ("Wijzigen", "Edit"),
        "add": ("Toevoegen", "Add"),
        "filter": ("Filteren", "Filter"),
        "actions": ("Acties", "Actions"),
        "active": ("Actief", "Active"),
        "inactive": ("Gedeactiveerd", "Deactivated"),
        "status": ("Status", "Status"),
        "roles": ("Rollen", "Roles"),
        "kind": ("Soort", "Kind"),
        "domain": ("Beleidsterrein", "Policy domain"),
        "noDomain": ("Geen", "None"),
        "members": ("Leden", "Members"),
        "code": ("Code", "Code"),
        "level": ("Niveau", "Level"),
        "parent": ("Ligt in", "Lies in"),
        "formErrors": ("Niet alles is goed ingevuld. Kijk naar de meldingen bij de velden.", "Not everything is filled in correctly. See the messages by the fields."),
        "previous": ("Vorige", "Previous"),
        "next": ("Volgende", "Next"),
        "pageOf": ("Pagina", "Page"),
        // admin: users
        "usersTitle": ("Gebruikers", "Users"),
        "newUser": ("Nieuwe gebruiker", "New user"),
        "editUser": ("Gebruiker wijzigen", "Edit user"),
        "inviteHint": (
            "Laat het wachtwoord leeg om een uitnodiging te maken: de gebruiker kiest dan zelf een wachtwoord via een link.",
            "Leave the password empty to create an invitation: the user then chooses a password through a link."
        ),
        "invitationLink": ("Uitnodigingslink", "Invitation link"),
        "invitationShownOnce": (
            "Geef deze link aan de gebruiker. U ziet hem maar één keer; hij werkt 7 dagen.",
            "Give this link to the user. You see it only once; it works for 7 days."
        ),
        "newInvitation": ("Nieuwe uitnodiging", "New invitation"),
        "deactivate": ("Deactiveren", "Deactivate"),
        "activate": ("Weer activeren", "Reactivate"),
        "deactivateHint": ("Deactiveren beëindigt direct alle sessies van deze gebruiker.", "Deactivating ends all of this user's sessions at once."),
        "pendingInvitation": ("uitnodiging open", "invitation pending"),
        "sessions": ("Sessies", "Sessions"),
        // admin: teams, domains, areas
        "teamsTitle": ("Teams", "Teams"),
        "newTeam": ("Nieuw team", "New team"),
        "editTeam": ("Team wijzigen", "Edit team"),
        "domainsTitle": ("Beleidsterreinen", "Policy domains"),
        "newDomain": ("Nieuw beleidsterrein", "New policy domain"),
        "rename": ("Hernoemen", "Rename"),
        "teamCount": ("Teams", "Teams"),
        "areasTitle": ("Gebieden", "Areas"),
        "newArea": ("Gebied toevoegen", "Add area"),
        "importAreas": ("Gebieden importeren uit CSV", "Import areas from CSV"),
        "importHint": (
            "Een CSV-bestand met de kolommen code en naam, gescheiden door komma's of puntkomma's. Bestaande codes krijgen de nieuwe naam.",
            "A CSV file with the columns code and naam, separated by commas or semicolons. Existing codes get the new name."
        ),
        "csvFile": ("CSV-bestand", "CSV file"),
        "csvText": ("Of plak de inhoud hier", "Or paste the contents here"),
        "import": ("Importeren", "Import"),
        "noAreas": ("Er zijn nog geen gebieden.", "There are no areas yet."),
        // admin: audit
        "auditTitle": ("Auditlog", "Audit log"),
        "auditIntro": (
            "Elke wijziging staat hier, met wie, wanneer en vanaf welk adres. Het log kan niet worden aangepast; lemniscaat audit verify controleert de keten.",
            "Every change is listed here, with who, when and from which address. The log cannot be changed; lemniscaat audit verify checks the chain."
        ),
        "auditWhen": ("Tijdstip (UTC)", "Time (UTC)"),
        "auditWho": ("Wie", "Who"),
        "auditAction": ("Handeling", "Action"),
        "auditEntity": ("Wat", "What"),
        "auditOrigin": ("Adres", "Address"),
        "auditSummary": ("Samenvatting", "Summary"),
        "auditFrom": ("Vanaf datum", "From date"),
        "auditUntil": ("Tot en met datum", "Up to and including date"),
        "allActions": ("Alle handelingen", "All actions"),
        "noEntries": ("Geen regels gevonden.", "No entries found."),
        // profile
        "profileTitle": ("Mijn profiel", "My profile"),
        "language": ("Taal", "Language"),
        "languageAuto": ("Zoals mijn browser", "Like my browser"),
        "changePassword": ("Wachtwoord wijzigen", "Change password"),
        "currentPassword": ("Huidig wachtwoord", "Current password"),
        "newPassword": ("Nieuw wachtwoord", "New password"),
        "passwordHint": ("Minstens 12 tekens. Een zin van een paar woorden werkt goed.", "At least 12 characters. A sentence of a few words works well."),
        "apiTokens": ("API-sleutels", "API keys"),
        "apiTokensIntro": (
            "Met een API-sleutel kan een ander programma namens u de API gebruiken. U ziet een nieuwe sleutel maar één keer.",
            "With an API key another program can use the API on your behalf. You see a new key only once."
        ),
        "tokenName": ("Naam van de sleutel", "Key name"),
        "createToken": ("Sleutel maken", "Create key"),
        "revoke": ("Intrekken", "Revoke"),
        "revoked": ("ingetrokken", "revoked"),
        "newTokenShownOnce": ("Uw nieuwe sleutel. Kopieer hem nu: u ziet hem niet nog een keer.", "Your new key. Copy it now: you will not see it again."),
        "createdOn": ("Gemaakt", "Created"),
        "lastUsed": ("Laatst gebruikt", "Last used"),
        "never": ("nooit", "never"),
        "noTokens": ("U heeft nog geen API-sleutels.", "You have no API keys yet."),
        // invitation
        "invitationTitle": ("Kies uw wachtwoord", "Choose your password"),
        "invitationIntro": ("Welkom bij Lemniscaat. Kies een wachtwoord om uw account te gebruiken.", "Welcome to Lemniscaat. Choose a password to use your account."),
        // messages after a change (?melding=…)
        "msg.saved": ("De wijzigingen zijn opgeslagen.", "The changes have been saved."),
        "msg.created": ("Toegevoegd.", "Added."),
        "msg.deleted": ("Verwijderd.", "Deleted."),
        "msg.deactivated": ("De gebruiker is gedeactiveerd en al zijn sessies zijn beëindigd.", "The user has been deactivated and all their sessions have ended."),
        "msg.activated": ("De gebruiker kan weer aanmelden.", "The user can sign in again."),
        "msg.revoked": ("De sleutel is ingetrokken.", "The key has been revoked."),
        "msg.password": ("Uw wachtwoord is gewijzigd. Uw andere sessies zijn beëindigd.", "Your password has been changed. Your other sessions have ended."),
        "msg.expired": ("Uw sessie is verlopen. Meld u opnieuw aan.", "Your session has expired. Please sign in again."),
        "msg.signedout": ("U bent afgemeld.", "You have signed out."),
        "msg.imported": ("De gebieden zijn geïmporteerd.", "The areas have been imported."),
        "msg.language": ("De taal is gewijzigd.", "The language has been changed."),
        "msg.welcome": ("Uw wachtwoord is ingesteld. Meld u nu aan.", "Your password has been set. Please sign in."),
        // errors
        "error403Title": ("Geen toegang", "No access"),
        "error403Text": ("U mag deze pagina niet zien of dit niet doen.", "You may not see this page or do this."),
        "error403Csrf": (
            "Het formulier is verlopen of kwam niet van deze website. Ga terug, laad de pagina opnieuw en probeer het nog eens.",
            "The form has expired or did not come from this website. Go back, reload the page and try again."
        ),
        "error404Title": ("Pagina niet gevonden", "Page not found"),
        "error404Text": ("Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.", "This page does not exist (any more). Check the address or go to the home page."),
        "error429Title": ("Even wachten", "Please wait"),
        "error500Title": ("Er ging iets mis", "Something went wrong"),
        "error500Text": ("Er ging iets mis bij ons. Er is niets opgeslagen. Probeer het later nog eens.", "Something went wrong on our side. Nothing was saved. Please try again later."),
        "errorGeneric": ("Deze vraag kon niet worden verwerkt.", "This request could not be processed."),
        "toHome": ("Naar de startpagina", "To the home page"),
    ]

    /// Every text in one language, for a template's `t`.
    public static func texts(_ language: Language) -> [String: String] {
        language == .dutch ? dutch : english
    }

    public static func text(_ key: String, _ language: Language) -> String {
        guard let entry = table[key] else { return key }
        return language == .dutch ? entry.nl : entry.en
    }

    static let dutch: [String: String] = table.mapValues(\.nl)
    static let english: [String: String] = table.mapValues(\.en)
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
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
        // policies
        "all": ("Alle", "All"),
        "everyone": ("Iedereen", "Everyone"),
        "any": ("Maakt niet uit", "Any"),
        "choose": ("Kies…", "Choose…"),
        "policiesTitle": ("Beleid", "Policy"),
        "policiesIntro": ("Alle beleid van uw organisatie, met de rollen uit het driehoekmodel en de signalen uit de uitvoering.", "All policies of your organisation, with the roles of the triangle model and the signals from practice."),
        "newPolicy": ("Nieuw beleid", "New policy"),
        "editPolicy": ("Beleid wijzigen", "Edit policy"),
        "title": ("Titel", "Title"),
        "summary": ("Samenvatting", "Summary"),
        "legalBasis": ("Juridische grondslag", "Legal basis"),
        "legalBasisHint": ("Regeling en artikelen, bijvoorbeeld: Participatiewet, art. 35.", "Regulation and articles, for example: Participatiewet, art. 35."),
        "driehoek": ("Rollen (driehoekmodel)", "Roles (triangle model)"),
        "teamsInvolved": ("Betrokken teams", "Teams involved"),
        "goals": ("Doelen", "Goals"),
        "goal": ("Doel", "Goal"),
        "goalDescription": ("Omschrijving", "Description"),
        "noGoals": ("Er zijn nog geen doelen.", "There are no goals yet."),
        "themes": ("Thema's", "Themes"),
        "noThemes": ("Er zijn nog geen thema's.", "There are no themes yet."),
        "timeline": ("Geschiedenis", "History"),
        "changeStatus": ("Status wijzigen", "Change status"),
        "newStatus": ("Nieuwe status", "New status"),
        "search": ("Zoeken", "Search"),
        "searchText": ("Tekst", "Text"),
        "person": ("Persoon met een rol", "Person with a role"),
        "openSignals": ("open", "open"),
        "signalsAboutThis": ("Signalen over dit beleid", "Signals about this policy"),
        "reportSignalAboutThis": ("Meld een signaal over dit beleid", "Report a signal about this policy"),
        "showAll": ("Toon alle", "Show all"),
        "noSignals": ("Geen signalen gevonden.", "No signals found."),
        "owner": ("Eigenaar", "Owner"),
        "handler": ("Behandelaar", "Handler"),
        "count": ("Aantal", "Count"),
        // signals
        "signalsTitle": ("Signalen", "Signals"),
        "newSignal": ("Signaal melden", "Report a signal"),
        "mySignals": ("Mijn signalen", "My signals"),
        "mySignalsIntro": ("De signalen die u heeft gemeld, met het antwoord.", "The signals you reported, with the answer."),
        "toHandle": ("Te behandelen", "To handle"),
        "toHandleIntro": ("Open signalen voor u of uw team, de eerste termijn bovenaan.", "Open signals for you or your team, earliest deadline first."),
        "allSignals": ("Alle signalen", "All signals"),
        "allSignalsIntro": ("Alle signalen van uw organisatie. Filter om te vinden wat u zoekt.", "All signals of your organisation. Filter to find what you need."),
        "themesTitle": ("Thema's", "Themes"),
        "sort-nieuwste": ("Nieuwste eerst", "Newest first"),
        "sort-termijn": ("Termijn", "Deadline"),
        "sort-herkend": ("Meest herkend", "Most recognised"),
        "sortBy": ("Sorteren", "Sort"),
        "onlyLate": ("Alleen te laat", "Only overdue"),
        "number": ("Nr.", "No."),
        "submitted": ("Gemeld", "Reported"),
        "deadline": ("Termijn", "Deadline"),
        "recognised": ("Herkend", "Recognised"),
        "lateCount": ("te laat", "overdue"),
        "escalatedCount": ("signalering (drie keer de termijn voorbij)", "escalated (three times the deadline)"),
        "signalFormIntro": ("Loopt u in uw werk tegen regels of werkwijzen aan die niet goed uitpakken? Meld het hier. Het kost een minuut. Schrijf over de situatie, niet over één persoon: geen namen, BSN, adressen of telefoonnummers.", "Do rules or ways of working not turn out well in your work? Report it here. It takes a minute. Write about the situation, not about one person: no names, citizen service numbers, addresses or phone numbers."),
        "signalTitle": ("Korte titel", "Short title"),
        "signalDescription": ("Wat gebeurt er?", "What happens?"),
        "signalDescriptionHint": ("Beschrijf wat er misgaat en wat het betekent voor cliënten.", "Describe what goes wrong and what it means for clients."),
        "policyOptional": ("Over welk beleid gaat het? (als u het weet)", "Which policy is it about? (if you know)"),
        "noPolicyKnown": ("Weet ik niet / geen", "Don't know / none"),
        "areaOptional": ("Wijk of buurt (niet verplicht)", "District or neighbourhood (optional)"),
        "wholeMunicipality": ("Hele gemeente / weet ik niet", "Whole municipality / don't know"),
        "affected": ("Hoeveel cliënten raakt het?", "How many clients does it affect?"),
        "urgency": ("Urgentie", "Urgency"),
        "solutionOptional": ("Heeft u een idee voor een oplossing? (niet verplicht)", "Do you have an idea for a solution? (optional)"),
        "anonymousLabel": ("Meld anoniem: collega's en behandelaars zien niet wie dit meldde. U krijgt het antwoord wel.", "Report anonymously: colleagues and handlers do not see who reported this. You still get the answer."),
        "submitSignal": ("Signaal versturen", "Send signal"),
        "similarTitle": ("Lijkt uw signaal op een van deze?", "Is your signal like one of these?"),
        "similarIntro": ("Collega's meldden al iets wat erop lijkt. Herkent u het? Dan telt uw herkenning mee en hoeft u niet opnieuw te melden. Is het iets anders? Verstuur uw signaal dan toch.", "Colleagues already reported something similar. Do you recognise it? Then your recognition counts and you need not report again. Is it something else? Then send your signal anyway."),
        "recogniseThis": ("Herken ik", "I recognise this"),
        "sendAnyway": ("Het is iets anders: verstuur mijn signaal", "It is something else: send my signal"),
        "privacyTitle": ("Haal deze gegevens eerst weg", "Remove these details first"),
        "privacyIntro": ("Uw tekst lijkt gegevens te bevatten waarmee iemand te herkennen is. Die horen niet in een signaal. Er is nog niets opgeslagen. De gemarkeerde stukken:", "Your text seems to contain details that identify a person. They do not belong in a signal. Nothing has been saved yet. The marked parts:"),
        "reporter": ("Melder", "Reporter"),
        "anonymous": ("Anoniem", "Anonymous"),
        "youAnonymous": ("U (anoniem gemeld)", "You (reported anonymously)"),
        "area": ("Gebied", "Area"),
        "suggestedSolution": ("Voorgestelde oplossing", "Suggested solution"),
        "answerTitle": ("Antwoord", "Answer"),
        "noAnswerYet": ("Er is nog geen antwoord.", "There is no answer yet."),
        "verdictTitle": ("Wat vindt u van het antwoord?", "What do you think of the answer?"),
        "satisfied": ("Tevreden", "Satisfied"),
        "dissatisfied": ("Niet tevreden", "Not satisfied"),
        "verdictHint": ("Niet tevreden? Vertel waarom. Binnen 14 dagen na het antwoord gaat het signaal dan weer open.", "Not satisfied? Tell us why. Within 14 days of the answer the signal then opens again."),
        "comment": ("Toelichting", "Comment"),
        "send": ("Versturen", "Send"),
        "recognitions": ("Herkend door collega's", "Recognised by colleagues"),
        "recogniseHint": ("Komt u dit ook tegen? Laat het weten. Hoe vaker herkend, hoe hoger het op de lijst staat.", "Do you see this too? Let us know. The more it is recognised, the higher it is on the list."),
        "youRecognised": ("U heeft dit signaal herkend.", "You recognised this signal."),
        "history": ("Geschiedenis", "History"),
        "similarSignals": ("Vergelijkbare open signalen", "Similar open signals"),
        "handleTitle": ("Behandelen", "Handle"),
        "textForMove": ("Antwoord of toelichting", "Answer or explanation"),
        "textForMoveHint": ("Nodig bij beantwoord, niet opgepakt en doorgezet. Het antwoord gaat naar de melder.", "Needed for answered, not taken up and forwarded. The answer goes to the reporter."),
        "assign": ("Toewijzen", "Assign"),
        "team": ("Team", "Team"),
        "theme": ("Thema", "Theme"),
        "noTheme": ("Geen thema", "No theme"),
        "setTheme": ("Thema kiezen", "Set theme"),
        "onTime": ("Op tijd", "On time"),
        "newTheme": ("Nieuw thema", "New theme"),
        "answerTheme": ("Beantwoord het thema", "Answer the theme"),
        "answerThemeHint": ("Het antwoord gaat naar de melders van alle signalen in dit thema die nog open zijn.", "The answer goes to the reporters of all signals in this theme that are still open."),
        "themeAnswered": ("beantwoord", "answered"),
        "description": ("Omschrijving", "Description"),
        // notifications
        "notificationsTitle": ("Meldingen", "Notifications"),
        "noNotifications": ("U heeft geen meldingen.", "You have no notifications."),
        "markAllRead": ("Alles gelezen", "Mark all as read"),
        "unread": ("nieuw", "new"),
        // routing
        "routingTitle": ("Routering", "Routing"),
        "routingIntro": ("Regels die bepalen bij wie een nieuw signaal terechtkomt. De eerste regel die past, wint. Past geen regel? Dan gaat het signaal naar de behandelaar van het beleid, en anders naar het verbindingsteam.", "Rules that decide who gets a new signal. The first rule that fits wins. No rule fits? Then the signal goes to the policy's handler, and otherwise to the liaison team."),
        "conditions": ("Als", "If"),
        "target": ("Dan naar", "Then to"),
        "everySignal": ("elk signaal", "every signal"),
        "up": ("Omhoog", "Up"),
        "down": ("Omlaag", "Down"),
        "newRule": ("Nieuwe regel", "New rule"),
        "textContains": ("Tekst bevat", "Text contains"),
        "targetTeam": ("Naar team", "To team"),
        "targetPerson": ("Of naar persoon", "Or to person"),
        "similarWhileTyping": ("Collega's meldden al iets wat erop lijkt. Open het en kies Herken ik als het hetzelfde is.", "Colleagues already reported something similar. Open it and choose I recognise this if it is the same."),
        "termsTitle": ("Termijnen", "Response terms"),
        "termsIntro": ("Binnen hoeveel werkdagen krijgt een signaal een antwoord? Weekenden en feestdagen tellen niet mee. Na drie keer de termijn volgt een signalering. Een nieuwe termijn geldt voor signalen die daarna binnenkomen.", "Within how many working days does a signal get an answer? Weekends and public holidays do not count. After three times the term it is escalated. A new term applies to signals that come in afterwards."),
        "defaultTerm": ("Standaardtermijn (werkdagen)", "Default term (working days)"),
        "domainTerms": ("Afwijkende termijn per beleidsterrein (leeg: de standaard)", "Different term per policy domain (empty: the default)"),
        "optionalHolidays": ("Ook vrij op", "Also closed on"),
        "holidaysThisYear": ("Feestdagen dit jaar", "Public holidays this year"),
        "msg.submitted": ("Dank u! Uw signaal is verstuurd. U ziet het antwoord hier en in Mijn signalen.", "Thank you! Your signal has been sent. You will see the answer here and in My signals."),
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

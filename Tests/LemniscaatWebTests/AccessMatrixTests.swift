// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatCore
import Logging
import LemniscaatStore
import LemniscaatTestSupport
import Testing

@testable import LemniscaatWeb

/// Every route × every role × own and another organisation, with the routes taken from the router itself: a route
/// that is not in `expected` fails the test, so no new route escapes it.
@Suite struct AccessMatrixTests {
    /// Who may use a route. Everything not allowed must answer 403 (signed in) or send to sign-in / 401 (anonymous);
    /// another organisation's records must answer 404.
    enum Access: Equatable {
        /// Anyone, signed in or not.
        case open
        /// Any signed-in user of the organisation.
        case signedIn
        /// Signed-in users holding one of these roles.
        case roles(Set<Role>)
        /// Exercised by their own tests (SignInTests): signing out ends the session the matrix runs on.
        case ownTests
        /// Only the owner of the record (an API token is its user's own); for everyone else it does not exist.
        case ownerOnly(Role)
    }

    static let editors: Set<Role> = [.policyOfficer, .manager, .administrator]
    static let handlers: Set<Role> = [.liaison, .policyOfficer, .manager]
    static let sessionPlanners: Set<Role> = [.policyOfficer, .liaison, .manager, .administrator]

    /// The table: one row per route.
    static let expected: [String: Access] = [
        "GET /": .signedIn,
        "GET /aanmelden": .open, "POST /aanmelden": .ownTests, "POST /afmelden": .ownTests,
        "GET /uitnodiging/:token": .open, "POST /uitnodiging/:token": .open,
        // single sign-on: the demo has none configured (404); a callback without state is refused (400, audited);
        // a user with roles is sent on from the no-rights page; the configuration is the beheerder's (empty form: 400)
        "GET /sso/:slug/start": .open, "GET /sso/terug": .open, "GET /geen-rechten": .signedIn,
        "GET /beheer/organisatie-inlog": .roles([.administrator]), "POST /beheer/organisatie-inlog": .roles([.administrator]),
        "GET /health": .open, "GET /metrics": .open, "GET /static/lemniscaat.css": .open, "GET /static/favicon.svg": .open,
        "GET /static/signaal.js": .open, "GET /api/v1/openapi.json": .open,
        "GET /profiel": .signedIn, "POST /profiel/taal": .signedIn, "POST /profiel/wachtwoord": .signedIn,
        "POST /profiel/api-sleutels": .signedIn, "POST /profiel/api-sleutels/:id/intrekken": .ownerOnly(.administrator),
        "GET /meldingen": .signedIn, "POST /meldingen/gelezen": .signedIn,
        "GET /beleid": .signedIn, "GET /beleid/:id": .signedIn,
        "GET /beleid/nieuw": .roles(editors), "POST /beleid/nieuw": .roles(editors),
        "GET /beleid/:id/wijzigen": .roles(editors), "POST /beleid/:id/wijzigen": .roles(editors), "POST /beleid/:id/status": .roles(editors),
        // concept texts: everyone reads and links signals to a section, editors add versions
        "GET /beleid/:id/concept": .signedIn, "GET /beleid/:id/concept/:nummer": .signedIn, "GET /beleid/:id/concept/vergelijk": .signedIn,
        "GET /beleid/:id/concept/nieuw": .roles(editors), "POST /beleid/:id/concept/nieuw": .roles(editors),
        "POST /beleid/:id/concept/signalen": .signedIn,
        // uitvoeringstoets: editors run rounds; the matrix's round invites every named account, so all may respond
        "GET /beleid/:id/toets/nieuw": .roles(editors), "POST /beleid/:id/toets/nieuw": .roles(editors),
        "GET /toetsen": .signedIn, "GET /toetsen/:id": .signedIn, "GET /toetsen/:id/reactie": .signedIn, "POST /toetsen/:id/reactie": .signedIn,
        "POST /toetsen/:id/antwoorden": .roles(editors), "POST /toetsen/:id/sluiten": .roles(editors),
        // overleggen: everyone reads and downloads the calendar; planners plan and keep agenda, minutes and attendance
        "GET /overleggen": .signedIn, "GET /overleggen/agenda.ics": .signedIn, "GET /overleggen/:id": .signedIn,
        "GET /overleggen/:id/agenda.ics": .signedIn,
        "GET /overleggen/nieuw": .roles(sessionPlanners), "POST /overleggen/nieuw": .roles(sessionPlanners),
        "GET /overleggen/:id/wijzigen": .roles(sessionPlanners), "POST /overleggen/:id/wijzigen": .roles(sessionPlanners),
        "POST /overleggen/:id/agenda": .roles(sessionPlanners), "POST /overleggen/:id/agenda/:item": .roles(sessionPlanners),
        "POST /overleggen/:id/aanwezigheid": .roles(sessionPlanners),
        // an empty form proposes nothing: refused (400) for whoever keeps the agenda
        "POST /overleggen/:id/voorstellen": .roles(sessionPlanners),
        // decisions and actions: everyone reads; planners record them (an empty decision or action form is refused with
        // 400); an action's page takes a status from its owner, here a planner, as from the planners
        "POST /overleggen/:id/besluiten": .roles(sessionPlanners), "POST /overleggen/:id/acties": .roles(sessionPlanners),
        "GET /besluiten": .signedIn, "GET /acties": .signedIn, "GET /acties/:id": .signedIn, "POST /acties/:id": .roles(sessionPlanners),
        // lessen: everyone reads and writes; the author (none here: see `openLesson`) and editors change and mark discussed
        "GET /lessen": .signedIn, "GET /lessen/nieuw": .signedIn, "POST /lessen/nieuw": .signedIn, "GET /lessen/:id": .signedIn,
        "GET /lessen/:id/wijzigen": .roles(editors), "POST /lessen/:id/wijzigen": .roles(editors), "POST /lessen/:id/besproken": .roles(editors),
        "GET /zoeken": .signedIn,
        // raadplegingen: editors only (an empty form is refused with 400; the matrix's one is public, so inviting a panel
        // is refused too); residents answer without an account (a random token is unknown: 404)
        "GET /raadplegingen": .roles(editors), "GET /raadplegingen/nieuw": .roles(editors), "POST /raadplegingen/nieuw": .roles(editors),
        "GET /raadplegingen/:id": .roles(editors), "GET /raadplegingen/:id/wijzigen": .roles(editors),
        "POST /raadplegingen/:id/wijzigen": .roles(editors), "POST /raadplegingen/:id/panel": .roles(editors),
        "POST /raadplegingen/:id/signaal": .roles(editors), "POST /raadplegingen/:id/antwoord": .roles(editors),
        "GET /raadplegingen/:id/rapport": .roles(editors), "GET /raadplegingen/:id/rapport.md": .roles(editors),
        "GET /doe-mee": .open, "GET /doe-mee/:token": .open, "POST /doe-mee/:token": .open,
        // MKBA: everyone reads and downloads; editors write (an empty form is refused with 400)
        "GET /mkba": .signedIn, "GET /mkba/:id": .signedIn, "GET /mkba/:id/export.csv": .signedIn, "GET /mkba/:id/export.md": .signedIn,
        "GET /mkba/nieuw": .roles(editors), "POST /mkba/nieuw": .roles(editors), "GET /mkba/:id/wijzigen": .roles(editors),
        "POST /mkba/:id/wijzigen": .roles(editors),
        "GET /api/v1/mkbas": .signedIn, "POST /api/v1/mkbas": .roles(editors), "GET /api/v1/mkbas/:id": .signedIn,
        "PUT /api/v1/mkbas/:id": .roles(editors),
        // samenwerkingskaart: about teams, so everyone reads it (the per-person table is the managers' and administrators')
        "GET /samenwerkingskaart": .signedIn, "GET /api/v1/samenwerkingskaart": .signedIn,
        // de lus: managers, policy officers and administrators
        "GET /lus": .roles([.manager, .policyOfficer, .administrator]), "GET /api/v1/dashboard": .roles([.manager, .policyOfficer, .administrator]),
        // rapportages: as de lus
        "GET /rapportages": .roles([.manager, .policyOfficer, .administrator]),
        "GET /rapportages/staat-van-de-uitvoering": .roles([.manager, .policyOfficer, .administrator]),
        "GET /rapportages/staat-van-de-uitvoering.md": .roles([.manager, .policyOfficer, .administrator]),
        "GET /rapportages/staat-van-de-uitvoering.csv": .roles([.manager, .policyOfficer, .administrator]),
        "GET /api/v1/rapportages/staat-van-de-uitvoering": .roles([.manager, .policyOfficer, .administrator]),
        // a team's page: about a team, so everyone in the organisation reads it (the administration is /beheer/teams)
        "GET /teams": .signedIn, "GET /teams/:id": .signedIn,
        "GET /signalen": .signedIn, "GET /signalen/te-behandelen": .signedIn, "GET /signalen/mijn": .signedIn,
        "GET /signalen/nieuw": .signedIn, "POST /signalen/nieuw": .signedIn, "GET /signalen/vergelijkbaar": .signedIn,
        "GET /signalen/:id": .signedIn, "POST /signalen/:id/herken": .signedIn,
        // only the reporter (uitvoerder@demo.test reported the signal the matrix uses)
        "POST /signalen/:id/oordeel": .roles([.practitioner]),
        "POST /signalen/:id/status": .roles(handlers), "POST /signalen/:id/toewijzen": .roles(handlers),
        "POST /signalen/:id/thema": .roles(handlers),
        "GET /themas": .signedIn, "POST /themas": .roles(handlers), "GET /themas/:id": .signedIn, "POST /themas/:id/antwoord": .roles(handlers),
        // knelpunten: handlers forward and record (an empty form is refused with 400); the letter is for the readers of De lus
        "POST /signalen/:id/knelpunt": .roles(handlers), "POST /themas/:id/doorzetten": .roles(handlers),
        "POST /themas/:id/knelpunt": .roles(handlers),
        "GET /rapportages/knelpuntenbrief": .roles([.manager, .policyOfficer, .administrator]),
        "GET /rapportages/knelpuntenbrief.md": .roles([.manager, .policyOfficer, .administrator]),
        "GET /api/v1/rapportages/knelpuntenbrief": .roles([.manager, .policyOfficer, .administrator]),
        "GET /beheer/gebruikers": .roles([.administrator]), "GET /beheer/gebruikers/nieuw": .roles([.administrator]),
        "POST /beheer/gebruikers/nieuw": .roles([.administrator]), "GET /beheer/gebruikers/:id": .roles([.administrator]),
        "POST /beheer/gebruikers/:id": .roles([.administrator]), "POST /beheer/gebruikers/:id/actief": .roles([.administrator]),
        "POST /beheer/gebruikers/:id/uitnodiging": .roles([.administrator]),
        "GET /beheer/teams": .roles([.administrator]), "POST /beheer/teams/nieuw": .roles([.administrator]),
        "GET /beheer/teams/:id": .roles([.administrator]), "POST /beheer/teams/:id": .roles([.administrator]),
        "POST /beheer/teams/:id/verwijderen": .roles([.administrator]),
        "GET /beheer/domeinen": .roles([.administrator]), "POST /beheer/domeinen": .roles([.administrator]),
        "POST /beheer/domeinen/:id": .roles([.administrator]), "POST /beheer/domeinen/:id/verwijderen": .roles([.administrator]),
        "GET /beheer/gebieden": .roles([.administrator]), "POST /beheer/gebieden": .roles([.administrator]),
        "POST /beheer/gebieden/import": .roles([.administrator]), "POST /beheer/gebieden/drempel": .roles([.administrator]),
        "GET /beheer/routering": .roles([.administrator]), "POST /beheer/routering": .roles([.administrator]),
        "POST /beheer/routering/:id/:direction": .roles([.administrator]),
        "GET /beheer/termijnen": .roles([.administrator]), "POST /beheer/termijnen": .roles([.administrator]),
        "GET /beheer/audit": .roles([.administrator]),
        // privacy: bewaartermijnen (an empty form is refused with 400), the processing log, a user's data (right of access)
        "GET /beheer/bewaartermijnen": .roles([.administrator]), "POST /beheer/bewaartermijnen": .roles([.administrator]),
        "GET /beheer/verwerkingen": .roles([.administrator]), "GET /beheer/gebruikers/:id/gegevens": .roles([.administrator]),
        "GET /profiel/mijn-gegevens": .signedIn,
        "GET /monitor": .signedIn, "GET /monitor/export": .signedIn,
        "GET /monitor/indicatoren/:id": .signedIn, "GET /monitor/indicatoren/:id/export": .signedIn,
        "POST /monitor/indicatoren/:id/toelichting": .signedIn,
        "GET /monitor/indicatoren/nieuw": .roles(editors), "POST /monitor/indicatoren/nieuw": .roles(editors),
        "GET /monitor/indicatoren/:id/wijzigen": .roles(editors), "POST /monitor/indicatoren/:id/wijzigen": .roles(editors),
        // an import job is its starter's own: the matrix gives each editor a job of their own (see `importJob`)
        "GET /monitor/import": .roles(editors), "POST /monitor/import": .roles(editors), "GET /monitor/import/:id": .roles(editors),
        // the API: a bearer token instead of a session
        "GET /api/v1/organisatie": .signedIn, "GET /api/v1/teams": .signedIn, "GET /api/v1/teams/:id": .signedIn,
        "GET /api/v1/gebruikers": .signedIn, "GET /api/v1/gebruikers/:id": .signedIn, "GET /api/v1/gebieden": .signedIn,
        "GET /api/v1/gebieden/:code": .signedIn, "GET /api/v1/domeinen": .signedIn,
        "GET /api/v1/beleid": .signedIn, "POST /api/v1/beleid": .roles(editors), "GET /api/v1/beleid/:id": .signedIn,
        "PUT /api/v1/beleid/:id": .roles(editors),
        "GET /api/v1/signalen": .signedIn, "POST /api/v1/signalen": .signedIn, "GET /api/v1/signalen/:id": .signedIn,
        "POST /api/v1/signalen/:id/statuswijzigingen": .roles(handlers), "POST /api/v1/signalen/:id/antwoorden": .roles(handlers),
        "POST /api/v1/signalen/:id/herkenningen": .signedIn,
        "GET /api/v1/themas": .signedIn, "GET /api/v1/themas/:id": .signedIn,
        "GET /api/v1/doelen": .signedIn, "GET /api/v1/doelen/:id": .signedIn,
        "GET /api/v1/indicatoren": .signedIn, "POST /api/v1/indicatoren": .roles(editors), "GET /api/v1/indicatoren/:id": .signedIn,
        "PUT /api/v1/indicatoren/:id": .roles(editors),
        // raadplegingen: editors only; every editor's POST opens one on the organisation's own policy
        "GET /api/v1/raadplegingen": .roles(editors), "POST /api/v1/raadplegingen": .roles(editors),
        "GET /api/v1/raadplegingen/:id": .roles(editors), "GET /api/v1/raadplegingen/:id/resultaten": .roles(editors),
        // residents through the API: no key, like /doe-mee (a random token is unknown: 404)
        "GET /api/v1/publieke-raadplegingen/:token": .open, "POST /api/v1/publieke-raadplegingen/:token/reacties": .open,
        "GET /api/v1/lessen": .signedIn, "POST /api/v1/lessen": .signedIn, "GET /api/v1/lessen/:id": .signedIn,
        "PUT /api/v1/lessen/:id": .roles(editors),
        "GET /api/v1/metingen": .signedIn, "POST /api/v1/metingen/import": .roles(editors),
        // the uitvoeringstoets: its round stays open (a remark stays unanswered), so its report stays the editors'; a
        // review is only its reviewer's own (uitvoerder@demo.test is the one invited)
        "GET /api/v1/toetsen": .signedIn, "POST /api/v1/toetsen": .roles(editors), "GET /api/v1/toetsen/:id": .signedIn,
        "PATCH /api/v1/toetsen/:id": .roles(editors), "GET /api/v1/toetsen/:id/reacties": .signedIn,
        "PUT /api/v1/toetsen/:id/reacties/:gebruikerId": .roles([.practitioner]), "GET /api/v1/toetsen/:id/opmerkingen": .signedIn,
        "PUT /api/v1/toetsen/:id/opmerkingen/:opmerkingId/antwoord": .roles(editors), "GET /api/v1/toetsen/:id/rapport": .roles(editors),
        // the report of the demo's closed round: everyone reads it (an open round's is for the editors: ReviewReportPageTests)
        "GET /toetsen/:id/rapport": .signedIn, "GET /toetsen/:id/rapport.md": .signedIn,
        // overleggen, besluiten and acties: everyone reads; planners record (the matrix's action is a planner's own)
        "GET /api/v1/overleggen": .signedIn, "GET /api/v1/overleggen/:id": .signedIn,
        "GET /api/v1/besluiten": .signedIn, "POST /api/v1/besluiten": .roles(sessionPlanners), "GET /api/v1/besluiten/:id": .signedIn,
        "GET /api/v1/acties": .signedIn, "POST /api/v1/acties": .roles(sessionPlanners), "GET /api/v1/acties/:id": .signedIn,
        "PATCH /api/v1/acties/:id": .roles(sessionPlanners),
    ]

    /// Routes that may succeed without changing anything when the matrix repeats them (the rule is already first, the
    /// notifications are already read); they still may not leave more than one entry.
    static let noOpWhenRepeated: Set<String> = ["/beheer/routering/:id/:direction", "/meldingen/gelezen", "/api/v1/acties/:id"]
    /// Refusals that are themselves security events, logged on purpose.
    static let auditedRefusals: Set<String> = ["/aanmelden", "/uitnodiging/:token"]

    /// Audit entries that record a change; reads of sensitive records ("signaal.bekeken") are logged too, but are no change.
    static func changeEntries(_ store: Store) async throws -> Int {
        try await AuditEntryModel.query(on: store.database).filter(\.$action !~ ".bekeken").filter(\.$action !~ ".geraadpleegd").count()
    }

    static let apiBodies: [String: String] = [
        // on a policy of the organisation's own ({beleid}): every editor's POST creates one, every PUT changes it
        "/api/v1/mkbas": #"{"beleidId":"{beleid}","titel":"Matrix-MKBA","startjaar":2025,"looptijd":2,"regels":[{"soort":"kosten","categorie":"Toets","belanghebbende":"gemeente","bedragen":[100,100]}]}"#,
        "/api/v1/mkbas/:id": #"{"beleidId":"{beleid}","titel":"Matrix-MKBA","startjaar":2025,"looptijd":2,"regels":[{"soort":"baten","categorie":"Toets","belanghebbende":"rijk","bedragen":[100,100]}]}"#,
        "/api/v1/raadplegingen": #"{"beleidId":"{beleid}","titel":"Matrixraadpleging","uitleg":"Toets.","doelgroep":"openbaar","start":"2026-01-01","einde":"2099-12-31","vragen":[{"soort":"open","tekst":"Wat vindt u?"}]}"#,
        "/api/v1/lessen": #"{"soort":"incident","titel":"Matrixles","situatie":"Toets.","gebeurd":"Toets.","geleerd":"Toets."}"#,
        "/api/v1/lessen/:id": #"{"soort":"incident","titel":"Matrixles","situatie":"Toets.","gebeurd":"Toets.","geleerd":"Toets."}"#,
        "/api/v1/beleid": #"{"titel":"Matrix","samenvatting":"Toets.","domeinIds":["00000000-0000-0000-0000-000000000000"]}"#,
        "/api/v1/beleid/:id": #"{"titel":"Matrix","samenvatting":"Toets.","domeinIds":["00000000-0000-0000-0000-000000000000"]}"#,
        "/api/v1/signalen": #"{"titel":"Matrix","omschrijving":"Toets.","domein":"00000000-0000-0000-0000-000000000000","aantalBetrokkenen":"1","urgentie":"laag"}"#,
        "/api/v1/signalen/:id/statuswijzigingen": #"{"status":"in-behandeling"}"#,
        "/api/v1/signalen/:id/antwoorden": #"{"tekst":"Een antwoord van de matrix."}"#,
        "/api/v1/signalen/:id/herkenningen": #"{}"#,
        // a new code each time ({uniek}), on a goal of the organisation's own ({doel}): every editor's POST creates one
        "/api/v1/indicatoren": #"{"doelId":"{doel}","code":"MX-{uniek}","naam":"Matrix","definitie":"Toets.","soort":"output","eenheid":"aantal","richting":"hoger-is-beter","bron":"eigen-registratie","frequentie":"jaar","optellen":"som"}"#,
        // BB-01 (the indicator `records` picks) as it is: a percentage per quarter, so its measurements allow the change
        "/api/v1/indicatoren/:id": #"{"code":"BB-01","naam":"Matrix","definitie":"Toets.","soort":"output","eenheid":"percentage","richting":"hoger-is-beter","bron":"eigen-registratie","frequentie":"kwartaal","optellen":"gewogen-gemiddelde"}"#,
        // a provisional figure in a future quarter: created the first time, replaced after
        "/api/v1/metingen/import": "indicator;periode;gebied;waarde\nWP-01;2030-Q1;BU99010101;12\n",
        // the policy of the matrix's round, which is open: a second round is refused (400) for whoever may open one
        "/api/v1/toetsen": #"{"beleidId":"{toetsbeleid}","termijn":"2099-12-31","inleiding":"Matrix.","vragen":["Klopt dit?"],"gebruikerIds":["{reviewer}"]}"#,
        // refused (400) as long as the second remark has no answer
        "/api/v1/toetsen/:id": #"{"status":"gesloten"}"#,
        "/api/v1/toetsen/:id/reacties/:gebruikerId": #"{"ingediend":false}"#,
        "/api/v1/toetsen/:id/opmerkingen/:opmerkingId/antwoord": #"{"antwoord":"verwerkt","uitleg":"Verwerkt door de matrix."}"#,
        "/api/v1/besluiten": #"{"overlegId":"{overleg}","tekst":"Een besluit van de matrix."}"#,
        "/api/v1/acties": #"{"overlegId":"{overleg}","omschrijving":"Een actie van de matrix.","eigenaarId":"{gebruiker}","datum":"2099-12-31"}"#,
        // the first planner moves it on; for the others the status is already so
        "/api/v1/acties/:id": #"{"status":"bezig"}"#,
    ]

    /// Request bodies that are not JSON.
    static let apiContentTypes: [String: String] = ["/api/v1/metingen/import": "text/csv"]

    static func apiBody(_ path: String, records: Records) -> String {
        (apiBodies[path] ?? "{}").replacingOccurrences(of: "{doel}", with: records.goal).replacingOccurrences(of: "{overleg}", with: records.session)
            .replacingOccurrences(of: "{gebruiker}", with: records.user)
            .replacingOccurrences(of: "{uniek}", with: String(UUID().uuidString.prefix(8)))
            .replacingOccurrences(of: "{toetsbeleid}", with: records.review.policy).replacingOccurrences(of: "{beleid}", with: records.policy).replacingOccurrences(of: "{reviewer}", with: records.review.reviewer)
    }

    /// The records a route's parameters point at, in one organisation.
    struct Records {
        let policy, signal, theme, user, team, domain, rule, token: String
        let area: String
        let goal, indicator: String
        /// An import job of the user the matrix acts as (jobs live in memory, one per starter).
        var importJob: String
        /// A policy with a concept text (version 1 at least), for the routes under /concept.
        var draftPolicy = ""
        /// An open uitvoeringstoets round (see `openRound`), for the pages.
        var round = ""
        /// A past session with one agenda item (see `openSession`).
        var session = ""
        var sessionItem = ""
        /// The session's action.
        var action = ""
        /// The session's decision.
        var decision = ""
        /// A lesson without an author (see `openLesson`).
        var lesson = ""
        /// An MKBA on `policy` (see `openMKBA`).
        var mkba = ""
        /// A public raadpleging on `policy` (see `openConsultation`).
        var consultation = ""
        /// An open uitvoeringstoets with a submitted review and its two remarks (see `reviewRecords`), for the API.
        var review = ReviewRecords()
        /// A closed round, for the report: the matrix closes `round` part-way, which would change who may read its report.
        var closedRound = ""

        func fill(_ path: String) -> String {
            let segments = path.split(separator: "/").map(String.init)
            var result: [String] = []
            for (index, segment) in segments.enumerated() {
                guard segment.hasPrefix(":") else { result.append(segment); continue }
                let owner = segments[max(0, index - 1)]
                switch (owner, segment) {
                case (_, ":token"): result.append(SecretToken.generate())
                case (_, ":direction"): result.append("omhoog")
                case (_, ":code"): result.append(area)
                case (_, ":nummer"): result.append("1")
                case ("beleid", _): result.append(segments.contains("concept") && !draftPolicy.isEmpty ? draftPolicy : policy)
                case ("signalen", _): result.append(signal)
                case ("themas", _): result.append(theme)
                case ("gebruikers", _): result.append(user)
                case ("teams", _): result.append(team)
                case ("domeinen", _): result.append(domain)
                case ("routering", _): result.append(rule)
                case ("api-sleutels", _): result.append(token)
                case ("doelen", _): result.append(goal)
                case ("indicatoren", _): result.append(indicator)
                case ("import", _): result.append(importJob)
                case ("overleggen", _): result.append(session)
                case ("agenda", _): result.append(sessionItem)
                case ("acties", _): result.append(action)
                case ("besluiten", _): result.append(decision)
                case ("lessen", _): result.append(lesson)
                case ("raadplegingen", _): result.append(consultation)
                case ("mkba", _), ("mkbas", _): result.append(mkba)
                // the pages and the API each have a round of their own: the API's must stay open (see `reviewRecords`); the
                // report pages read the demo's closed round
                case ("toetsen", _):
                    result.append(segments.first == "api" ? review.round : segments.contains { $0.hasPrefix("rapport") } ? closedRound : round)
                case ("reacties", _): result.append(review.reviewer)
                case ("opmerkingen", _): result.append(review.remark)
                default: result.append(segment)
                }
            }
            return "/" + result.joined(separator: "/")
        }
    }

    struct ReviewRecords {
        var round = "", remark = "", reviewer = "", policy = ""
    }

    /// A round on a policy of its own, open, to which `reviewer` is invited without having started, and a review by
    /// `remarker` with two remarks: the matrix answers the first; the second stays unanswered, so the round never closes.
    /// Made after `records`, so that nothing there picks this policy or its text.
    static func reviewRecords(_ store: Store, organisationID: UUID, reviewer: UUID, remarker: UUID) async throws -> ReviewRecords {
        let actor = AuditActor.commandLine(organisationID: organisationID)
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(title: "Matrixtoets", summary: "Voor de matrix.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: organisationID, actor: actor, now: Date())
        let drafts = DraftRepository(store: store)
        try await drafts.addVersion(
            policyID: policy.id!, markdown: "# Artikel 1 Matrix\nDe matrix toetst.\n\n# Artikel 2 Rest\nDe rest.", changeNote: "", organisationID: organisationID,
            actor: actor, now: Date())
        let keys = try #require(try await drafts.version(policyID: policy.id!, number: 1, organisationID: organisationID)).sections.map(\.key)
        let reviews = ReviewRepository(store: store)
        let round = try await reviews.open(
            policyID: policy.id!,
            .init(deadline: ReviewDeadline.code(Date().addingTimeInterval(30 * 86_400)), introduction: "Matrix.", questions: "Klopt dit?", userIDs: [reviewer, remarker]),
            organisationID: organisationID, actor: actor, now: Date())
        let writer = try #require(try await AccountRepository(store: store).signedInUser(userID: remarker))
        try await reviews.save(
            roundID: round.id!,
            .init(
                scores: [keys[0]: [.feasibility: "3"]], verdict: "uitvoerbaar",
                newRemarks: [.init(sectionKey: keys[0], text: "Eerste opmerking."), .init(sectionKey: keys[keys.count - 1], text: "Tweede opmerking.")]),
            submit: true, user: writer, actor: writer.auditActor(origin: "test"), now: Date())
        let remark = try #require(try await reviews.remarks(roundID: round.id!, user: writer).first { $0.text == "Eerste opmerking." })
        return ReviewRecords(
            round: round.id!.uuidString.lowercased(), remark: remark.id.uuidString.lowercased(), reviewer: reviewer.uuidString.lowercased(),
            policy: policy.id!.uuidString.lowercased())
    }

    static func records(_ store: Store, organisationID: UUID, reporter: String, tokenOwner: UUID, importJob: UUID) async throws -> Records {
        let db = store.database
        let signal = try await SignalModel.query(on: db).filter(\.$organisationID == organisationID)
            .join(UserModel.self, on: \SignalModel.$reporterID == \UserModel.$id).filter(UserModel.self, \.$email == reporter).first()
        let theme = try await ThemeModel.query(on: db).filter(\.$organisationID == organisationID).first()
        let policy = try await PolicyModel.query(on: db).filter(\.$organisationID == organisationID).first()
        // a user, team and domain nobody in the matrix needs, since allowed requests may change them
        let users = try await UserModel.query(on: db).filter(\.$organisationID == organisationID).all()
        let named = Set(DemoOrganisation.namedAccounts.map(\.email))
        let user = users.first { $0.email == "zeynep.kaya@demo.test" } ?? users.first { !named.contains($0.email) && !$0.email.hasPrefix("beheer@") }
        let team = try await TeamModel.query(on: db).filter(\.$organisationID == organisationID).sort(\.$name, .descending).first()
        let domain = try await DomainModel.query(on: db).filter(\.$organisationID == organisationID).filter(\.$slug == "veiligheid").first()
        let rule = try await RoutingRuleModel.query(on: db).filter(\.$organisationID == organisationID).first()
        let token = try await APITokenModel.query(on: db).filter(\.$userID == tokenOwner).first()
        let area = try await AreaModel.query(on: db).filter(\.$organisationID == organisationID).first()
        let indicators = try await IndicatorRepository(store: store).list(organisationID: organisationID)
        let indicator = indicators.first { $0.indicator.code == "BB-01" } ?? indicators.first
        let draft = try await DraftVersionModel.query(on: db).filter(\.$organisationID == organisationID).first()
        var records = Records(
            policy: try #require(policy?.id).uuidString.lowercased(), signal: try #require(signal?.id).uuidString.lowercased(),
            theme: try #require(theme?.id).uuidString.lowercased(), user: try #require(user?.id).uuidString.lowercased(),
            team: try #require(team?.id).uuidString.lowercased(), domain: try #require(domain?.id).uuidString.lowercased(),
            rule: try #require(rule?.id).uuidString.lowercased(), token: try #require(token?.id).uuidString.lowercased(),
            area: try #require(area?.code), goal: try #require(indicator?.indicator.goalID).uuidString.lowercased(),
            indicator: try #require(indicator?.indicator.id).uuidString.lowercased(), importJob: importJob.uuidString.lowercased())
        records.draftPolicy = draft?.policyID.uuidString.lowercased() ?? ""
        return records
    }

    /// A policy with a draft and an open round on it, inviting `invitees`: its own, so the demo's rounds stay as they are.
    static func openRound(_ store: Store, organisationID: UUID, invitees: [UUID]) async throws -> String {
        let actor = AuditActor.commandLine(organisationID: organisationID)
        let domain = try #require(try await OrganisationRepository(store: store).domains(organisationID: organisationID).first)
        let policy = try await PolicyRepository(store: store).create(
            .init(title: "Matrix toets \(UUID().uuidString.prefix(6))", summary: "Toets.", legalBasis: "", domainIDs: [domain.domain.id!], roles: [:], teamIDs: [], goals: []),
            organisationID: organisationID, actor: actor, now: Date())
        try await DraftRepository(store: store).addVersion(
            policyID: policy.id!, markdown: "# Artikel 1\nDe gemeente helpt.", changeNote: "", organisationID: organisationID, actor: actor, now: Date())
        let round = try await ReviewRepository(store: store).open(
            policyID: policy.id!, .init(deadline: ReviewDeadline.code(Date().addingTimeInterval(30 * 86_400)), introduction: "Matrix.", questions: "Lukt dit?", userIDs: invitees),
            organisationID: organisationID, actor: actor, now: Date())
        return round.id!.uuidString.lowercased()
    }

    /// A session a month ago, without an organiser (so only the planner roles may change it), with one agenda item.
    /// A past session with one agenda item and one action, owned by `owner` (a planner, so the action's page is the
    /// planners' like the rest of the session).
    static func openSession(_ store: Store, organisationID: UUID, participants: [UUID], owner: UUID) async throws
        -> (session: String, item: String, action: String, decision: String)
    {
        let actor = AuditActor.commandLine(organisationID: organisationID)
        let sessions = SessionRepository(store: store)
        let id = try await sessions.create(
            .init(
                type: "werksessie", title: "Matrix overleg", day: SessionTime.codes(Date().addingTimeInterval(-30 * 86_400)).day, startTime: "10:00",
                endTime: "11:00", place: "Stadhuis", userIDs: participants),
            organisationID: organisationID, actor: actor, now: Date())
        let item = try await sessions.addItem(sessionID: id, .init(title: "Matrix"), organisationID: organisationID, actor: actor, now: Date())
        let action = try await ActionRepository(store: store).create(
            sessionID: id, .init(description: "Matrix actie", ownerID: owner, due: ReviewDeadline.code(Date().addingTimeInterval(7 * 86_400))),
            organisationID: organisationID, actor: actor, now: Date())
        let decision = try await sessions.decide(
            sessionID: id, .init(text: "Het matrixbesluit is genomen.", itemIDs: [item]), organisationID: organisationID, actor: actor, now: Date())
        return (id.uuidString.lowercased(), item.uuidString.lowercased(), action.uuidString.lowercased(), decision.id.uuidString.lowercased())
    }

    /// A lesson written from the command line: it has no author, so only the editors may change it.
    static func openLesson(_ store: Store, organisationID: UUID) async throws -> String {
        let id = try await LessonRepository(store: store).create(
            .init(kind: "incident", title: "Matrixles", situation: "Voor de matrix.", whatHappened: "De matrix liep.", learned: "Alles telt.", changes: ""),
            organisationID: organisationID, actor: .commandLine(organisationID: organisationID), now: Date())
        return id.uuidString.lowercased()
    }

    /// An MKBA on the organisation's policy `policy`.
    static func openMKBA(_ store: Store, organisationID: UUID, policy: String) async throws -> String {
        let id = try await MKBARepository(store: store).create(
            .init(
                policyID: UUID(uuidString: policy), title: "Matrix-MKBA", horizon: "2", startYear: "2025",
                lines: [.init(kind: "kosten", category: "Matrix", stakeholder: "gemeente", amounts: "100; 100")]),
            organisationID: organisationID, actor: .commandLine(organisationID: organisationID), now: Date())
        return id.uuidString.lowercased()
    }

    /// A public raadpleging on the organisation's policy `policy`, made from the command line.
    static func openConsultation(_ store: Store, organisationID: UUID, policy: String) async throws -> String {
        let id = try await ConsultationRepository(store: store).create(
            .init(
                policyID: UUID(uuidString: policy), title: "Matrixraadpleging", explanation: "Voor de matrix.", audience: "openbaar",
                opens: ReviewDeadline.code(Date()), closes: ReviewDeadline.code(Date().addingTimeInterval(30 * 86_400)),
                questions: [.init(kind: "open", text: "Wat vindt u?")]),
            organisationID: organisationID, actor: .commandLine(organisationID: organisationID), now: Date())
        return id.uuidString.lowercased()
    }

    @Test func everyRouteEveryRoleBothOrganisations() async throws {
        try await withTestStore { store in
            // setup: the demo organisation, and a second one with its own records
            let demo = try await DemoOrganisation.load(into: store, password: Fixture.password, now: Date())
            let other = try await Fixture.make(store, name: "Gemeente Elders")
            let otherActor = AuditActor.commandLine(organisationID: other.organisationID)
            let otherDomain = try #require(try await OrganisationRepository(store: store).domains(organisationID: other.organisationID).first)
            _ = try await PolicyRepository(store: store).create(
                .init(title: "Beleid elders", summary: "Elders.", legalBasis: "", domainIDs: [otherDomain.domain.id!], roles: [:], teamIDs: [], goals: [("Doel elders", "")]),
                organisationID: other.organisationID, actor: otherActor, now: Date())
            let otherGoal = try #require(try await IndicatorRepository(store: store).goals(organisationID: other.organisationID).first)
            _ = try await IndicatorRepository(store: store).create(
                goalID: otherGoal.id,
                IndicatorInput(code: "EL-01", name: "Elders", definition: "Elders geteld.", kind: "output", unit: "aantal", direction: "hoger-is-beter",
                    source: "cbs", ownerID: nil, frequency: "jaar", aggregation: "som"),
                organisationID: other.organisationID, actor: otherActor, now: Date())
            let otherReporter = try #require(try await AccountRepository(store: store).signedInUser(userID: other.practitioner.id!))
            let similarity = SignalSimilarity(store: store)
            _ = try await SignalRepository(store: store, similarity: similarity).submit(
                .init(title: "Elders", description: "Een knelpunt elders.", domainID: otherDomain.domain.id!, policyID: nil, areaCode: nil, affected: "1", urgency: "laag", solution: nil, anonymous: false),
                reporter: otherReporter, origin: "test", now: Date())
            _ = try await ThemeRepository(store: store, similarity: similarity).create(title: "Thema elders", description: "", ownerID: nil, by: otherReporter, origin: "test", now: Date())
            try await RoutingRepository(store: store).add(
                .init(domainID: nil, policyID: nil, areaCode: nil, urgency: nil, textContains: nil, targetTeamID: other.practitionerTeamID, targetUserID: nil),
                organisationID: other.organisationID, actor: otherActor, now: Date())
            _ = try await AreaRepository(store: store).importRows(try AreaCSV.parse("code;naam\nGM0999;Elders").get(), organisationID: other.organisationID, actor: otherActor, now: Date())
            _ = try await TokenRepository(store: store).create(userID: other.administrator.id!, organisationID: other.organisationID, name: "x", actor: otherActor, now: Date())
            let admin = try #require(try await AccountRepository(store: store).user(email: "beheerder@demo.test"))
            _ = try await TokenRepository(store: store).create(userID: admin.id!, organisationID: demo.id!, name: "x", actor: .commandLine(organisationID: demo.id), now: Date())
            let config = AppConfig(database: .sqlite(path: "unused"), logLevel: .critical)
            let services = AppServices(store: store, config: config, renderer: try await Renderer())
            // An import job that fails at once (no file) and writes nothing, started as `user` of `organisationID`.
            @Sendable func importJob(_ user: UUID?, organisationID: UUID) -> UUID {
                services.importJobs.start(
                    path: FileManager.default.temporaryDirectory.appendingPathComponent("matrix-\(UUID().uuidString).csv").path, fileName: "matrix.csv",
                    organisationID: organisationID, actor: AuditActor(organisationID: organisationID, userID: user, label: "matrix", origin: "test"),
                    importer: services.importer, now: Date())
            }
            var own = try await Self.records(
                store, organisationID: demo.id!, reporter: "uitvoerder@demo.test", tokenOwner: admin.id!,
                importJob: importJob(admin.id!, organisationID: demo.id!))
            var elsewhereRecords = try await Self.records(
                store, organisationID: other.organisationID, reporter: other.practitioner.email, tokenOwner: other.administrator.id!,
                importJob: importJob(other.administrator.id!, organisationID: other.organisationID))
            var namedIDs: [UUID] = []
            for account in DemoOrganisation.namedAccounts {
                namedIDs.append(try #require(try await AccountRepository(store: store).user(email: account.email)?.id))
            }
            own.round = try await Self.openRound(store, organisationID: demo.id!, invitees: namedIDs)
            elsewhereRecords.round = try await Self.openRound(store, organisationID: other.organisationID, invitees: [other.practitioner.id!])
            (own.session, own.sessionItem, own.action, own.decision) = try await Self.openSession(
                store, organisationID: demo.id!, participants: namedIDs, owner: admin.id!)
            (elsewhereRecords.session, elsewhereRecords.sessionItem, elsewhereRecords.action, elsewhereRecords.decision) = try await Self.openSession(
                store, organisationID: other.organisationID, participants: [other.practitioner.id!], owner: other.administrator.id!)
            own.lesson = try await Self.openLesson(store, organisationID: demo.id!)
            elsewhereRecords.lesson = try await Self.openLesson(store, organisationID: other.organisationID)
            own.mkba = try await Self.openMKBA(store, organisationID: demo.id!, policy: own.policy)
            elsewhereRecords.mkba = try await Self.openMKBA(store, organisationID: other.organisationID, policy: elsewhereRecords.policy)
            own.consultation = try await Self.openConsultation(store, organisationID: demo.id!, policy: own.policy)
            elsewhereRecords.consultation = try await Self.openConsultation(store, organisationID: other.organisationID, policy: elsewhereRecords.policy)
            let reviewer = try #require(try await AccountRepository(store: store).user(email: "uitvoerder@demo.test"))
            let remarker = try await AccountRepository(store: store).create(
                .init(email: "matrix.toets@demo.test", name: "Mira Matrix", roles: [.practitioner], password: Fixture.password), organisationID: demo.id!,
                actor: .commandLine(organisationID: demo.id), now: Date())
            own.review = try await Self.reviewRecords(store, organisationID: demo.id!, reviewer: reviewer.id!, remarker: remarker.user.id!)
            elsewhereRecords.review = try await Self.reviewRecords(
                store, organisationID: other.organisationID, reviewer: other.practitioner.id!, remarker: other.administrator.id!)
            let closed = try await ReviewRepository(store: store).rounds(organisationID: demo.id!, status: .closed)
            own.closedRound = try #require(closed.first?.id).uuidString.lowercased()
            elsewhereRecords.closedRound = elsewhereRecords.round  // another organisation's round is 404 open or closed
            let (ownRecords, elsewhere) = (own, elsewhereRecords)
            let router = try buildRouter(config, services: services)
            let routes = router.routes.map { "\($0.method.rawValue) \($0.path.description.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: ""))" }
            // check: the table covers every route, and names none that does not exist
            #expect(Set(routes).subtracting(Self.expected.keys).sorted() == [])
            #expect(Set(Self.expected.keys).subtracting(routes).sorted() == [])

            var logger = Logger(label: "matrix")
            logger.logLevel = .warning
            let app = Application(router: router, configuration: .init(), logger: logger)
            try await app.test(.router) { client in
                let accounts: [(Role?, String?)] = [(nil, nil)] + DemoOrganisation.namedAccounts.map { ($0.role, $0.email) }
                var problems: [String] = []
                var changesSeen = 0
                for (role, email) in accounts {
                    var browser = Browser(client)
                    var bearer: HTTPFields = [:]
                    var own = ownRecords
                    if let email {
                        try await browser.signIn(email, password: Fixture.password)
                        try await browser.get("/profiel")
                        let user = try #require(try await AccountRepository(store: store).user(email: email))
                        let token = try await TokenRepository(store: store).create(userID: user.id!, organisationID: demo.id!, name: "matrix", actor: .commandLine(organisationID: demo.id), now: Date())
                        bearer = [.authorization: "Bearer \(token.token)", .contentType: "application/json"]
                        own.importJob = importJob(user.id!, organisationID: demo.id!).uuidString.lowercased()
                    }
                    for route in routes.sorted() {
                        guard let access = Self.expected[route], access != .ownTests else { continue }
                        let parts = route.split(separator: " ", maxSplits: 1).map(String.init)
                        let method = HTTPRequest.Method(parts[0])!
                        let isAPI = parts[1].hasPrefix("/api/v1/") && parts[1] != "/api/v1/openapi.json"
                        let hasParameter = parts[1].contains(":") && !parts[1].contains(":token")
                        for (organisation, records) in [("eigen", own), ("andere", elsewhere)] where organisation == "eigen" || hasParameter {
                            let path = records.fill(parts[1])
                            var auditBefore = try await Self.changeEntries(store)
                            let response: TestResponse
                            if isAPI {
                                // A valid body, so the answer speaks of access, not of the input.
                                let body = method == .get ? nil : ByteBuffer(string: Self.apiBody(parts[1], records: records))
                                var headers = bearer
                                if let type = Self.apiContentTypes[parts[1]], headers[.contentType] != nil { headers[.contentType] = type }
                                response = try await client.execute(uri: path, method: method, headers: headers, body: body)
                            } else if method == .get {
                                response = try await browser.get(path)
                            } else {
                                try await browser.get("/profiel")  // a fresh CSRF token
                                auditBefore = try await Self.changeEntries(store)
                                response = try await browser.post(path, [])
                            }
                            let status = response.status.code
                            let auditAfter = try await Self.changeEntries(store)
                            let toSignIn = status == 303 && response.location?.hasPrefix("/aanmelden") == true
                            let cell = "\(role?.rawValue ?? "anoniem") \(organisation) \(route) → \(status)"
                            let allowed: Bool = switch access {
                            case .open: true
                            case .signedIn: role != nil
                            case .roles(let roles): role.map { roles.contains($0) } ?? false
                            case .ownTests: true
                            case .ownerOnly(let owner): role == owner
                            }
                            if case .ownerOnly = access, role != nil, organisation == "eigen", !allowed {
                                if status != 404 { problems.append(cell + " (someone else's record must be 404)") }
                                continue
                            }
                            // Every change through a route leaves exactly one audit entry; a refused request leaves none.
                            if method != .get {
                                let succeeded = (200..<400).contains(status) && !toSignIn
                                let entries = auditAfter - auditBefore
                                let changed = !Self.noOpWhenRepeated.contains(parts[1]) || entries > 0
                                if succeeded && entries == 1 { changesSeen += 1 }
                                if succeeded && changed && entries != 1 { problems.append(cell + " (\(entries) audit entries for one change)") }
                                if !succeeded && entries != 0 && !Self.auditedRefusals.contains(parts[1]) {
                                    problems.append(cell + " (\(entries) audit entries for a refused request)")
                                }
                            }
                            if access == .open {
                                if status >= 500 { problems.append(cell + " (server error)") }
                            } else if role == nil {
                                if !(isAPI ? status == 401 : toSignIn) { problems.append(cell + " (anonymous must sign in)") }
                            } else if organisation == "andere" {
                                if status != 404 && !(status == 403 && !allowed) { problems.append(cell + " (another organisation's record must be 404)") }
                            } else if allowed {
                                if [401, 403, 404].contains(status) || toSignIn || status >= 500 { problems.append(cell + " (should be allowed)") }
                            } else if status != 403 {
                                problems.append(cell + " (role escalation: should be 403)")
                            }
                        }
                    }
                }
                #expect(problems == [], "\(problems.joined(separator: "\n"))")
                #expect(changesSeen >= 10, "the audit rule was exercised by \(changesSeen) successful changes")
            }
        }
    }
}

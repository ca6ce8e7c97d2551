// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Hummingbird

/// Every page's address, used both to register routes and to build links, so a link cannot point nowhere.
public enum SiteURL: Sendable {
    case home
    case signIn
    case signOut
    case invitation(token: String)
    case ssoStart(slug: String)
    case ssoCallback
    case noRights
    case adminSSO
    case profile
    case profileLanguage
    case profilePassword
    case profileTokens
    case profileTokenRevoke(id: String)
    case profileData
    case adminUsers
    case adminUserNew
    case adminUser(id: String)
    case adminUserActive(id: String)
    case adminUserInvite(id: String)
    case adminUserData(id: String)
    case adminRetention
    case adminProcessingLog
    case adminTeams
    case adminTeamNew
    case adminTeam(id: String)
    case adminTeamDelete(id: String)
    case adminDomains
    case adminDomain(id: String)
    case adminDomainDelete(id: String)
    case adminAreas
    case adminAreasImport
    case adminAreasThreshold
    case adminAudit
    case policies
    case policyNew
    case policy(id: String)
    case policyEdit(id: String)
    case policyStatus(id: String)
    case draft(id: String)
    case draftNew(id: String)
    case draftCompare(id: String)
    case draftSignals(id: String)
    case draftVersion(id: String, number: String)
    case reviewRoundNew(id: String)
    case reviewRounds
    case reviewRound(id: String)
    case reviewRoundReview(id: String)
    case reviewRoundAnswer(id: String)
    case reviewRoundClose(id: String)
    case reviewReport(id: String)
    case reviewReportMarkdown(id: String)
    case sessions
    case sessionNew
    case sessionsCalendar
    case session(id: String)
    case sessionEdit(id: String)
    case sessionCalendar(id: String)
    case sessionAgenda(id: String)
    case sessionAgendaItem(id: String, item: String)
    case sessionAttendance(id: String)
    case sessionProposals(id: String)
    case sessionDecisions(id: String)
    case sessionActions(id: String)
    case decisions
    case actions
    case action(id: String)
    case consultations
    case consultationNew
    case consultation(id: String)
    case consultationEdit(id: String)
    case consultationPanel(id: String)
    case consultationSignal(id: String)
    case consultationAnswer(id: String)
    case consultationReport(id: String)
    case consultationReportMarkdown(id: String)
    case participateCode
    case participate(token: String)
    case lessons
    case lessonNew
    case lesson(id: String)
    case lessonEdit(id: String)
    case lessonDiscussed(id: String)
    case search
    case contactMap
    case teams
    case team(id: String)
    case mkbas
    case mkbaNew
    case mkba(id: String)
    case mkbaEdit(id: String)
    case mkbaCSV(id: String)
    case mkbaMarkdown(id: String)
    case loop
    case reports
    case stateReport
    case stateReportMarkdown
    case stateReportCSV
    case signals
    case signalsToHandle
    case signalsMine
    case signalNew
    case signalsSimilar
    case signal(id: String)
    case signalStatus(id: String)
    case signalVerdict(id: String)
    case signalRecognise(id: String)
    case signalAssign(id: String)
    case signalTheme(id: String)
    case signalBottleneck(id: String)
    case themes
    case theme(id: String)
    case themeAnswer(id: String)
    case themeForward(id: String)
    case themeBottleneck(id: String)
    case bottleneckLetter
    case bottleneckLetterMarkdown
    case notifications
    case notificationsRead
    case adminRouting
    case adminTerms
    case adminRoutingMove(id: String, direction: String)
    case adminRoutingDelete(id: String)
    case monitor
    case monitorExport
    case monitorImport
    case monitorImportJob(id: String)
    case indicatorNew
    case indicator(id: String)
    case indicatorEdit(id: String)
    case indicatorExport(id: String)
    case indicatorComment(id: String)
    case health
    case metrics
    case stylesheet
    case openAPI

    /// The link to this page.
    public var path: String {
        switch self {
        case .home: "/"
        case .signIn: "/aanmelden"
        case .signOut: "/afmelden"
        case .invitation(let token): "/uitnodiging/\(token)"
        case .ssoStart(let slug): "/sso/\(slug)/start"
        case .ssoCallback: "/sso/terug"
        case .noRights: "/geen-rechten"
        case .adminSSO: "/beheer/organisatie-inlog"
        case .profile: "/profiel"
        case .profileLanguage: "/profiel/taal"
        case .profilePassword: "/profiel/wachtwoord"
        case .profileTokens: "/profiel/api-sleutels"
        case .profileTokenRevoke(let id): "/profiel/api-sleutels/\(id)/intrekken"
        case .profileData: "/profiel/mijn-gegevens"
        case .adminUsers: "/beheer/gebruikers"
        case .adminUserNew: "/beheer/gebruikers/nieuw"
        case .adminUser(let id): "/beheer/gebruikers/\(id)"
        case .adminUserActive(let id): "/beheer/gebruikers/\(id)/actief"
        case .adminUserInvite(let id): "/beheer/gebruikers/\(id)/uitnodiging"
        case .adminUserData(let id): "/beheer/gebruikers/\(id)/gegevens"
        case .adminRetention: "/beheer/bewaartermijnen"
        case .adminProcessingLog: "/beheer/verwerkingen"
        case .adminTeams: "/beheer/teams"
        case .adminTeamNew: "/beheer/teams/nieuw"
        case .adminTeam(let id): "/beheer/teams/\(id)"
        case .adminTeamDelete(let id): "/beheer/teams/\(id)/verwijderen"
        case .adminDomains: "/beheer/domeinen"
        case .adminDomain(let id): "/beheer/domeinen/\(id)"
        case .adminDomainDelete(let id): "/beheer/domeinen/\(id)/verwijderen"
        case .adminAreas: "/beheer/gebieden"
        case .adminAreasImport: "/beheer/gebieden/import"
        case .adminAreasThreshold: "/beheer/gebieden/drempel"
        case .adminAudit: "/beheer/audit"
        case .policies: "/beleid"
        case .policyNew: "/beleid/nieuw"
        case .policy(let id): "/beleid/\(id)"
        case .policyEdit(let id): "/beleid/\(id)/wijzigen"
        case .policyStatus(let id): "/beleid/\(id)/status"
        case .draft(let id): "/beleid/\(id)/concept"
        case .draftNew(let id): "/beleid/\(id)/concept/nieuw"
        case .draftCompare(let id): "/beleid/\(id)/concept/vergelijk"
        case .draftSignals(let id): "/beleid/\(id)/concept/signalen"
        case .draftVersion(let id, let number): "/beleid/\(id)/concept/\(number)"
        case .reviewRoundNew(let id): "/beleid/\(id)/toets/nieuw"
        case .reviewRounds: "/toetsen"
        case .reviewRound(let id): "/toetsen/\(id)"
        case .reviewRoundReview(let id): "/toetsen/\(id)/reactie"
        case .reviewRoundAnswer(let id): "/toetsen/\(id)/antwoorden"
        case .reviewRoundClose(let id): "/toetsen/\(id)/sluiten"
        case .reviewReport(let id): "/toetsen/\(id)/rapport"
        case .reviewReportMarkdown(let id): "/toetsen/\(id)/rapport.md"
        case .sessions: "/overleggen"
        case .sessionNew: "/overleggen/nieuw"
        case .sessionsCalendar: "/overleggen/agenda.ics"
        case .session(let id): "/overleggen/\(id)"
        case .sessionEdit(let id): "/overleggen/\(id)/wijzigen"
        case .sessionCalendar(let id): "/overleggen/\(id)/agenda.ics"
        case .sessionAgenda(let id): "/overleggen/\(id)/agenda"
        case .sessionAgendaItem(let id, let item): "/overleggen/\(id)/agenda/\(item)"
        case .sessionAttendance(let id): "/overleggen/\(id)/aanwezigheid"
        case .sessionProposals(let id): "/overleggen/\(id)/voorstellen"
        case .sessionDecisions(let id): "/overleggen/\(id)/besluiten"
        case .sessionActions(let id): "/overleggen/\(id)/acties"
        case .decisions: "/besluiten"
        case .actions: "/acties"
        case .action(let id): "/acties/\(id)"
        case .consultations: "/raadplegingen"
        case .consultationNew: "/raadplegingen/nieuw"
        case .consultation(let id): "/raadplegingen/\(id)"
        case .consultationEdit(let id): "/raadplegingen/\(id)/wijzigen"
        case .consultationPanel(let id): "/raadplegingen/\(id)/panel"
        case .consultationSignal(let id): "/raadplegingen/\(id)/signaal"
        case .consultationAnswer(let id): "/raadplegingen/\(id)/antwoord"
        case .consultationReport(let id): "/raadplegingen/\(id)/rapport"
        case .consultationReportMarkdown(let id): "/raadplegingen/\(id)/rapport.md"
        case .participateCode: "/doe-mee"
        case .participate(let token): "/doe-mee/\(token)"
        case .lessons: "/lessen"
        case .lessonNew: "/lessen/nieuw"
        case .lesson(let id): "/lessen/\(id)"
        case .lessonEdit(let id): "/lessen/\(id)/wijzigen"
        case .lessonDiscussed(let id): "/lessen/\(id)/besproken"
        case .search: "/zoeken"
        case .contactMap: "/samenwerkingskaart"
        case .teams: "/teams"
        case .team(let id): "/teams/\(id)"
        case .mkbas: "/mkba"
        case .mkbaNew: "/mkba/nieuw"
        case .mkba(let id): "/mkba/\(id)"
        case .mkbaEdit(let id): "/mkba/\(id)/wijzigen"
        case .mkbaCSV(let id): "/mkba/\(id)/export.csv"
        case .mkbaMarkdown(let id): "/mkba/\(id)/export.md"
        case .loop: "/lus"
        case .reports: "/rapportages"
        case .stateReport: "/rapportages/staat-van-de-uitvoering"
        case .stateReportMarkdown: "/rapportages/staat-van-de-uitvoering.md"
        case .stateReportCSV: "/rapportages/staat-van-de-uitvoering.csv"
        case .signals: "/signalen"
        case .signalsToHandle: "/signalen/te-behandelen"
        case .signalsMine: "/signalen/mijn"
        case .signalNew: "/signalen/nieuw"
        case .signalsSimilar: "/signalen/vergelijkbaar"
        case .signal(let id): "/signalen/\(id)"
        case .signalStatus(let id): "/signalen/\(id)/status"
        case .signalVerdict(let id): "/signalen/\(id)/oordeel"
        case .signalRecognise(let id): "/signalen/\(id)/herken"
        case .signalAssign(let id): "/signalen/\(id)/toewijzen"
        case .signalTheme(let id): "/signalen/\(id)/thema"
        case .signalBottleneck(let id): "/signalen/\(id)/knelpunt"
        case .themes: "/themas"
        case .theme(let id): "/themas/\(id)"
        case .themeAnswer(let id): "/themas/\(id)/antwoord"
        case .themeForward(let id): "/themas/\(id)/doorzetten"
        case .themeBottleneck(let id): "/themas/\(id)/knelpunt"
        case .bottleneckLetter: "/rapportages/knelpuntenbrief"
        case .bottleneckLetterMarkdown: "/rapportages/knelpuntenbrief.md"
        case .notifications: "/meldingen"
        case .notificationsRead: "/meldingen/gelezen"
        case .adminRouting: "/beheer/routering"
        case .adminTerms: "/beheer/termijnen"
        case .adminRoutingMove(let id, let direction): "/beheer/routering/\(id)/\(direction)"
        case .adminRoutingDelete(let id): "/beheer/routering/\(id)/verwijderen"
        case .monitor: "/monitor"
        case .monitorExport: "/monitor/export"
        case .monitorImport: "/monitor/import"
        case .monitorImportJob(let id): "/monitor/import/\(id)"
        case .indicatorNew: "/monitor/indicatoren/nieuw"
        case .indicator(let id): "/monitor/indicatoren/\(id)"
        case .indicatorEdit(let id): "/monitor/indicatoren/\(id)/wijzigen"
        case .indicatorExport(let id): "/monitor/indicatoren/\(id)/export"
        case .indicatorComment(let id): "/monitor/indicatoren/\(id)/toelichting"
        case .health: "/health"
        case .metrics: "/metrics"
        case .stylesheet: "/static/lemniscaat.css"
        case .openAPI: "/api/v1/openapi.json"
        }
    }

    /// The route pattern, with `:name` for parameters.
    public static func route(_ make: (String) -> SiteURL, _ parameter: String = "id") -> RouterPath {
        RouterPath(make(":\(parameter)").path)
    }

    public var route: RouterPath { RouterPath(path) }
}

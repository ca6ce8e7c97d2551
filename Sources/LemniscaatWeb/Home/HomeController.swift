// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import LemniscaatStore

/// The start page: who you are, your roles and teams, and your organisation in numbers.
struct HomeController {
    let services: AppServices

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.home.route, use: show)
    }

    struct HomePage {
        struct Fact { let label: String; let value: Int; let href: String? }
        let t: [String: String]
        let name: String
        let organisation: String
        let roles: [String]
        let teams: [String]
        let facts: [Fact]
        let reviews: [ReviewsController.ListPage.Waiting]
        let hasReviews: Bool
        struct Meeting { let title: String; let url: String; let when: String; let kind: String }
        let meetings: [Meeting]
        let hasMeetings: Bool
        /// The user's own open actions, soonest due first.
        let actions: [ActionsController.Row]
        let hasActions: Bool
        let actionsURL: String
        /// De lus, for managers, policy officers and administrators; nil for others.
        let loopURL: String?
    }

    @Sendable func show(request: Request, context: AppRequestContext) async throws -> Response {
        let user = try context.requireUser()
        let t = Translations.texts(context.language)
        let teamIDs = Set(try await services.accounts.teamIDs(userID: user.userID))
        let teams = try await services.organisations.teamNames(organisationID: user.organisationID)
        let facts = try await services.organisations.facts(organisationID: user.organisationID)
        let admin = user.has(.administrator)
        let waiting = try await services.reviews.waiting(for: user)
        let meetings = try await services.sessions.list(
            organisationID: user.organisationID, when: .upcoming, filter: .init(userID: user.userID), now: services.now).prefix(5)
        let actions = try await services.actions.list(
            organisationID: user.organisationID, filter: .init(ownerID: user.userID, statuses: Set(ActionStatus.allCases.filter(\.isOpen))),
            now: services.now, limit: 5)
        let page = HomePage(
            t: t, name: user.name, organisation: user.organisationName,
            roles: user.roles.sorted().map { Translations.text("role.\($0.rawValue)", context.language) },
            teams: teams.filter { teamIDs.contains($0.id) }.map(\.name),
            facts: [
                .init(label: t["users"]!, value: facts.users, href: admin ? SiteURL.adminUsers.path : nil),
                .init(label: t["teams"]!, value: facts.teams, href: admin ? SiteURL.adminTeams.path : nil),
                .init(label: t["domains"]!, value: facts.domains, href: admin ? SiteURL.adminDomains.path : nil),
                .init(label: t["areas"]!, value: facts.areas, href: admin ? SiteURL.adminAreas.path : nil),
            ],
            reviews: ReviewsController.waitingRows(waiting, now: services.now), hasReviews: !waiting.isEmpty,
            meetings: meetings.map {
                HomePage.Meeting(
                    title: $0.title, url: SiteURL.session(id: $0.id.uuidString.lowercased()).path,
                    when: SessionsController.when($0.startsAt, $0.endsAt), kind: SessionsController.typeLabel($0.type, t))
            },
            hasMeetings: !meetings.isEmpty, actions: ActionsController.rows(actions, now: services.now, t: t), hasActions: !actions.isEmpty,
            actionsURL: SiteURL.actions.path + "?persoon=" + user.userID.uuidString.lowercased(),
            loopURL: LoopController.mayRead(user) ? SiteURL.loop.path : nil)
        return try services.renderer.page("home", page, title: t["homeTitle"]!, context: context, request: request)
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatCore
import Mustache

/// A page's data for the shared layout: who is signed in, the navigation, the CSRF token, the texts.
public struct LayoutModel: Sendable {
    public struct NavItem: Sendable {
        let label: String
        let href: String?
        let current: Bool
    }

    let t: [String: String]
    let lang: String
    let title: String
    let userName: String?
    let organisationName: String?
    let csrf: String
    let signOutURL: String
    let profileURL: String
    let notificationsURL: String
    let unread: Int?
    let stylesheetURL: String
    let homeURL: String
    let mainNav: [NavItem]
    let adminNav: [NavItem]
    let hasAdminNav: Bool
    let message: String?
    /// "report" on report pages: their print stylesheet applies.
    let mainClass: String?
    let content: String
}

/// Renders a page's template with its view model, then wraps it in the layout.
public struct Renderer: Sendable {
    let library: MustacheLibrary

    public init() async throws {
        guard let base = Bundle.module.bundleURL.appendingPathComponent("Resources/templates").path as String? else {
            throw HTTPError(.internalServerError, message: "templates not found")
        }
        self.library = try MustacheLibrary.escapingHTMLBytes(directory: base)
    }

    static let adminPages: [(key: String, url: SiteURL)] = [
        ("usersTitle", .adminUsers), ("teamsTitle", .adminTeams), ("domainsTitle", .adminDomains),
        ("areasTitle", .adminAreas), ("routingTitle", .adminRouting), ("termsTitle", .adminTerms), ("ssoTitle", .adminSSO), ("auditTitle", .adminAudit),
        ("retentionTitle", .adminRetention), ("processingLogTitle", .adminProcessingLog),
    ]

    /// The parts of the product. Those not built yet have no address and appear as their name only.
    static let productParts: [(key: String, url: SiteURL?)] = [
        ("navHome", .home), ("navPolicies", .policies), ("navSignals", .signals), ("navReviews", .reviewRounds), ("navMonitor", .monitor),
        ("navSessions", .sessions), ("navLessons", .lessons), ("navConsultations", .consultations), ("navSearch", .search), ("navLoop", .loop),
        ("navReports", .reports),
    ]

    /// A page as a file of its own, outside the application (the command line): the page's template in a bare document
    /// with the stylesheet inside and `main.report`, so it prints as the page does.
    public func standalone(_ template: String, _ model: Any, title: String) throws -> String {
        struct Standalone { let title: String; let stylesheet: String; let content: String }
        let stylesheet = try String(contentsOf: Bundle.module.bundleURL.appendingPathComponent("Resources/static/lemniscaat.css"), encoding: .utf8)
        guard let content = library.render(MustacheTree.convert(model) ?? [String: Any](), withTemplate: template),
            let html = library.render(
                MustacheTree.convert(Standalone(title: title, stylesheet: stylesheet, content: content)) ?? [String: Any](),
                withTemplate: "standalone")
        else { throw HTTPError(.internalServerError, message: "template \(template) missing") }
        return html
    }

    public func page(
        _ template: String, _ model: Any, title: String, context: AppRequestContext, request: Request,
        status: HTTPResponse.Status = .ok, message: String? = nil, mainClass: String? = nil
    ) throws -> Response {
        guard let content = library.render(MustacheTree.convert(model) ?? [String: Any](), withTemplate: template) else {
            throw HTTPError(.internalServerError, message: "template \(template) missing")
        }
        let t = Translations.texts(context.language)
        let path = request.uri.path
        let user = context.user
        let layout = LayoutModel(
            t: t, lang: context.language.rawValue, title: title, userName: user?.name,
            organisationName: user?.organisationName, csrf: context.csrfToken, signOutURL: SiteURL.signOut.path,
            profileURL: SiteURL.profile.path, notificationsURL: SiteURL.notifications.path, unread: context.unreadNotifications > 0 ? context.unreadNotifications : nil, stylesheetURL: SiteURL.stylesheet.path, homeURL: SiteURL.home.path,
            // De lus and the reports are for managers, policy officers and administrators only; others do not see them.
            mainNav: user == nil ? [] : Self.productParts.filter { ![SiteURL.loop.path, SiteURL.reports.path, SiteURL.consultations.path].contains($0.url?.path) || LoopController.mayRead(user!) }.map { part in
                LayoutModel.NavItem(
                    label: t[part.key] ?? part.key, href: part.url?.path,
                    current: part.url.map { $0.path == "/" ? path == "/" : path.hasPrefix($0.path) } ?? false)
            },
            adminNav: user?.has(.administrator) == true ? Self.adminPages.map { page in
                LayoutModel.NavItem(label: t[page.key] ?? page.key, href: page.url.path, current: path.hasPrefix(page.url.path))
            } : [],
            hasAdminNav: user?.has(.administrator) == true,
            message: message ?? request.uri.queryParameters["melding"].flatMap { key in
                Translations.table["msg." + String(key)] != nil ? Translations.text("msg." + String(key), context.language) : nil
            },
            mainClass: mainClass, content: content)
        guard let html = library.render(MustacheTree.convert(layout) ?? [String: Any](), withTemplate: "layout") else {
            throw HTTPError(.internalServerError, message: "layout missing")
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Redirect after a successful POST, so reloading does not post again.
func redirect(_ url: SiteURL, message: String? = nil) -> Response {
    var location = url.path
    if let message { location += "?melding=\(message)" }
    return Response(status: .seeOther, headers: [.location: location])
}

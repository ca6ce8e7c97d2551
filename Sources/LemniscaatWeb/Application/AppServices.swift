// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import LemniscaatStore

/// What controllers are built from: the store's repositories, the renderer and the configuration.
struct AppServices: Sendable {
    let store: Store
    let config: AppConfig
    let renderer: Renderer
    let accounts: AccountRepository
    let browserSessions: BrowserSessionRepository
    let sessions: SessionRepository
    let actions: ActionRepository
    let tokens: TokenRepository
    let throttle: SignInThrottle
    let organisations: OrganisationRepository
    let areas: AreaRepository
    let audit: AuditRepository
    let policies: PolicyRepository
    let drafts: DraftRepository
    let reviews: ReviewRepository
    let similarity: SignalSimilarity
    let signals: SignalRepository
    let themes: ThemeRepository
    let bottlenecks: BottleneckRepository
    let bottleneckReport: BottleneckReportRepository
    let routing: RoutingRepository
    let notifications: NotificationRepository
    let terms: ResponseTermRepository
    let indicators: IndicatorRepository
    let measurements: MeasurementRepository
    let importer: MeasurementImporter
    let importJobs: ImportJobs
    let reportJobs: ReportJobs
    let retention: RetentionRepository
    let processingLog: ProcessingLogRepository
    let singleSignOn: SingleSignOnRepository
    /// One per application: it caches the providers' discovery documents and keys.
    let openID: OpenIDClient

    init(store: Store, config: AppConfig, renderer: Renderer) {
        self.store = store
        self.config = config
        self.renderer = renderer
        self.accounts = AccountRepository(store: store)
        self.browserSessions = BrowserSessionRepository(store: store)
        self.sessions = SessionRepository(store: store)
        self.actions = ActionRepository(store: store)
        self.tokens = TokenRepository(store: store)
        self.throttle = SignInThrottle(store: store)
        self.organisations = OrganisationRepository(store: store)
        self.areas = AreaRepository(store: store)
        self.audit = AuditRepository(store: store)
        self.policies = PolicyRepository(store: store)
        self.drafts = DraftRepository(store: store)
        self.reviews = ReviewRepository(store: store)
        let similarity = SignalSimilarity(store: store)
        self.similarity = similarity
        self.signals = SignalRepository(store: store, similarity: similarity)
        self.themes = ThemeRepository(store: store, similarity: similarity)
        self.bottlenecks = BottleneckRepository(store: store, similarity: similarity)
        self.bottleneckReport = BottleneckReportRepository(store: store)
        self.routing = RoutingRepository(store: store)
        self.notifications = NotificationRepository(store: store)
        self.terms = ResponseTermRepository(store: store)
        self.indicators = IndicatorRepository(store: store)
        self.measurements = MeasurementRepository(store: store)
        self.importer = MeasurementImporter(store: store)
        self.importJobs = ImportJobs()
        self.reportJobs = ReportJobs()
        self.retention = RetentionRepository(store: store, similarity: similarity)
        self.processingLog = ProcessingLogRepository(store: store)
        self.singleSignOn = SingleSignOnRepository(store: store)
        self.openID = OpenIDClient()
    }

    var now: Date { config.clock.now() }
}

import Foundation
import Mustache

/// A form field as a page shows it: its value, and its problem if any.
struct Field: Sendable {
    let value: String
    let error: String?
    /// Stored, not computed: templates read view models through reflection, which sees stored properties only.
    let invalid: Bool

    init(_ value: String?, error: String? = nil) {
        self.value = value ?? ""
        self.error = error
        self.invalid = error != nil
    }

    init(_ name: String, form: FormData?, failure: ValidationFailureBox?, fallback: String? = nil) {
        self.init(form?.value(name) ?? fallback ?? "", error: failure?.failure.reason(for: name))
    }
}

import LemniscaatCore

/// Wraps a validation failure so view models can hold it without caring whether there was one.
struct ValidationFailureBox: Sendable {
    let failure: ValidationFailure
}

/// A choice in a list of checkboxes or a select.
struct Choice: Sendable, MustacheParent {
    let value: String
    let label: String
    let selected: Bool

    /// Choice lists run to hundreds of options (every policy in a filter); answering by name skips reflection.
    func child(named name: String) -> Any? {
        switch name {
        case "value": value
        case "label": label
        case "selected": selected
        default: nil
        }
    }
}

/// The `<option>`s of a long select, written once in Swift: a template looping over the signal page's 332 options
/// spent about a sixth of the page's time in swift-mustache's lookups and casts. A template places it with
/// `{{{name}}}`; values and labels are escaped as `{{…}}` escapes them.
struct Options: Sendable, MustacheCustomRenderable {
    let renderText: String
    var isNull: Bool { false }

    init(_ choices: [Choice]) {
        var html = ""
        html.reserveCapacity(choices.count * 64)
        for choice in choices {
            html += "<option value=\"" + HTMLEscaping.escape(choice.value) + "\"" + (choice.selected ? " selected" : "") + ">"
            html += HTMLEscaping.escape(choice.label) + "</option>"
        }
        renderText = html
    }
}

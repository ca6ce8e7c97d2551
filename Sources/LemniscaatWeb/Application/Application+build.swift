// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatAPI
import LemniscaatStore
import Logging
import Metrics
import OpenAPIHummingbird
import Prometheus
import ServiceLifecycle
import Synchronization

/// Builds the application on a database it opens and closes itself: FluentKit's `Databases` runs as one of the
/// application's services, so it shuts down with the server.
public func buildApplication(_ config: AppConfig) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "lemniscaat")
    logger.logLevel = config.logLevel
    let store = try await Store.open(config.database, logger: logger, settings: config.databaseSettings)
    try await store.migrate()
    return try await buildApplication(config, store: store, ownsStore: true)
}

/// Builds the application on a store. With `ownsStore` the store's `Databases` becomes the first service, so it shuts
/// down last, after everything that uses it; tests open a store per test and close it themselves.
public func buildApplication(_ config: AppConfig, store: Store, ownsStore: Bool = false) async throws -> Application<RouterResponder<AppRequestContext>> {
    var logger = Logger(label: "lemniscaat")
    logger.logLevel = config.logLevel
    let services = AppServices(store: store, config: config, renderer: try await Renderer())
    let router = try buildRouter(config, services: services)
    var app = Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "Lemniscaat"),
        logger: logger)
    if ownsStore { app.addServices(store.databases) }
    app.addServices(SimilarityWarmUp(similarity: services.similarity, logger: logger))
    if store.kind == .sqlite { app.addServices(WALCheckpoint(store: store, logger: logger)) }
    app.addServices(ContactMapWarmer(store: store, clock: config.clock, logger: logger))
    app.addServices(SimilarityCatchUp(similarity: services.similarity, interval: config.similarityCatchUp, logger: logger))
    app.addServices(BackgroundJobs(
        queue: JobQueue(store: store), jobs: try backgroundJobs(config, services: services, logger: logger), clock: config.clock,
        lease: config.jobLease, tick: config.jobTick, logger: logger))
    return app
}

/// The recurring work of the server, run once across all processes sharing the database.
func backgroundJobs(_ config: AppConfig, services: AppServices, logger: Logger) throws -> [BackgroundJob] {
    let actions = services.actions
    let retention = services.retention
    var jobs = [
        BackgroundJob(name: "actie-herinneringen", interval: .seconds(300)) { now in
            let run = try await actions.remind(now: now)
            return "\(run.reminders) herinneringen, \(run.overdue) verlopen"
        },
        // docs/bewaartermijnen.md: anonymises and deletes what has passed its term and trims the audit chain. The first
        // run waits a little, so a starting server answers first.
        BackgroundJob(name: "bewaartermijnen", interval: .seconds(24 * 3600), firstRunDelay: .seconds(120)) { now in
            let result = try await retention.run(now: now, actor: { AuditActor.retentionJob(organisationID: $0) })
            for organisation in result.organisations where organisation.counts.total > 0 {
                logger.notice("retention applied", metadata: [
                    "organisation": "\(organisation.name)", "reporters": "\(organisation.counts.reportersAnonymised)",
                    "closed": "\(organisation.counts.closedSignalsDeleted)", "withdrawn": "\(organisation.counts.withdrawnSignalsDeleted)",
                    "minutes": "\(organisation.counts.minutesEmptied)",
                    "consultation-contacts": "\(organisation.counts.consultationContactsErased)",
                ])
            }
            let total = result.organisations.reduce(0) { $0 + $1.counts.total }
            return "\(total) records over hun bewaartermijn, \(result.auditEntriesRemoved) auditregels ingekort"
        },
    ]
    if let url = config.smtpURL, !url.isEmpty {
        guard let smtp = SMTPClient.Configuration(url: url, from: config.mailFrom) else {
            throw AppConfig.ConfigError.invalid("LEMNISCAAT_SMTP_URL is geen geldige smtp://-URL.")
        }
        let delivery = OutboxDelivery(
            notifications: services.notifications, client: SMTPClient(configuration: smtp), clock: config.clock,
            interval: config.mailInterval, logger: logger)
        jobs.append(BackgroundJob(name: "e-mail-versturen", interval: config.mailInterval) { _ in
            "\(await delivery.deliverPending()) verstuurd"
        })
    }
    return jobs
}

/// One registry per process: swift-metrics can be bootstrapped once only.
let metricsRegistry: PrometheusCollectorRegistry = {
    let registry = PrometheusCollectorRegistry()
    MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    return registry
}()

func buildRouter(_ config: AppConfig, services: AppServices) throws -> Router<AppRequestContext> {
    let registry = metricsRegistry
    let renderer = services.renderer
    let store = services.store
    let spec = try APISpec()
    let router = Router(context: AppRequestContext.self)

    router.add(middleware: ForwardedAddressMiddleware(trusted: config.trustedProxies))
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: RequestLogMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(https: config.servedOverHTTPS))
    router.add(middleware: APIMiddleware(tokens: services.tokens, spec: spec, clock: config.clock))
    router.add(middleware: SessionMiddleware(sessions: services.browserSessions, config: config))
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))
    router.add(middleware: CSRFMiddleware())

    OperationsController(store: store, registry: registry, spec: spec).addRoutes(to: router)
    AuthController(services: services).addRoutes(to: router)
    SingleSignOnController(services: services).addRoutes(to: router)
    HomeController(services: services).addRoutes(to: router)
    ProfileController(services: services).addRoutes(to: router)
    PoliciesController(services: services).addRoutes(to: router)
    DraftsController(services: services).addRoutes(to: router)
    ReviewsController(services: services).addRoutes(to: router)
    SessionsController(services: services).addRoutes(to: router)
    ActionsController(services: services).addRoutes(to: router)
    LessonsController(services: services).addRoutes(to: router)
    ConsultationsController(services: services).addRoutes(to: router)
    ParticipationController(services: services).addRoutes(to: router)
    ContactMapController(services: services).addRoutes(to: router)
    TeamPagesController(services: services).addRoutes(to: router)
    MKBAController(services: services).addRoutes(to: router)
    LoopController(services: services).addRoutes(to: router)
    ReportsController(services: services).addRoutes(to: router)
    BottleneckLetterController(services: services).addRoutes(to: router)
    ReviewReportController(services: services).addRoutes(to: router)
    SignalsController(services: services).addRoutes(to: router)
    ThemesController(services: services).addRoutes(to: router)
    NotificationsController(services: services).addRoutes(to: router)
    MonitorController(services: services).addRoutes(to: router)
    IndicatorFormController(services: services).addRoutes(to: router)
    ImportController(services: services).addRoutes(to: router)

    let admin = router.group().add(middleware: RequireRoleMiddleware(role: .administrator))
    UsersController(services: services).addRoutes(to: admin)
    TeamsController(services: services).addRoutes(to: admin)
    DomainsController(services: services).addRoutes(to: admin)
    AreasController(services: services).addRoutes(to: admin)
    AuditController(services: services).addRoutes(to: admin)
    RoutingController(services: services).addRoutes(to: admin)
    TermsController(services: services).addRoutes(to: admin)
    PrivacyController(services: services).addRoutes(to: admin)
    SingleSignOnAdminController(services: services).addRoutes(to: admin)

    try APIImplementation(
        store: store, similarity: services.similarity, clock: config.clock.now,
        participation: PublicParticipation(
            key: ParticipationController(services: services).key, limits: config.consultationLimits, minimumSeconds: config.consultationMinimumSeconds))
        .registerHandlers(on: router, serverURL: URL(string: "/api/v1")!)
    return router
}

/// Copies SQLite's write-ahead log into the database file every half second, beside the requests rather than inside
/// a commit; at shutdown once more, so the file is whole without its log.
struct WALCheckpoint: Service {
    let store: Store
    let logger: Logger

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .milliseconds(500))
            guard store.isOpen else { return }
            do {
                try await store.checkpoint()
            } catch {
                logger.warning("checkpoint failed", metadata: ["error": "\(error)"])
            }
        }
        if store.isOpen { _ = try? await store.checkpoint() }
    }
}

/// Builds the similarity indexes beside the running server: it answers at once, and a query that arrives earlier
/// builds its own organisation's index. As a service it ends with the application, never after the database.
struct SimilarityWarmUp: Service {
    let similarity: SignalSimilarity
    let logger: Logger

    func run() async throws {
        let started = ContinuousClock.now
        do {
            try await similarity.warm()
            let elapsed = started.duration(to: .now)
            logger.notice("similarity index ready", metadata: ["ms": "\(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)"])
        } catch {
            logger.warning("similarity index warm-up failed", metadata: ["error": "\(error)"])
        }
        try? await gracefulShutdown()
    }
}

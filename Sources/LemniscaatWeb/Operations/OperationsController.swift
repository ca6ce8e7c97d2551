// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatStore
import Prometheus

/// Health, metrics, the stylesheet and the OpenAPI document: nothing behind sign-in.
struct OperationsController {
    let store: Store
    let registry: PrometheusCollectorRegistry
    let spec: APISpec

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get(SiteURL.health.route, use: health)
        router.get(SiteURL.metrics.route, use: metrics)
        router.get(SiteURL.stylesheet.route) { _, _ in try Self.asset("lemniscaat.css", type: "text/css; charset=utf-8") }
        router.get("/static/favicon.svg") { _, _ in try Self.asset("favicon.svg", type: "image/svg+xml") }
        router.get("/static/signaal.js") { _, _ in try Self.asset("signaal.js", type: "text/javascript; charset=utf-8") }
        router.get(SiteURL.openAPI.route) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: spec.json)))
        }
    }

    /// 200 when the database answers, 503 when it does not.
    @Sendable func health(request: Request, context: AppRequestContext) async throws -> Response {
        let ok = await store.ping()
        return Response(
            status: ok ? .ok : .serviceUnavailable, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: ok ? #"{"status":"ok"}"# : #"{"status":"database-onbereikbaar"}"#)))
    }

    @Sendable func metrics(request: Request, context: AppRequestContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }

    static let assets: [String: Data] = {
        var assets: [String: Data] = [:]
        for name in ["lemniscaat.css", "favicon.svg", "signaal.js"] {
            if let data = try? Data(contentsOf: Bundle.module.bundleURL.appendingPathComponent("Resources/static/\(name)")) {
                assets[name] = data
            }
        }
        return assets
    }()

    static func asset(_ name: String, type: String) throws -> Response {
        guard let data = assets[name] else { throw HTTPError(.notFound) }
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

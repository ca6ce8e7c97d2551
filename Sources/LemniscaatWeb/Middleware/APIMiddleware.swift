// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import Hummingbird
import LemniscaatAPI
import LemniscaatCore
import LemniscaatStore
import Logging
import OpenAPIRuntime

/// Everything under /api/v1 that is not the operation itself: bearer authentication, parameter checks against
/// the spec, 404/405/trailing-slash answers, problem+json for every error, CORS and the API-Version header.
struct APIMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: TokenRepository
    let spec: APISpec
    let clock: AppClock

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path == APISpec.prefix || path.hasPrefix(APISpec.prefix + "/") else {
            return try await next(request, context)
        }
        var response: Response
        do {
            response = try await answer(request, path: path, context: context, next: next)
        } catch {
            response = problemResponse(for: error, request: request, context: context)
        }
        response.headers[.accessControlAllowOrigin] = "*"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func answer(
        _ request: Request, path: String, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.method == .options {
            return Response(status: .noContent, headers: [
                .accessControlAllowMethods: "GET, POST, PUT, PATCH, DELETE",
                .accessControlAllowHeaders: "Authorization, Content-Type, Accept",
                .accessControlMaxAge: "600",
            ])
        }
        // API-48: no trailing slashes, and no redirect to the path without one.
        if path.hasSuffix("/") { throw APIProblem.notFound }
        if path == SiteURL.openAPI.path { return try await next(request, context) }

        let method = request.method.rawValue
        let found = spec.operation(method: method, path: path)
        // A public operation runs without a user; any other needs a valid token before anything about it is told.
        let user = found?.0.isPublic == true ? nil : try await authenticate(request)
        if found?.0.isPublic != true && user == nil { throw APIProblem.unauthorized }
        guard let (operation, pathValues) = found else {
            let allowed = spec.allowedMethods(path: path)
            if allowed.isEmpty { throw APIProblem.notFound }
            throw MethodNotAllowed(allowed: allowed)
        }
        let query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
        let problems = spec.problems(for: operation, pathValues: pathValues, query: query)
        if !problems.isEmpty {
            throw APIProblem(status: 400, title: "Ongeldige vraag", detail: "Niet alle parameters zijn goed.", invalidParams: problems)
        }
        var request = request
        if !operation.notNullable.isEmpty, request.headers[.contentType]?.lowercased().contains("json") == true {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            if let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] {
                let nulls = object.filter { $0.value is NSNull && operation.notNullable.contains($0.key) }.keys.sorted()
                if !nulls.isEmpty {
                    throw APIProblem(
                        status: 400, title: "Ongeldige invoer", detail: "Niet alle velden zijn goed.",
                        invalidParams: nulls.map {
                            InvalidParam(name: $0, code: "null", reason: "\($0) mag niet null zijn. Laat het veld weg om het niet te wijzigen.")
                        })
                }
            }
        }
        return try await APIRequest.$user.withValue(user) {
            try await APIRequest.$path.withValue(path) {
                try await APIRequest.$origin.withValue(context.origin) {
                    try await next(request, context)
                }
            }
        }
    }

    private func authenticate(_ request: Request) async throws -> SignedInUser? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return try await tokens.authenticate(String(parts[1]).trimmingCharacters(in: .whitespaces), now: clock.now())
    }

    struct MethodNotAllowed: Error {
        let allowed: [String]
    }

    private func problemResponse(for error: Error, request: Request, context: Context) -> Response {
        var headers = HTTPFields()
        let problem: APIProblem
        switch error {
        case let problemError as APIProblem:
            problem = problemError
        case let serverError as ServerError:
            if let inner = serverError.underlyingError as? APIProblem {
                problem = inner
            } else if let inner = (serverError.underlyingError as? ServerError)?.underlyingError as? APIProblem {
                problem = inner
            } else if (400..<500).contains(serverError.httpStatus.code) {
                // The generated code could not read the request (body or header); the parameters were checked above.
                problem = APIProblem(
                    status: serverError.httpStatus.code == 415 || serverError.httpStatus.code == 406 ? serverError.httpStatus.code : 400,
                    title: "Ongeldige vraag", detail: "De vraag kon niet worden gelezen.",
                    invalidParams: [InvalidParam(name: "request", code: "onleesbaar", reason: "De vraag past niet bij de beschrijving in openapi.json.")])
            } else {
                context.logger.error("API error", metadata: ["error": "\(serverError.underlyingError)"])
                problem = APIProblem(status: 500, title: "Serverfout", detail: "Er ging iets mis op de server. Er is niets opgeslagen.")
            }
        case let notAllowed as MethodNotAllowed:
            headers[.allow] = notAllowed.allowed.joined(separator: ", ")
            problem = APIProblem(
                status: 405, title: "Methode niet toegestaan", detail: "Op dit pad kan alleen: \(notAllowed.allowed.joined(separator: ", ")).")
        case let httpError as HTTPError where httpError.status == .notFound:
            problem = .notFound
        case let httpError as HTTPError where (400..<500).contains(httpError.status.code):
            problem = APIProblem(status: httpError.status.code, title: httpError.status.reasonPhrase, detail: "De vraag kon niet worden verwerkt.")
        default:
            context.logger.error("API error", metadata: ["error": "\(error)"])
            problem = APIProblem(status: 500, title: "Serverfout", detail: "Er ging iets mis op de server. Er is niets opgeslagen.")
        }
        if problem.status == 401 { headers[.wwwAuthenticate] = "Bearer" }
        if let seconds = problem.retryAfter { headers[.retryAfter] = String(seconds) }
        return ProblemDocument(problem: problem, instance: request.uri.path).response(headers: headers)
    }
}

/// RFC 9457 problem details.
struct ProblemDocument: Encodable {
    let type: String
    let title: String
    let status: Int
    let detail: String
    let instance: String
    let invalidParams: [InvalidParam]?

    init(problem: APIProblem, instance: String) {
        self.type = "https://lemniscaat.example/problemen/\(problem.status)"
        self.title = problem.title
        self.status = problem.status
        self.detail = problem.detail
        self.instance = instance
        self.invalidParams = problem.invalidParams.isEmpty ? nil : problem.invalidParams
    }

    func response(headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/problem+json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Response(
            status: HTTPResponse.Status(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

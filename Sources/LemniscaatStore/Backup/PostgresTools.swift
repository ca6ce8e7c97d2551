// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation

/// PostgreSQL's own client programs (pg_dump, pg_restore, psql): found on the PATH or where Debian installs them,
/// and run with the password in the environment rather than on the command line, where `ps` would show it.
public struct PostgresTools: Sendable {
    /// Folders searched after the PATH; the newest version first, since pg_dump must not be older than the server.
    public var extraDirectories: [String]
    public var pathVariable: String

    public init(pathVariable: String = ProcessInfo.processInfo.environment["PATH"] ?? "", extraDirectories: [String]? = nil) {
        self.pathVariable = pathVariable
        self.extraDirectories = extraDirectories ?? Self.debianDirectories()
    }

    static func debianDirectories() -> [String] {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.compactMap { Int($0) }.sorted(by: >).map { "\(root)/\($0)/bin" }
    }

    /// The program's full path, or a Dutch explanation of what is missing and how to get it.
    public func find(_ program: String) throws(BackupError) -> String {
        let directories = pathVariable.split(separator: ":").map(String.init) + extraDirectories
        for directory in directories where !directory.isEmpty {
            let candidate = (directory as NSString).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw BackupError.toolMissing(program)
    }

    /// The URL without its password, and the environment that carries the password instead.
    static func connection(url: String) throws(BackupError) -> (url: String, environment: [String: String]) {
        guard var components = URLComponents(string: url), components.host != nil else { throw BackupError.invalidURL }
        var environment = ProcessInfo.processInfo.environment
        if let password = components.password {
            environment["PGPASSWORD"] = password.removingPercentEncoding ?? password
            components.password = nil
        }
        return (components.string ?? url, environment)
    }

    /// Runs a program to its end without blocking a thread of the cooperative pool; stderr is kept for the message.
    static func run(
        _ executable: String, _ arguments: [String], environment: [String: String], standardInput: FileHandle? = nil,
        standardOutput: FileHandle? = nil
    ) async throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("lemniscaat-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        process.standardError = errorHandle
        process.standardOutput = standardOutput ?? FileHandle.nullDevice
        process.standardInput = standardInput ?? FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        try? errorHandle.close()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (status, errors.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

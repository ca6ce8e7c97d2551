// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import NIOCore
import NIOPosix

/// A small SMTP client (RFC 5321) for the outbox: plain connection, optional AUTH PLAIN, one message per session.
/// Municipal relays usually sit on the local network; TLS termination is left to that relay.
struct SMTPClient: Sendable {
    struct Configuration: Sendable, Equatable {
        var host: String
        var port: Int
        var username: String?
        var password: String?
        var from: String

        /// `smtp://user:password@host:port`.
        init?(url: String, from: String) {
            guard let components = URLComponents(string: url), components.scheme == "smtp", let host = components.host, !host.isEmpty else { return nil }
            self.host = host
            self.port = components.port ?? 25
            self.username = components.user?.removingPercentEncoding
            self.password = components.password?.removingPercentEncoding
            self.from = from
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let configuration: Configuration

    func send(to recipient: String, subject: String, body: String) async throws {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .connect(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        try await channel.executeThenClose { inbound, outbound in
            var lines = LineReader(inbound.makeAsyncIterator())
            func expect(_ code: Int) async throws {
                let reply = try await lines.reply()
                guard reply.code == code else { throw Failure(description: "SMTP \(reply.code): \(reply.text)") }
            }
            func command(_ line: String, expecting code: Int) async throws {
                try await outbound.write(ByteBuffer(string: line + "\r\n"))
                try await expect(code)
            }
            try await expect(220)
            try await command("EHLO lemniscaat", expecting: 250)
            if let user = configuration.username, let password = configuration.password {
                let token = Data("\u{0}\(user)\u{0}\(password)".utf8).base64EncodedString()
                try await command("AUTH PLAIN \(token)", expecting: 235)
            }
            try await command("MAIL FROM:<\(configuration.from)>", expecting: 250)
            try await command("RCPT TO:<\(recipient)>", expecting: 250)
            try await command("DATA", expecting: 354)
            try await outbound.write(ByteBuffer(string: Self.message(from: configuration.from, to: recipient, subject: subject, body: body)))
            try await command(".", expecting: 250)
            try await outbound.write(ByteBuffer(string: "QUIT\r\n"))
        }
    }

    /// Headers, a blank line, the body with CRLF line ends and dot-stuffing (a line starting with "." gets another).
    static func message(from: String, to: String, subject: String, body: String) -> String {
        let encodedSubject = "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let headers = [
            "From: Lemniscaat <\(from)>", "To: <\(to)>", "Subject: \(encodedSubject)", "Date: \(formatter.string(from: Date()))",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit",
        ]
        let lines = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return (headers + [""] + lines).joined(separator: "\r\n") + "\r\n"
    }
}

/// Reads SMTP replies, which may span several lines ("250-…" continues, "250 …" ends).
struct LineReader {
    var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    var pending = ""

    init(_ iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator) {
        self.iterator = iterator
    }

    mutating func line() async throws -> String {
        while true {
            if let range = pending.range(of: "\r\n") {
                let line = String(pending[..<range.lowerBound])
                pending.removeSubrange(..<range.upperBound)
                return line
            }
            guard var buffer = try await iterator.next() else { throw SMTPClient.Failure(description: "connection closed") }
            pending += buffer.readString(length: buffer.readableBytes) ?? ""
        }
    }

    mutating func reply() async throws -> (code: Int, text: String) {
        var text: [String] = []
        while true {
            let line = try await line()
            guard line.count >= 3, let code = Int(line.prefix(3)) else { throw SMTPClient.Failure(description: "unreadable reply: \(line.prefix(80))") }
            text.append(String(line.dropFirst(4)))
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " { return (code, text.joined(separator: " ")) }
        }
    }
}

// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import HummingbirdBcrypt
import NIOPosix

/// bcrypt at cost 12, run on the thread pool so a sign-in does not stall the event loops.
public enum PasswordHasher {
    public static let cost: UInt8 = 12

    public static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a random password, verified against when an account does not exist, so a failed sign-in
    /// takes as long for an unknown address as for a known one.
    public static let decoy: String = Bcrypt.hash("decoy-\(UInt64.random(in: .min ... .max))", cost: cost)
}

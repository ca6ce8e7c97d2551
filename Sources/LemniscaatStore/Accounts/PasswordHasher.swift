// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import HummingbirdBcrypt
import NIOPosix
import Synchronization

/// bcrypt at cost 12, run on the thread pool so a sign-in does not stall the event loops.
public enum PasswordHasher {
    public static var cost: UInt8 {
        let lowered = loweredCost.load(ordering: .relaxed)
        return lowered == 0 ? 12 : lowered
    }

    private static let loweredCost = Atomic<UInt8>(0)

    /// For the test suite only: several hundred tests each make accounts on two cores, and at cost 12 the hashes queued
    /// on the thread pool for tens of seconds. Hashes made at another cost still verify (the cost is in the hash).
    public static func lowerCostForTests(to cost: UInt8 = 4) {
        loweredCost.store(cost, ordering: .relaxed)
    }

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

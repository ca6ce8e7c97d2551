// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Lemniscaat contributors
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LemniscaatStore
import Testing

/// What API tests share: a bearer token for a user, and reading JSON and problem details back.
protocol APITestSupport {}

extension APITestSupport {
    func bearer(_ store: Store, _ user: UserModel, contentType: String = "application/json") async throws -> HTTPFields {
        let created = try await TokenRepository(store: store).create(
            userID: user.id!, organisationID: user.organisationID, name: "test", actor: .commandLine(organisationID: user.organisationID), now: Date())
        return [.authorization: "Bearer \(created.token)", .contentType: contentType]
    }

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    func results(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try json(response)["resultaten"] as? [[String: Any]])
    }

    func problemNames(_ response: TestResponse) throws -> [String] {
        (try json(response)["invalidParams"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }
}

import Foundation

struct User: Sendable {
    let id: Int
    let avatarURL: URL
}

struct AvatarLoader: Sendable {
    let session: URLSession

    func load(_ user: User) async throws -> Data {
        let (data, _) = try await session.data(from: user.avatarURL)
        return data
    }

    func loadAll(_ users: [User]) async throws -> [Int: Data] {
        try await withThrowingTaskGroup(of: (Int, Data).self) { group in
            for user in users {
                group.addTask { (user.id, try await load(user)) }
            }
            var avatars: [Int: Data] = [:]
            for try await (id, data) in group {
                avatars[id] = data
            }
            return avatars
        }
    }
}

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
}

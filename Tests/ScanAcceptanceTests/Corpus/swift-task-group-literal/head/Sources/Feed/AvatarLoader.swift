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

    func loadPair(_ first: User, _ second: User) async throws -> (Data, Data) {
        async let a = load(first)
        async let b = load(second)
        return try await (a, b)
    }

    func warmUp(base: URL) async {
        await withTaskGroup(of: Void.self) { group in
            for path in ["health", "version"] {
                group.addTask { _ = try? await session.data(from: base.appendingPathComponent(path)) }
            }
        }
    }
}

import Foundation

enum AvatarLoader {
    static func fetchAvatar(from url: URL) async throws -> Data {
        let (data, _) = try await URLSession.shared.data(from: url)
        return data
    }
}

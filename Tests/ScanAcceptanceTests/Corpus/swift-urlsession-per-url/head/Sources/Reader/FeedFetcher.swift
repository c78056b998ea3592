import Foundation

enum FeedFetcher {
    static let decoder = JSONDecoder()

    static func fetchAll(_ feeds: [URL]) async throws -> [Feed] {
        var result: [Feed] = []
        for url in feeds {
            let (data, _) = try await URLSession.shared.data(from: url)
            result.append(try decoder.decode(Feed.self, from: data))
        }
        return result
    }
}

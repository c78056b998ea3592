import Foundation

enum FeedFetcher {
    static let decoder = JSONDecoder()
}

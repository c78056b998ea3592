import Fluent
import Vapor

struct FeedItem: Content {
    var title: String
    var author: String?
}

struct FeedController {
    func index(req: Request) async throws -> [FeedItem] {
        let posts = try await Post.query(on: req.db).sort(\.$title).limit(30).all()
        return posts.map { FeedItem(title: $0.title, author: nil) }
    }
}

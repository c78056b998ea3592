import Fluent
import Vapor

struct FeedItem: Content {
    var title: String
    var author: String?
}

struct FeedController {
    func index(req: Request) async throws -> [FeedItem] {
        let posts = try await Post.query(on: req.db).sort(\.$title).limit(30).all()
        var items: [FeedItem] = []
        for post in posts {
            let author = try await loadAuthor(for: post, on: req.db)
            items.append(FeedItem(title: post.title, author: author?.name))
        }
        return items
    }
}

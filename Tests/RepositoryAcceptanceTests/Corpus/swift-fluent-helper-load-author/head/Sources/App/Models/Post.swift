import Fluent
import Vapor

final class Post: Model, Content, @unchecked Sendable {
    static let schema = "posts"

    @ID(key: .id) var id: UUID?
    @Field(key: "title") var title: String
    @Parent(key: "author_id") var author: User

    init() {}
}

import Fluent

func loadAuthor(for post: Post, on db: Database) async throws -> User? {
    try await User.find(post.$author.id, on: db)
}

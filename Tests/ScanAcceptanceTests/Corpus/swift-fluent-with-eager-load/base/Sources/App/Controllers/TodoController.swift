import Fluent
import Vapor

struct TodoController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("todos").get(use: index)
    }

    func index(req: Request) async throws -> [TodoDTO] {
        []
    }
}

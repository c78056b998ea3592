import Fluent
import Vapor

struct TodoController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("todos").get(use: index)
    }

    func index(req: Request) async throws -> [TodoDTO] {
        let listID = try req.query.get(UUID.self, at: "list")
        let todos = try await Todo.query(on: req.db)
            .filter(\.$list.$id == listID)
            .with(\.$owner)
            .sort(\.$createdAt, .descending)
            .range(..<50)
            .all()
        var result: [TodoDTO] = []
        for todo in todos {
            result.append(TodoDTO(id: todo.id, title: todo.title, owner: todo.owner.name))
        }
        return result
    }
}

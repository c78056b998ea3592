import CoreData

struct ShipmentMailer {
    let context: NSManagedObjectContext

    func recipients() throws -> Set<String> {
        let request = NSFetchRequest<Order>(entityName: "Order")
        request.predicate = NSPredicate(format: "status == %@", "shipped")
        request.fetchLimit = 200
        let orders = try context.fetch(request)
        return Set(orders.map(\.number))
    }
}

import CoreData

final class ShippedOrderExporter {
    private let context: NSManagedObjectContext

    init(context: NSManagedObjectContext) {
        self.context = context
    }

    func csvLines() throws -> [String] {
        let request = NSFetchRequest<Order>(entityName: "Order")
        request.predicate = NSPredicate(format: "status == %@", "shipped")
        request.fetchLimit = 500
        var lines: [String] = []
        for order in try context.fetch(request) {
            lines.append(order.number)
        }
        return lines
    }
}

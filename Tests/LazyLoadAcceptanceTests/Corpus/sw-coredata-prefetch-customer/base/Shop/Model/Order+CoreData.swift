import CoreData

@objc(Customer)
public final class Customer: NSManagedObject {
    @NSManaged public var name: String
    @NSManaged public var email: String
}

@objc(Order)
public final class Order: NSManagedObject {
    @NSManaged public var number: String
    @NSManaged public var status: String
    @NSManaged public var total: NSDecimalNumber
    @NSManaged public var customer: Customer?
}

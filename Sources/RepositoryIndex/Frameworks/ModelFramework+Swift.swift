extension ModelFramework {
    /// SwiftData `@Model`, Core Data `NSManagedObject` subclasses, Fluent `Model`;
    /// `@Relationship var items`, `@NSManaged var items`, Fluent `@Parent`/`@Children`.
    static let swiftData = ModelFramework(
        name: "swift-models", languages: [.swift],
        modelBases: ["NSManagedObject", "Model"],
        modelAnnotations: ["Model"],
        associationAnnotations: [
            "Relationship", "Parent", "Children", "Siblings", "OptionalParent", "NSManaged",
        ],
        attributeTypes: [
            "String", "Int", "Int16", "Int32", "Int64", "Double", "Float", "Bool", "Date", "Data", "UUID",
            "URL",
            "Decimal", "NSDecimalNumber", "NSNumber", "NSDate", "NSData", "NSString", "NSUUID", "NSURL",
        ])
}

extension ModelFramework {
    /// SwiftData `@Model`, Core Data `NSManagedObject` subclasses, Fluent `Model`;
    /// `@Relationship var items`, `@NSManaged var items`, Fluent `@Parent`/`@Children`.
    static let swiftData = ModelFramework(
        name: "swift-models", languages: [.swift],
        modelBases: ["NSManagedObject", "Model"],
        modelAnnotations: ["Model"],
        associationAnnotations: [
            "Relationship", "Parent", "Children", "Siblings", "OptionalParent", "NSManaged",
        ])
}

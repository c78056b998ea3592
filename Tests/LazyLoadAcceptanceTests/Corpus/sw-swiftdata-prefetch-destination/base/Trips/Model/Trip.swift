import Foundation
import SwiftData

@Model
final class Destination {
    var name: String
    var country: String
    @Relationship(deleteRule: .nullify, inverse: \Trip.destination) var trips: [Trip] = []

    init(name: String, country: String) {
        self.name = name
        self.country = country
    }
}

@Model
final class Trip {
    var title: String
    var startDate: Date
    var destination: Destination?

    init(title: String, startDate: Date) {
        self.title = title
        self.startDate = startDate
    }
}

import Foundation
import SwiftData

@MainActor
struct UpcomingTripsLoader {
    let modelContext: ModelContext

    func rows(after date: Date) throws -> [String] {
        var descriptor = FetchDescriptor<Trip>(
            predicate: #Predicate { $0.startDate > date },
            sortBy: [SortDescriptor(\.startDate)])
        descriptor.fetchLimit = 100
        descriptor.relationshipKeyPathsForPrefetching = [\.destination]
        var rows: [String] = []
        for trip in try modelContext.fetch(descriptor) {
            rows.append("\(trip.title) - \(trip.destination?.name ?? "?")")
        }
        return rows
    }
}

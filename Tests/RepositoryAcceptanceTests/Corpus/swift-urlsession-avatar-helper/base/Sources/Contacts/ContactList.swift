import Foundation

func prepare(_ contacts: [Contact]) async throws -> [Contact] {
    contacts.sorted { $0.name < $1.name }
}

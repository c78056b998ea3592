import Foundation

func prepare(_ contacts: [Contact]) async throws -> [Contact] {
    var result: [Contact] = []
    for var contact in contacts {
        contact.avatar = try await AvatarLoader.fetchAvatar(from: contact.avatarURL)
        result.append(contact)
    }
    return result.sorted { $0.name < $1.name }
}

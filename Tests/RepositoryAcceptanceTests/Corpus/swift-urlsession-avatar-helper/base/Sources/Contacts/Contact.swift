import Foundation

struct Contact {
    var name: String
    var avatarURL: URL
    var avatar: Data?
}

import GRDB

struct Player: Codable, FetchableRecord, PersistableRecord {
    var id: Int64
    var name: String
    var teamId: Int64
}

struct Team: Codable, FetchableRecord, PersistableRecord {
    var id: Int64
    var name: String
}

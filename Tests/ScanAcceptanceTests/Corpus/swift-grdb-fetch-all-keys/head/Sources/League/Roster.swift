import GRDB

func rosterNames(_ dbQueue: DatabaseQueue, playerIDs: [Int64]) throws -> [String] {
    let players = try dbQueue.read { db in
        try Player.fetchAll(db, keys: playerIDs)
    }
    var names: [String] = []
    for player in players where !player.name.isEmpty {
        names.append(player.name.capitalized)
    }
    return names.sorted()
}

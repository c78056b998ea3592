import GRDB

struct RosterLine: Hashable {
    var player: String
    var team: String
}

func roster(_ dbQueue: DatabaseQueue, playerIDs: [Int64]) throws -> [RosterLine] {
    try dbQueue.read { db in
        var lines: [RosterLine] = []
        for id in playerIDs {
            guard let player = try Player.fetchOne(db, key: id) else { continue }
            let team = try Team.fetchOne(db, key: player.teamId)
            lines.append(RosterLine(player: player.name, team: team?.name ?? "-"))
        }
        return lines
    }
}

import GRDB

struct PlayerStore {
    let dbQueue: DatabaseQueue

    func score(for playerID: Int64) throws -> Int {
        try dbQueue.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(points) FROM rounds WHERE player_id = ?", arguments: [playerID]) ?? 0
        }
    }
}

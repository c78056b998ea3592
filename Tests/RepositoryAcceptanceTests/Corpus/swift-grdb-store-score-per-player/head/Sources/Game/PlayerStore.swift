import GRDB

struct PlayerStore {
    let dbQueue: DatabaseQueue

    func score(for playerID: Int64) throws -> Int {
        let sql = "SELECT SUM(points) FROM rounds WHERE player_id = ?"
        return try dbQueue.read { db in try Int.fetchOne(db, sql: sql, arguments: [playerID]) ?? 0 }
    }
}

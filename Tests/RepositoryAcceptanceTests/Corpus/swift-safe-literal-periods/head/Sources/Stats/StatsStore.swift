import GRDB

struct StatsStore {
    let dbQueue: DatabaseQueue

    func total(period: String) throws -> Int {
        try dbQueue.read { db in
            try Int.fetchOne(db, sql: "SELECT SUM(amount) FROM totals WHERE period = ?", arguments: [period]) ?? 0
        }
    }
}

// A Swift program using the system libsqlite3 through a C module (CSQLite): an N+1 over the
// database named by HUNDREDFOLD_DB. Prints what it read, so traced and untraced output compare.
import CSQLite
import Foundation

guard let path = ProcessInfo.processInfo.environment["HUNDREDFOLD_DB"] else { exit(2) }
var db: OpaquePointer?
guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { exit(1) }

func rows(_ sql: String, _ argument: Int64? = nil) -> [Int64] {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { exit(1) }
    defer { sqlite3_finalize(statement) }
    if let argument { sqlite3_bind_int64(statement, 1, argument) }
    var values: [Int64] = []
    while sqlite3_step(statement) == SQLITE_ROW { values.append(sqlite3_column_int64(statement, 0)) }
    return values
}

var counts: [Int64] = []
for user in rows("SELECT id FROM users ORDER BY id") {
    counts.append(Int64(rows("SELECT id FROM orders WHERE user_id = ?", user).count))
}
print(counts.map(String.init).joined(separator: ","))
sqlite3_close(db)

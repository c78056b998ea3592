import SQLiteHarness
import Testing

/// An in-memory database with `n` rows in `items(id INTEGER PRIMARY KEY, grp, label, price)`,
/// indexed on `grp`; rows 1...n, `grp = id % 10`.
func itemsDatabase(rows: Int) throws -> Connection {
    let db = try Connection(path: ":memory:")
    try db.execute(
        """
        CREATE TABLE items(id INTEGER PRIMARY KEY, grp INTEGER NOT NULL, label TEXT, price REAL);
        CREATE INDEX items_grp ON items(grp);
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < \(rows))
        INSERT INTO items SELECT n, n % 10, 'item' || n, n * 1.5 FROM seq;
        """)
    return db
}

import HundredfoldCore
import Testing

@Suite struct StatementFingerprintTests {
    @Test(arguments: [
        ("SELECT * FROM orders WHERE id = 42", "SELECT * FROM orders WHERE id = ?"),
        ("select *  from Orders\n where id = :id;", "SELECT * FROM orders WHERE id = ?"),
        ("SELECT name FROM users WHERE name = 'O''Brien' -- who\n", "SELECT name FROM users WHERE name = ?"),
        ("SELECT /* hint */ id FROM t WHERE a IN (1, 2, 3)", "SELECT id FROM t WHERE a IN (?)"),
        ("SELECT id FROM t WHERE a IN (?1, @b, $c)", "SELECT id FROM t WHERE a IN (?)"),
        ("INSERT INTO t(a, b) VALUES (1, 'x'), (2, 'y'), (3, 'z')", "INSERT INTO t(a, b) VALUES (?, ?)"),
        (
            "SELECT count(*) FROM t WHERE x > 1.5e-3 AND y = x'00ff'",
            "SELECT count(*) FROM t WHERE x > ? AND y = ?"
        ),
        ("SELECT \"Weird Col\" FROM t", "SELECT \"Weird Col\" FROM t"),
        ("SELECT a FROM t WHERE b == 0x1F", "SELECT a FROM t WHERE b = ?"),
        ("SELECT a FROM t WHERE b = -5 AND c IN (-1, +2)", "SELECT a FROM t WHERE b = ? AND c IN (?)"),
        ("SELECT a - 1, (b) - 2 FROM t LIMIT -1", "SELECT a - ?, (b) - ? FROM t LIMIT ?"),
        // Non-reserved words used as column names stay identifiers, whatever their case.
        (
            "SELECT id, PLAN, Key FROM customers WHERE email = 'a'",
            "SELECT id, plan, key FROM customers WHERE email = ?"
        ),
        ("select first, last, rows from t order by first", "SELECT first, last, rows FROM t ORDER BY first"),
    ])
    func normalizes(sql: String, expected: String) {
        #expect(StatementFingerprint.fingerprint(sql) == expected)
    }

    @Test func sameShapeDifferentValuesCollide() {
        let one = StatementFingerprint.fingerprint("SELECT total FROM orders WHERE id = 1")
        let two = StatementFingerprint.fingerprint("select total from orders where id=99999")
        #expect(one == two)
        #expect(
            StatementFingerprint.fingerprint("SELECT 1 FROM t WHERE a IN (1)")
                == StatementFingerprint.fingerprint("SELECT 1 FROM t WHERE a IN (1,2,3,4,5)"))
    }

    @Test(arguments: [
        ("SELECT total FROM orders WHERE id = 1", "SELECT total FROM orders WHERE user_id = 1"),
        ("SELECT total FROM orders WHERE id = 1", "SELECT total FROM order_items WHERE id = 1"),
        ("SELECT a FROM t WHERE b = 1", "SELECT a FROM t WHERE b > 1"),
        ("SELECT a FROM t WHERE b IN (1, 2)", "SELECT a FROM t WHERE b IN (SELECT c FROM u)"),
        ("INSERT INTO t VALUES (1, 2)", "INSERT INTO t VALUES (1, 2, 3)"),
        ("SELECT a FROM t LIMIT 10", "SELECT a FROM t"),
        ("SELECT \"a\" FROM t", "SELECT \"A\" FROM t"),
    ])
    func differentStatementsDoNotCollide(left: String, right: String) {
        #expect(StatementFingerprint.fingerprint(left) != StatementFingerprint.fingerprint(right))
    }
}

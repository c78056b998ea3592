"""An N+1 and its batched fix, using only the standard library's sqlite3.

Usage: orders_n_plus_one.py setup|n_plus_one|batched   (database: $HUNDREDFOLD_DB)
"""
import os
import sqlite3
import sys

db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
mode = sys.argv[1]

if mode == "setup":
    db.executescript(
        """
        CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER, total REAL);
        CREATE INDEX orders_user ON orders(user_id);
        """
    )
    db.executemany("INSERT INTO users VALUES (?, ?)", [(i, "user %d" % i) for i in range(1, 13)])
    db.executemany(
        "INSERT INTO orders(user_id, total) VALUES (?, ?)", [(i % 12 + 1, i) for i in range(60)]
    )
    db.commit()
elif mode == "n_plus_one":
    totals = {}
    for (user_id,) in db.execute("SELECT id FROM users ORDER BY id").fetchall():
        rows = db.execute("SELECT total FROM orders WHERE user_id = ?", (user_id,)).fetchall()
        totals[user_id] = sum(total for (total,) in rows)
    print(sorted(totals.items()))
elif mode == "batched":
    totals = {}
    user_ids = [user_id for (user_id,) in db.execute("SELECT id FROM users ORDER BY id")]
    placeholders = ",".join("?" * len(user_ids))
    query = "SELECT user_id, total FROM orders WHERE user_id IN (%s)" % placeholders
    for user_id, total in db.execute(query, user_ids):
        totals[user_id] = totals.get(user_id, 0) + total
    print(sorted(totals.items()))
elif mode == "update":
    cursor = db.execute("UPDATE orders SET total = total + 1 WHERE user_id = ?", (3,))
    db.commit()
    print(cursor.rowcount)
db.close()

"""A customer's orders through Python's standard sqlite3 module, and the program's own count.

usage: python3 sqlite3_shop.py MODE CUSTOMER_ID COUNTS_FILE
  n_plus_one   one product query per order, then a rename the module wraps in its implicit
               BEGIN ... COMMIT (a transaction, not an application statement);
  bulk         (autocommit) the orders copied into a TEMP table (no fsync per row) with ONE
               executemany call: N statements executed, one call — a server database's driver
               sends it as one batch;
  interleaved  (autocommit) the look-alike: per order its own INSERT, each followed by a SELECT,
               so no two executions of one statement are back to back: every call a round trip.
`queries` counts executions (an executemany of N rows is N), `calls` the execute calls, `loop` the
executions of the per-order statement (product lookup, archive insert).
"""
import os
import sqlite3
import sys

from counts import record

MODE, CUSTOMER_ID, COUNTS_FILE = sys.argv[1], int(sys.argv[2]), sys.argv[3]
autocommit = MODE in ("bulk", "interleaved")
db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"], isolation_level=None if autocommit else "")
queries = calls = loop = 0


def execute(sql, parameters=()):
    global queries, calls
    queries += 1
    calls += 1
    return db.execute(sql, parameters)


orders = execute("SELECT id, product_id, total FROM orders WHERE customer_id = ? ORDER BY id", (CUSTOMER_ID,))
orders = orders.fetchall()
if MODE == "n_plus_one":
    for _, product_id, _ in orders:
        execute("SELECT name FROM products WHERE id = ?", (product_id,)).fetchone()
        loop += 1
    execute("UPDATE customers SET name = name || '!' WHERE id = ?", (CUSTOMER_ID,))
    db.commit()
elif MODE == "bulk":
    execute("CREATE TEMP TABLE archive(order_id INTEGER, total REAL)")
    rows = [(order_id, total) for order_id, _, total in orders]
    db.executemany("INSERT INTO archive(order_id, total) VALUES (?, ?)", rows)
    queries += len(rows)
    calls += 1 if rows else 0  # an empty executemany runs nothing
    loop = len(rows)
    execute("SELECT count(*) FROM archive").fetchone()
elif MODE == "interleaved":
    execute("CREATE TEMP TABLE archive(order_id INTEGER, total REAL)")
    for order_id, _, total in orders:
        execute("INSERT INTO archive(order_id, total) VALUES (?, ?)", (order_id, total))
        loop += 1
        execute("SELECT total FROM orders WHERE id = ?", (order_id,)).fetchone()
    execute("SELECT count(*) FROM archive").fetchone()
else:
    raise SystemExit(f"unknown mode {MODE}")
db.close()
record(COUNTS_FILE, queries, calls=calls, loop=loop)
print(f"{len(orders)} orders, {queries} statements in {calls} calls")

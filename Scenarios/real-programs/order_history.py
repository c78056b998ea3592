"""The order-history page of a small shop, written the way real code often is.

Run by Scenarios/real-programs/order-history.*.yml as `python3 order_history.py MODE USER_ID`
against the database named by DATABASE_URL: SQLite (`sqlite:///…`, Python's standard library) or
PostgreSQL (`postgresql://…`, with psycopg2), so the same program runs on both engines.

MODE n_plus_one loads a user's orders, then each order's items with a query per order;
MODE batched loads the same items with one query.
"""
import os
import sqlite3
import sys

mode, user_id = sys.argv[1], int(sys.argv[2])
url = os.environ["DATABASE_URL"]
if url.startswith(("postgres://", "postgresql://")):
    import psycopg2

    db, mark = psycopg2.connect(url), "%s"
else:
    db, mark = sqlite3.connect(url.removeprefix("sqlite:///")), "?"


def rows(sql, params):
    cursor = db.cursor()
    cursor.execute(sql.replace("?", mark), params)
    return cursor.fetchall()


orders = rows("SELECT id, total FROM orders WHERE user_id = ?", (user_id,))
items = {}
if mode == "n_plus_one":
    for order_id, _ in orders:
        items[order_id] = rows("SELECT sku, qty FROM items WHERE order_id = ?", (order_id,))
else:
    ids = [order_id for order_id, _ in orders]
    query = "SELECT order_id, sku, qty FROM items WHERE order_id IN (%s)" % ",".join("?" * len(ids))
    for order_id, sku, qty in rows(query, ids) if ids else []:
        items.setdefault(order_id, []).append((sku, qty))
print("%d orders, %d items" % (len(orders), sum(len(rows) for rows in items.values())))

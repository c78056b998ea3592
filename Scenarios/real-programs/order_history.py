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


class Postgres:
    """A psycopg2 connection with sqlite3's `execute` (`?` placeholders, the cursor returned)."""

    def __init__(self, url):
        import psycopg2

        self.connection = psycopg2.connect(url)

    def execute(self, sql, params=()):
        cursor = self.connection.cursor()
        cursor.execute(sql.replace("?", "%s"), params)
        return cursor


mode, user_id = sys.argv[1], int(sys.argv[2])
url = os.environ["DATABASE_URL"]
db = Postgres(url) if url.startswith(("postgres://", "postgresql://")) else sqlite3.connect(url[len("sqlite:///"):])
orders = db.execute("SELECT id, total FROM orders WHERE user_id = ?", (user_id,)).fetchall()
items = {}
if mode == "n_plus_one":
    for order_id, _ in orders:
        items[order_id] = db.execute("SELECT sku, qty FROM items WHERE order_id = ?", (order_id,)).fetchall()
else:
    ids = [order_id for order_id, _ in orders]
    query = "SELECT order_id, sku, qty FROM items WHERE order_id IN (%s)" % ",".join("?" * len(ids))
    for order_id, sku, qty in db.execute(query, ids) if ids else []:
        items.setdefault(order_id, []).append((sku, qty))
print("%d orders, %d items" % (len(orders), sum(len(rows) for rows in items.values())))

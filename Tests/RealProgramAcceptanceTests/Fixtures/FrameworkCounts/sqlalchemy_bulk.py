"""A customer's orders copied into a TEMP table with ONE SQLAlchemy Core executemany, and
SQLAlchemy's own count of what it sent.

usage: python3 sqlalchemy_bulk.py CUSTOMER_ID COUNTS_FILE
The engine runs in AUTOCOMMIT (no BEGIN/COMMIT). A `before_cursor_execute` listener sees one event
per cursor call; the insert of N rows is one event with executemany=True and N parameter sets:
N statements (`queries`) in one call (`calls`), which a server database's driver sends as a batch.
"""
import os
import sys

from sqlalchemy import Column, Float, Integer, MetaData, Table, create_engine, event, insert, text

from counts import record

CUSTOMER_ID, COUNTS_FILE = int(sys.argv[1]), sys.argv[2]
engine = create_engine(f"sqlite:///{os.environ['HUNDREDFOLD_DB']}", isolation_level="AUTOCOMMIT")
counted = {"statements": 0, "calls": 0, "inserts": 0}


@event.listens_for(engine, "before_cursor_execute")
def count(conn, cursor, statement, parameters, context, executemany):
    executions = len(parameters) if executemany else 1
    counted["calls"] += 1
    counted["statements"] += executions
    if statement.startswith("INSERT INTO archive"):
        counted["inserts"] += executions


archive = Table("archive", MetaData(), Column("order_id", Integer), Column("total", Float), prefixes=["TEMPORARY"])
with engine.connect() as conn:
    orders = text("SELECT id, total FROM orders WHERE customer_id = :customer ORDER BY id")
    rows = conn.execute(orders, {"customer": CUSTOMER_ID}).all()
    archive.create(conn)
    if rows:
        conn.execute(insert(archive), [{"order_id": order_id, "total": total} for order_id, total in rows])
    archived = conn.execute(text("SELECT count(*) FROM archive")).scalar()
record(COUNTS_FILE, counted["statements"], calls=counted["calls"], loop=counted["inserts"])
print(f"{archived} orders archived, {counted['statements']} statements in {counted['calls']} calls")

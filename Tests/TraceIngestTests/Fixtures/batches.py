"""Five inserts of one statement, sent in the ways a program can send them.

Usage: batches.py MODE      (database: $HUNDREDFOLD_DB)
  executemany   one executemany call of five rows
  read_between  a loop of execute, with a read between the inserts
  reprepared    a loop of execute with the statement cache off: a new prepared statement each time
  reads         five executions of one prepared SELECT in a row (an N+1 loop)
"""
import os
import sys

import sqlite3

mode = sys.argv[1]
db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"], cached_statements=0 if mode == "reprepared" else 128)
db.execute("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v INTEGER)")
rows = [(i,) for i in range(5)]
if mode == "executemany":
    db.executemany("INSERT INTO t(v) VALUES (?)", rows)
elif mode == "read_between":
    for row in rows:
        db.execute("INSERT INTO t(v) VALUES (?)", row)
        db.execute("SELECT count(*) FROM t").fetchone()
elif mode == "reprepared":
    for row in rows:
        db.execute("INSERT INTO t(v) VALUES (?)", row)
elif mode == "reads":
    for row in rows:
        db.execute("SELECT v FROM t WHERE id = ?", row).fetchall()
db.commit()

"""Queries before and after a fork; the child opens its own connection and leaves by os._exit."""
import os
import sqlite3

path = os.environ["HUNDREDFOLD_DB"]
db = sqlite3.connect(path)
db.execute("CREATE TABLE IF NOT EXISTS t(x)")
for i in range(3):
    db.execute("SELECT ?", (i,)).fetchall()
pid = os.fork()
if pid == 0:
    child = sqlite3.connect(path)
    child.execute("SELECT 'child'").fetchall()
    child.execute("SELECT 'child'").fetchall()
    os._exit(0)
os.waitpid(pid, 0)
db.execute("SELECT 'parent'").fetchall()
print("done")

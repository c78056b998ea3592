"""Four threads, each with its own connection, running lookups at the same time."""
import os
import sqlite3
import threading

path = os.environ["HUNDREDFOLD_DB"]
setup = sqlite3.connect(path)
setup.execute("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT)")
setup.executemany("INSERT OR REPLACE INTO t VALUES (?, ?)", [(i, "v%d" % i) for i in range(100)])
setup.commit()
setup.close()


def work(n):
    db = sqlite3.connect(path)
    for i in range(2000):
        db.execute("SELECT v FROM t WHERE id = ?", ((i * n) % 100,)).fetchone()
    db.close()


threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 5)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("done")

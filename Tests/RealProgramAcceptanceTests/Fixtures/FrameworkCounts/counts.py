"""Appends one request's own counts, as its framework reports them, to the counts file."""
import json
import os


def record(path, queries, calls=None, instrumentation=0, loop=0):
    """queries: statements the framework ran for the request; calls: the framework's execute calls
    (an executemany is one); instrumentation: statements its query log adds; loop: executions of
    the N+1's per-row statement."""
    line = {
        "scale": int(os.environ["HUNDREDFOLD_SCALE"]),
        "queries": queries,
        "calls": queries if calls is None else calls,
        "instrumentation": instrumentation,
        "loop": loop,
    }
    with open(path, "a") as out:
        out.write(json.dumps(line) + "\n")

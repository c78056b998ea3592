"""A small shop server for ServerModeTests (python3 standard library only).

Usage: shop_server.py PORT MODE TAG   (database: $HUNDREDFOLD_DB)

It serves one request at a time over HTTP/1.1 on 127.0.0.1:PORT, keeps one connection to the
database for its whole life, and after each request (but /healthz) appends the number of
statements it executed for it to $SHOP_COUNTS-$HUNDREDFOLD_SCALE, before answering.
  GET  /healthz                     runs a query (start-up work, never counted), answers 200
  GET  /orders?user_id=U&framing=F  an N+1: the user's orders, then each order's total; the answer
                                    framed by Content-Length, chunked, or the end of the connection
  POST /notes?user_id=U             body `user_id=U`, header X-Note-Kind: inserts one note
MODE: ok | exit (exits with status 3 before serving) | wrong-port (listens elsewhere)
      | never-ready (/healthz answers 503) | fail (/orders answers 500 with a chunked traceback)
      | crash (/orders ends the process with status 4, answering nothing)
TAG only marks the process, so a test can tell whether it outlived its run.
"""
import os
import sqlite3
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

port, mode = int(sys.argv[1]), sys.argv[2]
if mode == "exit":
    print("shop: cannot start, no configuration", file=sys.stderr)
    sys.exit(3)
assert os.environ["DATABASE_URL"] == "sqlite:///" + os.environ["HUNDREDFOLD_DB"]
db = sqlite3.connect(os.environ["HUNDREDFOLD_DB"])
counts = "%s-%s" % (os.environ.get("SHOP_COUNTS", os.devnull), os.environ["HUNDREDFOLD_SCALE"])


class Shop(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def run(self, sql, args=()):
        self.executed += 1
        return db.execute(sql, args).fetchall()

    def answer(self, status, body, framing="length"):
        self.send_response(status)
        if framing == "chunked":
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for start in range(0, len(body), 7):
                part = body[start:start + 7]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif framing == "close":
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
        else:
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def counted(self):
        with open(counts, "a") as file:
            file.write("%d\n" % self.executed)

    def do_GET(self):
        self.executed = 0
        url = urlparse(self.path)
        query = parse_qs(url.query)
        if url.path == "/healthz":
            self.run("SELECT count(*) FROM users")
            return self.answer(503 if mode == "never-ready" else 200, b"ok")
        if mode == "crash":
            print("shop: out of memory", file=sys.stderr, flush=True)
            os._exit(4)
        if mode == "fail":
            return self.answer(500, b"Traceback (most recent call last):\nKeyError: 'user'\n", "chunked")
        ids = [row[0] for row in self.run("SELECT id FROM orders WHERE user_id = ?", (int(query["user_id"][0]),))]
        totals = [self.run("SELECT total FROM orders WHERE id = ?", (i,))[0][0] for i in ids]
        self.counted()
        self.answer(200, ("%d orders, %.2f\n" % (len(ids), sum(totals))).encode(), query["framing"][0])

    def do_POST(self):
        self.executed = 0
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        user = parse_qs(urlparse(self.path).query)["user_id"][0]
        kind = self.headers.get("X-Note-Kind")
        if parse_qs(body).get("user_id") != [user] or kind is None:
            return self.answer(400, ("bad note: body %r, kind %r\n" % (body, kind)).encode())
        self.run("INSERT INTO notes(user_id, kind) VALUES (?, ?)", (int(user), kind))
        db.commit()
        self.counted()
        self.answer(201, b"noted\n")


HTTPServer(("127.0.0.1", 0 if mode == "wrong-port" else port), Shop).serve_forever()

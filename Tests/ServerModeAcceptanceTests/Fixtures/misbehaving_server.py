"""Servers that fail in the ways server mode must catch. Each records its pids in
$APP_LOG_DIR/pids.txt.

usage: misbehaving_server.py never-ready PORT   (answers 503 to everything)
       misbehaving_server.py wrong-port PORT    (answers 200, on PORT + 1)
       misbehaving_server.py exit-early PORT    (prints why and exits 3)
       misbehaving_server.py stubborn PORT      (answers 200; it and a child in its process group
                                                 ignore SIGTERM and SIGINT)
"""
import http.server
import os
import signal
import sys
import time


def record_pid():
    with open(os.path.join(os.environ["APP_LOG_DIR"], "pids.txt"), "a") as pids:
        pids.write(f"{os.getpid()}\n")


mode, port = sys.argv[1], int(sys.argv[2])
record_pid()
if mode == "exit-early":
    print("shop server: settings module 'shopserver.production' not found", flush=True)
    sys.exit(3)
if mode == "stubborn":
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.fork() == 0:
        record_pid()
        time.sleep(3600)
        sys.exit(0)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503 if mode == "never-ready" else 200)
        self.end_headers()
        self.wfile.write(b"starting\n")


http.server.HTTPServer(("127.0.0.1", port + 1 if mode == "wrong-port" else port), Handler).serve_forever()

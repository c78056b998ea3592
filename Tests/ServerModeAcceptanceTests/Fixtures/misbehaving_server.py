"""Servers that fail in the ways server mode must catch. It records its pid in $APP_LOG_DIR/pids.txt.

usage: misbehaving_server.py never-ready PORT   (answers 503 to everything)
       misbehaving_server.py wrong-port PORT    (answers 200, on PORT + 1)
       misbehaving_server.py exit-early PORT    (prints why and exits 3)
"""
import http.server
import os
import sys

mode, port = sys.argv[1], int(sys.argv[2])
with open(os.path.join(os.environ["APP_LOG_DIR"], "pids.txt"), "a") as pids:
    pids.write(f"{os.getpid()}\n")
if mode == "exit-early":
    print("shop server: settings module 'shopserver.production' not found", flush=True)
    sys.exit(3)


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503 if mode == "never-ready" else 200)
        self.end_headers()
        self.wfile.write(b"starting\n")


http.server.HTTPServer(("127.0.0.1", port + 1 if mode == "wrong-port" else port), Handler).serve_forever()

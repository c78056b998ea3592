#!/usr/bin/env python3
"""A stand-in for the few GitHub REST endpoints the action's comment script calls.

Usage: github_stub.py STATE_FILE. STATE_FILE is JSON: {"token": ..., "forbid_writes": bool,
"pulls": [...], "comments": {"NUMBER": [...]}}; every request is appended to its "requests" and
every change written back, so a test reads what happened from the file. Prints the port it
listens on (127.0.0.1) as its first line. The test kills it; it also stops by itself after ten
minutes, should a test die first.
"""
import json
import os
import re
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

STATE = sys.argv[1]


def load():
    with open(STATE, encoding="utf-8") as file:
        return json.load(file)


def save(state):
    with open(STATE, "w", encoding="utf-8") as file:
        json.dump(state, file, indent=2)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, status, payload):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_request(self, method):
        state = load()
        url = urllib.parse.urlparse(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        state.setdefault("requests", []).append(f"{method} {url.path}")
        if self.headers.get("Authorization") != f"Bearer {state['token']}":
            save(state)
            return self.reply(401, {"message": "Bad credentials"})
        if method != "GET" and state.get("forbid_writes"):
            save(state)
            return self.reply(403, {"message": "Resource not accessible by integration"})
        comments = state.setdefault("comments", {})
        if match := re.fullmatch(r"/repos/[^/]+/[^/]+/issues/(\d+)/comments", url.path):
            thread = comments.setdefault(match[1], [])
            if method == "GET":
                per_page, page = int(query.get("per_page", 30)), int(query.get("page", 1))
                result = (200, thread[(page - 1) * per_page: page * per_page])
            else:
                comment_id = 1 + max([c["id"] for t in comments.values() for c in t], default=0)
                comment = {"id": comment_id, "body": body["body"], "user": {"login": "github-actions[bot]"},
                           "html_url": f"https://github.test/comment/{comment_id}"}
                thread.append(comment)
                result = (201, comment)
        elif match := re.fullmatch(r"/repos/[^/]+/[^/]+/issues/comments/(\d+)", url.path):
            found = [c for t in comments.values() for c in t if c["id"] == int(match[1])]
            if not found:
                result = (404, {"message": "Not Found"})
            else:
                found[0]["body"] = body["body"]
                result = (200, found[0])
        elif re.fullmatch(r"/repos/[^/]+/[^/]+/pulls", url.path):
            head = query.get("head", "")
            result = (200, [p for p in state.get("pulls", [])
                            if f"{p['head']['repo']['owner']['login']}:{p['head']['ref']}" == head])
        else:
            result = (404, {"message": "Not Found"})
        save(state)
        self.reply(*result)

    def do_GET(self):
        self.handle_request("GET")

    def do_POST(self):
        self.handle_request("POST")

    def do_PATCH(self):
        self.handle_request("PATCH")


threading.Timer(600, os._exit, [0]).start()
server = HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()

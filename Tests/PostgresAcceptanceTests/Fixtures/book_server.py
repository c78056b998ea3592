"""A bookshop's HTTP server on PostgreSQL: one persistent psycopg2 connection (autocommit).

Usage: python3 book_server.py PORT COUNTS_FILE [TAG]   (TAG only marks the process)

At start-up, before it listens, it warms its cache with five statements; GET /healthz runs
`SELECT 1`. Neither belongs to a request. GET /books lists the books, then each one's author
(one query per book); GET /books-joined lists them with one join. Each /books request appends
the number of statements it ran to COUNTS_FILE.
"""

import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

import psycopg2

connection = psycopg2.connect(os.environ["DATABASE_URL"])
connection.autocommit = True
cursor = connection.cursor()
for _ in range(5):
    cursor.execute("SELECT count(*) FROM books WHERE year > 0")
    cursor.fetchone()


def book_list(joined):
    if joined:
        cursor.execute(
            "SELECT b.title, a.name FROM books b JOIN authors a ON a.id = b.author_id ORDER BY b.id"
        )
        return [f"{title} by {name}" for title, name in cursor.fetchall()], 1
    cursor.execute("SELECT title, author_id FROM books ORDER BY id")
    books = cursor.fetchall()
    lines = []
    for title, author_id in books:
        cursor.execute("SELECT name FROM authors WHERE id = %s", (author_id,))
        lines.append(f"{title} by {cursor.fetchone()[0]}")
    return lines, 1 + len(books)


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/healthz":
            cursor.execute("SELECT 1")
            cursor.fetchone()
            self.answer("ok")
        elif self.path in ("/books", "/books-joined"):
            lines, statements = book_list(joined=self.path == "/books-joined")
            with open(sys.argv[2], "a") as out:
                out.write(f"{statements}\n")
            self.answer("\n".join(lines))
        else:
            self.send_error(404)

    def answer(self, text):
        body = text.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()

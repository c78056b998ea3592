"""A bookshop's scripts, run by `hundredfold run` as `command:` steps.

Usage: python3 bookshop.py MODE COUNTS_FILE [ARGUMENT]

The database comes from DATABASE_URL alone: `postgresql://...` through psycopg2 (its default
mode: a BEGIN before the first statement, COMMIT at the end), `sqlite:///PATH` through Python's
sqlite3 module. Every statement goes through `run`, which counts it; the count is appended to
COUNTS_FILE as one JSON line per request, with the URL's scheme and the books seen.
"""

import json
import os
import sys
from urllib.parse import urlsplit


def connect(url):
    """A DB-API connection for `url` and its placeholder."""
    scheme = urlsplit(url).scheme
    if scheme == "sqlite":
        import sqlite3

        return sqlite3.connect(url[len("sqlite:///"):]), "?"
    if scheme in ("postgres", "postgresql"):
        import psycopg2

        return psycopg2.connect(url), "%s"
    raise SystemExit(f"unknown database scheme in DATABASE_URL: {url}")


class Shop:
    def __init__(self, url):
        self.connection, self.mark = connect(url)
        self.cursor = self.connection.cursor()
        self.statements = 0

    def run(self, sql, *parameters):
        self.cursor.execute(sql.replace("?", self.mark), parameters)
        self.statements += 1
        return self.cursor


def n_plus_one(shop, argument):
    """The book list with each author's name, one query per book."""
    books = shop.run("SELECT id, title, author_id FROM books ORDER BY id").fetchall()
    for _, _, author_id in books:
        shop.run("SELECT name FROM authors WHERE id = ?", author_id).fetchone()
    shop.connection.commit()
    return len(books)


def joined(shop, argument):
    """The same list in one query, in autocommit mode (no BEGIN/COMMIT)."""
    if hasattr(shop.connection, "autocommit"):
        shop.connection.autocommit = True
    rows = shop.run(
        "SELECT b.id, b.title, a.name FROM books b JOIN authors a ON a.id = b.author_id ORDER BY b.id"
    ).fetchall()
    return len(rows)


def write_notes(shop, argument):
    """Three notes inserted one by one and two books touched: 5 rows written, then COMMIT."""
    for body in ("first", "second", "third"):
        shop.run("INSERT INTO notes(book_id, body) VALUES (?, ?)", 1, body)
    shop.run("UPDATE books SET year = year WHERE id IN (1, 2)")
    shop.connection.commit()
    return None


def title_search(shop, argument):
    """Books whose title contains a string: no index helps, every book is read."""
    rows = shop.run("SELECT id FROM books WHERE title LIKE ?", "%zzz%").fetchall()
    shop.connection.commit()
    return len(rows)


def environment(shop, argument):
    """What the program got: the variables, and the database behind each way to connect."""
    count = shop.run("SELECT count(*) FROM books").fetchone()[0]
    by_url = shop.run("SELECT current_database()").fetchone()[0]
    shop.connection.commit()
    import psycopg2

    with psycopg2.connect("") as by_libpq_variables:
        with by_libpq_variables.cursor() as cursor:
            cursor.execute("SELECT current_database(), count(*) FROM books")
            libpq_database, libpq_count = cursor.fetchone()
    names = ["DATABASE_URL", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGPASSWORD"]
    names += ["HUNDREDFOLD_DB", "LD_PRELOAD"]
    return {
        "variables": {name: os.environ.get(name) for name in names},
        "database_by_url": by_url,
        "database_by_variables": libpq_database,
        "books_by_variables": libpq_count,
        "books": count,
    }


def fail_above(shop, argument):
    """Fails once there are more books than ARGUMENT, after some output."""
    count = shop.run("SELECT count(*) FROM books").fetchone()[0]
    if count > int(argument):
        print(f"checked {count} books")
        sys.stderr.write(f"boom: the stock check failed with {count} books\n")
        sys.exit(3)
    return count


def main():
    mode, counts_file = sys.argv[1], sys.argv[2]
    argument = sys.argv[3] if len(sys.argv) > 3 else None
    url = os.environ["DATABASE_URL"]
    shop = Shop(url)
    result = globals()[mode](shop, argument)
    shop.connection.close()
    line = {"scheme": urlsplit(url).scheme, "statements": shop.statements, "result": result}
    with open(counts_file, "a") as out:
        out.write(json.dumps(line) + "\n")


if __name__ == "__main__":
    main()

"""A Django app on the database named by DATABASE_URL.

Usage: python3 run.py migrate          (the schema, by Django: `migrate --run-syncdb`)
       python3 run.py n_plus_one|select_related COUNTS_FILE

A view-like function lists the books with their authors inside Django's own
CaptureQueriesContext and appends Django's count to COUNTS_FILE (one JSON line per request).
TIME_ZONE differs from the server's, so Django sets it on every new connection
(`SELECT set_config('TimeZone', ...)`): connection set-up, not one of the view's queries.
"""

import json
import os
import sys
from urllib.parse import parse_qsl, unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def database_from_url(url):
    """Django's DATABASES entry for a `postgresql://` URL (a socket folder may be in `?host=`)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise SystemExit(f"this app runs on PostgreSQL, DATABASE_URL is {url}")
    query = dict(parse_qsl(parts.query))
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": query.get("host") or parts.hostname or "",
        "PORT": str(query.get("port") or parts.port or ""),
    }


def setup():
    import django
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        DATABASES={"default": database_from_url(os.environ["DATABASE_URL"])},
        INSTALLED_APPS=["shop"],
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        USE_TZ=False,
        TIME_ZONE="America/Chicago",
    )
    django.setup()


def book_list(select_related):
    from shop.models import Book

    books = Book.objects.order_by("id")
    if select_related:
        books = books.select_related("author")
    return [(book.title, book.author.name) for book in books]


def main():
    setup()
    if sys.argv[1] == "migrate":
        from django.core.management import call_command

        call_command("migrate", run_syncdb=True, verbosity=0)
        return
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        rows = book_list(select_related=sys.argv[1] == "select_related")
    with open(sys.argv[2], "a") as out:
        out.write(json.dumps({"queries": len(captured.captured_queries), "books": len(rows)}) + "\n")


if __name__ == "__main__":
    main()

"""A small Django app with an N+1 view, driven through Django's test client.

Usage: run.py setup | run.py get PATH | run.py request PATH
(database: $HUNDREDFOLD_DB, or PostgreSQL when DATABASE_URL is a `postgresql://` URL, through
psycopg2; needs Django, see .ci/run)

`get` prints one JSON line: the response status, its size, and Django's own count of the queries
the request ran: `connection.queries` when DJANGO_DEBUG=1, the queries a `CaptureQueriesContext`
captured when DJANGO_COUNT=capture, else an `execute_wrapper` that counts every statement Django's
cursors execute. The request is bracketed by two marker statements so a trace can be cut to
exactly the request. `request` runs the request alone, as one request of a scenario: no markers,
and Django's count appended to the file $HUNDREDFOLD_COUNTS, one line per run.
"""
import contextlib
import json
import os
import sys
from urllib.parse import parse_qs, unquote, urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import django
from django.conf import settings


def database():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["HUNDREDFOLD_DB"]}
    parts, query = urlsplit(url), parse_qs(urlsplit(url).query)
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": query.get("host", [parts.hostname or ""])[0],
        "PORT": query.get("port", [str(parts.port or "")])[0],
    }


settings.configure(
    DEBUG=os.environ.get("DJANGO_DEBUG") == "1",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF="shop.urls",
    INSTALLED_APPS=["django.contrib.contenttypes", "shop"],
    DATABASES={"default": database()},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)
django.setup()

from django.core.management import call_command
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from shop.models import Customer, Order

if sys.argv[1] == "setup":
    call_command("migrate", run_syncdb=True, verbosity=0)
    customers = Customer.objects.bulk_create([Customer(name="customer %d" % i) for i in range(8)])
    Order.objects.bulk_create([Order(customer=customers[i % 8], total=i) for i in range(20)])
elif sys.argv[1] in ("get", "request"):
    client = Client()
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    marked = sys.argv[1] == "get"
    if marked:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 'hundredfold:begin'")
    reset_queries()
    capture = os.environ.get("DJANGO_COUNT") == "capture"
    with CaptureQueriesContext(connection) if capture else contextlib.nullcontext() as captured:
        with connection.execute_wrapper(count):
            response = client.get(sys.argv[2])
    if capture:
        django_queries = len(captured)
    else:
        django_queries = len(connection.queries) if settings.DEBUG else len(executed)
    if marked:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 'hundredfold:end'")
    print(json.dumps({"status": response.status_code, "bytes": len(response.content), "queries": django_queries}))
    if os.environ.get("HUNDREDFOLD_COUNTS"):
        with open(os.environ["HUNDREDFOLD_COUNTS"], "a") as counts:
            counts.write("%d\n" % django_queries)

"""One GET of a customer's orders through Django's test client, and Django's own query count.

usage: python3 django_shop.py VIEW LOGGING CUSTOMER_ID COUNTS_FILE
  VIEW     n_plus_one (one product query per order), select_related (one join) or
           prefetch_related (orders, then their products in one IN query)
  LOGGING  off: DEBUG=False, counted by a connection.execute_wrapper (adds no statement);
           debug: DEBUG=True, counted by connection.queries;
           capture: DEBUG=False, counted by CaptureQueriesContext.
With a query log (debug, capture) Django quotes every parameterised query's parameters with
SQLite's own `SELECT QUOTE(?), ...` (up to 999 per statement): `instrumentation` is that number.
"""
import math
import os
import sys

import django
from django.conf import settings
from django.urls import path

from counts import record

VIEW, LOGGING, CUSTOMER_ID, COUNTS_FILE = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

settings.configure(
    DEBUG=LOGGING == "debug",
    ALLOWED_HOSTS=["testserver"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["HUNDREDFOLD_DB"]}},
    INSTALLED_APPS=["shop"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    USE_TZ=False,
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
)
django.setup()

from django.db import connection  # noqa: E402  (needs settings)
from django.http import JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from shop.models import Order  # noqa: E402


def customer_orders(request, customer_id):
    orders = Order.objects.filter(customer_id=customer_id).order_by("id")
    if VIEW == "select_related":
        orders = orders.select_related("product")
    elif VIEW == "prefetch_related":
        orders = orders.prefetch_related("product")
    elif VIEW != "n_plus_one":
        raise SystemExit(f"unknown view {VIEW}")
    return JsonResponse({"orders": [[order.id, order.product.name] for order in orders]})


urlpatterns = [path("customers/<int:customer_id>/orders", customer_orders)]


class ExecuteCounter:
    """Django's execute wrapper: sees every query Django sends, with its parameters."""

    def __init__(self):
        self.queries = 0
        self.quoted = 0
        self.product_lookups = 0

    def __call__(self, execute, sql, params, many, context):
        self.queries += 1
        if params:
            self.quoted += math.ceil(len(params) / 999)
        if '"products"' in sql and '"orders"' not in sql:
            self.product_lookups += 1
        return execute(sql, params, many, context)


counter = ExecuteCounter()
url = f"/customers/{CUSTOMER_ID}/orders"
with connection.execute_wrapper(counter):
    if LOGGING == "capture":
        with CaptureQueriesContext(connection) as captured:
            response = Client().get(url)
        own = len(captured.captured_queries)
    else:
        response = Client().get(url)
        own = len(connection.queries) if LOGGING == "debug" else counter.queries
if response.status_code != 200:
    raise SystemExit(f"GET {url}: {response.status_code}")
if own != counter.queries:
    raise SystemExit(f"Django's log has {own} queries, its execute wrapper saw {counter.queries}")
record(
    COUNTS_FILE,
    own,
    instrumentation=0 if LOGGING == "off" else counter.quoted,
    loop=counter.product_lookups if VIEW == "n_plus_one" else 0,
)
print(f"{len(response.json()['orders'])} orders, {own} queries")

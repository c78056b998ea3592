"""Django's own count of each request's queries, for checking Hundredfold's traced count.

Installed only when BOOKSHOP_COUNTS is set (see bookshop/settings.py): each request's count of
the statements Django's cursors executed (an execute_wrapper) is appended to
$BOOKSHOP_COUNTS-$HUNDREDFOLD_SCALE, one line per request, before the response is sent.
"""
import os

from django.db import connection


class CountQueries:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        executed = []

        def count(execute, sql, params, many, context):
            executed.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = self.get_response(request)
        if request.path != "/healthz":
            path = "%s-%s" % (os.environ["BOOKSHOP_COUNTS"], os.environ["HUNDREDFOLD_SCALE"])
            with open(path, "a") as counts:
                counts.write("%d\n" % len(executed))
        return response

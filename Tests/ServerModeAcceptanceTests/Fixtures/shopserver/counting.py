"""Django's own count of each request's queries (an execute wrapper: every statement Django sends,
nothing a driver adds on connect), appended to $APP_LOG_DIR/requests.ndjson with the server's pid;
each worker also records its own and its master's pid in $APP_LOG_DIR/pids.txt and the database
variables it was given in $APP_LOG_DIR/environment.ndjson."""
import json
import os

from django.db import connection

LOG_DIR = os.environ["APP_LOG_DIR"]

with open(os.path.join(LOG_DIR, "pids.txt"), "a") as pids:
    pids.write(f"{os.getpid()}\n{os.getppid()}\n")
with open(os.path.join(LOG_DIR, "environment.ndjson"), "a") as environment:
    names = ("HUNDREDFOLD_DB", "DATABASE_URL")
    environment.write(json.dumps({name: os.environ.get(name) for name in names}) + "\n")


class CountQueries:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        record = {
            "server": os.getppid(),
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "queries": count,
        }
        with open(os.path.join(LOG_DIR, "requests.ndjson"), "a") as log:
            log.write(json.dumps(record) + "\n")
        return response

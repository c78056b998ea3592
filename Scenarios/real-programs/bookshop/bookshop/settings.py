"""Settings of the bookshop served by Scenarios/real-programs/bookshop.*.yml.

The database is the one Hundredfold names in DATABASE_URL: a SQLite file (`sqlite:///` and a copy
of the scale's database) or a PostgreSQL database (`postgresql://…`, through psycopg2), so the
same app runs on both engines. DEBUG is off, as in production.
"""
import os
from urllib.parse import parse_qs, unquote, urlsplit

SECRET_KEY = "hundredfold-example-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bookshop.urls"
INSTALLED_APPS = ["books"]
# Django's own query count per request, only when a test asks for it (books/counting.py).
MIDDLEWARE = ["books.counting.CountQueries"] if os.environ.get("BOOKSHOP_COUNTS") else []
URL = os.environ["DATABASE_URL"]
if URL.startswith(("postgres://", "postgresql://")):
    parts, query = urlsplit(URL), parse_qs(urlsplit(URL).query)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": query.get("host", [parts.hostname or ""])[0],
            "PORT": query.get("port", [str(parts.port or "")])[0],
        }
    }
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": URL.removeprefix("sqlite:///")}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True

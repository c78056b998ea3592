"""Settings of the bookshop served by Scenarios/real-programs/bookshop.*.yml.

The database is the file Hundredfold names in HUNDREDFOLD_DB (a copy of the scale's database);
DEBUG is off, as in production.
"""
import os

SECRET_KEY = "hundredfold-example-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bookshop.urls"
INSTALLED_APPS = ["books"]
# Django's own query count per request, only when a test asks for it (books/counting.py).
MIDDLEWARE = ["books.counting.CountQueries"] if os.environ.get("BOOKSHOP_COUNTS") else []
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["HUNDREDFOLD_DB"]}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True

"""A small Django shop served by gunicorn on the database Hundredfold names in HUNDREDFOLD_DB."""
import os

SECRET_KEY = "server-mode-acceptance"
DEBUG = False
ALLOWED_HOSTS = ["*"]
USE_TZ = False
INSTALLED_APPS = ["shopserver"]
MIDDLEWARE = ["shopserver.counting.CountQueries"]
ROOT_URLCONF = "shopserver.urls"
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.environ["HUNDREDFOLD_DB"]}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

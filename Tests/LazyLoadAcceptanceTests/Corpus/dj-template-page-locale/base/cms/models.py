from django.db import models


class Locale(models.Model):
    language_code = models.CharField(max_length=100, unique=True)


class Page(models.Model):
    title = models.CharField(max_length=255)
    slug = models.SlugField()
    live = models.BooleanField(default=True)
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+")
    last_published_at = models.DateTimeField(null=True)

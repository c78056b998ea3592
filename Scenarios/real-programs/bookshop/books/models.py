from django.db import models


class Author(models.Model):
    name = models.CharField(max_length=100)


class Book(models.Model):
    title = models.CharField(max_length=200)
    year = models.IntegerField(db_index=True)
    author = models.ForeignKey(Author, on_delete=models.CASCADE)

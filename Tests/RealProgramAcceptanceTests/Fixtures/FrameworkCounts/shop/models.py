from django.db import models


class Customer(models.Model):
    name = models.TextField()

    class Meta:
        db_table = "customers"


class Product(models.Model):
    name = models.TextField()
    price = models.FloatField()

    class Meta:
        db_table = "products"


class Order(models.Model):
    customer = models.ForeignKey(Customer, models.DO_NOTHING)
    product = models.ForeignKey(Product, models.DO_NOTHING)
    total = models.FloatField()

    class Meta:
        db_table = "orders"

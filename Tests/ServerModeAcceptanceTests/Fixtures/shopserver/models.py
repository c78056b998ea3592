"""The shop's tables, created by the scenario's schema (so unmanaged here)."""
from django.db import models


class Customer(models.Model):
    name = models.TextField()
    email = models.TextField()

    class Meta:
        managed = False
        db_table = "shop_customer"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    status = models.TextField()
    total = models.FloatField()

    class Meta:
        managed = False
        db_table = "shop_order"


class LineItem(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="items")
    sku = models.TextField()
    quantity = models.IntegerField()

    class Meta:
        managed = False
        db_table = "shop_lineitem"

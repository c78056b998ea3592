from django.db import models


class Cart(models.Model):
    owner = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    expires_at = models.DateTimeField()


class CartItem(models.Model):
    cart = models.ForeignKey(Cart, related_name="items", on_delete=models.CASCADE)
    sku = models.CharField(max_length=64)
    quantity = models.PositiveIntegerField(default=1)

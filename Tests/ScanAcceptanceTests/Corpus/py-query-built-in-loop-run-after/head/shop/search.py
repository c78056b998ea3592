from django.db.models import Q

from .models import Order

ALLOWED = {"status", "customer_id"}


def search_orders(params, skus):
    queryset = Order.objects.all()
    for field, value in params.items():
        if field in ALLOWED:
            queryset = queryset.filter(**{field: value})
    condition = Q()
    for sku in skus:
        condition |= Q(items__sku=sku)
    if skus:
        queryset = queryset.filter(condition)
    return list(queryset.order_by("-created")[:100])

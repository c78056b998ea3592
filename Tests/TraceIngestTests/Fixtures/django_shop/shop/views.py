from django.http import JsonResponse

from .models import Order


def orders(request):
    # The N+1: each order's customer is loaded by its own query.
    rows = [{"id": order.id, "customer": order.customer.name} for order in Order.objects.order_by("id")]
    return JsonResponse({"orders": rows})


def orders_fixed(request):
    rows = [
        {"id": order.id, "customer": order.customer.name}
        for order in Order.objects.select_related("customer").order_by("id")
    ]
    return JsonResponse({"orders": rows})

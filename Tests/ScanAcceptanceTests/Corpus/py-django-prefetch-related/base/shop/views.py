from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from .models import Customer, Order, Shipment
from .formatting import money


@login_required
def order_history(request, customer_id):
    customer = get_object_or_404(Customer, pk=customer_id)
    orders = Order.objects.filter(customer=customer).order_by("-created")[:50]
    rows = []
    for order in orders:
        rows.append({
            "id": order.id,
            "status": order.status,
            "total": money(order.total),
        })
    return JsonResponse({"customer": customer.name, "orders": rows})

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
        shipment = Shipment.objects.filter(order_id=order.id).first()
        rows.append({
            "id": order.id,
            "status": order.status,
            "total": money(order.total),
            "carrier": shipment.carrier if shipment else None,
        })
    return JsonResponse({"customer": customer.name, "orders": rows})

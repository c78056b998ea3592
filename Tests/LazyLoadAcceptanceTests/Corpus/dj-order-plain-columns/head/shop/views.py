import csv

from django.http import HttpResponse

from .models import Order


def export_shipped(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["id", "total", "customer"])
    orders = Order.objects.filter(status="shipped").order_by("-created")
    for order in orders:
        writer.writerow([order.id, order.total, order.customer_id, order.status])
    return response

import csv

from django.http import HttpResponse

from .models import Order


def export_shipped(request):
    response = HttpResponse(content_type="text/csv")
    writer = csv.writer(response)
    writer.writerow(["id", "total"])
    orders = Order.objects.filter(status="shipped").order_by("-created")
    for order in orders:
        writer.writerow([order.id, order.total])
    return response

from django.shortcuts import render

from .models import Order


def open_orders(request):
    orders = Order.objects.filter(status="open").order_by("created")
    return render(request, "shop/open_orders.html", {"orders": orders})

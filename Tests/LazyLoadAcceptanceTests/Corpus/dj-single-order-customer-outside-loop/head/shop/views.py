from django.shortcuts import get_object_or_404, render

from .models import Order


def order_detail(request, pk):
    order = get_object_or_404(Order, pk=pk)
    contact = order.customer.email
    steps = []
    for code, label in Order.STATUS_CHOICES:
        steps.append({"label": label, "done": code == order.status})
    return render(request, "shop/order_detail.html", {"order": order, "contact": contact, "steps": steps})

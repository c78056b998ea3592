from django.db.models import Sum

from .models import Customer, Order


def top_customers(limit=10):
    rows = []
    for customer in Customer.objects.order_by("-id")[:limit]:
        spent = Order.objects.filter(customer=customer).aggregate(total=Sum("total"))["total"]
        rows.append((customer.name, spent or 0))
    return sorted(rows, key=lambda row: row[1], reverse=True)


def status_label(status):
    return {"open": "Open", "paid": "Paid"}.get(status, status.title())

from .models import Order


def customers_with_open_orders():
    open_orders = Order.objects.filter(status="open").order_by("created")
    return sorted({o.customer_id for o in open_orders})

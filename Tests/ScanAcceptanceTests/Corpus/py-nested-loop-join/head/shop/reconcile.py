from .models import LineItem, Order


def reconcile(customer_id):
    orders = list(Order.objects.filter(customer_id=customer_id))
    items = list(LineItem.objects.filter(order__customer_id=customer_id))
    report = []
    for order in orders:
        count = 0
        for item in items:
            if item.order_id == order.id:
                count += item.qty
        report.append((order.id, count))
    return report

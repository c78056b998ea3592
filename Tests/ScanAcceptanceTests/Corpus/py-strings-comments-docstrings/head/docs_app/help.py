TITLE = "Performance tips"

N_PLUS_ONE = """
Avoid this:

    for order in orders:
        customer = Customer.objects.get(pk=order.customer_id)
        requests.post(url, json={"id": order.id})
"""


def explain(orders):
    """Explain the N+1 pattern.

    Bad:  for o in orders: Shipment.objects.filter(order=o).first()
    Good: Order.objects.select_related("shipment")
    """
    # for order in orders:
    #     Shipment.objects.get(order_id=order.id)
    #     r.get(f"price:{order.sku}")
    return [f"for {o} in orders: Customer.objects.get(pk={o})" for o in ("a", "b")]

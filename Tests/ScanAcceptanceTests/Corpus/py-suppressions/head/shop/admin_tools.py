from .models import Order, Shipment


def carriers_for_page(page_orders):
    carriers = []
    for order in page_orders:
        # hundredfold:ignore HF101 the admin page shows at most 10 orders
        carriers.append(Shipment.objects.get(order_id=order.id).carrier)
    return carriers


def trackings_for_page(page_orders):
    trackings = []
    for order in page_orders:
        # hundredfold:ignore HF101
        trackings.append(Shipment.objects.get(order_id=order.id).tracking)
    return trackings


def order_labels(page_orders):
    labels = []
    for order in page_orders:
        # hundredfold:ignore HF103 labels used to come from the label service
        labels.append(f"#{order.id} {order.status}")
    return labels

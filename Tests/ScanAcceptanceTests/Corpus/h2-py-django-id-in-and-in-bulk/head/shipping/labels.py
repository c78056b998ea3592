from customers.models import Customer

from .models import Carrier, Shipment


def carriers_by_code():
    return {c.code: c for c in Carrier.objects.filter(active=True).only("id", "code", "name")}


def label_rows(shipment_ids):
    """One label row per shipment; two queries in total, whatever the number of shipments."""
    shipments = Shipment.objects.filter(id__in=shipment_ids).select_related("order")
    carriers = carriers_by_code()
    rows = []
    for shipment in shipments:
        carrier = carriers.get(shipment.carrier_code)
        rows.append(
            {
                "tracking": shipment.tracking_number,
                "order": shipment.order.number,
                "carrier": carrier.name if carrier else shipment.carrier_code,
            }
        )
    return rows


def recipients(customer_ids):
    customers = Customer.objects.in_bulk(customer_ids)
    return [customers[cid].email for cid in customer_ids if cid in customers]

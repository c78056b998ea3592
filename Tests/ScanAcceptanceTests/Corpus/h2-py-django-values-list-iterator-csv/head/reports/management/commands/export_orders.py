import csv
import sys

from django.core.management.base import BaseCommand

from orders.models import Order


class Command(BaseCommand):
    help = "Stream every paid order since --since as CSV to stdout."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True)

    def handle(self, *args, since, **options):
        writer = csv.writer(sys.stdout)
        writer.writerow(["number", "customer_email", "total", "paid_at"])
        orders = (
            Order.objects.filter(status="paid", paid_at__gte=since)
            .values_list("number", "customer__email", "total", "paid_at")
            .order_by("paid_at")
        )
        for row in orders.iterator(chunk_size=2000):
            writer.writerow(row)

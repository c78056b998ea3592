import csv

from django.core.management.base import BaseCommand

from catalog.models import Product


class Command(BaseCommand):
    help = "Import products from a supplier CSV"

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, path, dry_run=False, **options):
        with open(path, newline="") as handle:
            rows = list(csv.DictReader(handle))
        self.stdout.write(f"read {len(rows)} rows")
        if dry_run:
            return
        for row in rows:
            Product.objects.create(
                sku=row["sku"].strip(),
                name=row["name"].strip(),
                price_cents=int(round(float(row["price"]) * 100)),
            )
        self.stdout.write(self.style.SUCCESS("done"))

from django.core.management.base import BaseCommand

from orders.models import Order


class Command(BaseCommand):
    help = "Print the number of paid orders."

    def handle(self, *args, **options):
        self.stdout.write(str(Order.objects.filter(status="paid").count()))

import logging

from django.core.management.base import BaseCommand
from django.utils import timezone

from shop.models import Customer, Order

log = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Send the weekly digest"

    def handle(self, *args, **options):
        since = timezone.now() - timezone.timedelta(days=7)
        customers = Customer.objects.filter(orders__created__gte=since).distinct()[:5000]
        sent = 0
        for customer in customers:
            if not customer.email:
                continue
            name = customer.name.split()[0] if customer.name else "there"
            lines = [f"Hi {name},", ""]
            lines.append("Here is what happened this week.")
            body = "\n".join(lines)
            self.send(customer.email, body)
            sent += 1
        log.info("digest sent to %d customers", sent)

    def send(self, address, body):
        log.debug("sending digest to %s (%d bytes)", address, len(body))

import logging

from .models import Customer, Order

log = logging.getLogger(__name__)


def audit(customer_ids):
    flagged = []
    for customer_id in customer_ids:
        customer = Customer.objects.get(pk=customer_id)
        if customer.email.endswith("@example.com"):
            log.debug("skipping test account %s (%s)", customer_id, customer.email)
            continue
        flagged.append(customer.id)
    return flagged

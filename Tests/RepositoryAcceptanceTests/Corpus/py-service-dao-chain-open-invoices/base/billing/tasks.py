from billing.models import Customer
from billing.service import BillingService


def send_reminders(session, mailer, batch):
    customers = session.query(Customer).filter(Customer.id.in_(batch)).limit(500).all()
    for customer in customers:
        mailer.queue(customer.email, "reminder")

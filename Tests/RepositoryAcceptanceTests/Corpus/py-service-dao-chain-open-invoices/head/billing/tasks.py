from billing.models import Customer
from billing.service import BillingService


def send_reminders(session, mailer, batch):
    billing = BillingService(session)
    customers = session.query(Customer).filter(Customer.id.in_(batch)).limit(500).all()
    for customer in customers:
        invoices = billing.open_invoices(customer)
        if invoices:
            mailer.queue(customer.email, "reminder")

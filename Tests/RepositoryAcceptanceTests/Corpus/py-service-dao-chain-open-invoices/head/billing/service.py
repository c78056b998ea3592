from billing.dao import InvoiceDao


class BillingService:
    def __init__(self, session):
        self.dao = InvoiceDao(session)

    def open_invoices(self, customer):
        return self.dao.find_open(customer.id)

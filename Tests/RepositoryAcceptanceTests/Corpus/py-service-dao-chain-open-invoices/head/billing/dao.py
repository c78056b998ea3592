from billing.models import Invoice


class InvoiceDao:
    def __init__(self, session):
        self.session = session

    def find_open(self, customer_id):
        return self.session.query(Invoice).filter_by(customer_id=customer_id, status="open").limit(100).all()

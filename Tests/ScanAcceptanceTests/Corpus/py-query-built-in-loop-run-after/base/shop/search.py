from .models import Order

ALLOWED = {"status", "customer_id"}

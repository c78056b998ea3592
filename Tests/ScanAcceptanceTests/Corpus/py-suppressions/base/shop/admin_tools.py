from .models import Order, Shipment

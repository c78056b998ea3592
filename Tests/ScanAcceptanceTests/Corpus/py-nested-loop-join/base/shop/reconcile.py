from .models import LineItem, Order

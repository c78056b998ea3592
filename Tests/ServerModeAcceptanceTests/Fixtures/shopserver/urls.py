from django.urls import path

from . import views

urlpatterns = [
    path("healthz", views.healthz),
    path("orders", views.orders),
    path("orders/fixed", views.orders_fixed),
    path("orders/new", views.place_order),
    path("customers/<int:customer_id>/orders", views.customer_orders),
    path("customers/<int:customer_id>/orders/fixed", views.customer_orders_fixed),
    path("broken", views.broken),
]

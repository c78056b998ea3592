from django.urls import path

from . import views

urlpatterns = [path("orders/", views.orders), path("orders-fixed/", views.orders_fixed)]

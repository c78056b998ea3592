import pytest
from django.urls import reverse

from orders.models import Order
from shop.factories import CustomerFactory

STATUSES = ["new", "paid", "shipped", "cancelled"]


@pytest.fixture
def customer(db):
    return CustomerFactory()


@pytest.fixture
def orders(customer):
    return [Order.objects.create(customer=customer, status=status, total="10.00") for status in STATUSES]


def test_list_requires_login(client):
    resp = client.get(reverse("order-list"))
    assert resp.status_code == 401


@pytest.mark.parametrize("status", STATUSES)
def test_filter_by_status(admin_client, orders, status):
    resp = admin_client.get(reverse("order-list"), {"status": status})
    assert resp.status_code == 200
    assert [o["status"] for o in resp.json()["results"]] == [status]


def test_list_is_paginated(admin_client, customer):
    for i in range(30):
        Order.objects.create(customer=customer, status="paid", total=f"{i}.00")
    resp = admin_client.get(reverse("order-list"))
    assert len(resp.json()["results"]) == 25
    assert resp.json()["next"] is not None

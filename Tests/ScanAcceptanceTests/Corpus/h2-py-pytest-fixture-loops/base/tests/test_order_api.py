from django.urls import reverse


def test_list_requires_login(client):
    resp = client.get(reverse("order-list"))
    assert resp.status_code == 401

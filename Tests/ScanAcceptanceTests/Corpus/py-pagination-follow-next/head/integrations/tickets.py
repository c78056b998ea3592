import requests

BASE = "https://tickets.example.com/api/v2"


def headers(token):
    return {"Authorization": f"Bearer {token}"}


def all_tickets(token, project):
    tickets = []
    url = f"{BASE}/projects/{project}/tickets?per_page=100"
    while url:
        response = requests.get(url, headers=headers(token), timeout=10)
        response.raise_for_status()
        payload = response.json()
        tickets.extend(payload["results"])
        url = payload.get("next")
    return tickets

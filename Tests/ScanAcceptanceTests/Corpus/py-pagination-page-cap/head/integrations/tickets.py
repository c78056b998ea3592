import requests

BASE = "https://tickets.example.com/api/v2"
MAX_PAGES = 20


def headers(token):
    return {"Authorization": f"Bearer {token}"}


def recent_tickets(token, project):
    tickets = []
    url = f"{BASE}/projects/{project}/tickets?per_page=100"
    for _page in range(MAX_PAGES):
        response = requests.get(url, headers=headers(token), timeout=10)
        response.raise_for_status()
        payload = response.json()
        tickets.extend(payload["results"])
        url = payload.get("next")
        if not url:
            break
    return tickets

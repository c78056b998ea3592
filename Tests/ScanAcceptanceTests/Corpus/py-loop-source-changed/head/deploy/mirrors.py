import requests

from .regions import active_regions

TIMEOUT = 5


def push_config(payload, db):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + payload["token"]
    for region in active_regions(db):
        session.put(f"https://{region}.mirror.internal/config", json=payload["config"], timeout=TIMEOUT)
    session.close()

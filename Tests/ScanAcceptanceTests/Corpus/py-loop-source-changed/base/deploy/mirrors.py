import requests

from .regions import active_regions

TIMEOUT = 5


def push_config(payload):
    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + payload["token"]
    for region in ("eu-west-1", "us-east-1"):
        session.put(f"https://{region}.mirror.internal/config", json=payload["config"], timeout=TIMEOUT)
    session.close()

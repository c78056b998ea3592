import requests

REPLICAS = ["https://db-a.internal", "https://db-b.internal", "https://db-c.internal"]


def first_healthy(replicas=REPLICAS):
    for base in replicas:
        try:
            response = requests.get(f"{base}/health", timeout=1)
        except requests.RequestException:
            continue
        if response.ok:
            return base
    return None

import httpx

EXPORTS = "https://exports.internal/api"


def start_export(client: httpx.Client, query: dict) -> str:
    return client.post(f"{EXPORTS}/jobs", json=query).json()["id"]

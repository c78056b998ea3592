import httpx

RATES_URL = "https://rates.example.com/v1/latest"


def fetch_rates(client: httpx.Client) -> dict:
    response = client.get(RATES_URL, timeout=10)
    response.raise_for_status()
    return response.json()["rates"]

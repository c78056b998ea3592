import random
import time

import httpx

RATES_URL = "https://rates.example.com/v1/latest"
MAX_ATTEMPTS = 5


def fetch_rates(client: httpx.Client) -> dict:
    delay = 0.5
    for attempt in range(MAX_ATTEMPTS):
        try:
            response = client.get(RATES_URL, timeout=10)
            response.raise_for_status()
            return response.json()["rates"]
        except httpx.TransportError:
            if attempt == MAX_ATTEMPTS - 1:
                raise
            time.sleep(delay + random.uniform(0, delay))
            delay = min(delay * 2, 8)
    raise RuntimeError("unreachable")

import httpx
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

LEDGER = "https://ledger.internal"


@retry(
    stop=stop_after_attempt(5),
    wait=wait_exponential(multiplier=0.5, max=10),
    retry=retry_if_exception_type(httpx.TransportError),
)
def post_entry(client: httpx.Client, entry: dict) -> dict:
    response = client.post(f"{LEDGER}/entries", json=entry, timeout=5)
    response.raise_for_status()
    return response.json()

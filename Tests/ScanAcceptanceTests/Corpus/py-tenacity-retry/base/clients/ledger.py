import httpx

LEDGER = "https://ledger.internal"

import logging

import requests

log = logging.getLogger(__name__)
API = "https://warehouse.example.com/api/stock"


def parse(payload):
    return {row["sku"]: row["on_hand"] for row in payload["items"]}

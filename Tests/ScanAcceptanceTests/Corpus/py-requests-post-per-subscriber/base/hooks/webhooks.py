import json
import logging

import requests

from .signing import sign

log = logging.getLogger(__name__)
TIMEOUT = 5


def deliver(event, subscriber):
    body = json.dumps(event).encode()
    headers = {"X-Signature": sign(body, subscriber["secret"]), "Content-Type": "application/json"}
    return requests.post(subscriber["url"], data=body, headers=headers, timeout=TIMEOUT)

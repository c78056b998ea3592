import requests

CHANNEL_URLS = {
    "email": "https://notify.internal/email",
    "sms": "https://notify.internal/sms",
}


def send(channel, payload):
    return requests.post(CHANNEL_URLS[channel], json=payload, timeout=3)

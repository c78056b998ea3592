import asyncio

import requests

CHANNEL_URLS = {
    "email": "https://notify.internal/email",
    "sms": "https://notify.internal/sms",
}


def send(channel, payload):
    return requests.post(CHANNEL_URLS[channel], json=payload, timeout=3)


def send_everywhere(payload):
    for channel in ("email", "sms"):
        requests.post(CHANNEL_URLS[channel], json=payload, timeout=3)


async def dashboard(client, user_id):
    user, orders, prefs = await asyncio.gather(
        client.user(user_id), client.orders(user_id), client.preferences(user_id)
    )
    return {"user": user, "orders": orders, "prefs": prefs}

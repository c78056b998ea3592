import os
from decimal import Decimal

import redis

from .keys import price_key

r = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


def load_prices(lines):
    prices = {}
    for line in lines:
        raw = r.get(price_key(line.sku))
        prices[line.sku] = Decimal(raw.decode()) if raw else None
    return prices


def cart_total(lines, prices):
    return sum((prices[line.sku] * line.qty for line in lines), Decimal(0))

import time


class LocalCache:
    """Process-local memo with a time-to-live; no network."""

    def __init__(self, ttl=60):
        self.ttl = ttl
        self._items = {}

    def get(self, key):
        hit = self._items.get(key)
        if hit is None or hit[0] < time.monotonic():
            return None
        return hit[1]

    def set(self, key, value):
        self._items[key] = (time.monotonic() + self.ttl, value)

from accounts.memo import LocalCache

cache = LocalCache(ttl=30)


def presence(users):
    states = {}
    for user in users:
        states[user.id] = cache.get(f"presence:{user.id}") or "offline"
    return states

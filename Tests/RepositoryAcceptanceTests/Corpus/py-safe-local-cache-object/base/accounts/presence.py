from accounts.memo import LocalCache

cache = LocalCache(ttl=30)


def presence(users):
    return {user.id: "unknown" for user in users}

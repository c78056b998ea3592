import redis

redis_client = redis.Redis(host="cache", port=6379, decode_responses=True)


def cached_score(user_id):
    value = redis_client.get(f"score:{user_id}")
    return int(value) if value is not None else 0

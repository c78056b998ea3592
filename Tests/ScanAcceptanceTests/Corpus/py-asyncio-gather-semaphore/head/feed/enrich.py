import asyncio

import aiohttp

from .profiles import fetch_profile

MAX_CONCURRENCY = 10


async def enrich(posts: list[dict]) -> list[dict]:
    author_ids = {post["author_id"] for post in posts}
    semaphore = asyncio.Semaphore(MAX_CONCURRENCY)

    async def bounded(session, uid):
        async with semaphore:
            return await fetch_profile(session, uid)

    async with aiohttp.ClientSession() as session:
        profiles = await asyncio.gather(*(bounded(session, uid) for uid in author_ids))
    by_id = {profile["id"]: profile for profile in profiles}
    return [{**post, "author": by_id.get(post["author_id"])} for post in posts]

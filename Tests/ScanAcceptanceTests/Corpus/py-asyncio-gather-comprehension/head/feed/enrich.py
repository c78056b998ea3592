import asyncio

import aiohttp

from .profiles import fetch_profile


async def enrich(posts: list[dict]) -> list[dict]:
    author_ids = {post["author_id"] for post in posts}
    async with aiohttp.ClientSession() as session:
        profiles = await asyncio.gather(*[fetch_profile(session, uid) for uid in author_ids])
    by_id = {profile["id"]: profile for profile in profiles}
    return [{**post, "author": by_id.get(post["author_id"])} for post in posts]

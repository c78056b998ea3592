import aiohttp

PROFILE_API = "https://profiles.internal/api/v1/users"


async def fetch_profile(session: aiohttp.ClientSession, user_id: int) -> dict:
    async with session.get(f"{PROFILE_API}/{user_id}") as response:
        response.raise_for_status()
        return await response.json()

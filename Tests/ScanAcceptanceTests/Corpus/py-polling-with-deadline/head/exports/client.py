import time

import httpx

EXPORTS = "https://exports.internal/api"


def start_export(client: httpx.Client, query: dict) -> str:
    return client.post(f"{EXPORTS}/jobs", json=query).json()["id"]


def wait_for_export(client: httpx.Client, job_id: str, timeout: float = 300) -> str:
    deadline = time.monotonic() + timeout
    delay = 1.0
    while time.monotonic() < deadline:
        job = client.get(f"{EXPORTS}/jobs/{job_id}").json()
        if job["state"] == "done":
            return job["download_url"]
        if job["state"] == "failed":
            raise RuntimeError(job.get("error", "export failed"))
        time.sleep(delay)
        delay = min(delay * 2, 30)
    raise TimeoutError(f"export {job_id} not ready after {timeout}s")

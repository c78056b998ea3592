import time

import requests

API = "https://analytics.example.com/api/v1"
MAX_POLLS = 30
POLL_INTERVAL_S = 5


class ExportFailed(RuntimeError):
    pass


def start_export(session: requests.Session, report_id: str) -> str:
    resp = session.post(f"{API}/reports/{report_id}/exports", timeout=10)
    resp.raise_for_status()
    return resp.json()["id"]


def run_export(session: requests.Session, report_id: str) -> str:
    export_id = start_export(session, report_id)
    for _ in range(MAX_POLLS):
        status = session.get(f"{API}/exports/{export_id}", timeout=10).json()
        if status["state"] == "done":
            return status["download_url"]
        if status["state"] == "failed":
            raise ExportFailed(status.get("error", "unknown error"))
        time.sleep(POLL_INTERVAL_S)
    raise ExportFailed(f"export {export_id} not ready after {MAX_POLLS} polls")

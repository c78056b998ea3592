import requests

API = "https://analytics.example.com/api/v1"


def start_export(session: requests.Session, report_id: str) -> str:
    resp = session.post(f"{API}/reports/{report_id}/exports", timeout=10)
    resp.raise_for_status()
    return resp.json()["id"]

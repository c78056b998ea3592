import requests

BASE = "https://tickets.example.com/api/v2"


def headers(token):
    return {"Authorization": f"Bearer {token}"}

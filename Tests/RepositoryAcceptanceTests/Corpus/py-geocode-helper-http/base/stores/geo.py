import requests

GEOCODER_URL = "https://geocoder.example.com/v1/search"


def geocode(address, timeout=5):
    resp = requests.get(GEOCODER_URL, params={"q": address}, timeout=timeout)
    resp.raise_for_status()
    hit = resp.json()["results"][0]
    return hit["lat"], hit["lon"]

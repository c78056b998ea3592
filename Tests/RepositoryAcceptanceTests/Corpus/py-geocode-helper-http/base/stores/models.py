from dataclasses import dataclass


@dataclass
class Store:
    id: int
    address: str
    lat: float | None = None
    lon: float | None = None

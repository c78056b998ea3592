import json

from app.db import Session
from app.models import Service


def import_services(path):
    with open(path) as handle:
        payload = json.load(handle)
    names = []
    for row in payload["services"]:
        names.append(row["name"])
    session = Session()
    session.add_all([Service(name=name, team_id=payload["team_id"]) for name in names])
    session.commit()
    return len(names)

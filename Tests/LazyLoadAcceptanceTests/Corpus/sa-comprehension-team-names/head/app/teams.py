from app.db import Session
from app.models import Service


def team_names_of_active_services():
    session = Session()
    services = session.query(Service).filter(Service.active.is_(True)).all()
    return [s.team.name for s in services]

from sqlalchemy.orm import joinedload, selectinload

from app.db import Session
from app.models import Service, Team


def service_rows():
    session = Session()
    rows = []
    for service in session.query(Service).filter(Service.active.is_(True)).all():
        rows.append({"id": service.id, "name": service.name, "team": service.team.name})
    return rows

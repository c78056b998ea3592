from app.db import Session
from app.models import Service


def service_rows():
    session = Session()
    rows = []
    for service in session.query(Service).filter(Service.active.is_(True)).all():
        rows.append({"id": service.id, "name": service.name})
    return rows

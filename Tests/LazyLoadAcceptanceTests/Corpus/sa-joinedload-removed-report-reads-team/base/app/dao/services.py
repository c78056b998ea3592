from sqlalchemy.orm import selectinload, joinedload

from app.db import Session
from app.models import Service


def active_services():
    session = Session()
    return (
        session.query(Service)
        .options(joinedload(Service.team))
        .filter(Service.active.is_(True))
        .order_by(Service.name)
        .all()
    )

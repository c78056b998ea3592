from sqlalchemy.orm import selectinload

from app.models import Organisation


def dao_get_organisations():
    return (
        Organisation.query.options(selectinload(Organisation.domains))
        .order_by(Organisation.active.desc(), Organisation.name.asc())
        .all()
    )

from app import db
from app.models import Domain


def dao_get_domain_names():
    return db.session.scalars(db.session.query(Domain.domain)).all()

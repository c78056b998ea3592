from app.models import Organisation


def dao_get_organisations():
    return Organisation.query.order_by(Organisation.active.desc(), Organisation.name.asc()).all()

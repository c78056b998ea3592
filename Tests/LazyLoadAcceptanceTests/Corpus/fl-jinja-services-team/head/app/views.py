from flask import Blueprint, render_template
from sqlalchemy.orm import joinedload

from app.models import Service

bp = Blueprint("services", __name__)


@bp.route("/services")
def list_services():
    services = Service.query.filter_by(active=True).order_by(Service.name).all()
    return render_template("services/list.html", services=services)

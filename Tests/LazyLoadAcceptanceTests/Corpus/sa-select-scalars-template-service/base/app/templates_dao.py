from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Template


def archived_template_summary(session: Session):
    summary = []
    stmt = select(Template).where(Template.archived.is_(True)).order_by(Template.name)
    for template in session.scalars(stmt):
        summary.append(template.name)
    return summary

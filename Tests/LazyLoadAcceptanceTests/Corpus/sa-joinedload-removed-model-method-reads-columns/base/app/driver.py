from sqlalchemy.orm import joinedload

from app.models import Record


def list_records(session, limit=100):
    query = session.query(Record)
    query = query.options(joinedload(Record.urls))
    query = query.order_by(Record.did).limit(limit)
    return [record.to_document_dict() for record in query]

from tracker.models import Project


def dashboard(session, owner_id):
    projects = session.query(Project).filter_by(owner_id=owner_id).limit(50).all()
    return [{"name": p.name} for p in projects]

from tracker.models import Project


def dashboard(session, owner_id):
    projects = session.query(Project).filter_by(owner_id=owner_id).limit(50).all()
    rows = []
    for project in projects:
        rows.append({"name": project.name, "open": project.open_issue_count(session)})
    return rows

from app.dao.services import active_services


def team_report():
    lines = []
    for service in active_services():
        lines.append(f"{service.name}: {service.team.name}")
    return "\n".join(lines)

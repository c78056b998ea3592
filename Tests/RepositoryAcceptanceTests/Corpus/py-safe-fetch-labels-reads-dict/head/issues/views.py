from issues.labels import fetch_labels


def issue_rows(issues):
    rows = []
    for issue in issues:
        rows.append({"id": issue.id, "labels": fetch_labels(issue.kind)})
    return rows

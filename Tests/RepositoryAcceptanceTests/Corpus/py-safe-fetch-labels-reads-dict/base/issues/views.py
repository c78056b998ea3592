from issues.labels import fetch_labels


def issue_rows(issues):
    return [{"id": issue.id} for issue in issues]

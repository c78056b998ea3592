from reviews.queries import count_by_status


def summary(db, repo_id):
    counts = {}
    for status in ("open", "closed", "merged"):
        counts[status] = count_by_status(db, repo_id, status)
    return counts

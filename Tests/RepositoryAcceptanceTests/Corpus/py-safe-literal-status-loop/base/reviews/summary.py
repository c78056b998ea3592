from reviews.queries import count_by_status


def summary(db, repo_id):
    return {"open": count_by_status(db, repo_id, "open")}

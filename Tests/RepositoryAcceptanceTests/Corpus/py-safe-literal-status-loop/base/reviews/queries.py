def count_by_status(db, repo_id, status):
    row = db.execute(
        "SELECT count(*) FROM pull_requests WHERE repo_id = ? AND status = ?", (repo_id, status)
    ).fetchone()
    return row[0]

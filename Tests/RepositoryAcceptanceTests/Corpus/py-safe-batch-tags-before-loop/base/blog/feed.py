def recent_posts(db, limit=20):
    posts = db.execute("SELECT id, title FROM posts ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [{"id": p[0], "title": p[1]} for p in posts]

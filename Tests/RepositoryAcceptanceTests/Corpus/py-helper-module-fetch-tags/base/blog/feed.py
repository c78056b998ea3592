from blog.tags import fetch_tags_for


def recent_posts(db, limit=20):
    posts = db.execute(
        "SELECT id, title, published_at FROM posts ORDER BY published_at DESC LIMIT ?", (limit,)
    ).fetchall()
    return [{"id": post["id"], "title": post["title"]} for post in posts]

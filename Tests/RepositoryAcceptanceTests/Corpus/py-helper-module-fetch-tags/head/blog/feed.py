from blog.tags import fetch_tags_for


def recent_posts(db, limit=20):
    posts = db.execute(
        "SELECT id, title, published_at FROM posts ORDER BY published_at DESC LIMIT ?", (limit,)
    ).fetchall()
    items = []
    for post in posts:
        items.append({
            "id": post["id"],
            "title": post["title"],
            "tags": fetch_tags_for(db, post["id"]),
        })
    return items

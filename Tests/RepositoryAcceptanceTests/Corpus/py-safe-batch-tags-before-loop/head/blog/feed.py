from blog.tags import fetch_tags_for_posts


def recent_posts(db, limit=20):
    posts = db.execute("SELECT id, title FROM posts ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    tags = fetch_tags_for_posts(db, [p[0] for p in posts])
    items = []
    for post in posts:
        items.append({"id": post[0], "title": post[1], "tags": tags.get(post[0], [])})
    return items

from collections import defaultdict


def fetch_tags_for_posts(db, post_ids):
    marks = ",".join("?" for _ in post_ids)
    rows = db.execute(
        f"SELECT post_id, tag FROM post_tags WHERE post_id IN ({marks})", tuple(post_ids)
    ).fetchall()
    tags = defaultdict(list)
    for post_id, tag in rows:
        tags[post_id].append(tag)
    return tags

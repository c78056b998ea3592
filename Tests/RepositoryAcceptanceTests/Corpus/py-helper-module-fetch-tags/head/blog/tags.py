def fetch_tags_for(db, post_id):
    rows = db.execute(
        "SELECT t.name FROM tags t JOIN post_tags pt ON pt.tag_id = t.id WHERE pt.post_id = ?",
        (post_id,),
    ).fetchall()
    return [row["name"] for row in rows]

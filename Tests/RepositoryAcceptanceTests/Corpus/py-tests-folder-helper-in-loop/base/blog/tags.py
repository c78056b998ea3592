def fetch_tags_for(db, post_id):
    return db.execute("SELECT tag FROM post_tags WHERE post_id = ?", (post_id,)).fetchall()

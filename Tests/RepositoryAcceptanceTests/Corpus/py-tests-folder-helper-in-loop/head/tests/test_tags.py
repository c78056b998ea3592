from blog.tags import fetch_tags_for


def test_no_tags(db):
    assert fetch_tags_for(db, 1) == []


def test_every_post_has_tags(db):
    posts = db.execute("SELECT id FROM posts LIMIT 10").fetchall()
    for post in posts:
        assert fetch_tags_for(db, post[0])

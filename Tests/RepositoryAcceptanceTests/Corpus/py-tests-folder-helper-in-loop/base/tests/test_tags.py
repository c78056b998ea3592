from blog.tags import fetch_tags_for


def test_no_tags(db):
    assert fetch_tags_for(db, 1) == []

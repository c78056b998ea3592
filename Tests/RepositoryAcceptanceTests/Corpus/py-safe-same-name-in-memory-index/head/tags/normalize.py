from tags.index import TagIndex
from tags.repository import TagRepository


def normalize(db, names):
    index = TagIndex(TagRepository(db).all_tags())
    known = []
    for name in names:
        tag = index.find(name.strip().lower())
        if tag is not None:
            known.append(tag)
    return known

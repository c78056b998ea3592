from tags.index import TagIndex
from tags.repository import TagRepository


def normalize(db, names):
    return sorted(set(n.strip().lower() for n in names))

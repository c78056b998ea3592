from news.models import Article


def front_page(session):
    return []

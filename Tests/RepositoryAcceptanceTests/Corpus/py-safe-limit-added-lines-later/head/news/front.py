from news.models import Article


def front_page(session, section=None):
    query = session.query(Article)
    if section:
        query = query.filter(Article.section == section)
    query = query.order_by(Article.published_at.desc())
    query = query.limit(20)
    headlines = []
    for article in query:
        headlines.append(article.title)
    return headlines

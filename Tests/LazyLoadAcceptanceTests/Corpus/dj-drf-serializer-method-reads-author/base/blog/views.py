from rest_framework.decorators import api_view
from rest_framework.response import Response

from .models import Article
from .serializers import ArticleSerializer


@api_view(["GET"])
def published_articles(request):
    articles = Article.objects.filter(published=True).order_by("-published_at")[:100]
    return Response(ArticleSerializer(articles, many=True).data)

from rest_framework import serializers

from .models import Article


class ArticleSerializer(serializers.ModelSerializer):
    author_name = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = ["id", "title", "published_at", "author_name"]

    def get_author_name(self, obj):
        return obj.author.username

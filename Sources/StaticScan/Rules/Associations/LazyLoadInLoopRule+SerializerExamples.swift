// MARK: - HF106 examples: Django REST framework serializer methods, run once per object

extension LazyLoadInLoopRule {
    /// A `SerializerMethodField`'s `get_<field>(self, obj)` runs for every row of a list: reading
    /// an association there is an N+1 unless some query (a view's class-level `queryset`) loads it.
    /// A detail serializer runs once.
    static let serializerExamples: [RuleExample] = [
        .triggering(
            .python,
            """
            class Article(models.Model):
                author = models.ForeignKey(User, on_delete=models.CASCADE)

            class ArticleSerializer(serializers.ModelSerializer):
                author_name = serializers.SerializerMethodField()

                def get_author_name(self, obj):
                    return ↓obj.author.username
            """),
        .nonTriggering(
            .python,
            """
            class Article(models.Model):
                author = models.ForeignKey(User, on_delete=models.CASCADE)

            class ArticleSerializer(serializers.ModelSerializer):
                author_name = serializers.SerializerMethodField()

                def get_author_name(self, obj):
                    return obj.author.username

            class ArticleViewSet(viewsets.ReadOnlyModelViewSet):
                queryset = Article.objects.select_related("author")
                serializer_class = ArticleSerializer
            """),
        .nonTriggering(
            .python,
            """
            class Article(models.Model):
                author = models.ForeignKey(User, on_delete=models.CASCADE)

            class ArticleDetailSerializer(serializers.ModelSerializer):
                author_name = serializers.SerializerMethodField()

                def get_author_name(self, obj):
                    return obj.author.username
            """),
    ]
}

// MARK: - HF101 examples: Flask-SQLAlchemy's `Model.query`

extension QueryInLoopRule {
    /// `User.query` is a query of the model: what it builds runs where it is executed.
    static let flaskSQLAlchemy: [RuleExample] = [
        // A serializer method runs once per object of a list (`many=True`); a detail serializer once.
        .triggering(
            .python,
            """
            class ProjectSerializer(serializers.ModelSerializer):
                open_issues = serializers.SerializerMethodField()

                def get_open_issues(self, obj):
                    return ↓Issue.objects.filter(project=obj, closed=False).count()
            """),
        .nonTriggering(
            .python,
            """
            class ProjectDetailSerializer(serializers.ModelSerializer):
                open_issues = serializers.SerializerMethodField()

                def get_open_issues(self, obj):
                    return Issue.objects.filter(project=obj, closed=False).count()
            """),
        .triggering(
            .python,
            """
            for user_id in user_ids:
                user = ↓User.query.filter_by(id=user_id).first()
            """),
        .triggering(
            .python,
            """
            for key in keys:
                rows.append(↓ApiKey.query.filter(ApiKey.id == key).one())
            """),
        .triggering(
            .python,
            """
            names = [↓Service.query.get(i).name for i in ids]
            """),
        // `search.query` is an attribute of a value, not a model's query.
        .nonTriggering(
            .python,
            """
            for term in terms:
                hits = search.query.filter(term).first()
            """),
        // Built once, run once: the loop only reads the rows.
        .nonTriggering(
            .python,
            """
            users = User.query.filter_by(active=True).all()
            for user in users:
                print(user.email)
            """),
    ]
}
